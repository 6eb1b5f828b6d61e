import * as z from 'zod';
import { LmdInputError } from '../../core/input-error.js';
import { mean } from '../../core/stats/mean.js';
import { parseInput } from '../../core/parse-input.js';
import { sampleVariance } from '../../core/stats/sample-variance.js';
import { studentTCdf, studentTQuantile, studentTTail } from '../../core/stats/student-t.js';
import { alternativeHypotheses, type AlternativeHypothesis } from './alternative-hypothesis.js';
import type { ConfidenceInterval } from './confidence-interval.js';
import { isEssentiallyZero, pooledStandardDeviation, twoGroupStatistics } from '../_internal/group-statistics.js';
import { assertPairedSamples, pairedDifferences } from '../_internal/paired-samples.js';
import { commonExponent, scaleDown, scaleUp, scaleUpInterval } from '../_internal/power-of-two-scale.js';

/**
 * The variants of {@link tTest}: `pooled` (Student's, equal variances assumed), `welch` (unequal
 * variances, Welch–Satterthwaite degrees of freedom) and `paired` (the same people measured twice).
 *
 * @example
 * tTestVariants.length //=> 3
 * @see {@link tTest}
 */
export const tTestVariants = /* @__PURE__ */ Object.freeze(['pooled', 'welch', 'paired'] as const);

/**
 * One of {@link tTestVariants}.
 * @see {@link tTest}
 */
export type TTestVariant = (typeof tTestVariants)[number];

/**
 * The zod schema for {@link tTest}'s options.
 *
 * @example
 * tTestOptionsSchema.safeParse({ variant: 'paired', alternative: 'greater' }).success //=> true
 * tTestOptionsSchema.safeParse({ variant: 'student' }).success //=> false
 * @see {@link tTest}
 */
export const tTestOptionsSchema = /* @__PURE__ */ z.strictObject({
  variant: /* @__PURE__ */ z.enum(tTestVariants).optional(),
  alternative: /* @__PURE__ */ z.enum(alternativeHypotheses).optional(),
  confidenceLevel: /* @__PURE__ */ z.number().gt(0).lt(1).optional(),
});

/**
 * Options for {@link tTest}; every field is optional.
 * @see {@link tTest}
 */
export interface TTestOptions {
  /** Which test (default `welch`, as in R). */
  readonly variant?: TTestVariant;
  /** The alternative hypothesis about mean(a) − mean(b) (default `two-sided`). */
  readonly alternative?: AlternativeHypothesis;
  /** Confidence level of the interval for the mean difference (default 0.95). */
  readonly confidenceLevel?: number;
}

/**
 * The result of {@link tTest}: the statistic, its degrees of freedom and p-value, the mean
 * difference with its standard error and confidence interval, and the options applied.
 * @see {@link tTest}
 */
export interface TTestResult {
  /** The variant applied. */
  readonly variant: TTestVariant;
  /** The alternative hypothesis applied. */
  readonly alternative: AlternativeHypothesis;
  /** The t statistic, (mean difference) ÷ (standard error). */
  readonly t: number;
  /** Degrees of freedom (not a whole number for Welch's test). */
  readonly df: number;
  /** The p-value for the chosen alternative. */
  readonly p: number;
  /** mean(a) − mean(b); for `paired`, the mean of the differences a − b. */
  readonly meanDifference: number;
  /** Standard error of the mean difference. */
  readonly standardError: number;
  /** Confidence interval for the mean difference (one bound `null` for a one-sided alternative). */
  readonly confidenceInterval: ConfidenceInterval;
}

/**
 * Student's t test for two means: pooled (equal variances), Welch's, or paired, with R's
 * conventions, so that `tTest(a, b, { variant })` agrees with `t.test(a, b, var.equal = …, paired = …)`.
 *
 * - `pooled`: SE = s_pooled √(1/n₁ + 1/n₂), df = n₁ + n₂ − 2 (Student 1908).
 * - `welch`: SE = √(s₁²/n₁ + s₂²/n₂), df by Welch–Satterthwaite,
 *   (s₁²/n₁ + s₂²/n₂)² / ((s₁²/n₁)²/(n₁ − 1) + (s₂²/n₂)²/(n₂ − 1)) (Welch 1947; Satterthwaite 1946).
 * - `paired`: a one-sample test on the differences a − b: SE = SD_diff / √n, df = n − 1.
 *
 * t = (mean difference) / SE; the p-value comes from Student's t distribution (two-sided by
 * default), and the confidence interval for the mean difference is estimate ± t quantile × SE.
 * Each group needs at least two values (R allows one value in a group for the pooled test; lmdkit
 * does not, because the pilot then says nothing about its own spread).
 *
 * @param a - the first sample (the pilot group, or the "after" measures for `paired`)
 * @param b - the second sample (the comparison group, or the "before" measures)
 * @param options - `variant` (default `welch`), `alternative` (default `two-sided`), `confidenceLevel` (default 0.95)
 * @returns `{ variant, alternative, t, df, p, meanDifference, standardError, confidenceInterval }`
 * @throws LmdInputError when a sample has fewer than two values or a non-finite value, paired samples
 * differ in length, an option is unknown, or the data are essentially constant (the standard error is
 * zero, so t is not defined; R's `t.test` stops there too)
 * @example
 * const result = tTest([3, 4, 5, 6, 7], [1, 2, 3, 4, 5], { variant: 'pooled' });
 * result.t //=> 2
 * result.df //=> 8
 * result.p.toFixed(4) //=> '0.0805'
 * tTest([5, 5, 5], [5, 5, 5]) //=> throws LmdInputError
 * @see {@link cohensD} and {@link pairedEffectSize} for the matching effect sizes
 * @see Source: student-1908, welch-1947, satterthwaite-1946 in {@link references}.
 */
export function tTest(a: readonly number[], b: readonly number[], options: TTestOptions = {}): TTestResult {
  const valid = parseInput(tTestOptionsSchema, options, 'options');
  const variant = valid.variant ?? 'welch';
  const alternative = valid.alternative ?? 'two-sided';
  const level = valid.confidenceLevel ?? 0.95;
  // The parts are in scaled units (see twoGroupStatistics); t, df and p are scale-free.
  const { meanDifference, standardError, df, locations, exponent } = tStatisticParts(a, b, variant);
  if (isEssentiallyZero(standardError, ...locations)) {
    // Say what was measured: the standard error is rarely exactly 0, only negligible beside the
    // means (R's rule, at most 10 ε times the larger absolute mean).
    const measured = scaleUp(standardError, exponent, ['a']);
    const location = scaleUp(Math.max(...locations.map(Math.abs)), exponent, ['a']);
    throw new LmdInputError([
      {
        keys: ['a'],
        message: `the data are essentially constant: the standard error is ${measured.toPrecision(2)}, not more than 10 × machine epsilon times the larger absolute mean (${location}), so it cannot be told from rounding error and t is not defined`,
      },
    ]);
  }
  const t = meanDifference / standardError;
  return {
    variant,
    alternative,
    t,
    df,
    p: tPValue(t, df, alternative),
    meanDifference: scaleUp(meanDifference, exponent, ['a']),
    standardError: scaleUp(standardError, exponent, ['a']),
    confidenceInterval: scaleUpInterval(meanDifferenceInterval(meanDifference, standardError, df, alternative, level), exponent, ['a']),
  };
}

/**
 * The p-value of a t statistic for an alternative hypothesis.
 *
 * @internal
 */
export function tPValue(t: number, df: number, alternative: AlternativeHypothesis): number {
  if (alternative === 'two-sided') return Math.min(1, 2 * studentTTail(Math.abs(t), df));
  return alternative === 'less' ? studentTCdf(t, df) : studentTCdf(-t, df);
}

/**
 * The t-based interval for an estimate with a standard error and degrees of freedom.
 *
 * @internal
 */
export function meanDifferenceInterval(
  estimate: number,
  standardError: number,
  df: number,
  alternative: AlternativeHypothesis,
  level: number,
): ConfidenceInterval {
  if (alternative === 'two-sided') {
    const half = studentTQuantile((1 + level) / 2, df) * standardError;
    return { level, lower: estimate - half, upper: estimate + half };
  }
  const margin = studentTQuantile(level, df) * standardError;
  return alternative === 'less'
    ? { level, lower: null, upper: estimate + margin }
    : { level, lower: estimate - margin, upper: null };
}

/**
 * Welch–Satterthwaite degrees of freedom for a sum of independent variance terms vᵢ = sᵢ²/nᵢ.
 * Callers make sure at least one variance is above zero (otherwise the result is NaN).
 *
 * @internal
 */
export function welchSatterthwaiteDf(terms: readonly { readonly variance: number; readonly n: number }[]): number {
  // Each share is divided by the largest first: the formula is scale-free, and tiny variances
  // (1e-160) would otherwise underflow when squared and leave 0 / 0.
  let largest = 0;
  for (const { variance, n } of terms) largest = Math.max(largest, variance / n);
  if (largest === 0) return Number.NaN;
  let total = 0;
  let denominator = 0;
  for (const { variance, n } of terms) {
    const share = variance / n / largest;
    total += share;
    denominator += (share * share) / (n - 1);
  }
  return (total * total) / denominator;
}

function tStatisticParts(
  a: unknown,
  b: unknown,
  variant: TTestVariant,
): { meanDifference: number; standardError: number; df: number; locations: number[]; exponent: number } {
  if (variant === 'paired') {
    assertPairedSamples(b, a, ['b'], ['a']);
    const after = a as readonly number[];
    const exponent = commonExponent(after, b);
    const [scaledAfter, scaledBefore] = [scaleDown(after, exponent), scaleDown(b, exponent)];
    const differences = pairedDifferences(scaledBefore, scaledAfter, ['b'], ['a']);
    const n = differences.length;
    return {
      meanDifference: mean(differences),
      standardError: Math.sqrt(sampleVariance(differences) / n),
      df: n - 1,
      locations: [mean(scaledAfter), mean(scaledBefore)],
      exponent,
    };
  }
  const { first, second, exponent } = twoGroupStatistics(a, b);
  const meanDifference = first.mean - second.mean;
  const locations = [first.mean, second.mean];
  if (variant === 'pooled') {
    const pooled = pooledStandardDeviation(first.n, first.variance, second.n, second.variance);
    return {
      meanDifference,
      standardError: pooled * Math.sqrt(1 / first.n + 1 / second.n),
      df: first.n + second.n - 2,
      locations,
      exponent,
    };
  }
  const standardError = Math.sqrt(first.variance / first.n + second.variance / second.n);
  const df = standardError > 0 ? welchSatterthwaiteDf([first, second]) : first.n + second.n - 2;
  return { meanDifference, standardError, df, locations, exponent };
}
