import { parseInput } from '../../core/parse-input.js';
import { isEssentiallyZero, pooledStandardDeviation, twoGroupStatistics } from '../_internal/group-statistics.js';
import { commonExponent, scaleDown } from '../_internal/power-of-two-scale.js';
import { twoGroupSummarySchema, type TwoGroupSummary } from './two-group-summary.js';
import { finiteOrNull } from '../../core/_internal/finite-or-null.js';

/**
 * Cohen's d for two independent groups: the difference between the means divided by the pooled
 * standard deviation, d = (M₁ − M₂) / s_pooled with
 * s_pooled = √(((n₁ − 1) s₁² + (n₂ − 1) s₂²) / (n₁ + n₂ − 2)) (Cohen 1988; Lakens 2013's d_s).
 *
 * Positive when group `a` has the higher mean. d is biased upwards in small samples: report
 * {@link hedgesG} beside it when the groups are small. Matches R's `effectsize::cohens_d(a, b)`.
 *
 * @param a - the first group's values (the trained or pilot group), at least two finite numbers
 * @param b - the second group's values (the comparison group), at least two finite numbers
 * @returns d, or `null` when both groups have no spread (every value equal within each group),
 * where d is not defined
 * @throws LmdInputError when a group has fewer than two values or a value is not a finite number
 * @example
 * cohensD([9, 7, 8, 9, 8, 9, 9, 10, 9, 9], [9, 6, 7, 8, 7, 9, 8, 8, 8, 7])?.toFixed(2) //=> '1.13'
 * cohensD([3, 3], [2, 2]) //=> null
 * cohensD([1], [2, 3]) //=> throws LmdInputError
 * @see {@link hedgesG} for the small-sample correction
 * @see {@link cohensDConfidenceInterval}
 * @see Source: cohen-1988, lakens-2013 in {@link references}.
 */
export function cohensD(a: readonly number[], b: readonly number[]): number | null {
  const { first, second } = twoGroupStatistics(a, b);
  return standardisedMeanDifference(first.n, first.mean, Math.sqrt(first.variance), second.n, second.mean, Math.sqrt(second.variance));
}

/**
 * Cohen's d from each group's size, mean and standard deviation, as a report or a paper gives
 * them: d = (mean1 − mean2) / s_pooled (see {@link cohensD}).
 *
 * @param summary - `{ n1, mean1, sd1, n2, mean2, sd2 }`, sizes at least 2
 * @returns d, or `null` when both standard deviations are 0 (or so small beside the difference
 * that d cannot be represented)
 * @throws LmdInputError naming the field when a size is below 2 or not whole, or a value is not finite
 * @example
 * cohensDFromSummary({ n1: 20, mean1: 3.9, sd1: 0.5, n2: 20, mean2: 3.6, sd2: 0.5 })?.toFixed(2) //=> '0.60'
 * cohensDFromSummary({ n1: 1, mean1: 3.9, sd1: 0.5, n2: 20, mean2: 3.6, sd2: 0.5 }) //=> throws LmdInputError
 * @see {@link hedgesGFromSummary}
 * @see Source: cohen-1988 in {@link references}.
 */
export function cohensDFromSummary(summary: TwoGroupSummary): number | null {
  const valid = parseInput(twoGroupSummarySchema, summary, 'summary');
  // d is scale-free: work near 1 so that squared standard deviations cannot overflow or underflow.
  const exponent = commonExponent([valid.mean1, valid.sd1, valid.mean2, valid.sd2]);
  const [mean1, sd1, mean2, sd2] = scaleDown([valid.mean1, valid.sd1, valid.mean2, valid.sd2], exponent) as [number, number, number, number];
  return standardisedMeanDifference(valid.n1, mean1, sd1, valid.n2, mean2, sd2);
}

/**
 * d from validated summaries; `null` when the pooled standard deviation is essentially zero.
 *
 * @internal
 */
export function standardisedMeanDifference(
  n1: number,
  mean1: number,
  sd1: number,
  n2: number,
  mean2: number,
  sd2: number,
): number | null {
  const pooled = pooledStandardDeviation(n1, sd1 * sd1, n2, sd2 * sd2);
  if (isEssentiallyZero(pooled, mean1, mean2)) return null;
  const d = (mean1 - mean2) / pooled;
  return finiteOrNull(d);
}
