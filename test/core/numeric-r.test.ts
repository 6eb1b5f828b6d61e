import { describe, expect, it } from 'vitest';
import { mean, sampleVariance, sum } from '../../src/index.js';
import fixture from '../fixtures/r/core-numeric.json' with { type: 'json' };

// Independent computation: base R's sum(), mean() and var() on the same doubles, stored with the
// script that produced them (test/fixtures/r/core-numeric.R; regenerate with
// `Rscript test/fixtures/r/core-numeric.R > test/fixtures/r/core-numeric.json`). R accumulates
// sums in 80-bit long double, so it is not exact either; agreement to 1e-12 relative error is the
// bar. Observed: exact agreement except for a few last-bit differences in means (≤ 2e-16) and the
// "mixed magnitudes" case (9e-14), where R is the less accurate: the exactly rounded sum of those
// doubles is 45.63979 (Python's fractions and math.fsum), which lmdkit's sum returns and R's
// sum() misses by 3e-12. That case is also checked against the exact value below.
const relativeError = (actual: number, expected: number): number =>
  expected === 0 ? Math.abs(actual) : Math.abs(actual - expected) / Math.abs(expected);

describe('core numeric helpers agree with R', () => {
  for (const testCase of fixture.cases) {
    const values = testCase.values.map(Number);
    it(`${testCase.name}: sum, mean and sample variance`, () => {
      expect(relativeError(sum(values), Number(testCase.sum))).toBeLessThanOrEqual(1e-12);
      expect(relativeError(mean(values), Number(testCase.mean))).toBeLessThanOrEqual(1e-12);
      expect(relativeError(sampleVariance(values), Number(testCase.var))).toBeLessThanOrEqual(1e-12);
    });
  }

  it('mixed magnitudes: sum is exactly rounded where R’s long-double sum is not', () => {
    expect(sum([1e8, 3.14159, -2.5e-3, 42, -1e8, 0.5, 7e-4])).toBe(45.63979);
  });
});
