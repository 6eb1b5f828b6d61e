/**
 * The standard normal distribution function Φ(z) = P(Z ≤ z).
 *
 * Method: Φ(z) = ½ erfc(−z / √2). For |x| < 2, erf(x) comes from the series
 * erf(x) = (2 / √π) e^{−x²} Σ 2ⁿ x²ⁿ⁺¹ / (1 · 3 · … · (2n + 1)), whose terms are all positive, so
 * there is no cancellation; for |x| ≥ 2, erfc(x) comes from its continued fraction
 * erfc(x) = (e^{−x²} / √π) · 1 / (x + (1/2) / (x + 1 / (x + (3/2) / (x + …)))) (Abramowitz & Stegun
 * 7.1.6 and 7.1.14), evaluated with the modified Lentz algorithm. The far tail therefore keeps its
 * relative accuracy (Φ(−30) ≈ 4.9e−198 is returned, not 0).
 *
 * @param z - a finite number
 * @returns Φ(z), in [0, 1]
 * @internal
 */
export function normalCdf(z: number): number {
  const x = -z / Math.SQRT2;
  if (x < 0) {
    // Φ(z) for z > 0: 1 − ½ erfc(|x|) = ½ (1 + erf(|x|)).
    return Math.abs(x) < 2 ? 0.5 * (1 + erfSeries(-x)) : 1 - 0.5 * erfcFraction(-x);
  }
  return x < 2 ? 0.5 * (1 - erfSeries(x)) : 0.5 * erfcFraction(x);
}

/**
 * The upper tail of the standard normal distribution, 1 − Φ(z), computed without cancellation.
 *
 * @param z - a finite number
 * @returns P(Z > z)
 * @internal
 */
export function normalUpperTail(z: number): number {
  return normalCdf(-z);
}

/** erf(x) for 0 ≤ x < 2 by the all-positive series. */
function erfSeries(x: number): number {
  const xSquared = x * x;
  let term = x;
  let total = x;
  for (let n = 1; n < 200; n += 1) {
    term *= (2 * xSquared) / (2 * n + 1);
    total += term;
    if (term < total * 1e-17) break;
  }
  return ((2 / Math.sqrt(Math.PI)) * Math.exp(-xSquared) * total);
}

/** erfc(x) for x ≥ 2 by its continued fraction. */
function erfcFraction(x: number): number {
  // erfc(x) = (e^{−x²}/√π) / (x + a1 / (x + a2 / (x + …))) with a_k = k / 2.
  const tiny = 1e-300;
  let f = x;
  let c = x;
  let d = 0;
  for (let k = 1; k < 5000; k += 1) {
    const a = k / 2;
    d = x + a * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = x + a / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const change = c * d;
    f *= change;
    if (Math.abs(change - 1) < 1e-16) break;
  }
  return Math.exp(-x * x) / (Math.sqrt(Math.PI) * f);
}

/**
 * The standard normal quantile function Φ⁻¹(p): the z with Φ(z) = p.
 *
 * Method: a starting value from the rational approximation of Abramowitz & Stegun 26.2.23
 * (error below 4.5e−4), refined by Halley steps on Φ(z) − p, using the lower tail for p ≤ ½ and
 * symmetry above, until the step is below 1e−15 relative; three or four steps suffice.
 *
 * @param p - a probability strictly between 0 and 1
 * @returns Φ⁻¹(p)
 * @internal
 */
export function normalQuantile(p: number): number {
  if (p === 0.5) return 0;
  const q = p < 0.5 ? p : 1 - p;
  const t = Math.sqrt(-2 * Math.log(q));
  let z = -(t - (2.515517 + 0.802853 * t + 0.010328 * t * t) / (1 + 1.432788 * t + 0.189269 * t * t + 0.001308 * t * t * t));
  // Halley iteration on g(z) = Φ(z) − q for the lower tail (z < 0).
  for (let iteration = 0; iteration < 50; iteration += 1) {
    const density = Math.exp(-0.5 * z * z) / Math.sqrt(2 * Math.PI);
    const error = normalCdf(z) - q;
    const newton = error / density;
    const step = newton / (1 + 0.5 * z * newton);
    z -= step;
    if (Math.abs(step) <= 1e-15 * Math.max(1, Math.abs(z))) break;
  }
  return p < 0.5 ? z : -z;
}
