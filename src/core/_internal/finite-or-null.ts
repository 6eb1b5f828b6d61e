/**
 * A computed statistic, or `null` when it is not a finite number (an overflow, or 0 / 0 that the
 * caller could not rule out). Keeps NaN and Infinity out of results, and turns −0 into 0, which
 * is what JSON keeps, so results round-trip unchanged.
 *
 * @param value - the computed value
 * @returns the value (never −0), or `null`
 * @internal
 */
export function finiteOrNull(value: number): number | null {
  // Adding 0 turns a negative zero into 0.
  return Number.isFinite(value) ? value + 0 : null;
}
