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
export { averageHeadcount } from './workforce/average-headcount.js';
export { turnoverRate, turnoverRateInputSchema } from './workforce/turnover-rate.js';
export type { TurnoverRateInput } from './workforce/turnover-rate.js';
export { stabilityIndex, stabilityIndexInputSchema } from './workforce/stability-index.js';
export type { StabilityIndexInput } from './workforce/stability-index.js';
export { retentionRate, retentionRateInputSchema } from './workforce/retention-rate.js';
export type { RetentionRateInput } from './workforce/retention-rate.js';
export { costOfTurnover, costOfTurnoverInputSchema, turnoverCostCategories } from './workforce/cost-of-turnover.js';
export type { CostOfTurnover, CostOfTurnoverInput, TurnoverCostCategory } from './workforce/cost-of-turnover.js';
export { lostTimeRate, lostTimeRateInputSchema } from './absence/lost-time-rate.js';
export type { LostTimeRateInput } from './absence/lost-time-rate.js';
export { frequencyRate, frequencyRateInputSchema } from './absence/frequency-rate.js';
export type { FrequencyRateInput } from './absence/frequency-rate.js';
export { individualFrequencyRate, individualFrequencyRateInputSchema } from './absence/individual-frequency-rate.js';
export type { IndividualFrequencyRateInput } from './absence/individual-frequency-rate.js';
export { bradfordFactor, bradfordFactorInputSchema } from './absence/bradford-factor.js';
export type { BradfordFactorInput } from './absence/bradford-factor.js';
export { bradfordFactorFromAbsences, bradfordAbsencesInputSchema } from './absence/bradford-factor-from-absences.js';
export type { BradfordAbsencesInput, BradfordCountedAbsence, BradfordFromAbsences } from './absence/bradford-factor-from-absences.js';
export { bradfordBand, bradfordSchemeSchema, bradfordExampleSchemes } from './absence/bradford-band.js';
export type { BradfordScheme, BradfordBandResult } from './absence/bradford-band.js';
export { enps, enpsBreakdown, enpsFromPercentages, enpsPercentagesInputSchema } from './engagement/enps.js';
export type { EnpsBreakdown, EnpsPercentagesInput } from './engagement/enps.js';
export { favourability, favourabilityOptionsSchema } from './engagement/favourability.js';
export type { Favourability, FavourabilityOptions } from './engagement/favourability.js';
export { percentageChange, percentageChangeInputSchema } from './engagement/percentage-change.js';
export type { PercentageChangeInput } from './engagement/percentage-change.js';
export { benefitsAndCostsInputSchema } from './roi/benefits-and-costs.js';
export type { BenefitsAndCostsInput } from './roi/benefits-and-costs.js';
export { roi } from './roi/roi.js';
export { benefitCostRatio } from './roi/benefit-cost-ratio.js';
export { paybackMonths, paybackMonthsInputSchema } from './roi/payback-months.js';
export type { PaybackMonthsInput } from './roi/payback-months.js';
export { phillipsRoi, phillipsRoiInputSchema, phillipsCostCategories, phillipsRoiFindingCodes } from './roi/phillips-roi.js';
export type {
  PhillipsRoi,
  PhillipsRoiInput,
  PhillipsRoiFinding,
  PhillipsAssumption,
  PhillipsBenefitRow,
  PhillipsCostCategory,
} from './roi/phillips-roi.js';
export { alternativeHypotheses } from './significance/alternative-hypothesis.js';
export type { AlternativeHypothesis } from './significance/alternative-hypothesis.js';
export type { ConfidenceInterval } from './significance/confidence-interval.js';
export { twoGroupSummarySchema } from './effect-sizes/two-group-summary.js';
export type { TwoGroupSummary } from './effect-sizes/two-group-summary.js';
export { cohensD, cohensDFromSummary } from './effect-sizes/cohens-d.js';
export { hedgesJ, hedgesJApprox, hedgesG, hedgesGFromSummary } from './effect-sizes/hedges-g.js';
export { cohensDConfidenceInterval, cohensDConfidenceIntervalInputSchema } from './effect-sizes/cohens-d-confidence-interval.js';
export { hedgesGConfidenceInterval, hedgesGConfidenceIntervalInputSchema } from './effect-sizes/hedges-g-confidence-interval.js';
export type { HedgesGConfidenceIntervalInput } from './effect-sizes/hedges-g-confidence-interval.js';
export type { CohensDConfidenceIntervalInput, EffectSizeInterval } from './effect-sizes/cohens-d-confidence-interval.js';
export { pairedEffectSize } from './effect-sizes/paired-effect-size.js';
export {
  davConfidenceInterval,
  davConfidenceIntervalInputSchema,
  pairedEffectSizeInterval,
  pairedEffectSizeIntervalOptionsSchema,
} from './effect-sizes/average-sd-effect-size-interval.js';
export type {
  DavConfidenceIntervalInput,
  AverageSdEffectSizeInterval,
  PairedEffectSizeIntervalOptions,
  PairedEffectSizeIntervals,
} from './effect-sizes/average-sd-effect-size-interval.js';
export type { PairedEffectSize } from './effect-sizes/paired-effect-size.js';
export { tTest, tTestVariants, tTestOptionsSchema } from './significance/t-test.js';
export type { TTestVariant, TTestOptions, TTestResult } from './significance/t-test.js';
export {
  wilcoxonSignedRank,
  wilcoxonSignedRankOptionsSchema,
  wilcoxonSignedRankFindingCodes,
} from './significance/wilcoxon-signed-rank.js';
export type {
  WilcoxonSignedRankOptions,
  WilcoxonSignedRankResult,
  WilcoxonSignedRankFindingCode,
} from './significance/wilcoxon-signed-rank.js';
export {
  differenceInDifferences,
  differenceInDifferencesInputSchema,
  differenceInDifferencesOptionsSchema,
  differenceInDifferencesFindingCodes,
} from './significance/difference-in-differences.js';
export type {
  DifferenceInDifferencesInput,
  DifferenceInDifferencesOptions,
  DifferenceInDifferencesResult,
  DifferenceInDifferencesFindingCode,
} from './significance/difference-in-differences.js';
export { effectSizeBenchmarks } from './effect-sizes/effect-size-benchmarks.js';
export type { EffectSizeBenchmark } from './effect-sizes/effect-size-benchmarks.js';
export { compareToBenchmarks } from './effect-sizes/compare-to-benchmarks.js';
export type { BenchmarkComparison } from './effect-sizes/compare-to-benchmarks.js';
export {
  levelledEvaluationModels,
  levelRanges,
  evaluationLevelReferenceSchema,
} from './models/evaluation-level-reference.js';
export type { LevelledEvaluationModel, EvaluationLevelReference } from './models/evaluation-level-reference.js';
export { measureKinds, measureTimings, isolationMethods, evaluationMeasureSchema } from './models/evaluation-measure.js';
export type { EvaluationMeasure, EvaluationMeasureInput } from './models/evaluation-measure.js';
export { leadershipIndexMeasureIds, leadershipIndexMeasures } from './leadership-index/leadership-index-measures.js';
export type { LeadershipIndexMeasureId, LeadershipIndexMeasure } from './leadership-index/leadership-index-measures.js';
export {
  leadershipIndex,
  leadershipIndexComponentSchema,
  leadershipIndexOptionsSchema,
  leadershipIndexFindingCodes,
} from './leadership-index/leadership-index.js';
export type {
  LeadershipIndex,
  LeadershipIndexComponent,
  LeadershipIndexContribution,
  LeadershipIndexFinding,
  LeadershipIndexOptions,
} from './leadership-index/leadership-index.js';
export { initiativeTemplateIds, initiativeTemplates } from './initiatives/initiative-templates.js';
export type {
  InitiativeTemplateId,
  InitiativeCondition,
  InitiativeRisk,
  InitiativeTemplateData,
  InitiativeTemplate,
  InitiativeConditionId,
} from './initiatives/initiative-templates.js';
export { getInitiativeTemplate } from './initiatives/get-initiative-template.js';
export {
  circleHosts,
  circleFacilitationStyles,
  circleThemeStyles,
  circleMeetingFrequencies,
  peerLearningCircleDesignSchema,
  onTheJobCoachingDesignSchema,
  initiativeDesignSchema,
  initiativeDesignOptionsSchema,
} from './initiatives/initiative-design.js';
export type {
  PeerLearningCircleDesign,
  OnTheJobCoachingDesign,
  InitiativeDesign,
  InitiativeDesignOptions,
} from './initiatives/initiative-design.js';
export { checkInitiativeDesign, initiativeDesignFindingCodes } from './initiatives/check-initiative-design.js';
export type {
  InitiativeDesignFindingCode,
  InitiativeDesignFinding,
  InitiativeConditionRow,
  InitiativeRiskRow,
  InitiativeDesignCheck,
} from './initiatives/check-initiative-design.js';
export { recommendMeasures, initiativeReferenceSchema, recommendMeasuresOptionsSchema } from './initiatives/recommend-measures.js';
export type {
  InitiativeReference,
  RecommendMeasuresOptions,
  RecommendedMeasure,
  MeasurementPlan,
} from './initiatives/recommend-measures.js';
export { businessGoals, businessGoalSchema } from './business-case/business-goals.js';
export type { BusinessGoal, BusinessCaseGoal } from './business-case/business-goals.js';
export { seniorLeaderQuestions, getSeniorLeaderQuestion } from './business-case/senior-leader-questions.js';
export type { SeniorLeaderQuestion, SeniorLeaderQuestionId } from './business-case/senior-leader-questions.js';
export { businessCaseEvidenceKinds, businessCaseEvidenceSchema } from './business-case/business-case-evidence.js';
export type { BusinessCaseEvidenceKind, BusinessCaseEvidence } from './business-case/business-case-evidence.js';
export { sponsorSeniorities, businessCaseSchema, businessCaseOptionsSchema } from './business-case/business-case-schema.js';
export type {
  SponsorSeniority,
  BusinessCase,
  BusinessCaseInput,
  BusinessCaseOptions,
} from './business-case/business-case-schema.js';
export { businessCaseFindingCodes } from './business-case/business-case-findings.js';
export type { BusinessCaseFinding, BusinessCaseFindingCode } from './business-case/business-case-findings.js';
export { businessCaseSummaryStatuses } from './business-case/business-case-summary.js';
export type { BusinessCaseSummaryRow } from './business-case/business-case-summary.js';
export { checkBusinessCase } from './business-case/check-business-case.js';
export type { BusinessCaseCheck, BusinessCaseThresholds } from './business-case/check-business-case.js';
export { phillipsBenefitSchema, phillipsCostsSchema } from './roi/phillips-roi.js';
export { qualitativeSentiments, qualitativeRecordSchema, themeKey } from './qualitative/qualitative-record.js';
export type { QualitativeSentiment, QualitativeRecord, QualitativeRecordInput } from './qualitative/qualitative-record.js';
export {
  summariseThemes,
  summariseThemesOptionsSchema,
  summariseThemesFindingCodes,
  defaultMinSourcesToAttribute,
} from './qualitative/summarise-themes.js';
export type {
  SummariseThemesOptions,
  AppliedSummariseThemesOptions,
  SummariseThemesFindingCode,
  ThemesFinding,
  SentimentBreakdown,
  ThemeQuote,
  ThemeSummary,
  ThemesSummary,
} from './qualitative/summarise-themes.js';
export {
  buildEvidenceChain,
  evidenceChainInputSchema,
  quantitativeResultSchema,
  resultDirections,
  resultOutcomes,
  numbersVerdicts,
  storiesVerdicts,
  evidenceChainFindingCodes,
} from './qualitative/evidence-chain.js';
export type {
  EvidenceChainInput,
  QuantitativeResultInput,
  EvidenceChainNumber,
  EvidenceChainLevel,
  EvidenceChainFindingCode,
  EvidenceChainFinding,
  EvidenceChain,
} from './qualitative/evidence-chain.js';
export { evaluationModelIds, evaluationModels, getEvaluationModel } from './models/evaluation-models.js';
export type {
  EvaluationModelId,
  EvaluationModel,
  EvaluationModelData,
  EvaluationModelLevel,
  EvaluationModelAddition,
} from './models/evaluation-models.js';
export { levelCorrespondences, levelMappingTable, levelMappingGaps } from './models/level-mapping-table.js';
export type { LevelCorrespondence, ModelLevelLabel, LevelMappingRow, LevelMappingGap } from './models/level-mapping-table.js';
export { mapLevel } from './models/map-level.js';
export type { LevelMapping, MappedLevel, MappedTargetLevel } from './models/map-level.js';
export { checkEvaluationPlan, evaluationPlanSchema, evaluationPlanFindingCodes } from './models/check-evaluation-plan.js';
export type {
  EvaluationPlanInput,
  EvaluationPlanFinding,
  EvaluationPlanFindingCode,
  EvaluationPlanCheck,
  EvaluationPlanCriteria,
  PlacedMeasure,
} from './models/check-evaluation-plan.js';
