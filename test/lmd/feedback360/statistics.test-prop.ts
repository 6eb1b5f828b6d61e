import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import {
  averageDeviation,
  awg,
  cronbachAlpha,
  icc,
  iccOneWay,
  percentileRank,
  ratersNeeded,
  reliableChange,
  rwg,
  rwgJ,
  rwgJLindell,
  spearmanBrown,
} from '../../../src/index.js';
import { frozen, unsafeJsonPaths } from '../../helpers/json-safety.js';

const scalePoints = fc.integer({ min: 2, max: 10 });
/** Integer ratings on a 1..A scale, with A. */
const item = scalePoints.chain((points) =>
  fc.tuple(fc.constant(points), fc.array(fc.integer({ min: 1, max: points }), { minLength: 2, maxLength: 25 })),
);
/** A raters × items (or targets × raters) matrix of integer ratings on a 1..A scale, with A. */
const ratingMatrix = (minRows: number, minColumns: number) =>
  fc
    .tuple(scalePoints, fc.integer({ min: minRows, max: 12 }), fc.integer({ min: minColumns, max: 8 }))
    .chain(([points, rows, columns]) =>
      fc.tuple(
        fc.constant(points),
        fc.array(fc.array(fc.integer({ min: 1, max: points }), { minLength: columns, maxLength: columns }), {
          minLength: rows,
          maxLength: rows,
        }),
      ),
    );
/** A permutation of 0..n−1, from random sort keys. */
const shuffled = <T>(values: readonly T[], keys: readonly number[]): T[] =>
  values
    .map((value, index) => ({ value, key: keys[index] ?? 0, index }))
    .sort((a, b) => a.key - b.key || a.index - b.index)
    .map((entry) => entry.value);
const keys = fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 30, maxLength: 30 });
const close = (a: number | null, b: number | null): void => {
  if (a === null || b === null) {
    expect(a).toBe(b);
    return;
  }
  expect(Math.abs(a - b)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(b)));
};

describe('single-item agreement properties', () => {
  test.prop([item, keys])('rwg, awg and AD lie in their ranges, ignore rater order and leave the input alone', ([points, scores], order) => {
    const input = frozen([...scores]);
    const options = { scalePoints: points };
    const value = rwg(input, options);
    expect(value).toBeGreaterThanOrEqual(0);
    expect(value).toBeLessThanOrEqual(1);
    const reordered = shuffled(scores, order);
    close(rwg(reordered, options), value);
    const agreement = awg(input, { min: 1, max: points });
    if (agreement !== null) {
      expect(agreement).toBeGreaterThanOrEqual(-1);
      expect(agreement).toBeLessThanOrEqual(1);
    }
    close(awg(reordered, { min: 1, max: points }), agreement);
    for (const around of ['mean', 'median'] as const) {
      const deviation = averageDeviation(input, { around });
      expect(deviation).toBeGreaterThanOrEqual(0);
      expect(deviation).toBeLessThanOrEqual(points - 1);
      close(averageDeviation(reordered, { around }), deviation);
    }
  });

  test.prop([item])('raters who all agree give rwg 1, AD 0 and a_wg 1 (or null near an end, as multilevel)', ([points, scores]) => {
    const same = scores.map(() => scores[0] ?? 1);
    expect(rwg(same, { scalePoints: points })).toBe(1);
    expect(averageDeviation(same)).toBe(0);
    expect([1, null]).toContain(awg(same, { min: 1, max: points }));
  });
});

describe('multi-item agreement properties', () => {
  test.prop([ratingMatrix(2, 1), keys])('rwgJ lies in [0, 1], Lindell’s is at most 1, and rater order does not matter', ([points, matrix], order) => {
    const input = frozen(matrix.map((row) => [...row]));
    const options = { scalePoints: points };
    const stepped = rwgJ(input, options);
    const lindell = rwgJLindell(input, options);
    expect(stepped).toBeGreaterThanOrEqual(0);
    expect(stepped).toBeLessThanOrEqual(1);
    expect(lindell).toBeLessThanOrEqual(1);
    expect(Number.isFinite(lindell)).toBe(true);
    if (lindell >= 0) expect(stepped).toBeGreaterThanOrEqual(lindell - 1e-12); // the step-up never lowers it
    const reordered = shuffled(matrix, order);
    close(rwgJ(reordered, options), stepped);
    close(rwgJLindell(reordered, options), lindell);
  });
});

describe('reliability properties', () => {
  test.prop([ratingMatrix(2, 2), keys])('icc and alpha ignore the order of targets, hold no NaN and agree on ICC(3,k)', ([, matrix], order) => {
    const input = frozen(matrix.map((row) => [...row]));
    const result = icc(input);
    expect(unsafeJsonPaths(result)).toEqual([]);
    for (const value of [result.icc1, result.icc2, result.icc3, result.icc1k, result.icc2k, result.icc3k]) {
      if (value !== null && value !== result.icc2k) expect(value).toBeLessThanOrEqual(1 + 1e-12);
    }
    const alpha = cronbachAlpha(input);
    if (alpha !== null && result.icc3k !== null) close(alpha, result.icc3k);
    const reordered = shuffled(matrix, order);
    const again = icc(reordered);
    for (const key of ['icc1', 'icc2', 'icc3', 'icc1k', 'icc2k', 'icc3k'] as const) close(again[key], result[key]);
    close(cronbachAlpha(reordered), alpha);
  });

  test.prop([fc.array(fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 9 }), { minLength: 2, maxLength: 15 }), keys])(
    'iccOneWay ignores the order of groups and holds no NaN',
    (groups, order) => {
      fc.pre(groups.some((group) => group.length > 1));
      const result = iccOneWay(frozen(groups.map((group) => [...group])));
      expect(unsafeJsonPaths(result)).toEqual([]);
      if (result.icc1 !== null) expect(result.icc1).toBeLessThanOrEqual(1 + 1e-12);
      const again = iccOneWay(shuffled(groups, order));
      close(again.icc1, result.icc1);
      close(again.icc2, result.icc2);
    },
  );

  test.prop([fc.double({ min: 0.001, max: 0.999, noNaN: true }), fc.double({ min: 0, max: 0.99, noNaN: true })])(
    'ratersNeeded is the smallest whole number of raters whose Spearman–Brown reliability reaches the target',
    (r, target) => {
      const needed = ratersNeeded(r, target);
      expect(Number.isInteger(needed)).toBe(true);
      expect(spearmanBrown(r, needed)).toBeGreaterThanOrEqual(target - 1e-9);
      if (needed > 1) expect(spearmanBrown(r, needed - 1)).toBeLessThan(target);
    },
  );
});

describe('norm and change properties', () => {
  test.prop([fc.integer({ min: 0, max: 20 }), fc.array(fc.integer({ min: 0, max: 20 }), { minLength: 1, maxLength: 50 })])(
    'percentile ranks lie in [0, 100] and below ≤ mid-rank ≤ at-or-below',
    (score, sample) => {
      const input = frozen([...sample]);
      const below = percentileRank(score, input, 'below');
      const mid = percentileRank(score, input, 'mid-rank');
      const atOrBelow = percentileRank(score, input, 'at-or-below');
      expect(below).toBeGreaterThanOrEqual(0);
      expect(atOrBelow).toBeLessThanOrEqual(100);
      expect(below).toBeLessThanOrEqual(mid);
      expect(mid).toBeLessThanOrEqual(atOrBelow);
      expect(mid).toBeCloseTo((below + atOrBelow) / 2, 10);
    },
  );

  test.prop([
    fc.double({ min: -100, max: 100, noNaN: true }),
    fc.double({ min: -100, max: 100, noNaN: true }),
    fc.double({ min: 0.01, max: 50, noNaN: true }),
    fc.double({ min: 0, max: 0.999, noNaN: true }),
  ])('reliable change is finite and reliable exactly when |index| > 1.96', (before, after, sd, reliability) => {
    const result = reliableChange(frozen({ before, after, sd, reliability }));
    expect(unsafeJsonPaths(result)).toEqual([]);
    expect(result.reliable).toBe(Math.abs(result.index) > 1.96);
    expect(result.direction).toBe(after > before ? 'increase' : after < before ? 'decrease' : 'none');
    // The index keeps the change's sign unless it underflows to 0 (a subnormal change), and is never −0.
    if (result.index !== 0) expect(Math.sign(result.index)).toBe(Math.sign(after - before));
    expect(Object.is(result.index, -0)).toBe(false);
  });
});
