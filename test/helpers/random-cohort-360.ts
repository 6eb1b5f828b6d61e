// Random small 360 cohorts for the anonymity properties of the command's outputs (Markdown, JSON
// and HTML): group sizes from 0 to 5, so some groups fall below the minimum; about one score in
// nine "not observed"; both small-group strategies; the manager exempt or not.
import fc from 'fast-check';
import type { Instrument360 } from '../../src/lmd/feedback360/instrument-360.js';
import { raterGroups, type RaterGroup } from '../../src/lmd/feedback360/rater-group.js';
import type { CohortRating360 } from '../../src/lmd/feedback360/rating-360.js';

/** A two-competency, three-item instrument on a 1–5 scale. */
export const smallInstrument: Instrument360 = {
  scale: { min: 1, max: 5 },
  competencies: [
    { id: 'c1', name: 'Coaching' },
    { id: 'c2', name: 'Delegation' },
  ],
  items: [
    { id: 'i1', competencyId: 'c1' },
    { id: 'i2', competencyId: 'c1' },
    { id: 'i3', competencyId: 'c2' },
  ],
};

/** One ratee: how many raters in each group, and a pool of scores the raters draw from in turn. */
export interface RandomRatee360 {
  readonly sizes: Record<RaterGroup, number>;
  readonly scores: (number | null)[];
}

const ratee: fc.Arbitrary<RandomRatee360> = fc.record({
  sizes: fc.record({
    self: fc.integer({ min: 0, max: 1 }),
    manager: fc.integer({ min: 0, max: 2 }),
    peer: fc.integer({ min: 0, max: 5 }),
    'direct-report': fc.integer({ min: 0, max: 5 }),
    other: fc.integer({ min: 0, max: 4 }),
  }),
  scores: fc.array(fc.option(fc.integer({ min: 1, max: 5 }), { freq: 8 }), { minLength: 60, maxLength: 60 }),
});

/** Up to four ratees and an anonymity policy whose minimum group size runs from 3 to `maxMinGroupSize`. */
export function randomCohort360(maxMinGroupSize: number) {
  return fc.record({
    ratees: fc.array(ratee, { minLength: 1, maxLength: 4 }),
    policy: fc.record({
      minGroupSize: fc.integer({ min: 3, max: maxMinGroupSize }),
      minOthersSize: fc.integer({ min: 1, max: 6 }),
      smallGroupStrategy: fc.constantFrom('omit' as const, 'merge' as const),
      exemptGroups: fc.constantFrom<('self' | 'manager')[]>(['self', 'manager'], ['self']),
    }),
  });
}

/** The rating rows of random ratees (`R0`, `R1`, …) over {@link smallInstrument}. */
export function randomCohortRows(ratees: readonly RandomRatee360[]): CohortRating360[] {
  const rows: CohortRating360[] = [];
  ratees.forEach((entry, position) => {
    let draw = 0;
    for (const group of raterGroups) {
      for (let rater = 0; rater < entry.sizes[group]; rater += 1) {
        for (const item of smallInstrument.items) {
          const score = entry.scores[draw % entry.scores.length] ?? null;
          draw += 1;
          rows.push({ rateeId: `R${position}`, raterId: `R${position}-${group}-${rater}`, group, itemId: item.id, score });
        }
      }
    }
  });
  return rows;
}
