import { describeValue } from '../../core/describe-value.js';
import { LmdInputError } from '../../core/input-error.js';
import { logGamma, stirlingSeries } from '../../core/stats/log-gamma.js';
import { cohensD, cohensDFromSummary } from './cohens-d.js';
import type { TwoGroupSummary } from './two-group-summary.js';

/**
 * Hedges' exact small-sample correction factor J(df) = Γ(df/2) / (√(df/2) · Γ((df − 1)/2)), the
 * factor that makes d unbiased: E[J · d] = δ for normal data (Hedges 1981; Hedges & Olkin 1985,
 * chapter 5).
 *
 * Computed in logarithms. For df ≥ 30 the difference ln Γ(m) − ln Γ(m − ½), m = df/2, is formed
 * from Stirling's series term by term, so J stays accurate (1 − J ≈ 3 / (4 df) keeps its relative
 * accuracy) even for a million degrees of freedom, where subtracting two large ln Γ values would
 * lose it. df need not be a whole number.
 *
 * @param df - degrees of freedom, greater than 1 (n₁ + n₂ − 2 for two groups)
 * @returns J, between 0 and 1
 * @throws LmdInputError when df is not a finite number greater than 1
 * @example
 * hedgesJ(18).toFixed(4) //=> '0.9576'
 * hedgesJ(2).toFixed(4) //=> '0.5642'
 * hedgesJ(1) //=> throws LmdInputError
 * @see {@link hedgesJApprox} for the usual approximation
 * @see Source: hedges-1981, hedges-olkin-1985 in {@link references}.
 */
export function hedgesJ(df: number): number {
  if (typeof df !== 'number' || !Number.isFinite(df) || df <= 1) {
    throw new LmdInputError([
      { keys: ['df'], message: `expected degrees of freedom greater than 1 (received ${describeValue(df)})` },
    ]);
  }
  return exactCorrection(df);
}

/**
 * J for validated df > 1.
 *
 * @internal
 */
export function exactCorrection(df: number): number {
  const m = df / 2;
  if (df < 30) return Math.exp(logGamma(m) - 0.5 * Math.log(m) - logGamma(m - 0.5));
  // ln Γ(m) − ln Γ(m − ½) − ½ ln m by Stirling: the (z − ½) ln z − z parts simplify to
  // −(m − 1) ln(1 − 1/(2m)) − ½, leaving the difference of the two series corrections.
  const logJ = -(m - 1) * Math.log1p(-1 / (2 * m)) - 0.5 + stirlingSeries(m) - stirlingSeries(m - 0.5);
  return Math.exp(logJ);
}

/**
 * The usual approximation to Hedges' correction, J ≈ 1 − 3 / (4 df − 1) (Hedges 1981), which
 * many papers and spreadsheets use. It is slightly larger than the exact {@link hedgesJ}: by
 * 0.007 at df = 2, 0.0005 at df = 8, 0.0001 at df = 18 and less than 4e−6 from df = 100.
 *
 * @param df - degrees of freedom, at least 1
 * @returns the approximate J
 * @throws LmdInputError when df is not a finite number of at least 1
 * @example
 * hedgesJApprox(18).toFixed(4) //=> '0.9577'
 * hedgesJApprox(0) //=> throws LmdInputError
 * @see {@link hedgesJ} for the exact factor
 * @see Source: hedges-1981 in {@link references}.
 */
export function hedgesJApprox(df: number): number {
  if (typeof df !== 'number' || !Number.isFinite(df) || df < 1) {
    throw new LmdInputError([
      { keys: ['df'], message: `expected degrees of freedom of at least 1 (received ${describeValue(df)})` },
    ]);
  }
  return 1 - 3 / (4 * df - 1);
}

/**
 * Hedges' g for two independent groups: Cohen's d times the exact correction
 * {@link hedgesJ}(n₁ + n₂ − 2), which removes d's upward bias in small samples (Hedges 1981;
 * Lakens 2013's g_s). Matches R's `effectsize::hedges_g(a, b)`.
 *
 * @param a - the first group's values, at least two finite numbers
 * @param b - the second group's values, at least two finite numbers
 * @returns g, or `null` when d is not defined (no spread in either group)
 * @throws LmdInputError when a group has fewer than two values or a value is not a finite number
 * @example
 * hedgesG([9, 7, 8, 9, 8, 9, 9, 10, 9, 9], [9, 6, 7, 8, 7, 9, 8, 8, 8, 7])?.toFixed(2) //=> '1.08'
 * @see {@link cohensD}
 * @see Source: hedges-1981, lakens-2013 in {@link references}.
 */
export function hedgesG(a: readonly number[], b: readonly number[]): number | null {
  const d = cohensD(a, b);
  return d === null ? null : d * exactCorrection(a.length + b.length - 2);
}

/**
 * Hedges' g from each group's size, mean and standard deviation: {@link cohensDFromSummary}
 * times {@link hedgesJ}(n1 + n2 − 2).
 *
 * @param summary - `{ n1, mean1, sd1, n2, mean2, sd2 }`, sizes at least 2
 * @returns g, or `null` when both standard deviations are 0
 * @throws LmdInputError naming the field when a size is below 2 or a value is not finite
 * @example
 * hedgesGFromSummary({ n1: 20, mean1: 3.9, sd1: 0.5, n2: 20, mean2: 3.6, sd2: 0.5 })?.toFixed(2) //=> '0.59'
 * @see {@link hedgesG}
 * @see Source: hedges-1981 in {@link references}.
 */
export function hedgesGFromSummary(summary: TwoGroupSummary): number | null {
  const d = cohensDFromSummary(summary);
  return d === null ? null : d * exactCorrection(summary.n1 + summary.n2 - 2);
}
