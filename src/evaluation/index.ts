/**
 * Evaluation of learning and development (CIPD 7OS02, IIP indicator 8). Import from
 * `lmdkit/evaluation` or `lmdkit`.
 *
 * Effect sizes and tests for small samples (pilots): Cohen's d and Hedges' g (with the exact and
 * the approximate correction) from data or from summary statistics, paired effect sizes (d_z,
 * d_av, d_rm, g_av), noncentral-t confidence intervals for d, pooled, Welch and paired t tests
 * with intervals for the mean difference, Wilcoxon's signed-rank test with exact p-values,
 * difference-in-differences for a pilot against a comparison group, and published leadership
 * development effect sizes to set a result beside. See the guide "Effect sizes and tests for
 * small pilots" (docs/evaluation-statistics.md).
 *
 * @module evaluation
 */
export { alternativeHypotheses } from './alternative-hypothesis.js';
export type { AlternativeHypothesis } from './alternative-hypothesis.js';
export type { ConfidenceInterval } from './confidence-interval.js';
export { twoGroupSummarySchema } from './two-group-summary.js';
export type { TwoGroupSummary } from './two-group-summary.js';
export { cohensD, cohensDFromSummary } from './cohens-d.js';
export { hedgesJ, hedgesJApprox, hedgesG, hedgesGFromSummary } from './hedges-g.js';
export { cohensDConfidenceInterval, cohensDConfidenceIntervalInputSchema } from './cohens-d-confidence-interval.js';
export type { CohensDConfidenceIntervalInput, EffectSizeInterval } from './cohens-d-confidence-interval.js';
export { pairedEffectSize } from './paired-effect-size.js';
export type { PairedEffectSize } from './paired-effect-size.js';
export { tTest, tTestVariants, tTestOptionsSchema } from './t-test.js';
export type { TTestVariant, TTestOptions, TTestResult } from './t-test.js';
export {
  wilcoxonSignedRank,
  wilcoxonSignedRankOptionsSchema,
  wilcoxonSignedRankFindingCodes,
} from './wilcoxon-signed-rank.js';
export type {
  WilcoxonSignedRankOptions,
  WilcoxonSignedRankResult,
  WilcoxonSignedRankFindingCode,
} from './wilcoxon-signed-rank.js';
export {
  differenceInDifferences,
  differenceInDifferencesInputSchema,
  differenceInDifferencesOptionsSchema,
  differenceInDifferencesFindingCodes,
} from './difference-in-differences.js';
export type {
  DifferenceInDifferencesInput,
  DifferenceInDifferencesOptions,
  DifferenceInDifferencesResult,
  DifferenceInDifferencesFindingCode,
} from './difference-in-differences.js';
export { effectSizeBenchmarks } from './effect-size-benchmarks.js';
export type { EffectSizeBenchmark } from './effect-size-benchmarks.js';
export { compareToBenchmarks } from './compare-to-benchmarks.js';
export type { BenchmarkComparison } from './compare-to-benchmarks.js';
