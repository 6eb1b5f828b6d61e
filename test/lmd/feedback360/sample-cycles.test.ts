// The sample organisation's two cycles (examples/data/generate-360-cycle.mjs): the 2027 cycle's
// wide export and long file hold the same ratings; the same managers are rated; raters left and
// joined; and M07, who made a development plan on Develops people and Builds trust, is seen to
// improve on Develops people by more than the measurement's noise.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readSurveyExport } from '../../../src/import/index.js';
import { compareCycles360, interpret360Cohort, type CohortRating360 } from '../../../src/index.js';
import { instrument360Schema } from '../../../src/lmd/feedback360/instrument-360.js';

const data = new URL('../../../examples/data/', import.meta.url);
const text = (name: string): string => readFileSync(new URL(name, data), 'utf8');
const instrument = instrument360Schema.parse(JSON.parse(text('360-instrument.json')));
const ratings2026 = readSurveyExport(text('360-ratings.csv'), { instrument }).ratings as readonly CohortRating360[];
const ratings2027 = readSurveyExport(text('360-ratings-2027.csv'), { instrument }).ratings as readonly CohortRating360[];

describe('the sample organisation’s second cycle', () => {
  it('ships the 2027 cycle as a wide export and a long file with the same ratings', () => {
    const wide = readSurveyExport(text('360-export-wide-2027.csv'), { instrument });
    expect(wide.format).toBe('wide');
    expect(wide.ratings).toEqual(ratings2027);
    expect(wide.comments.length).toBeGreaterThan(50);
  });

  it('rates the same managers, with some raters gone and some new', () => {
    const ratees = (rows: readonly CohortRating360[]): string[] => [...new Set(rows.map((row) => row.rateeId))];
    expect(ratees(ratings2027)).toEqual(ratees(ratings2026));
    const raters = (rows: readonly CohortRating360[]): Set<string> => new Set(rows.filter((row) => row.group !== 'self').map((row) => `${row.rateeId} ${row.raterId}`));
    const before = raters(ratings2026);
    const after = raters(ratings2027);
    const stayed = [...after].filter((rater) => before.has(rater)).length;
    expect(stayed).toBeGreaterThan(before.size / 2);
    expect(before.size - stayed).toBeGreaterThan(10);
    expect(after.size - stayed).toBeGreaterThan(10);
  });

  it('shows M07 better on Develops people by more than the noise, with the same groups shown', () => {
    const comparison = compareCycles360({
      earlier: [{ label: '2026', ...interpret360Cohort({ instrument, ratings: ratings2026 }) }],
      current: { label: '2027', ...interpret360Cohort({ instrument, ratings: ratings2027 }) },
    });
    const m07 = comparison.ratees.find((ratee) => ratee.rateeId === 'M07');
    const others = (competencyId: string) => m07?.competencies.find((entry) => entry.competencyId === competencyId)?.figures.find((figure) => figure.scope === 'others');
    expect(others('people')?.change).toMatchObject({ reading: 'higher-beyond-noise', reliabilitySource: 'icc-earlier-cycle', referenceRatees: 20 });
    expect(others('people')?.change?.change).toBeGreaterThan(0.5);
    expect(others('trust')?.change?.change).toBeGreaterThan(0);
    expect(m07?.competencies.every((entry) => entry.figures.find((figure) => figure.scope === 'others')?.change !== null)).toBe(true);
    expect(m07?.findings.map((finding) => finding.code)).toContain('FB360_CYCLE_CHANGE_BEYOND_NOISE');
  });
});
