// Anonymity of the command's Markdown and JSON 360 outputs (audit of issue 7): per ratee, for the
// cohort, over the 20 sample managers and over random small cohorts. A hidden group must have no
// column, no figure and no n anywhere; every published "all others" figure rests only on shown
// groups (so no hidden figure can be worked out by subtraction); the cohort view names which
// groups are hidden but gives none of their figures. Source of the rule: Hundepool et al. (2012),
// as applied by interpret360Cohort.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { randomCohort360, randomCohortRows, smallInstrument } from '../helpers/random-cohort-360.js';
import { renderJsonReport } from '../../src/report/index.js';
import { readRatingsCsv } from '../../src/cli/read-ratings-csv.js';
import { render360CohortMarkdown } from '../../src/report/index.js';
import { render360Markdown } from '../../src/report/index.js';
import type { Feedback360Report } from '../../src/lmd/feedback360/feedback360-report.js';
import { instrument360Schema, type Instrument360 } from '../../src/lmd/feedback360/instrument-360.js';
import { interpret360Cohort, type Feedback360Cohort } from '../../src/lmd/feedback360/interpret-360-cohort.js';
import type { RaterGroup } from '../../src/lmd/feedback360/rater-group.js';
import { raterGroupLabel } from '../../src/lmd/feedback360/self-others-chart-spec.js';
import { sampleTexts } from './sample-data.js';

/** Every problem found in one ratee's Markdown and JSON reports. */
function leaks(report: Feedback360Report, rateeId: string, instrument: Instrument360): string[] {
  const problems: string[] = [];
  const hidden = new Set<RaterGroup>(report.hiddenGroups.flatMap((entry) => entry.groups));
  // 1. JSON: outside hiddenGroups, no figure or group list includes a hidden group.
  const json = JSON.parse(renderJsonReport('360', { ratee: rateeId }, report)) as { result: Record<string, unknown> };
  const walk = (value: unknown, path: string): void => {
    if (Array.isArray(value)) return value.forEach((entry, index) => walk(entry, `${path}[${index}]`));
    if (value === null || typeof value !== 'object') return;
    for (const [key, child] of Object.entries(value)) {
      if (path === '' && key === 'hiddenGroups') continue;
      if (key === 'groups' && Array.isArray(child) && child.every((entry) => typeof entry === 'string')) {
        const named = (child as RaterGroup[]).filter((group) => hidden.has(group));
        if (named.length > 0) problems.push(`JSON ${path}.groups names hidden ${named.join()}`);
      }
      walk(child, `${path}.${key}`);
    }
  };
  walk(json.result, '');
  // 2. "All others" rests only on shown groups other than self: its n is at most theirs.
  const shownRaters = report.shownGroups.filter((group) => !group.groups.includes('self')).reduce((total, group) => total + group.raters, 0);
  for (const competency of report.competencies) {
    if (competency.others !== null && competency.others.n > shownRaters) problems.push(`${competency.competencyId}: all others n=${competency.others.n} > shown ${shownRaters}`);
  }
  // 3. Markdown: no hidden group's label in the table or the "Groups shown" line; every n printed
  //    is a published n.
  const markdown = render360Markdown(report, { rateeId, instrument });
  const figures = markdown.split('\n').filter((line) => line.startsWith('|') || line.startsWith('Groups shown'));
  for (const group of hidden) {
    const label = raterGroupLabel([group], false);
    if (figures.some((line) => new RegExp(`(?<!All )\\b${label}\\b`).test(line))) problems.push(`Markdown shows ${label}`);
  }
  const published = new Set(report.competencies.flatMap((competency) => [competency.others, ...competency.groups].map((figure) => figure?.n)));
  for (const match of markdown.matchAll(/\(n=(\d+)\)/g)) {
    if (!published.has(Number(match[1]))) problems.push(`Markdown prints n=${match[1]}, which no published figure has`);
  }
  return problems;
}

/** The cohort's Markdown names hidden groups only in its "Hidden groups" column, never with a figure. */
function cohortLeaks(cohort: Feedback360Cohort): string[] {
  const problems: string[] = [];
  const markdown = render360CohortMarkdown(cohort);
  if (/\(n=|\bn = /.test(markdown)) problems.push('the cohort Markdown prints a group size');
  for (const { rateeId, report } of cohort.ratees) {
    const row = markdown.split('\n').find((line) => line.startsWith(`| ${rateeId} `)) ?? '';
    const cells = row.split('|').map((cell) => cell.trim());
    const expected = report.hiddenGroups.map((hidden) => raterGroupLabel(hidden.groups, false)).join(', ') || '–';
    if (cells[4] !== expected) problems.push(`${rateeId}: hidden groups column "${cells[4]}" (expected "${expected}")`);
  }
  return problems;
}

describe('360 Markdown and JSON anonymity on the sample organisation', () => {
  it('leaks nothing of a hidden group for any of the 20 managers, nor in the cohort view', () => {
    const instrument = instrument360Schema.parse(JSON.parse(sampleTexts.instrument));
    const settings = JSON.parse(sampleTexts.settings) as { policy: never; readiness: never };
    const rows = readRatingsCsv(sampleTexts.ratings, '360-ratings.csv', instrument).rows;
    const cohort = interpret360Cohort({ instrument, ratings: rows, policy: settings.policy, readiness: settings.readiness });
    expect(cohort.ratees).toHaveLength(20);
    expect(cohort.ratees.filter(({ report }) => report.hiddenGroups.length > 0).length).toBeGreaterThanOrEqual(3);
    for (const { rateeId, report } of cohort.ratees) expect(leaks(report, rateeId, instrument), rateeId).toEqual([]);
    expect(cohortLeaks(cohort)).toEqual([]);
  });
});

const instrument = smallInstrument;
const cohortInput = randomCohort360(4);

describe('360 Markdown and JSON anonymity over random cohorts', () => {
  it('leaks nothing of a hidden group, per ratee or in the cohort view (200 cohorts)', () => {
    let withHidden = 0;
    fc.assert(
      fc.property(cohortInput, ({ ratees, policy }) => {
        const ratings = randomCohortRows(ratees);
        fc.pre(ratings.length > 0);
        const cohort = interpret360Cohort({ instrument, ratings, policy });
        for (const { rateeId, report } of cohort.ratees) {
          if (report.hiddenGroups.length > 0) withHidden += 1;
          expect(leaks(report, rateeId, instrument), rateeId).toEqual([]);
        }
        expect(cohortLeaks(cohort)).toEqual([]);
      }),
      { numRuns: 200 },
    );
    expect(withHidden).toBeGreaterThan(40);
  });
});
