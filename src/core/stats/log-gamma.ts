/**
 * The natural logarithm of the gamma function, ln Γ(x), for x > 0.
 *
 * Method: for x below 15 the recurrence Γ(x) = Γ(x + k) / (x (x + 1) … (x + k − 1)) moves the
 * argument up to x + k ≥ 15, where Stirling's asymptotic series
 * ln Γ(z) = (z − ½) ln z − z + ½ ln 2π + Σ B₂ₖ / (2k (2k − 1) z²ᵏ⁻¹)
 * is summed to its seventh Bernoulli term; at z ≥ 15 the first omitted term is below 1e−17, so the
 * result is as accurate as double arithmetic allows (about 1e−15 absolute near x = 1 and x = 2,
 * where ln Γ is zero, and 1e−15 relative elsewhere). Checked against R's `lgamma`.
 *
 * Source: Abramowitz, M., & Stegun, I. A. (1964). Handbook of mathematical functions, 6.1.40
 * (Stirling's series) and 6.1.15 (the recurrence).
 *
 * @param x - a finite number greater than 0 (not checked: callers validate)
 * @returns ln Γ(x)
 * @internal
 */
export function logGamma(x: number): number {
  let z = x;
  let logShift = 0;
  if (z < 15) {
    let product = 1;
    while (z < 15) {
      product *= z;
      z += 1;
    }
    logShift = Math.log(product);
  }
  return (z - 0.5) * Math.log(z) - z + HALF_LOG_TWO_PI + stirlingSeries(z) - logShift;
}

/**
 * The correction term of Stirling's series, ln Γ(z) − [(z − ½) ln z − z + ½ ln 2π], for z ≥ 14
 * (accurate to about 1e−17 there).
 *
 * @param z - at least 14
 * @returns the sum of the first seven Bernoulli terms
 * @internal
 */
export function stirlingSeries(z: number): number {
  const inverse = 1 / z;
  const inverseSquared = inverse * inverse;
  // B2/(1·2), B4/(3·4), … B14/(13·14): 1/12, −1/360, 1/1260, −1/1680, 1/1188, −691/360360, 1/156.
  return (
    inverse *
    (1 / 12 +
      inverseSquared *
        (-1 / 360 +
          inverseSquared *
            (1 / 1260 +
              inverseSquared *
                (-1 / 1680 + inverseSquared * (1 / 1188 + inverseSquared * (-691 / 360360 + inverseSquared / 156))))))
  );
}

/** ½ ln(2π). */
const HALF_LOG_TWO_PI = 0.91893853320467274178;

/**
 * The natural logarithm of the beta function, ln B(a, b) = ln Γ(a) + ln Γ(b) − ln Γ(a + b).
 *
 * @param a - greater than 0
 * @param b - greater than 0
 * @returns ln B(a, b)
 * @internal
 */
export function logBeta(a: number, b: number): number {
  return logGamma(a) + logGamma(b) - logGamma(a + b);
}
