import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { interpret360Cohort, LmdInputError, summariseCohort360, type CohortRating360, type Feedback360Cohort, type Instrument360 } from '../../../src/index.js';
import { instrument360Schema } from '../../../src/lmd/feedback360/instrument-360.js';
import { readSampleRows, sampleTexts } from '../../cli/sample-data.js';

const instrument = instrument360Schema.parse(JSON.parse(sampleTexts.instrument));
const ratings = readSampleRows() as readonly CohortRating360[];
const cohort = interpret360Cohort({ instrument, ratings });

describe('summariseCohort360 on the sample cycle', () => {
  const summary = summariseCohort360(cohort);

  it('averages the ratees’ published all-others competency means, with their spread', () => {
    expect(summary.ratees).toBe(20);
    summary.competencies.forEach((competency, position) => {
      const values = cohort.ratees.flatMap(({ report }) => (report.competencies[position]?.others == null ? [] : [report.competencies[position]?.others?.mean as number]));
      const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
      const sd = Math.sqrt(values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / (values.length - 1));
      expect(competency.ratees).toBe(values.length);
      expect(competency.othersMean).toBeCloseTo(mean, 12);
      expect(competency.othersSd).toBeCloseTo(sd, 12);
    });
  });

  it('counts agreement categories without naming anyone, and ranks shared development priorities', () => {
    expect(Object.values(summary.agreement).reduce((sum, count) => sum + count, 0)).toBe(20);
    expect(summary.agreement).toEqual(cohort.agreement);
    expect(JSON.stringify(summary)).not.toMatch(/"M\d\d"/);
    // Each ratee counts their two lowest-rated competencies.
    expect(summary.competencies.reduce((sum, competency) => sum + competency.priorityFor, 0)).toBe(40);
    expect(summary.highestItems).toHaveLength(5);
    expect(summary.lowestItems[0]?.othersMean).toBeLessThanOrEqual(summary.highestItems[0]?.othersMean as number);
  });

  it('shows a slice only with at least the minimum of ratees, and hides slices whose leftovers would be too few', () => {
    const ids = cohort.ratees.map(({ rateeId }) => rateeId);
    // Sixteen in two slices of 8, four in a slice of 4: the small one has no figures, and the four
    // left over are fewer than 5, so no slice publishes (the cohort minus the two would give them).
    const three = Object.fromEntries(ids.map((id, index) => [id, index < 8 ? 'North' : index < 16 ? 'South' : 'East']));
    const split = summariseCohort360(cohort, { slices: three });
    expect(split.slices.map((slice) => [slice.name, slice.shown])).toEqual([['North', true], ['South', true], ['East', false]]);
    for (const slice of split.slices) expect(slice.othersMeans.every((value) => value === null)).toBe(true);
    // Ten and ten: both published.
    const two = Object.fromEntries(ids.map((id, index) => [id, index < 10 ? 'North' : 'South']));
    expect(summariseCohort360(cohort, { slices: two }).slices.every((slice) => slice.othersMeans.every((value) => value !== null))).toBe(true);
  });

  it('refuses a cohort smaller than the minimum, and bad options, naming them', () => {
    expect(() => summariseCohort360(cohort, { minRatees: 21 })).toThrow(/at least 21 ratees/);
    expect(() => summariseCohort360(cohort, { minRatees: 2 })).toThrow(LmdInputError);
    expect(() => summariseCohort360(null as never)).toThrow(/interpret360Cohort/);
  });
});

// A cohort of fake reports: only the competencies' all-others means matter here.
function fakeCohort(others: readonly (readonly (number | null)[])[]): Feedback360Cohort {
  return {
    ratees: others.map((row, index) => ({
      rateeId: `R${index}`,
      report: {
        competencies: row.map((mean, position) => ({ competencyId: `c${position}`, name: `C${position}`, self: null, groups: [], others: mean === null ? null : { groups: ['peer'], n: 4, mean, items: 1, identifiable: false }, gap: null, othersPercentile: null })),
        items: [],
        agreement: null,
      },
    })),
    agreement: {},
  } as unknown as Feedback360Cohort;
}

describe('summariseCohort360: no slice can be subtracted down to fewer than the minimum', () => {
  test.prop(
    [
      fc.integer({ min: 3, max: 6 }),
      fc.array(fc.tuple(fc.array(fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }), { minLength: 3, maxLength: 3 }), fc.option(fc.constantFrom('A', 'B', 'C', 'D'), { nil: null })), { minLength: 6, maxLength: 40 }),
    ],
    { numRuns: 300 },
  )('for every competency with a cohort figure, the ratees with a figure outside the published slices are none or at least minRatees', (minRatees, rows) => {
    fc.pre(rows.length >= minRatees);
    const cohortOf = fakeCohort(rows.map(([values]) => values));
    const slices = Object.fromEntries(rows.flatMap(([, slice], index) => (slice === null ? [] : [[`R${index}`, slice]])));
    const summary = summariseCohort360(cohortOf, { minRatees, slices });
    const names = summary.slices.map((slice) => slice.name);
    for (let position = 0; position < 3; position += 1) {
      let leftOver = 0;
      rows.forEach(([values, slice]) => {
        if (values[position] === null) return;
        const published = slice !== null && summary.slices[names.indexOf(slice)]?.othersMeans[position] !== null;
        if (!published) leftOver += 1;
      });
      // Without a cohort figure there is nothing to subtract from (and then no slice has one either).
      const cohortFigure = summary.competencies[position]?.othersMean ?? null;
      expect(cohortFigure === null || leftOver === 0 || leftOver >= minRatees).toBe(true);
      // And every published slice figure rests on at least minRatees ratees.
      summary.slices.forEach((slice) => {
        if (slice.othersMeans[position] === null) return;
        expect(rows.filter(([values, name]) => name === slice.name && values[position] !== null).length).toBeGreaterThanOrEqual(minRatees);
      });
    }
  });
});
