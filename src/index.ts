/**
 * lmdkit: typed reference data and pure functions for leadership and management development,
 * learning and development evaluation and the Investors in People framework.
 *
 * Everything is exported from here; the modules are also available on their own as
 * `lmdkit/indicators`, `lmdkit/lmd` and `lmdkit/evaluation`.
 *
 * @packageDocumentation
 */
export type { Citation } from './core/citation.js';
export { references, getReference } from './core/references.js';
export type { ReferenceId } from './core/references.js';
export { findingSeverities, sortFindingsBySeverity } from './core/finding.js';
export type { Finding, FindingSeverity } from './core/finding.js';
export { evidenceStrengths } from './core/evidence-strength.js';
export type { EvidenceStrength } from './core/evidence-strength.js';
export { LmdInputError } from './core/input-error.js';
export type { LmdInputIssue } from './core/input-error.js';
export { parseInput } from './core/parse-input.js';
export { describeValue } from './core/describe-value.js';
export { formatPath } from './core/format-path.js';
export { deepFreeze } from './core/deep-freeze.js';
export { sum } from './core/sum.js';
export { mean } from './core/mean.js';
export { sampleVariance } from './core/sample-variance.js';
export { lmAudiences, lmAudienceIds, frameworkAudiences } from './indicators/audiences.js';
export type { LmAudience, FrameworkAudience } from './indicators/audiences.js';
export { lmModel } from './indicators/lm-model.js';
export type { LmModelData, LmIndicatorData, LmRequirementData, LmIndicatorId, LmRequirementId } from './indicators/lm-model.js';
export { lmIndicatorIds, lmRequirementIds } from './indicators/lm-ids.js';
export { getLmIndicator } from './indicators/get-lm-indicator.js';
export type { LmIndicator } from './indicators/get-lm-indicator.js';
export { getLmRequirement, listLmRequirements } from './indicators/get-lm-requirement.js';
export type { LmRequirement } from './indicators/get-lm-requirement.js';
export { withWording, lmWordingSchema } from './indicators/with-wording.js';
export type { LmWording, LmModelWithWording } from './indicators/with-wording.js';
export { widerFrameworkStatements } from './indicators/wider-framework-statements.js';
export type { WiderFrameworkStatement, WiderFrameworkStatementId } from './indicators/wider-framework-statements.js';
export { lmEvidenceSources, lmEvidenceSupport, lmEvidenceItemSchema, lmEvidenceSchema } from './indicators/lm-evidence.js';
export type { LmEvidenceItem } from './indicators/lm-evidence.js';
export { lmStatuses } from './indicators/lm-status.js';
export type { LmStatus } from './indicators/lm-status.js';
export { assessLmModel, lmAssessmentOptionsSchema, lmAssessmentFindingCodes } from './indicators/assess-lm-model.js';
export type {
  LmAssessment,
  LmAssessmentOptions,
  LmAssessmentRule,
  LmAssessmentFinding,
  LmAudienceResult,
  LmRequirementResult,
  LmIndicatorResult,
  LmStatusCounts,
  LmNextAction,
} from './indicators/assess-lm-model.js';
export { iipStandard2004 } from './indicators/iip-standard-2004.js';
export type { IipStandard2004Data, StandardStatementId } from './indicators/iip-standard-2004.js';
export { iipRecognitionLevels2009, recognitionLevel, recognitionLevelInputSchema } from './indicators/recognition-level.js';
export type { RecognitionLevel, RecognitionLevelInput } from './indicators/recognition-level.js';
export { iipFramework2015 } from './indicators/iip-framework-2015.js';
export type { FrameworkLevel, FrameworkGrade } from './indicators/iip-framework-2015.js';
export { accreditationGrade, accreditationRuleSchema, frameworkLevelsSchema } from './indicators/accreditation-grade.js';
export type { AccreditationRule, AccreditationResult, FrameworkLevels } from './indicators/accreditation-grade.js';
export { lmThemeCoverage } from './indicators/lm-theme-coverage.js';
export type { LmThemeCoverage, LmThemeItem } from './indicators/lm-theme-coverage.js';
export { consultation2010 } from './indicators/consultation-2010.js';
export type { StretchTopicId } from './indicators/consultation-2010.js';
export { voteTallySchema } from './indicators/vote-tally.js';
export type { VoteTally } from './indicators/vote-tally.js';
export { supportShare } from './indicators/support-share.js';
export { rankBySupport } from './indicators/rank-by-support.js';
export { alternativeHypotheses } from './evaluation/alternative-hypothesis.js';
export type { AlternativeHypothesis } from './evaluation/alternative-hypothesis.js';
export type { ConfidenceInterval } from './evaluation/confidence-interval.js';
export { twoGroupSummarySchema } from './evaluation/two-group-summary.js';
export type { TwoGroupSummary } from './evaluation/two-group-summary.js';
export { cohensD, cohensDFromSummary } from './evaluation/cohens-d.js';
export { hedgesJ, hedgesJApprox, hedgesG, hedgesGFromSummary } from './evaluation/hedges-g.js';
export { cohensDConfidenceInterval, cohensDConfidenceIntervalInputSchema } from './evaluation/cohens-d-confidence-interval.js';
export type { CohensDConfidenceIntervalInput, EffectSizeInterval } from './evaluation/cohens-d-confidence-interval.js';
export { pairedEffectSize } from './evaluation/paired-effect-size.js';
export type { PairedEffectSize } from './evaluation/paired-effect-size.js';
export { tTest, tTestVariants, tTestOptionsSchema } from './evaluation/t-test.js';
export type { TTestVariant, TTestOptions, TTestResult } from './evaluation/t-test.js';
export {
  wilcoxonSignedRank,
  wilcoxonSignedRankOptionsSchema,
  wilcoxonSignedRankFindingCodes,
} from './evaluation/wilcoxon-signed-rank.js';
export type {
  WilcoxonSignedRankOptions,
  WilcoxonSignedRankResult,
  WilcoxonSignedRankFindingCode,
} from './evaluation/wilcoxon-signed-rank.js';
export {
  differenceInDifferences,
  differenceInDifferencesInputSchema,
  differenceInDifferencesOptionsSchema,
  differenceInDifferencesFindingCodes,
} from './evaluation/difference-in-differences.js';
export type {
  DifferenceInDifferencesInput,
  DifferenceInDifferencesOptions,
  DifferenceInDifferencesResult,
  DifferenceInDifferencesFindingCode,
} from './evaluation/difference-in-differences.js';
export { effectSizeBenchmarks } from './evaluation/effect-size-benchmarks.js';
export type { EffectSizeBenchmark } from './evaluation/effect-size-benchmarks.js';
export { compareToBenchmarks } from './evaluation/compare-to-benchmarks.js';
export type { BenchmarkComparison } from './evaluation/compare-to-benchmarks.js';
