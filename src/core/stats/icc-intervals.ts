import { assertNumberInRange } from '../_internal/assert-number-in-range.js';
import { LmdInputError } from '../input-error.js';
import { fQuantile, fTails } from './f-distribution.js';
import { icc } from './icc.js';

/**
 * One intraclass correlation with its F test and confidence interval, as a row of R's
 * `psych::ICC(x, lmer = FALSE)$results`.
 *
 * @example
 * const row: IccWithInterval = iccIntervals([[9, 2, 5, 8], [6, 1, 3, 2], [8, 4, 6, 8], [7, 1, 2, 6], [10, 5, 6, 9], [6, 2, 4, 7]]).icc3;
 * row.df1 //=> 5
 * @see {@link iccIntervals}
 */
export interface IccWithInterval {
  /** The coefficient (as {@link icc} computes it). */
  readonly value: number;
  /**
   * The lower confidence bound; `null` only for ICC(2,k) when ICC(2,1)'s lower bound lies below
   * −1/(k − 1), where the Spearman–Brown step-up passes its pole (psych then reports a number
   * above the estimate).
   */
  readonly lower: number | null;
  /** The upper confidence bound; `null` only in the ICC(2,k) case described for `lower`. */
  readonly upper: number | null;
  /** The F statistic testing that the coefficient is 0: BMS / WMS for the one-way forms, BMS / EMS for the two-way forms. */
  readonly f: number;
  /** Numerator degrees of freedom, n − 1. */
  readonly df1: number;
  /** Denominator degrees of freedom: n (k − 1) for the one-way forms, (n − 1)(k − 1) for the two-way forms. */
  readonly df2: number;
  /** The one-sided p-value of the F test, P(F > f). */
  readonly p: number;
}

/**
 * The six Shrout–Fleiss intraclass correlations, each with its F test and confidence interval.
 *
 * @example
 * const result: IccIntervals = iccIntervals([[1, 2], [3, 5], [4, 4]]);
 * result.level //=> 0.95
 * @see {@link iccIntervals}
 */
export interface IccIntervals {
  /** The confidence level used (default 0.95). */
  readonly level: number;
  /** How many targets (rows), n. */
  readonly targets: number;
  /** How many raters (columns), k. */
  readonly raters: number;
  /** ICC(1,1): one rater, one-way random. */
  readonly icc1: IccWithInterval;
  /** ICC(2,1): one rater, two-way random, absolute agreement. */
  readonly icc2: IccWithInterval;
  /** ICC(3,1): one rater, two-way mixed, consistency. */
  readonly icc3: IccWithInterval;
  /** ICC(1,k): the mean of k raters, one-way random. */
  readonly icc1k: IccWithInterval;
  /** ICC(2,k): the mean of k raters, two-way random, absolute agreement. */
  readonly icc2k: IccWithInterval;
  /** ICC(3,k): the mean of k raters, two-way mixed, consistency. */
  readonly icc3k: IccWithInterval;
}

/**
 * The six intraclass correlations of a complete targets × raters matrix with their F tests and
 * F-based confidence intervals (Shrout & Fleiss 1979; McGraw & Wong 1996), equal to R's
 * `psych::ICC(x, lmer = FALSE, alpha = 1 − level)$results` (its `F`, `df1`, `df2`, `p`,
 * `lower bound` and `upper bound`).
 *
 * With n targets, k raters, the mean squares of {@link icc}, F₁ = BMS / WMS on (n − 1, n (k − 1))
 * degrees of freedom, F₃ = BMS / EMS on (n − 1, (n − 1)(k − 1)), and F_q(a, b) the q quantile of F:
 * - ICC(1,1): F_L = F₁ / F_{1−α/2}(n − 1, n(k − 1)), F_U = F₁ · F_{1−α/2}(n(k − 1), n − 1), bounds
 *   (F − 1) / (F + k − 1); ICC(1,k): 1 − 1/F_L and 1 − 1/F_U.
 * - ICC(3,1) and ICC(3,k): the same with F₃ and its degrees of freedom.
 * - ICC(2,1): Satterthwaite's approximate degrees of freedom ν for the denominator (Shrout &
 *   Fleiss's equation for the random-raters case, as psych computes it with the estimated ICC(2,1)
 *   and F_J = JMS / EMS), F* = F_{1−α/2}(n − 1, ν) and F** = F_{1−α/2}(ν, n − 1), lower bound
 *   n (BMS − F* EMS) / (F* (k JMS + (kn − k − n) EMS) + n BMS), upper bound
 *   n (F** BMS − EMS) / (k JMS + (kn − k − n) EMS + n F** BMS); ICC(2,k) steps both bounds up by
 *   Spearman–Brown with k. A bound of ICC(2,1) below −1/(k − 1) lies beyond the step-up's pole and
 *   has no k-rater value: lmdkit gives `null` there, where psych reports a number above the
 *   estimate (9.93 for an estimate of −0.46 with four targets and two raters).
 *
 * The p-value is one-sided, P(F > f), for the hypothesis that the coefficient is 0; psych gives the
 * same p for the single and average forms.
 *
 * Awkward cases (documented in the guide): missing ratings, one target or one rater throw, as
 * psych's `lmer = FALSE` path stops on missing data; a matrix whose mean squares leave an F
 * statistic undefined or infinite (every cell equal, or raters in perfect consistency so that the
 * residual mean square is 0) throws, where psych returns NaN or Inf; so do targets with identical
 * means (a between-targets mean square of 0, where psych's bounds are rounding noise of 1e30). Two raters and a rater who
 * gives every target the same score are computed and agree with psych.
 *
 * Source: shrout-fleiss-1979, mcgraw-wong-1996; checked against psych (revelle-psych-2022).
 *
 * @param matrix - the ratings, rows = targets (at least two), columns = raters (at least two),
 * every cell a finite number
 * @param level - the confidence level, between 0 and 1 (default 0.95)
 * @returns `{ level, targets, raters, icc1, icc2, icc3, icc1k, icc2k, icc3k }`, each form
 * `{ value, lower, upper, f, df1, df2, p }`
 * @throws LmdInputError when the matrix is not complete and rectangular with at least two rows and
 * columns, the level is not between 0 and 1, or an F statistic is undefined or infinite
 * @example
 * // Shrout & Fleiss (1979), Table 2: six targets, four judges.
 * const result = iccIntervals([[9, 2, 5, 8], [6, 1, 3, 2], [8, 4, 6, 8], [7, 1, 2, 6], [10, 5, 6, 9], [6, 2, 4, 7]]);
 * [result.icc3.value, result.icc3.lower, result.icc3.upper].map((x) => x?.toFixed(2)) //=> ['0.71', '0.34', '0.95']
 * result.icc3.f.toFixed(2) //=> '11.03'
 * iccIntervals([[1, 1], [5, 1], [1, 2], [1, 1]]).icc2k.lower //=> null
 * iccIntervals([[1, 2]]) //=> throws LmdInputError
 * @see {@link icc}
 * @see Source: shrout-fleiss-1979, mcgraw-wong-1996 in {@link references}.
 */
export function iccIntervals(matrix: readonly (readonly number[])[], level = 0.95): IccIntervals {
  const coefficients = icc(matrix);
  assertNumberInRange(level, ['level'], { min: 0, max: 1, minExclusive: true, maxExclusive: true });
  const n = coefficients.targets;
  const k = coefficients.raters;
  const { betweenTargets: bms, betweenRaters: jms, residual: ems, withinTargets: wms } = coefficients.meanSquares;
  // A mean square within rounding (1e-12) of zero, relative to the others, counts as zero: the F
  // statistic is then 0, infinite or undefined, and R returns rounding noise, Inf or NaN.
  const scale = bms + jms + ems + wms;
  const negligible = (value: number): boolean => value <= 1e-12 * scale;
  if (negligible(ems) || negligible(wms) || negligible(bms) || coefficients.icc2 === null) {
    throw new LmdInputError([
      {
        keys: ['matrix'],
        message: `the F statistics are not defined: the between-targets mean square is ${bms}, the residual ${ems} and the within-targets ${wms} (every cell equal, targets with identical means, or raters in perfect consistency), so no interval can be formed`,
      },
    ]);
  }
  const f1 = bms / wms;
  const f3 = bms / ems;
  const upperQuantile = 1 - (1 - level) / 2;
  const df1 = n - 1;
  const df1Denominator = n * (k - 1);
  const df3Denominator = (n - 1) * (k - 1);
  const p1 = fTails(f1, df1, df1Denominator).upper;
  const p3 = fTails(f3, df1, df3Denominator).upper;

  const f1Lower = f1 / fQuantile(upperQuantile, df1, df1Denominator);
  const f1Upper = f1 * fQuantile(upperQuantile, df1Denominator, df1);
  const f3Lower = f3 / fQuantile(upperQuantile, df1, df3Denominator);
  const f3Upper = f3 * fQuantile(upperQuantile, df3Denominator, df1);
  const single = (f: number): number => (f - 1) / (f + k - 1);
  const average = (f: number): number => 1 - 1 / f;

  const icc2 = coefficients.icc2;
  const fj = jms / ems;
  const share = n * (1 + (k - 1) * icc2) - k * icc2;
  const nu = ((k - 1) * (n - 1) * (k * icc2 * fj + share) ** 2) / ((n - 1) * k * k * icc2 * icc2 * fj * fj + share * share);
  const fStar = fQuantile(upperQuantile, n - 1, nu);
  const fStarStar = fQuantile(upperQuantile, nu, n - 1);
  const common = k * jms + (k * n - k - n) * ems;
  const lower2 = (n * (bms - fStar * ems)) / (fStar * common + n * bms);
  const upper2 = (n * (fStarStar * bms - ems)) / (common + n * fStarStar * bms);
  // Spearman–Brown has a pole at r = −1/(k − 1); a bound at or beyond it has no k-rater value.
  const stepUp = (r: number): number | null => (1 + r * (k - 1) > 0 ? (r * k) / (1 + r * (k - 1)) : null);

  const row = (value: number | null, lower: number | null, upper: number | null, f: number, df2: number, p: number): IccWithInterval => {
    const values = [value, lower ?? 0, upper ?? 0];
    if (values.some((x) => x === null || !Number.isFinite(x))) {
      throw new LmdInputError([
        { keys: ['matrix'], message: 'a coefficient or bound is not defined for this matrix (its mean squares are degenerate), so no interval can be formed' },
      ]);
    }
    return { value: (value as number) + 0, lower: lower === null ? null : lower + 0, upper: upper === null ? null : upper + 0, f, df1, df2, p };
  };
  return {
    level,
    targets: n,
    raters: k,
    icc1: row(coefficients.icc1, single(f1Lower), single(f1Upper), f1, df1Denominator, p1),
    icc2: row(icc2, lower2, upper2, f3, df3Denominator, p3),
    icc3: row(coefficients.icc3, single(f3Lower), single(f3Upper), f3, df3Denominator, p3),
    icc1k: row(coefficients.icc1k, average(f1Lower), average(f1Upper), f1, df1Denominator, p1),
    icc2k: row(coefficients.icc2k, stepUp(lower2), stepUp(upper2), f3, df3Denominator, p3),
    icc3k: row(coefficients.icc3k, average(f3Lower), average(f3Upper), f3, df3Denominator, p3),
  };
}
