import { assertNumberInRange } from '../_internal/assert-number-in-range.js';
import { LmdInputError } from '../input-error.js';

/**
 * The Spearman–Brown prophecy formula: the reliability of the mean of k parallel raters (or a test
 * k times as long), given the reliability r of one.
 *
 * r_k = k·r / (1 + (k − 1)·r). A k below 1 predicts the reliability of a shorter measure (k = 0.5
 * halves it). Stepping up ICC(1,1) of a rater group with its size gives ICC(1,k).
 *
 * Source: spearman-1910, brown-1910.
 *
 * @param r - the reliability of one rater or of the measure as it is, from 0 to 1
 * @param k - the lengthening factor or number of raters, above 0
 * @returns the predicted reliability, from 0 to 1
 * @throws LmdInputError when `r` is not between 0 and 1 or `k` is not above 0
 * @example
 * spearmanBrown(0.5, 2) //=> 2 / 3
 * spearmanBrown(0.3, 4) //=> 0.631578947368421
 * spearmanBrown(-0.2, 3) //=> throws LmdInputError
 * @see {@link ratersNeeded} for the inverse
 */
export function spearmanBrown(r: number, k: number): number {
  assertNumberInRange(r, ['r'], { min: 0, max: 1 });
  assertNumberInRange(k, ['k'], { min: 0, minExclusive: true });
  // Written as k·r / ((1 − r) + k·r), the same quantity: the textbook denominator 1 + (k − 1)·r
  // rounds to 0 when r = 1 and k is tiny (spearmanBrown(1, 1e-17) was Infinity). Here both terms
  // are non-negative and k·r > 0 whenever r > 0, so the ratio stays in [0, 1]; adding 0 turns a
  // negative zero (r = −0) into 0.
  const stepped = k * r;
  return stepped === 0 ? 0 : Math.min(1, stepped / (1 - r + stepped)) + 0;
}

/**
 * How many raters (or times as many items) are needed for the mean to reach a target reliability,
 * by the Spearman–Brown formula solved for k, rounded up to a whole number.
 *
 * k = target·(1 − r) / (r·(1 − target)); the result is the smallest whole number of raters at or
 * above k, and at least 1 (when one rater already reaches the target). A k within one part in 10⁹
 * of a whole number counts as that number, so rounding error in the division cannot add a rater:
 * `ratersNeeded(0.5, 0.8)` is 4, not 5. For the exact, unrounded factor compute the formula above.
 *
 * Source: spearman-1910, brown-1910.
 *
 * @param r - the reliability of one rater, above 0 and at most 1
 * @param target - the reliability wanted for the mean, from 0 up to (not including) 1
 * @returns the number of raters needed, a whole number of at least 1
 * @throws LmdInputError when `r` is not above 0 and at most 1, or `target` is not in [0, 1)
 * @example
 * ratersNeeded(0.5, 0.8) //=> 4
 * ratersNeeded(0.17, 0.7) //=> 12
 * ratersNeeded(0.9, 0.7) //=> 1
 * ratersNeeded(0, 0.7) //=> throws LmdInputError
 * @see {@link spearmanBrown}
 */
export function ratersNeeded(r: number, target: number): number {
  assertNumberInRange(r, ['r'], { min: 0, minExclusive: true, max: 1 });
  assertNumberInRange(target, ['target'], { min: 0, max: 1, maxExclusive: true });
  if (target <= r) return 1;
  const exact = (target * (1 - r)) / (r * (1 - target));
  const needed = Math.max(1, Math.ceil(exact - exact * 1e-9));
  if (!Number.isSafeInteger(needed)) {
    throw new LmdInputError([
      { keys: ['r'], message: `a reliability this low cannot reach the target with any practical number of raters (received ${r})` },
    ]);
  }
  return needed;
}
