// Small builders for 360 test data.
import type { Instrument360, Rating360, RaterGroup } from '../../../src/index.js';

/** Two competencies: listening (L1, L2) and clarity (C1), on a 1–5 scale. */
export const instrument: Instrument360 = {
  scale: { min: 1, max: 5 },
  competencies: [
    { id: 'listening', name: 'Listening' },
    { id: 'clarity', name: 'Clarity' },
  ],
  items: [
    { id: 'L1', competencyId: 'listening' },
    { id: 'L2', competencyId: 'listening' },
    { id: 'C1', competencyId: 'clarity' },
  ],
};

/** One rater's ratings of L1, L2 and C1 in order (`null` for "not observed"). */
export function rater(raterId: string, group: RaterGroup, scores: readonly (number | null)[]): Rating360[] {
  return scores.map((score, index) => ({ raterId, group, itemId: instrument.items[index]?.id as string, score }));
}
