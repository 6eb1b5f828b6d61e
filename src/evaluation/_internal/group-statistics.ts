import { assertFiniteNumbers } from '../../core/_internal/assert-finite-numbers.js';
import { mean } from '../../core/stats/mean.js';
import { sampleVariance } from '../../core/stats/sample-variance.js';
import { commonExponent, scaleDown } from './power-of-two-scale.js';

/**
 * The size, mean and sample variance of one group.
 *
 * @internal
 */
export interface GroupStatistics {
  readonly n: number;
  readonly mean: number;
  readonly variance: number;
}

/**
 * The size, mean and variance of a sample already checked by the caller (finite numbers, at least
 * two); `mean` and `sampleVariance` keep their own checks.
 *
 * @internal
 */
export function groupStatistics(values: readonly number[]): GroupStatistics {
  return { n: values.length, mean: mean(values), variance: sampleVariance(values) };
}

/**
 * Checks two independent samples and returns each one's statistics in common scaled units (the data
 * divided by 2^exponent, see {@link commonExponent}), so that huge or tiny values neither overflow
 * nor underflow when squared. Scale-free results (d, t, p) need no conversion; multiply a mean
 * difference or standard error by 2^exponent to return to the data's units.
 *
 * @internal
 */
export function twoGroupStatistics(
  a: unknown,
  b: unknown,
): { readonly first: GroupStatistics; readonly second: GroupStatistics; readonly exponent: number } {
  assertFiniteNumbers(a, ['a'], 2);
  assertFiniteNumbers(b, ['b'], 2);
  const exponent = commonExponent(a, b);
  return { first: groupStatistics(scaleDown(a, exponent)), second: groupStatistics(scaleDown(b, exponent)), exponent };
}

/**
 * Whether a spread is zero for practical purposes: at most 10 ε times the larger absolute
 * location, the rule R's `t.test` uses to call data "essentially constant". It keeps rounding
 * noise in the variance of identical values from producing an enormous effect size.
 *
 * @internal
 */
export function isEssentiallyZero(spread: number, ...locations: number[]): boolean {
  return spread <= 10 * Number.EPSILON * Math.max(0, ...locations.map(Math.abs));
}

/**
 * The pooled standard deviation of two groups, √(((n₁ − 1) s₁² + (n₂ − 1) s₂²) / (n₁ + n₂ − 2)).
 *
 * @internal
 */
export function pooledStandardDeviation(n1: number, variance1: number, n2: number, variance2: number): number {
  return Math.sqrt(((n1 - 1) * variance1 + (n2 - 1) * variance2) / (n1 + n2 - 2));
}
