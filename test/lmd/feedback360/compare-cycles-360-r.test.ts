// compareCycles360 against R (test/fixtures/r/cycle-comparison.R): ICC(1) from the published
// figures alone equals multilevel::ICC1 on the ratings, and the change's reliability and RCI
// equal R's Spearman–Brown and Jacobson–Truax computation.
import { describe, expect, it } from 'vitest';
import fixture from '../../fixtures/r/cycle-comparison.json' with { type: 'json' };
import { compareCycles360, interpret360Cohort, type CohortRating360, type Instrument360 } from '../../../src/index.js';
import { iccFromFigures } from '../../../src/lmd/feedback360/_internal/icc-from-figures.js';

const instrument: Instrument360 = { scale: { min: 1, max: 5 }, competencies: [{ id: 'c', name: 'Coaching' }], items: [{ id: 'i', competencyId: 'c' }] };
const numbers = (values: readonly string[]): number[] => values.map(Number);
const earlier = Object.fromEntries(Object.entries(fixture.earlier).map(([rateeId, scores]) => [rateeId, numbers(scores)]));

function cycle(label: string, scores: Record<string, number[]>) {
  const ratings: CohortRating360[] = Object.entries(scores).flatMap(([rateeId, peers]) =>
    peers.map((score, n) => ({ rateeId, raterId: `${label}-${rateeId}-${n}`, group: 'peer' as const, itemId: 'i', score })),
  );
  // All others may pool three raters, as the peers of b and e are three.
  return { label, ...interpret360Cohort({ instrument, ratings, policy: { minOthersSize: 3 } }) };
}

describe('compareCycles360 against R', () => {
  it('ICC(1) from counts, means and SDs equals multilevel::ICC1 on the ratings', () => {
    const figures = Object.values(earlier).map((scores) => {
      const mean = scores.reduce((a, b) => a + b, 0) / scores.length;
      const sd = Math.sqrt(scores.reduce((total, score) => total + (score - mean) ** 2, 0) / (scores.length - 1));
      return { n: scores.length, mean, sd };
    });
    expect(iccFromFigures(figures)).toBeCloseTo(Number(fixture.icc1), 13);
  });

  it("one ratee's change: the reliability, S_diff and RCI equal R's", () => {
    const result = compareCycles360({ earlier: [cycle('2026', earlier)], current: cycle('2027', { a: numbers(fixture.currentA) }), minReferenceRatees: 5 });
    const change = result.ratees[0]?.items[0]?.figures.find((figure) => figure.scope === 'others')?.change;
    expect(change?.reliabilitySource).toBe('icc-earlier-cycle');
    expect(change?.referenceRatees).toBe(6);
    expect(change?.reliability).toBeCloseTo(Number(fixture.reliability), 13);
    expect(change?.referenceSd).toBeCloseTo(Number(fixture.referenceSd), 13);
    expect(change?.change).toBeCloseTo(Number(fixture.change), 13);
    expect(change?.standardErrorOfDifference).toBeCloseTo(Number(fixture.standardErrorOfDifference), 13);
    expect(change?.index).toBeCloseTo(Number(fixture.index), 12);
    expect(change?.reading).toBe('higher-beyond-noise');
  });
});
