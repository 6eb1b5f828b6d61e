/**
 * A ratio of two statistics, or `null` when it is not defined: a zero denominator (or, by
 * overflow, a result that is not finite). Keeps NaN and Infinity out of results.
 *
 * @param numerator - the top of the ratio
 * @param denominator - the bottom of the ratio
 * @returns the ratio, or `null`
 * @internal
 */
export function ratioOrNull(numerator: number, denominator: number): number | null {
  if (denominator === 0) return null;
  const value = numerator / denominator;
  // Adding 0 turns a negative zero (0 over a negative denominator) into 0, which JSON keeps.
  return Number.isFinite(value) ? value + 0 : null;
}
