import { assertFiniteNumbers } from '../../core/_internal/assert-finite-numbers.js';
import { assertOptionsObject } from '../../core/_internal/assert-options-object.js';
import { describeValue } from '../../core/describe-value.js';
import { LmdInputError } from '../../core/input-error.js';
import { mean } from '../../core/stats/mean.js';
import { sum } from '../../core/stats/sum.js';

/**
 * Options for {@link averageDeviation}.
 *
 * @example
 * const options: AverageDeviationOptions = { around: 'median' };
 * averageDeviation([1, 2, 4, 5, 5, 3], options) //=> 4 / 3
 * @see {@link averageDeviation}
 */
export interface AverageDeviationOptions {
  /** The centre the deviations are taken from: `'mean'` (the default, AD_M) or `'median'` (AD_Md). */
  readonly around?: 'mean' | 'median';
}

/** The median of a non-empty list (the mean of the middle two for an even count), without sorting it in place. */
function median(values: readonly number[]): number {
  const sorted = values.slice().sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] as number;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] as number) + upper) / 2;
}

/**
 * Burke, Finkelstein & Dusig's (1999) average deviation index, AD: the mean absolute deviation of
 * the raters' scores from their mean (AD_M, the default) or median (AD_Md).
 *
 * AD = Σ|x − centre| / n, in the units of the scale: 0 is full agreement and larger is less.
 * Burke & Dunlap (2002) suggest reading AD ≤ c / 6 (c = the number of scale points) as enough
 * agreement to aggregate: 0.83 on a five-point scale. Matches R's `multilevel::ad.m` with
 * `type = "mean"` or `"median"`.
 *
 * Source: burke-finkelstein-dusig-1999, burke-dunlap-2002; checked against R's multilevel package
 * (bliese-multilevel-2022).
 *
 * @param scores - the raters' scores on one item: at least two finite numbers
 * @param options - `around`: `'mean'` (default) or `'median'`
 * @returns AD, never negative
 * @throws LmdInputError when fewer than two scores are given, a score is not a finite number, or
 * `around` is neither `'mean'` nor `'median'`
 * @example
 * averageDeviation([4, 4, 5, 3, 4]) //=> 0.4
 * averageDeviation([5, 5, 5, 4], { around: 'median' }) //=> 0.25
 * averageDeviation([4]) //=> throws LmdInputError
 * @see {@link rwg}, {@link awg}
 */
export function averageDeviation(scores: readonly number[], options: AverageDeviationOptions = {}): number {
  assertFiniteNumbers(scores, ['scores'], 2);
  assertOptionsObject(options, ['options']);
  const around = options.around ?? 'mean';
  if (around !== 'mean' && around !== 'median') {
    throw new LmdInputError([
      { keys: ['options', 'around'], message: `expected "mean" or "median" (received ${describeValue(around)})` },
    ]);
  }
  const centre = around === 'mean' ? mean(scores) : median(scores);
  return sum(scores.map((score) => Math.abs(score - centre))) / scores.length;
}
