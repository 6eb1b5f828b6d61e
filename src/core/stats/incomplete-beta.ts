import { logBeta } from './log-gamma.js';

/**
 * Both tails of the regularised incomplete beta function: `lower` = I_x(a, b) and
 * `upper` = 1 − I_x(a, b), each computed directly so that a tail near 0 keeps its relative accuracy.
 *
 * Method: the continued fraction for I_x(a, b) (Abramowitz & Stegun 26.5.8) evaluated with the
 * modified Lentz algorithm. It converges quickly when x < (a + 1) / (a + b + 2); otherwise the
 * symmetry I_x(a, b) = 1 − I_{1−x}(b, a) is used, so the fraction is always evaluated where it
 * converges. The prefactor xᵃ (1 − x)ᵇ / (a B(a, b)) is formed in logarithms. The caller passes
 * y = 1 − x as well as x, because forming 1 − x by subtraction can lose every significant digit
 * (t² / (ν + t²) for a small t, say).
 *
 * Sources: Abramowitz, M., & Stegun, I. A. (1964), 26.5.8; Lentz, W. J. (1976). Generating
 * Bessel functions in Mie scattering calculations using continued fractions. Applied Optics,
 * 15(3), 668–671, with the modification of Thompson & Barnett (1986).
 *
 * @param x - in [0, 1]
 * @param y - 1 − x, computed by the caller as accurately as it can be
 * @param a - greater than 0
 * @param b - greater than 0
 * @returns `{ lower: I_x(a, b), upper: 1 − I_x(a, b) }`
 * @internal
 */
export function incompleteBetaTails(x: number, y: number, a: number, b: number): { lower: number; upper: number } {
  if (x <= 0) return { lower: 0, upper: 1 };
  if (y <= 0) return { lower: 1, upper: 0 };
  if (x < (a + 1) / (a + b + 2)) {
    const lower = betaFraction(x, y, a, b);
    return { lower, upper: 1 - lower };
  }
  const upper = betaFraction(y, x, b, a);
  return { lower: 1 - upper, upper };
}

/** Smallest magnitude allowed for a Lentz denominator, to avoid dividing by zero. */
const TINY = 1e-300;

/** I_x(a, b) by the continued fraction; accurate when x < (a + 1) / (a + b + 2). */
function betaFraction(x: number, y: number, a: number, b: number): number {
  const logFront = a * Math.log(x) + b * Math.log(y) - logBeta(a, b) - Math.log(a);
  // Modified Lentz: f = 1 / (1 + d1 / (1 + d2 / (1 + …))), tracked as C and D ratios.
  let c = 1;
  let d = 1 - ((a + b) * x) / (a + 1);
  if (Math.abs(d) < TINY) d = TINY;
  d = 1 / d;
  let fraction = d;
  for (let m = 1; m <= 20_000; m += 1) {
    const twoM = 2 * m;
    // Even step: d_{2m} = m (b − m) x / ((a + 2m − 1)(a + 2m)).
    let coefficient = (m * (b - m) * x) / ((a + twoM - 1) * (a + twoM));
    d = 1 + coefficient * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + coefficient / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    fraction *= d * c;
    // Odd step: d_{2m+1} = −(a + m)(a + b + m) x / ((a + 2m)(a + 2m + 1)).
    coefficient = (-(a + m) * (a + b + m) * x) / ((a + twoM) * (a + twoM + 1));
    d = 1 + coefficient * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + coefficient / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const change = d * c;
    fraction *= change;
    if (Math.abs(change - 1) < 1e-16) break;
  }
  return Math.exp(logFront) * fraction;
}
