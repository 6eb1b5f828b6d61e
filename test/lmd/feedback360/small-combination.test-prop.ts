// The roll-up ledger's exact test (small-combination.ts) against the rater ledger's
// (small-set-in-span.ts): two ways of asking whether the span of a family of sets holds a non-zero
// vector resting on at least one and fewer than `minimum` people must agree on random families.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { smallCombination } from '../../../src/lmd/feedback360/anonymity/_internal/small-combination.js';
import { smallSetInSpan } from '../../../src/lmd/feedback360/anonymity/_internal/small-set-in-span.js';

/** The family as rows over atoms (people that belong to exactly the same sets) and the atoms' sizes. */
function atomsOf(sets: readonly (readonly number[])[]): { rows: number[][]; sizes: number[] } {
  const membership = new Map<number, number[]>();
  sets.forEach((set, position) => {
    for (const person of set) membership.set(person, (membership.get(person) ?? []).concat([position]));
  });
  const atomOf = new Map<string, number>();
  const sizes: number[] = [];
  const rows: number[][] = sets.map(() => []);
  for (const list of membership.values()) {
    const key = list.join(',');
    let atom = atomOf.get(key);
    if (atom === undefined) {
      atom = sizes.length;
      atomOf.set(key, atom);
      sizes.push(0);
      for (const position of list) rows[position]?.push(atom);
    }
    sizes[atom] = (sizes[atom] as number) + 1;
  }
  return { rows, sizes };
}

const family = fc.record({
  minimum: fc.integer({ min: 2, max: 6 }),
  sets: fc.array(fc.uniqueArray(fc.integer({ min: 0, max: 14 }), { minLength: 1, maxLength: 12 }), { minLength: 1, maxLength: 9 }),
});

describe('smallCombination', () => {
  it('agrees with smallSetInSpan on 5,000 random families', () => {
    let leaks = 0;
    fc.assert(
      fc.property(family, ({ minimum, sets }) => {
        const { rows, sizes } = atomsOf(sets);
        const expected = smallSetInSpan(sets, minimum) ? 'leaks' : 'safe';
        expect(smallCombination(rows, sizes, minimum)).toBe(expected);
        if (expected === 'leaks') leaks += 1;
      }),
      { numRuns: 5_000 },
    );
    expect(leaks).toBeGreaterThan(500);
  });

  it('finds the differences that need three sets, and passes a churn large enough', () => {
    const ask = (sets: number[][], minimum: number) => {
      const { rows, sizes } = atomsOf(sets);
      return smallCombination(rows, sizes, minimum);
    };
    // {A,B,C}, {A..F}, {D,E,F,G}: G = third − (second − first).
    expect(ask([[0, 1, 2], [0, 1, 2, 3, 4, 5], [3, 4, 5, 6]], 3)).toBe('leaks');
    // A leaver and a joiner: their difference.
    expect(ask([[0, 1, 2, 3, 4, 5], [1, 2, 3, 4, 5, 6]], 5)).toBe('leaks');
    // Three leavers and two joiners rest on five.
    expect(ask([[0, 1, 2, 3, 4, 5], [3, 4, 5, 6, 7]], 5)).toBe('safe');
  });
});
