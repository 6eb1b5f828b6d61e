/**
 * A root of a continuous function in a bracketing interval, by Brent's method.
 *
 * Method: Brent (1973), chapter 4. The interval [a, b] always brackets a sign change. Each step
 * tries inverse quadratic interpolation through the last three points (or the secant through
 * two), and accepts the step only if it lands well inside the interval and shrinks it fast
 * enough; otherwise it bisects. The result is as robust as bisection and, near a simple root,
 * converges superlinearly. Iteration stops when the bracket is narrower than
 * `2 · (4 ε |b| + tolerance)`, with ε the double precision unit roundoff.
 *
 * @param f - a continuous function with f(lower) and f(upper) of opposite signs (or one of them 0)
 * @param lower - one end of the bracket
 * @param upper - the other end
 * @param tolerance - the absolute accuracy wanted in the root (default 1e−14)
 * @returns the root, or `null` when the ends do not bracket a sign change
 * @internal
 */
export function findRoot(f: (x: number) => number, lower: number, upper: number, tolerance = 1e-14): number | null {
  let a = lower;
  let b = upper;
  let fa = f(a);
  let fb = f(b);
  if (fa === 0) return a;
  if (fb === 0) return b;
  if (fa > 0 === fb > 0) return null;
  let c = a;
  let fc = fa;
  let d = b - a;
  let e = d;
  for (let iteration = 0; iteration < 300; iteration += 1) {
    if (fb > 0 === fc > 0) {
      // Keep the root between b and c.
      c = a;
      fc = fa;
      d = b - a;
      e = d;
    }
    if (Math.abs(fc) < Math.abs(fb)) {
      // Make b the best estimate so far.
      a = b;
      b = c;
      c = a;
      fa = fb;
      fb = fc;
      fc = fa;
    }
    const bound = 2 * Number.EPSILON * Math.abs(b) + 0.5 * tolerance;
    const half = 0.5 * (c - b);
    if (Math.abs(half) <= bound || fb === 0) return b;
    if (Math.abs(e) >= bound && Math.abs(fa) > Math.abs(fb)) {
      // Try interpolation: secant when only two distinct points, inverse quadratic otherwise.
      const s = fb / fa;
      let p: number;
      let q: number;
      if (a === c) {
        p = 2 * half * s;
        q = 1 - s;
      } else {
        const r = fb / fc;
        const t = fa / fc;
        p = s * (2 * half * t * (t - r) - (b - a) * (r - 1));
        q = (t - 1) * (r - 1) * (s - 1);
      }
      if (p > 0) q = -q;
      else p = -p;
      if (2 * p < Math.min(3 * half * q - Math.abs(bound * q), Math.abs(e * q))) {
        e = d;
        d = p / q;
      } else {
        d = half;
        e = d;
      }
    } else {
      d = half;
      e = d;
    }
    a = b;
    fa = fb;
    b += Math.abs(d) > bound ? d : half > 0 ? bound : -bound;
    fb = f(b);
  }
  return b;
}

/**
 * Widens an interval around a starting point until a monotone function changes sign across it,
 * then finds the root there with {@link findRoot}.
 *
 * @param f - a continuous monotone function
 * @param start - a first guess at the root
 * @param step - the first half-width tried; it doubles each time (default 1)
 * @param tolerance - passed to {@link findRoot}
 * @returns the root, or `null` when no sign change is found within 60 doublings
 * @internal
 */
export function findRootNear(f: (x: number) => number, start: number, step = 1, tolerance = 1e-14): number | null {
  let width = step;
  for (let attempt = 0; attempt < 60; attempt += 1) {
    const lower = start - width;
    const upper = start + width;
    if (f(lower) > 0 !== f(upper) > 0 || f(lower) === 0 || f(upper) === 0) {
      return findRoot(f, lower, upper, tolerance);
    }
    width *= 2;
  }
  return null;
}
