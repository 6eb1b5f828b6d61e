// Regression tests for the counterexamples the issue 4 audit found with wide-range property tests
// (test/evaluation/statistics-invariance.test-prop.ts): d, g, t and r are scale-free, so data in any
// units must give the same values. Independent computation: the same data at unit scale, where the
// R fixtures (test/fixtures/r/evaluation-statistics.R) already pin the arithmetic.
import { describe, expect, it } from 'vitest';
import {
  cohensD,
  cohensDFromSummary,
  differenceInDifferences,
  LmdInputError,
  pairedEffectSize,
  tTest,
} from '../../src/index.js';
import { thrownBy } from '../helpers/json-safety.js';

describe('effect sizes and tests on very small and very large values', () => {
  it('cohensD([1e-300, 2e-300], [0, 1e-300]) is √2, as at unit scale (it was null: the squares underflowed)', () => {
    expect(cohensD([1e-300, 2e-300], [0, 1e-300])).toBeCloseTo(cohensD([1, 2], [0, 1]) as number, 12);
    expect(cohensD([5e-324, 1e-323], [0, 5e-324])).toBe(cohensD([1, 2], [0, 1]));
  });

  it('tTest([1e-300, 2e-300], [0, 1e-300]) has the unit-scale t (it threw "essentially constant")', () => {
    const tiny = tTest([1e-300, 2e-300], [0, 1e-300]);
    const unit = tTest([1, 2], [0, 1]);
    expect(tiny.t).toBeCloseTo(unit.t, 12);
    expect(tiny.p).toBeCloseTo(unit.p, 12);
    expect(tiny.meanDifference / 1e-300).toBeCloseTo(unit.meanDifference, 12);
  });

  it('cohensD([1e200, 2e200], [0, 1]) is 3 (it threw "values[0]: expected a finite number (received Infinity)")', () => {
    // Pooled sd = √((0.5e400 + 0.5) / 2) ≈ 0.5e200, so d = 1.5e200 / 0.5e200 = 3.
    expect(cohensD([1e200, 2e200], [0, 1])).toBeCloseTo(3, 12);
    const result = tTest([1e200, 2e200], [0, 1], { variant: 'pooled' });
    expect(result.t).toBeCloseTo(3, 12);
    expect(result.meanDifference / 1.5e200).toBeCloseTo(1, 12);
  });

  it('cohensDFromSummary with standard deviations of 1e200 is 2 (it was 0: the squared sds overflowed)', () => {
    expect(cohensDFromSummary({ n1: 3, mean1: 2e200, sd1: 1e200, n2: 3, mean2: 0, sd2: 1e200 })).toBeCloseTo(2, 12);
  });

  it('pairedEffectSize on values near 1e-300 equals the unit-scale effect sizes', () => {
    const unit = pairedEffectSize([1, 2, 4, 3], [2, 5, 5, 6]);
    const tiny = pairedEffectSize([1e-300, 2e-300, 4e-300, 3e-300], [2e-300, 5e-300, 5e-300, 6e-300]);
    for (const key of ['dz', 'dav', 'drm', 'gav', 'correlation'] as const) expect(tiny[key]).toBeCloseTo(unit[key] as number, 12);
  });

  it('differenceInDifferences from means near the largest double throws instead of returning Infinity', () => {
    const error = thrownBy(() => differenceInDifferences({ treatedBefore: -1e308, treatedAfter: 1e308, comparisonBefore: 0, comparisonAfter: 0 }));
    expect(error).toBeInstanceOf(LmdInputError);
    expect((error as LmdInputError).issues[0]?.path).toBe('input.treatedAfter');
  });

  it('differenceInDifferences from samples near 1e200 gives the unit-scale d_ppc2', () => {
    const cells = { treatedBefore: [5, 7, 6], treatedAfter: [3, 4, 5], comparisonBefore: [6, 5, 7], comparisonAfter: [6, 5, 6] };
    const unit = differenceInDifferences(cells);
    const huge = differenceInDifferences({
      treatedBefore: cells.treatedBefore.map((x) => x * 1e200),
      treatedAfter: cells.treatedAfter.map((x) => x * 1e200),
      comparisonBefore: cells.comparisonBefore.map((x) => x * 1e200),
      comparisonAfter: cells.comparisonAfter.map((x) => x * 1e200),
    });
    expect(huge.dppc2).toBeCloseTo(unit.dppc2 as number, 12);
    expect((huge.estimate as number) / 1e200).toBeCloseTo(unit.estimate, 12);
  });
});
