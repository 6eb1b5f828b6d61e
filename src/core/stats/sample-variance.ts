import { assertFiniteNumbers } from '../_internal/assert-finite-numbers.js';
import { mean } from './mean.js';
import { sum } from './sum.js';

/**
 * The sample variance s² of a list of finite numbers: the sum of squared deviations from the mean
 * divided by n − 1 (Bessel's correction), as R's `var()` computes it.
 *
 * Computed in two passes (mean first, then the compensated sum of squared deviations), which avoids
 * the cancellation of the one-pass "sum of squares minus square of sum" formula.
 *
 * @param values - at least two finite numbers
 * @returns s², never negative
 * @throws LmdInputError when fewer than two values are given or a value is not finite
 * @example
 * sampleVariance([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]) //=> 55 / 6
 * sampleVariance([4, 4, 5, 3, 4]) //=> 0.5
 * @see Chan, T. F., Golub, G. H., & LeVeque, R. J. (1983). Algorithms for computing the sample
 * variance: analysis and recommendations. The American Statistician, 37(3), 242–247.
 * @see {@link mean}
 */
export function sampleVariance(values: readonly number[]): number {
  assertFiniteNumbers(values, ['values'], 2);
  const centre = mean(values);
  return sum(values.map((value) => (value - centre) ** 2)) / (values.length - 1);
}
