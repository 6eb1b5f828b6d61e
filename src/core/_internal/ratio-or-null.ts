import { finiteOrNull } from './finite-or-null.js';

/**
 * A ratio of two statistics, or `null` when it is not defined: a zero denominator (or, by
 * overflow, a result that is not finite). Keeps NaN and Infinity out of results.
 *
 * A denominator that is a difference of sums can be zero in exact arithmetic yet come out as
 * rounding noise (1e-17) in floating point, which would turn an undefined ratio into an enormous
 * number. Pass `scale`, the size of the terms the denominator was computed from, and a denominator
 * within 1e-12 × scale of zero counts as zero.
 *
 * @param numerator - the top of the ratio
 * @param denominator - the bottom of the ratio
 * @param scale - the magnitude of the terms behind the denominator (default 0: only an exact zero counts)
 * @returns the ratio, or `null`
 * @internal
 */
export function ratioOrNull(numerator: number, denominator: number, scale = 0): number | null {
  if (denominator === 0 || Math.abs(denominator) <= 1e-12 * scale) return null;
  return finiteOrNull(numerator / denominator);
}
