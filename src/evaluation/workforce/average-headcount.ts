import { assertFiniteNumbers } from '../../core/_internal/assert-finite-numbers.js';
import { mean } from '../../core/stats/mean.js';
import { readMeasure } from '../_internal/measures.js';

/**
 * The average headcount over a period: the mean of headcounts taken at regular points in it (for
 * example the first day of each month, or the start and end of the year).
 *
 * This is the denominator the CIPD and Acas use for the turnover rate and the absence frequency
 * measures. Take the counts at evenly spaced points; with only a start and an end count, the
 * average is their midpoint. Headcounts may be fractional when they are full-time equivalents.
 *
 * Source: CIPD, *Employee turnover and retention* (`cipd-turnover-retention`); Acas, *Managing
 * attendance and employee turnover* (`acas-attendance-turnover`).
 *
 * @param counts - one or more headcounts, each a finite number of at least 0 (not changed)
 * @returns their mean (0 only when every count is 0)
 * @throws LmdInputError when the list is empty or a count is negative or not a finite number
 * @example
 * averageHeadcount([200, 210, 220, 230]) //=> 215
 * averageHeadcount([120, 130]) //=> 125
 * averageHeadcount([]) //=> throws LmdInputError
 * averageHeadcount([100, -1]) //=> throws LmdInputError
 * @see {@link turnoverRate}
 */
export function averageHeadcount(counts: readonly number[]): number {
  assertFiniteNumbers(counts, ['counts'], 1);
  counts.forEach((count, index) => readMeasure(count, ['counts', index], { min: 0 }));
  return mean(counts);
}
