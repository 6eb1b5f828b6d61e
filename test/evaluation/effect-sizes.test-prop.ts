import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { cohensD, differenceInDifferences, hedgesG, pairedEffectSize, tTest, wilcoxonSignedRank } from '../../src/index.js';
import { frozen, unsafeJsonPaths } from '../helpers/json-safety.js';

const value = fc.double({ min: -1000, max: 1000, noNaN: true, noDefaultInfinity: true });
const sample = fc.array(value, { minLength: 2, maxLength: 30 });
/** Samples with a clear spread, so d is defined and not dominated by rounding. */
const spreadSample = fc
  .array(fc.integer({ min: -500, max: 500 }), { minLength: 2, maxLength: 30 })
  .filter((values) => new Set(values).size > 1);
const close = (x: number, y: number): boolean => Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(x), Math.abs(y));

describe('effect size properties', () => {
  test.prop([sample, sample])('results are finite or null, never NaN, and inputs are not mutated', (a, b) => {
    const first = frozen([...a]);
    const second = frozen([...b]);
    const d = cohensD(first, second);
    const g = hedgesG(first, second);
    expect(d === null || Number.isFinite(d)).toBe(true);
    expect(g === null || Number.isFinite(g)).toBe(true);
    if (d !== null && g !== null) expect(Math.abs(g)).toBeLessThanOrEqual(Math.abs(d));
  });

  test.prop([spreadSample, spreadSample])('d does not depend on the order of values (permutation invariance)', (a, b) => {
    const d = cohensD(a, b) as number;
    expect(close(cohensD([...a].reverse(), [...b].sort((x, y) => x - y)) as number, d)).toBe(true);
  });

  test.prop([spreadSample, spreadSample, fc.double({ min: 0.01, max: 100, noNaN: true }), fc.integer({ min: -1000, max: 1000 })])(
    'd is unchanged by a change of scale and location applied to both groups',
    (a, b, scale, shift) => {
      const d = cohensD(a, b) as number;
      const rescaled = cohensD(a.map((x) => x * scale + shift), b.map((x) => x * scale + shift)) as number;
      expect(close(rescaled, d)).toBe(true);
    },
  );

  test.prop([spreadSample, spreadSample])('swapping the groups flips the sign of d and g', (a, b) => {
    expect(close(cohensD(b, a) as number, -(cohensD(a, b) as number))).toBe(true);
    expect(close(hedgesG(b, a) as number, -(hedgesG(a, b) as number))).toBe(true);
  });

  test.prop([fc.array(fc.tuple(value, value), { minLength: 2, maxLength: 30 })])('paired effect sizes are JSON-safe and do not mutate', (pairs) => {
    const before = frozen(pairs.map(([x]) => x));
    const after = frozen(pairs.map(([, y]) => y));
    const effect = pairedEffectSize(before, after);
    expect(unsafeJsonPaths(effect)).toEqual([]);
    if (effect.correlation !== null) expect(Math.abs(effect.correlation)).toBeLessThanOrEqual(1);
  });

  test.prop([spreadSample, spreadSample, fc.constantFrom('pooled' as const, 'welch' as const)])(
    't test p lies in [0, 1], is symmetric in the groups, and the interval contains the estimate',
    (a, b, variant) => {
      const forward = tTest(a, b, { variant });
      const backward = tTest(b, a, { variant });
      expect(forward.p).toBeGreaterThanOrEqual(0);
      expect(forward.p).toBeLessThanOrEqual(1);
      expect(close(forward.p, backward.p)).toBe(true);
      expect(forward.confidenceInterval.lower as number).toBeLessThanOrEqual(forward.meanDifference);
      expect(forward.confidenceInterval.upper as number).toBeGreaterThanOrEqual(forward.meanDifference);
      expect(unsafeJsonPaths(forward)).toEqual([]);
    },
  );

  test.prop([fc.array(fc.integer({ min: -20, max: 20 }), { minLength: 1, maxLength: 60 }).filter((values) => values.some((x) => x !== 0))])(
    'Wilcoxon: W+ + W− = n(n + 1)/2, p in [0, 1], sign flip swaps W+ and W−',
    (differences) => {
      const result = wilcoxonSignedRank(frozen([...differences]));
      expect(result.wPlus + result.wMinus).toBe((result.n * (result.n + 1)) / 2);
      expect(result.p).toBeGreaterThan(0);
      expect(result.p).toBeLessThanOrEqual(1);
      const flipped = wilcoxonSignedRank(differences.map((x) => -x));
      expect(flipped.wPlus).toBe(result.wMinus);
      expect(close(flipped.p, result.p)).toBe(true);
      expect(unsafeJsonPaths(result)).toEqual([]);
    },
  );

  test.prop([sample, sample, sample, sample])('difference in differences is JSON-safe for any samples', (a, b, c, d) => {
    const result = differenceInDifferences(frozen({ treatedBefore: a, treatedAfter: b, comparisonBefore: c, comparisonAfter: d }));
    expect(unsafeJsonPaths(result)).toEqual([]);
  });
});
