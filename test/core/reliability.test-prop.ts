import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { cronbachAlpha, iccIntervals, krippendorffAlpha, LmdInputError, buildNorms, trueScoreEstimate } from '../../src/index.js';

// Invariants of the issue-19 statistics on random small data: either a finite, JSON-safe result or
// an LmdInputError (never NaN, Infinity or a TypeError), no change to the input, and the
// invariances the definitions imply.
const rating = fc.integer({ min: 1, max: 5 });
const complete = (rows: number, columns: number) => fc.array(fc.array(rating, { minLength: columns, maxLength: columns }), { minLength: rows, maxLength: rows });
const withMissing = (rows: number, columns: number) =>
  fc.array(fc.array(fc.option(rating, { nil: null, freq: 5 }), { minLength: columns, maxLength: columns }), { minLength: rows, maxLength: rows });

function finiteEverywhere(value: unknown): boolean {
  if (typeof value === 'number') return Number.isFinite(value) && !Object.is(value, -0);
  if (Array.isArray(value)) return value.every(finiteEverywhere);
  if (value !== null && typeof value === 'object') return Object.values(value).every(finiteEverywhere);
  return true;
}

function resultOrInputError<T>(run: () => T): T | null {
  try {
    return run();
  } catch (error) {
    expect(error).toBeInstanceOf(LmdInputError);
    return null;
  }
}

describe('reliability statistics: invariants', () => {
  test.prop([fc.integer({ min: 2, max: 8 }).chain((n) => fc.integer({ min: 2, max: 5 }).chain((k) => complete(n, k)))])(
    'iccIntervals is finite or refuses, keeps lower ≤ value ≤ upper (but for ICC(2,k)), and ignores the order of raters',
    (matrix) => {
      const copy = JSON.stringify(matrix);
      const result = resultOrInputError(() => iccIntervals(matrix));
      expect(JSON.stringify(matrix)).toBe(copy);
      if (result === null) return;
      expect(finiteEverywhere(result)).toBe(true);
      // ICC(2,k) is left out: with raters who differ less than chance (JMS < EMS) its ANOVA estimate
      // can exceed 1 (6.6 for [[2, 1, 3], [2, 4, 1], [1, 1, 3]], in psych too) and so lie outside
      // its own interval.
      for (const form of [result.icc1, result.icc2, result.icc3, result.icc1k, result.icc3k]) {
        if (form.lower !== null) expect(form.lower).toBeLessThanOrEqual(form.value + 1e-9);
        if (form.upper !== null) expect(form.upper).toBeGreaterThanOrEqual(form.value - 1e-9);
      }
      const reversed = iccIntervals(matrix.map((row) => [...row].reverse()));
      expect(Math.abs((reversed.icc2.lower as number) - (result.icc2.lower as number))).toBeLessThanOrEqual(1e-9);
    },
  );

  test.prop([fc.integer({ min: 3, max: 10 }).chain((n) => withMissing(n, 4))])(
    'pairwise alpha and Krippendorff’s alpha are finite, null or refused, and do not change the input',
    (matrix) => {
      const copy = JSON.stringify(matrix);
      const alpha = resultOrInputError(() => cronbachAlpha(matrix, { missing: 'pairwise' }));
      if (alpha !== null) expect(Number.isFinite(alpha)).toBe(true);
      for (const level of ['nominal', 'ordinal', 'interval', 'ratio'] as const) {
        const result = resultOrInputError(() => krippendorffAlpha(matrix, { level }));
        if (result !== null) {
          expect(finiteEverywhere(result)).toBe(true);
          if (result.alpha !== null) expect(result.alpha).toBeLessThanOrEqual(1 + 1e-12);
          // Krippendorff's alpha does not depend on the order of units or of raters.
          const shuffled = krippendorffAlpha([...matrix].reverse().map((row) => [...row].reverse()), { level });
          if (result.alpha === null) expect(shuffled.alpha).toBeNull();
          else expect(Math.abs((shuffled.alpha as number) - result.alpha)).toBeLessThanOrEqual(1e-9);
        }
      }
      expect(JSON.stringify(matrix)).toBe(copy);
    },
  );

  test.prop([fc.array(fc.double({ min: 1, max: 5, noNaN: true }), { minLength: 5, maxLength: 60 }), fc.double({ min: 0, max: 6, noNaN: true })])(
    'norms: percentile ranks in [0, 100], T = 50 + 10 z, monotone in the score',
    (sample, score) => {
      const norms = resultOrInputError(() => buildNorms(sample, { minN: 5 }));
      if (norms === null) return;
      expect(finiteEverywhere(norms)).toBe(true);
      for (const row of norms.table) {
        expect(row.percentileRank).toBeGreaterThanOrEqual(0);
        expect(row.percentileRank).toBeLessThanOrEqual(100);
        expect(row.t).toBeCloseTo(50 + 10 * row.z, 9);
      }
      const ranks = norms.table.map((row) => row.percentileRank);
      expect([...ranks].sort((a, b) => a - b)).toEqual(ranks);
      expect(Number.isFinite(score)).toBe(true);
    },
  );

  test.prop([fc.double({ min: 1, max: 5, noNaN: true }), fc.integer({ min: 1, max: 40 }), fc.double({ min: 0.01, max: 0.99, noNaN: true })])(
    'Kelley’s estimate lies between the reference and observed means, and the interval contains it',
    (observedMean, raters, reliability) => {
      const result = trueScoreEstimate({ observedMean, raters, referenceMean: 3, referenceSd: 1, singleRaterReliability: reliability });
      expect(result.estimate).toBeGreaterThanOrEqual(Math.min(observedMean, 3) - 1e-12);
      expect(result.estimate).toBeLessThanOrEqual(Math.max(observedMean, 3) + 1e-12);
      expect(result.lower).toBeLessThanOrEqual(result.estimate);
      expect(result.upper).toBeGreaterThanOrEqual(result.estimate);
      expect(finiteEverywhere(result)).toBe(true);
    },
  );
});
