/**
 * Evaluation of learning and development (CIPD 7OS02, IIP indicator 8): the HR metrics an L&D
 * business case and evaluation stand on, and return on investment. Import from
 * `lmdkit/evaluation` or `lmdkit`.
 *
 * - Workforce: {@link averageHeadcount}, {@link turnoverRate}, {@link stabilityIndex},
 *   {@link retentionRate}, {@link costOfTurnover} (CIPD).
 * - Absence: {@link lostTimeRate}, {@link frequencyRate}, {@link individualFrequencyRate} (Acas),
 *   {@link bradfordFactor}, {@link bradfordFactorFromAbsences}, {@link bradfordBand}.
 * - Engagement and change: {@link enps}, {@link enpsBreakdown}, {@link enpsFromPercentages},
 *   {@link favourability}, {@link percentageChange}.
 * - Return on investment (Phillips): {@link roi}, {@link benefitCostRatio}, {@link paybackMonths},
 *   {@link phillipsRoi}.
 * - Effect sizes and tests for small samples (pilots): {@link cohensD}, {@link hedgesG} (exact
 *   {@link hedgesJ} and {@link hedgesJApprox}), {@link pairedEffectSize},
 *   {@link cohensDConfidenceInterval}, {@link hedgesGConfidenceInterval}, {@link tTest}, {@link wilcoxonSignedRank},
 *   {@link differenceInDifferences}, and published leadership development effect sizes
 *   ({@link effectSizeBenchmarks}, {@link compareToBenchmarks}); see the statistics guide.
 * - Leadership Index (IIP 2010 consultation): {@link leadershipIndex}, a transparent weighted
 *   composite with each component's contribution and a percentile among peers, over the measures
 *   in {@link leadershipIndexMeasures}.
 * - Initiatives (7OS02 AC 2.3): {@link initiativeTemplates} for peer learning circles and
 *   on-the-job coaching by managers ({@link getInitiativeTemplate}), {@link checkInitiativeDesign}
 *   (unmet design conditions as findings) and {@link recommendMeasures} (a mixed measurement plan).
 * - Business case (7OS02 AC 1.4): {@link checkBusinessCase} answers the four
 *   {@link seniorLeaderQuestions}, flags over-claiming against the evidence cited, missing
 *   uncertainty, silver-bullet framing, no pilot or sponsor, and carries {@link phillipsRoi}.
 * - Qualitative evidence: quotes and stories ({@link qualitativeRecordSchema}) summarised by theme
 *   with anonymity for small themes ({@link summariseThemes}), and an evidence chain linking an
 *   initiative's numbers and stories level by level ({@link buildEvidenceChain}).
 * - Evaluation models and plans: {@link evaluationModels} (Kirkpatrick, Phillips, LTEM, the
 *   Success Case Method, Kaufman, Hamblin), {@link mapLevel} between their levels
 *   ({@link levelMappingTable}), and {@link checkEvaluationPlan} for the gaps that weaken a plan.
 *
 * Percentages are 0–100 numbers; ratios and proportions (attribution, confidence) are plain
 * numbers. Every function validates its input and throws `LmdInputError` for unusable data; where
 * a value is honestly undefined (payback that never comes, change from a baseline of 0) the result
 * is `null`, never NaN or Infinity. Amounts and counts above 10¹⁵ are rejected as implausible,
 * which keeps every result finite.
 *
 * @module evaluation
 */
export { averageHeadcount } from './average-headcount.js';
export { turnoverRate, turnoverRateInputSchema } from './turnover-rate.js';
export type { TurnoverRateInput } from './turnover-rate.js';
export { stabilityIndex, stabilityIndexInputSchema } from './stability-index.js';
export type { StabilityIndexInput } from './stability-index.js';
export { retentionRate, retentionRateInputSchema } from './retention-rate.js';
export type { RetentionRateInput } from './retention-rate.js';
export { costOfTurnover, costOfTurnoverInputSchema, turnoverCostCategories } from './cost-of-turnover.js';
export type { CostOfTurnover, CostOfTurnoverInput, TurnoverCostCategory } from './cost-of-turnover.js';
export { lostTimeRate, lostTimeRateInputSchema } from './lost-time-rate.js';
export type { LostTimeRateInput } from './lost-time-rate.js';
export { frequencyRate, frequencyRateInputSchema } from './frequency-rate.js';
export type { FrequencyRateInput } from './frequency-rate.js';
export { individualFrequencyRate, individualFrequencyRateInputSchema } from './individual-frequency-rate.js';
export type { IndividualFrequencyRateInput } from './individual-frequency-rate.js';
export { bradfordFactor, bradfordFactorInputSchema } from './bradford-factor.js';
export type { BradfordFactorInput } from './bradford-factor.js';
export { bradfordFactorFromAbsences, bradfordAbsencesInputSchema } from './bradford-factor-from-absences.js';
export type { BradfordAbsencesInput, BradfordCountedAbsence, BradfordFromAbsences } from './bradford-factor-from-absences.js';
export { bradfordBand, bradfordSchemeSchema, bradfordExampleSchemes } from './bradford-band.js';
export type { BradfordScheme, BradfordBandResult } from './bradford-band.js';
export { enps, enpsBreakdown, enpsFromPercentages, enpsPercentagesInputSchema } from './enps.js';
export type { EnpsBreakdown, EnpsPercentagesInput } from './enps.js';
export { favourability, favourabilityOptionsSchema } from './favourability.js';
export type { Favourability, FavourabilityOptions } from './favourability.js';
export { percentageChange, percentageChangeInputSchema } from './percentage-change.js';
export type { PercentageChangeInput } from './percentage-change.js';
export { benefitsAndCostsInputSchema } from './benefits-and-costs.js';
export type { BenefitsAndCostsInput } from './benefits-and-costs.js';
export { roi } from './roi.js';
export { benefitCostRatio } from './benefit-cost-ratio.js';
export { paybackMonths, paybackMonthsInputSchema } from './payback-months.js';
export type { PaybackMonthsInput } from './payback-months.js';
export { phillipsRoi, phillipsRoiInputSchema, phillipsCostCategories, phillipsRoiFindingCodes } from './phillips-roi.js';
export type {
  PhillipsRoi,
  PhillipsRoiInput,
  PhillipsRoiFinding,
  PhillipsAssumption,
  PhillipsBenefitRow,
  PhillipsCostCategory,
} from './phillips-roi.js';
export { alternativeHypotheses } from './alternative-hypothesis.js';
export type { AlternativeHypothesis } from './alternative-hypothesis.js';
export type { ConfidenceInterval } from './confidence-interval.js';
export { twoGroupSummarySchema } from './two-group-summary.js';
export type { TwoGroupSummary } from './two-group-summary.js';
export { cohensD, cohensDFromSummary } from './cohens-d.js';
export { hedgesJ, hedgesJApprox, hedgesG, hedgesGFromSummary } from './hedges-g.js';
export { cohensDConfidenceInterval, cohensDConfidenceIntervalInputSchema } from './cohens-d-confidence-interval.js';
export { hedgesGConfidenceInterval, hedgesGConfidenceIntervalInputSchema } from './hedges-g-confidence-interval.js';
export type { HedgesGConfidenceIntervalInput } from './hedges-g-confidence-interval.js';
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
export {
  levelledEvaluationModels,
  levelRanges,
  evaluationLevelReferenceSchema,
} from './evaluation-level-reference.js';
export type { LevelledEvaluationModel, EvaluationLevelReference } from './evaluation-level-reference.js';
export { measureKinds, measureTimings, isolationMethods, evaluationMeasureSchema } from './evaluation-measure.js';
export type { EvaluationMeasure, EvaluationMeasureInput } from './evaluation-measure.js';
export { leadershipIndexMeasureIds, leadershipIndexMeasures } from './leadership-index-measures.js';
export type { LeadershipIndexMeasureId, LeadershipIndexMeasure } from './leadership-index-measures.js';
export {
  leadershipIndex,
  leadershipIndexComponentSchema,
  leadershipIndexOptionsSchema,
  leadershipIndexFindingCodes,
} from './leadership-index.js';
export type {
  LeadershipIndex,
  LeadershipIndexComponent,
  LeadershipIndexContribution,
  LeadershipIndexFinding,
  LeadershipIndexOptions,
} from './leadership-index.js';
export { initiativeTemplateIds, initiativeTemplates } from './initiative-templates.js';
export type {
  InitiativeTemplateId,
  InitiativeCondition,
  InitiativeRisk,
  InitiativeTemplateData,
  InitiativeTemplate,
  InitiativeConditionId,
} from './initiative-templates.js';
export { getInitiativeTemplate } from './get-initiative-template.js';
export {
  circleHosts,
  circleFacilitationStyles,
  circleThemeStyles,
  circleMeetingFrequencies,
  peerLearningCircleDesignSchema,
  onTheJobCoachingDesignSchema,
  initiativeDesignSchema,
  initiativeDesignOptionsSchema,
} from './initiative-design.js';
export type {
  PeerLearningCircleDesign,
  OnTheJobCoachingDesign,
  InitiativeDesign,
  InitiativeDesignOptions,
} from './initiative-design.js';
export { checkInitiativeDesign, initiativeDesignFindingCodes } from './check-initiative-design.js';
export type {
  InitiativeDesignFindingCode,
  InitiativeDesignFinding,
  InitiativeConditionRow,
  InitiativeRiskRow,
  InitiativeDesignCheck,
} from './check-initiative-design.js';
export { recommendMeasures, initiativeReferenceSchema, recommendMeasuresOptionsSchema } from './recommend-measures.js';
export type {
  InitiativeReference,
  RecommendMeasuresOptions,
  RecommendedMeasure,
  MeasurementPlan,
} from './recommend-measures.js';
export { businessGoals, businessGoalSchema } from './business-goals.js';
export type { BusinessGoal, BusinessCaseGoal } from './business-goals.js';
export { seniorLeaderQuestions, getSeniorLeaderQuestion } from './senior-leader-questions.js';
export type { SeniorLeaderQuestion, SeniorLeaderQuestionId } from './senior-leader-questions.js';
export { businessCaseEvidenceKinds, businessCaseEvidenceSchema } from './business-case-evidence.js';
export type { BusinessCaseEvidenceKind, BusinessCaseEvidence } from './business-case-evidence.js';
export { sponsorSeniorities, businessCaseSchema, businessCaseOptionsSchema } from './business-case-schema.js';
export type {
  SponsorSeniority,
  BusinessCase,
  BusinessCaseInput,
  BusinessCaseOptions,
} from './business-case-schema.js';
export { businessCaseFindingCodes } from './business-case-findings.js';
export type { BusinessCaseFinding, BusinessCaseFindingCode } from './business-case-findings.js';
export { businessCaseSummaryStatuses } from './business-case-summary.js';
export type { BusinessCaseSummaryRow } from './business-case-summary.js';
export { checkBusinessCase } from './check-business-case.js';
export type { BusinessCaseCheck, BusinessCaseThresholds } from './check-business-case.js';
export { phillipsBenefitSchema, phillipsCostsSchema } from './phillips-roi.js';
export { qualitativeSentiments, qualitativeRecordSchema, themeKey } from './qualitative-record.js';
export type { QualitativeSentiment, QualitativeRecord, QualitativeRecordInput } from './qualitative-record.js';
export {
  summariseThemes,
  summariseThemesOptionsSchema,
  summariseThemesFindingCodes,
  defaultMinSourcesToAttribute,
} from './summarise-themes.js';
export type {
  SummariseThemesOptions,
  AppliedSummariseThemesOptions,
  SummariseThemesFindingCode,
  ThemesFinding,
  SentimentBreakdown,
  ThemeQuote,
  ThemeSummary,
  ThemesSummary,
} from './summarise-themes.js';
export {
  buildEvidenceChain,
  evidenceChainInputSchema,
  quantitativeResultSchema,
  resultDirections,
  resultOutcomes,
  numbersVerdicts,
  storiesVerdicts,
  evidenceChainFindingCodes,
} from './evidence-chain.js';
export type {
  EvidenceChainInput,
  QuantitativeResultInput,
  EvidenceChainNumber,
  EvidenceChainLevel,
  EvidenceChainFindingCode,
  EvidenceChainFinding,
  EvidenceChain,
} from './evidence-chain.js';
export { evaluationModelIds, evaluationModels, getEvaluationModel } from './evaluation-models.js';
export type {
  EvaluationModelId,
  EvaluationModel,
  EvaluationModelData,
  EvaluationModelLevel,
  EvaluationModelAddition,
} from './evaluation-models.js';
export { levelCorrespondences, levelMappingTable, levelMappingGaps } from './level-mapping-table.js';
export type { LevelCorrespondence, ModelLevelLabel, LevelMappingRow, LevelMappingGap } from './level-mapping-table.js';
export { mapLevel } from './map-level.js';
export type { LevelMapping, MappedLevel, MappedTargetLevel } from './map-level.js';
export { checkEvaluationPlan, evaluationPlanSchema, evaluationPlanFindingCodes } from './check-evaluation-plan.js';
export type {
  EvaluationPlanInput,
  EvaluationPlanFinding,
  EvaluationPlanFindingCode,
  EvaluationPlanCheck,
  EvaluationPlanCriteria,
  PlacedMeasure,
} from './check-evaluation-plan.js';
