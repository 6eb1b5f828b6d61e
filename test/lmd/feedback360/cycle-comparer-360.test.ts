// cycleComparer360 compares ratee by ratee exactly what compareCycles360 compares over a whole
// cycle: on the sample organisation's two cycles (and with a third, and with an item mapping),
// each ratee's comparison and the summary are the same; bad input is named.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readSurveyExport } from '../../../src/import/index.js';
import { comparableReport360, compareCycles360, cycleComparer360, interpret360Cohort, LmdInputError, type CohortRating360, type Feedback360Report } from '../../../src/index.js';
import { instrument360Schema } from '../../../src/lmd/feedback360/instrument-360.js';

const data = new URL('../../../examples/data/', import.meta.url);
const text = (name: string): string => readFileSync(new URL(name, data), 'utf8');
const instrument = instrument360Schema.parse(JSON.parse(text('360-instrument.json')));
const cohortOf = (name: string) => interpret360Cohort({ instrument, ratings: readSurveyExport(text(name), { instrument }).ratings as readonly CohortRating360[] });
const cohort2026 = cohortOf('360-ratings.csv');
const cohort2027 = cohortOf('360-ratings-2027.csv');
const itemIds = instrument.items.map((item) => item.id);

const issuesOf = (run: () => unknown): string[] => {
  try {
    run();
  } catch (error) {
    if (error instanceof LmdInputError) return error.issues.map((issue) => issue.keys.join('.'));
    throw error;
  }
  throw new Error('expected an LmdInputError');
};

describe('cycleComparer360', () => {
  it('gives each ratee of the sample’s 2027 cycle what compareCycles360 gives over the whole cycle', () => {
    const whole = compareCycles360({ earlier: [{ label: '2026', ratees: cohort2026.ratees }], current: { label: '2027', ratees: cohort2027.ratees } });
    const comparer = cycleComparer360({ earlier: [{ label: '2026', ratees: cohort2026.ratees }], current: { label: '2027', itemIds } });
    const { ratees, ...summary } = whole;
    expect(comparer.summary).toEqual(summary);
    expect(cohort2027.ratees.map(({ rateeId, report }) => comparer.compare(rateeId, report))).toEqual(ratees);
    expect(ratees.length).toBe(20);
  });

  it('gives the same from compact copies of the earlier reports (comparableReport360)', () => {
    const full = cycleComparer360({ earlier: [{ label: '2026', ratees: cohort2026.ratees }], current: { label: '2027', itemIds } });
    const compact = cycleComparer360({ earlier: [{ label: '2026', ratees: cohort2026.ratees.map(({ rateeId, report }) => ({ rateeId, report: comparableReport360(report) })) }], current: { label: '2027', itemIds } });
    expect(compact.summary).toEqual(full.summary);
    expect(cohort2027.ratees.map(({ rateeId, report }) => compact.compare(rateeId, comparableReport360(report)))).toEqual(cohort2027.ratees.map(({ rateeId, report }) => full.compare(rateeId, report)));
    // The copy holds a small part of the report.
    const [first] = cohort2026.ratees;
    expect(JSON.stringify(comparableReport360(first?.report as Feedback360Report)).length).toBeLessThan(JSON.stringify(first?.report).length / 2);
  });

  it('agrees over three cycles with a caller’s reliability, and with an item mapping', () => {
    const earlier = [
      { label: '2025', ratees: cohort2026.ratees.slice(0, 12) },
      { label: '2026', ratees: cohort2026.ratees },
    ];
    const whole = compareCycles360({ earlier, current: { label: '2027', ratees: cohort2027.ratees }, reliability: 0.7 });
    const comparer = cycleComparer360({ earlier, current: { label: '2027', itemIds }, reliability: 0.7 });
    expect(cohort2027.ratees.map(({ rateeId, report }) => comparer.compare(rateeId, report))).toEqual(whole.ratees);
    // The earlier cycle's first item renamed, and mapped back.
    const [first] = itemIds as [string];
    const renamed = cohort2026.ratees.map(({ rateeId, report }) => ({ rateeId, report: { ...report, items: report.items.map((item) => (item.itemId === first ? { ...item, itemId: 'old' } : item)) } as Feedback360Report }));
    const mapped = [{ label: '2026', ratees: renamed, itemMapping: { [first]: 'old' } }];
    const wholeMapped = compareCycles360({ earlier: mapped, current: { label: '2027', ratees: cohort2027.ratees } });
    const comparerMapped = cycleComparer360({ earlier: mapped, current: { label: '2027', itemIds } });
    expect(comparerMapped.summary.links).toEqual(wholeMapped.links);
    expect(cohort2027.ratees.map(({ rateeId, report }) => comparerMapped.compare(rateeId, report))).toEqual(wholeMapped.ratees);
  });

  it('says when a ratee has no earlier report, and leaves the reports alone', () => {
    const comparer = cycleComparer360({ earlier: [{ label: '2026', ratees: cohort2026.ratees.slice(1) }], current: { label: '2027', itemIds } });
    const [absent] = cohort2027.ratees;
    const copy = structuredClone(absent?.report);
    expect(comparer.compare(absent?.rateeId as string, absent?.report as Feedback360Report).findings.map((finding) => finding.code)).toEqual(['FB360_CYCLE_NO_EARLIER_REPORT']);
    expect(absent?.report).toEqual(copy);
  });

  it('names bad input: labels twice, an unknown mapped item, a bad report or ratee id', () => {
    expect(issuesOf(() => cycleComparer360({ earlier: [{ label: '2027', ratees: [] }], current: { label: '2027', itemIds } }))).toEqual(['input.current.label']);
    expect(issuesOf(() => cycleComparer360({ earlier: [{ label: '2026', ratees: [], itemMapping: { nothing: 'x' } }], current: { label: '2027', itemIds } }))).toEqual(['input.earlier.0.itemMapping.nothing']);
    expect(issuesOf(() => cycleComparer360({ earlier: [], current: { label: '2027', itemIds } }))).toEqual(['input.earlier']);
    const comparer = cycleComparer360({ earlier: [{ label: '2026', ratees: cohort2026.ratees }], current: { label: '2027', itemIds } });
    expect(issuesOf(() => comparer.compare('M01', { items: [] } as unknown as Feedback360Report))).toContain('report.scale');
    expect(issuesOf(() => comparer.compare('', cohort2027.ratees[0]?.report as Feedback360Report))).toEqual(['rateeId']);
  });
});
