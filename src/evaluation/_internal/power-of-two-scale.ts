import { LmdInputError, type LmdInputPathKey } from '../../core/input-error.js';
import type { ConfidenceInterval } from '../significance/confidence-interval.js';

/**
 * The exponent k of the power of two 2^k nearest below the largest absolute value in the samples
 * (0 when every value is 0). Dividing the data by 2^k brings it near 1 without changing a single
 * significant bit, so squares neither overflow (values near 10²⁰⁰) nor underflow (values near
 * 10⁻²⁰⁰), and every scale-free statistic (d, g, t, p, r) is exactly what unscaled arithmetic
 * would give wherever that arithmetic is finite.
 *
 * @internal
 */
export function commonExponent(...samples: readonly (readonly number[])[]): number {
  let largest = 0;
  for (const values of samples) for (const value of values) largest = Math.max(largest, Math.abs(value));
  return largest === 0 ? 0 : Math.floor(Math.log2(largest));
}

/**
 * Multiplies by 2^exponent in two halves, so that neither factor overflows (2^1074 does not exist
 * as a double, but subnormal data need it).
 *
 * @internal
 */
export function timesPowerOfTwo(value: number, exponent: number): number {
  const half = Math.trunc(exponent / 2);
  return value * 2 ** half * 2 ** (exponent - half);
}

/**
 * The values divided by 2^exponent (see {@link commonExponent}).
 *
 * @internal
 */
export function scaleDown(values: readonly number[], exponent: number): number[] {
  return exponent === 0 ? values.slice() : values.map((value) => timesPowerOfTwo(value, -exponent));
}

/**
 * A result in scaled units back in the data's own units, or an {@link LmdInputError} naming `path`
 * when it is too large to represent (data near the largest double).
 *
 * @internal
 */
export function scaleUp(value: number, exponent: number, path: readonly LmdInputPathKey[]): number {
  const result = exponent === 0 ? value : timesPowerOfTwo(value, exponent);
  if (!Number.isFinite(result)) {
    throw new LmdInputError([
      { keys: path, message: 'the values are so large that the result cannot be represented as a finite number; rescale them (for example to thousands)' },
    ]);
  }
  return result;
}

/**
 * A confidence interval in scaled units back in the data's own units (see {@link scaleUp}).
 *
 * @internal
 */
export function scaleUpInterval(interval: ConfidenceInterval, exponent: number, path: readonly LmdInputPathKey[]): ConfidenceInterval {
  return {
    level: interval.level,
    lower: interval.lower === null ? null : scaleUp(interval.lower, exponent, path),
    upper: interval.upper === null ? null : scaleUp(interval.upper, exponent, path),
  };
}
