/**
 * lmdkit: typed reference data and pure functions for leadership and management development,
 * learning and development evaluation and the Investors in People framework.
 *
 * Everything is exported from here; the modules are also available on their own as
 * `lmdkit/indicators`, `lmdkit/lmd`, `lmdkit/evaluation` and `lmdkit/report` (the HTML, Markdown
 * and JSON renderers). Every export is side-effect free, so a bundler keeps only what an app
 * imports: importing a numeric helper from here does not bring in the renderers.
 *
 * @packageDocumentation
 */
export type { Citation } from './core/citation.js';
export { references, getReference } from './core/references.js';
export type { ReferenceId } from './core/references.js';
export { findingAudiences, findingSeverities, sortFindingsBySeverity } from './core/finding.js';
export { findingCodesOf } from './core/finding-catalogue.js';
export type { FindingDefinition } from './core/finding-catalogue.js';
export type { Finding, FindingAudience, FindingSeverity, PersonFinding } from './core/finding.js';
export { evidenceStrengths } from './core/evidence-strength.js';
export type { EvidenceStrength } from './core/evidence-strength.js';
export { LmdInputError } from './core/input-error.js';
export type { LmdInputIssue, LmdInputIssueInit, LmdInputPathKey } from './core/input-error.js';
export { parseInput } from './core/parse-input.js';
export { describeValue } from './core/describe-value.js';
export { formatPath } from './core/format-path.js';
export { deepFreeze } from './core/deep-freeze.js';
export { sum } from './core/stats/sum.js';
export { mean } from './core/stats/mean.js';
export { sampleVariance } from './core/stats/sample-variance.js';
export { percentileRank } from './core/stats/percentile-rank.js';
export type { PercentileRankMethod } from './core/stats/percentile-rank.js';
export { buildNorms, normScore, buildNormsOptionsSchema, defaultNormMinimum } from './core/stats/build-norms.js';
export type { BuildNormsOptions, Norms, NormScore } from './core/stats/build-norms.js';
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
export { lmEvidenceSources, lmEvidenceSourceLabels, lmEvidenceSupport, lmEvidenceItemSchema, lmEvidenceSchema, lmEvidencePeopleOf } from './indicators/lm-evidence.js';
export type { LmEvidenceItem } from './indicators/lm-evidence.js';
export { lmStatuses, lmStatusLabels } from './indicators/lm-status.js';
export type { LmStatus } from './indicators/lm-status.js';
export { assessLmModel, lmAssessmentOptionsSchema, lmAssessmentFindingCodes, lmAssessmentFindings } from './indicators/assess-lm-model.js';
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
export {
  raterGroups,
  instrument360Schema,
  rating360Schema,
  cohortRating360Schema,
  comment360Schema,
  anonymityPolicySchema,
  anonymityPolicyDefaults,
  publishComments360,
  publishComments360InputSchema,
  selfOtherAgreementCategories,
  selfOtherAgreementSixWayCategories,
  selfOtherAgreementRuleSchema,
  agreementBand,
  classifySelfOtherAgreement,
  classifySelfOtherAgreementSixWay,
  feedbackReadinessModerators,
  feedbackReadinessInputSchema,
  feedbackReadinessFindingCodes,
  feedbackReadinessFindings,
  feedbackReadinessModeratorLabels,
  feedbackReadinessBands,
  assessFeedbackReadiness,
  withheldReasons360,
  feedback360FindingCodes,
  feedback360Findings,
  participantView360,
  selfOtherAgreementCategoryLabels,
  summariseCohort360,
  summariseCohort360OptionsSchema,
  norms360Schema,
  feedback360OptionsSchema,
  interpret360InputSchema,
  interpret360,
  cohortReferencedRuleSchema,
  interpret360CohortSettingsSchema,
  interpret360Cohort,
  interpret360Stream,
  ratingColumns360,
  noScore360,
  raterGroupLabel,
  selfOthersChartSpec,
  feedback360ReportSchema
} from './lmd/feedback360/index.js';
export type {
  RaterGroup,
  Instrument360,
  Rating360,
  CohortRating360,
  Comment360,
  AnonymityPolicy,
  AnonymityPolicyInput,
  SelfOtherAgreementCategory,
  SelfOtherAgreementSixWayCategory,
  SelfOtherAgreementRule,
  AgreementBand,
  FeedbackReadinessModerator,
  FeedbackReadinessInput,
  FeedbackReadinessFinding,
  FeedbackReadinessBand,
  FeedbackReadiness,
  FeedbackReadinessRule,
  ItemFigure360,
  CompetencyFigure360,
  WithheldReason360,
  WithheldFigure360,
  ShownGroup360,
  ParticipantFigure360,
  ParticipantItem360,
  ParticipantCompetency360,
  ParticipantCompetencyFigure360,
  ParticipantNote360,
  Participant360Report,
  PublishComments360Input,
  CommentBlock360,
  QuestionComments360,
  Comments360,
  SummariseCohort360Options,
  CohortCompetency360,
  Report360Figures,
  Cohort360Figures,
  CohortSlice360,
  Cohort360Summary,
  HiddenGroup360,
  ItemFlag360,
  Item360Result,
  Competency360Result,
  SelfOtherAgreement360,
  RankedItem360,
  Feedback360Finding,
  Feedback360Options,
  Feedback360Report,
  Norms360,
  Interpret360Input,
  Interpret360CohortInput,
  AgreementDistribution360,
  Feedback360Cohort,
  Interpret360StreamInput,
  Feedback360CohortTotals,
  RatingColumns360,
  RatingColumns360Builder,
  SelfOthersChartRow,
  VegaLiteSpec
} from './lmd/feedback360/index.js';
export { rwg } from './lmd/feedback360/rwg.js';
export type { RwgOptions } from './lmd/feedback360/rwg.js';
export { rwgJ, rwgJLindell } from './lmd/feedback360/rwg-j.js';
export { awg } from './lmd/feedback360/awg.js';
export type { AwgOptions } from './lmd/feedback360/awg.js';
export { averageDeviation } from './lmd/feedback360/average-deviation.js';
export type { AverageDeviationOptions } from './lmd/feedback360/average-deviation.js';
export { icc } from './core/stats/icc.js';
export type { IccResult, IccMeanSquares } from './core/stats/icc.js';
export { iccOneWay } from './core/stats/icc-one-way.js';
export type { IccOneWayResult } from './core/stats/icc-one-way.js';
export { spearmanBrown, ratersNeeded } from './core/stats/spearman-brown.js';
export { cronbachAlpha, reliabilityOptionsSchema } from './core/stats/cronbach-alpha.js';
export type { ReliabilityOptions } from './core/stats/cronbach-alpha.js';
export { iccIntervals } from './core/stats/icc-intervals.js';
export type { IccIntervals, IccWithInterval } from './core/stats/icc-intervals.js';
export { alphaInterval, alphaIntervalOptionsSchema } from './core/stats/alpha-interval.js';
export type { AlphaInterval, AlphaIntervalOptions } from './core/stats/alpha-interval.js';
export { itemAnalysis } from './core/stats/item-analysis.js';
export type { ItemAnalysis, ItemStatistics } from './core/stats/item-analysis.js';
export { omegaTotal, omegaFindings, omegaFindingCodes } from './core/stats/omega-total.js';
export type { OmegaTotalResult, OmegaFinding } from './core/stats/omega-total.js';
export { krippendorffAlpha, krippendorffLevels, krippendorffAlphaOptionsSchema } from './core/stats/krippendorff-alpha.js';
export type { KrippendorffLevel, KrippendorffAlphaOptions, KrippendorffAlphaResult, KrippendorffBootstrap } from './core/stats/krippendorff-alpha.js';
export { reliableChange } from './core/stats/reliable-change.js';
export type { ReliableChangeInput, ReliableChangeResult } from './core/stats/reliable-change.js';
export { raterSpread, hasRaterDisagreement } from './lmd/feedback360/rater-disagreement.js';
export type { RaterDisagreementOptions } from './lmd/feedback360/rater-disagreement.js';
export { developmentFocusIds, developmentCapitals, developmentFocus } from './lmd/development-focus.js';
export type { DevelopmentFocus, DevelopmentCapital } from './lmd/development-focus.js';
export { interventionIds, interventions } from './lmd/interventions.js';
export type { InterventionId, InterventionData } from './lmd/interventions.js';
export { getIntervention } from './lmd/get-intervention.js';
export type { Intervention } from './lmd/get-intervention.js';
export { classifyIntervention } from './lmd/classify-intervention.js';
export {
  analysePortfolio,
  portfolioInputSchema,
  portfolioOptionsSchema,
  portfolioFindingCodes, portfolioFindings,
  systemicConditionIds,
  systemicConditionRatings,
} from './lmd/analyse-portfolio.js';
export type {
  PortfolioInput,
  PortfolioItem,
  PortfolioOptions,
  PortfolioFinding,
  PortfolioBasis,
  PortfolioSideTotals,
  PortfolioAnalysis,
} from './lmd/analyse-portfolio.js';
export { fullRangeModel, fullRangeScaleIds, fullRangeGroupIds } from './lmd/full-range-model.js';
export type { FullRangeScaleId, FullRangeGroup } from './lmd/full-range-model.js';
export {
  profileFullRange,
  fullRangeScoresSchema,
  fullRangeProfileOptionsSchema,
  fullRangeProfileFindingCodes, fullRangeProfileFindings,
} from './lmd/profile-full-range.js';
export type {
  FullRangeScores,
  FullRangeProfileOptions,
  FullRangeProfileFinding,
  FullRangeGroupScore,
  FullRangeProfile,
} from './lmd/profile-full-range.js';
export { leadershipTheories, leadershipTheoryIds } from './lmd/leadership-theories.js';
export type { LeadershipTheoryId, LeadershipTheoryData } from './lmd/leadership-theories.js';
export { learningEquation } from './lmd/learning-equation.js';
export {
  checkActionLearningDesign,
  actionLearningDesignSchema,
  actionLearningOptionsSchema,
  actionLearningFindingCodes, actionLearningFindings,
  setAdviserRoles,
} from './lmd/check-action-learning-design.js';
export type {
  ActionLearningDesign,
  ActionLearningOptions,
  ActionLearningFinding,
  ActionLearningRule,
  ActionLearningCheck,
} from './lmd/check-action-learning-design.js';
export {
  developmentPlanFindings,
  developmentPlanFindingCodes,
  developmentResources,
  interventionPlanFit,
  developmentPlanReportSchema,
  planDevelopmentOptionsSchema,
  developmentQuadrants,
  developmentQuadrantLabels,
  planDevelopment,
  participantDevelopmentPlan,
  competencySpread360,
  developmentPlansSchema,
  planEvaluationOptionsSchema,
  planEvaluation,
  developmentCycleFactsSchema,
  developmentCycleEvidenceOptionsSchema,
  developmentCycleEvidence,
} from './lmd/development-plan/index.js';
export type {
  DevelopmentPlanFinding,
  DevelopmentResource,
  InterventionPlanFit,
  DevelopmentPlanReport,
  PlanDevelopmentOptions,
  DevelopmentQuadrant,
  DevelopmentGridRow,
  SuggestedIntervention,
  GoalItem,
  SmartGoal,
  DevelopmentPriority,
  RemeasurementGroup,
  RemeasurementPlan,
  DevelopmentPlanRule,
  DevelopmentPlan,
  ParticipantDevelopmentPlan,
  CompetencySpread360,
  PlanEvaluationOptions,
  DevelopmentEvaluationPlan,
  DevelopmentCycleFacts,
  DevelopmentCycleEvidenceOptions,
  DevelopmentCycleEvidence,
} from './lmd/development-plan/index.js';
export { averageHeadcount } from './evaluation/workforce/average-headcount.js';
export { turnoverRate, turnoverRateInputSchema } from './evaluation/workforce/turnover-rate.js';
export type { TurnoverRateInput } from './evaluation/workforce/turnover-rate.js';
export { annualiseRate, annualiseRateInputSchema, rateAnnualisationMethods, ratePeriodLabel } from './evaluation/workforce/annualise-rate.js';
export type { AnnualiseRateInput, AnnualisedRate } from './evaluation/workforce/annualise-rate.js';
export { compareRateWithBenchmark, compareRateWithBenchmarkInputSchema } from './evaluation/workforce/compare-rate-with-benchmark.js';
export type { CompareRateWithBenchmarkInput, RateBenchmarkComparison } from './evaluation/workforce/compare-rate-with-benchmark.js';
export { stabilityIndex, stabilityIndexInputSchema } from './evaluation/workforce/stability-index.js';
export type { StabilityIndexInput } from './evaluation/workforce/stability-index.js';
export { retentionRate, retentionRateInputSchema } from './evaluation/workforce/retention-rate.js';
export type { RetentionRateInput } from './evaluation/workforce/retention-rate.js';
export { costOfTurnover, costOfTurnoverInputSchema, turnoverCostCategories } from './evaluation/workforce/cost-of-turnover.js';
export type { CostOfTurnover, CostOfTurnoverInput, TurnoverCostCategory } from './evaluation/workforce/cost-of-turnover.js';
export { lostTimeRate, lostTimeRateInputSchema } from './evaluation/absence/lost-time-rate.js';
export type { LostTimeRateInput } from './evaluation/absence/lost-time-rate.js';
export { frequencyRate, frequencyRateInputSchema } from './evaluation/absence/frequency-rate.js';
export type { FrequencyRateInput } from './evaluation/absence/frequency-rate.js';
export { individualFrequencyRate, individualFrequencyRateInputSchema } from './evaluation/absence/individual-frequency-rate.js';
export type { IndividualFrequencyRateInput } from './evaluation/absence/individual-frequency-rate.js';
export { bradfordFactor, bradfordFactorInputSchema } from './evaluation/absence/bradford-factor.js';
export type { BradfordFactorInput } from './evaluation/absence/bradford-factor.js';
export { bradfordFactorFromAbsences, bradfordAbsencesInputSchema } from './evaluation/absence/bradford-factor-from-absences.js';
export type { BradfordAbsencesInput, BradfordCountedAbsence, BradfordFromAbsences } from './evaluation/absence/bradford-factor-from-absences.js';
export { bradfordBand, bradfordSchemeSchema, bradfordExampleSchemes } from './evaluation/absence/bradford-band.js';
export type { BradfordScheme, BradfordBandResult } from './evaluation/absence/bradford-band.js';
export { enps, enpsBreakdown, enpsFromPercentages, enpsPercentagesInputSchema } from './evaluation/engagement/enps.js';
export type { EnpsBreakdown, EnpsPercentagesInput } from './evaluation/engagement/enps.js';
export { favourability, favourabilityOptionsSchema } from './evaluation/engagement/favourability.js';
export type { Favourability, FavourabilityOptions } from './evaluation/engagement/favourability.js';
export { percentageChange, percentageChangeInputSchema } from './evaluation/engagement/percentage-change.js';
export type { PercentageChangeInput } from './evaluation/engagement/percentage-change.js';
export { benefitsAndCostsInputSchema } from './evaluation/roi/benefits-and-costs.js';
export type { BenefitsAndCostsInput } from './evaluation/roi/benefits-and-costs.js';
export { roi } from './evaluation/roi/roi.js';
export { benefitCostRatio } from './evaluation/roi/benefit-cost-ratio.js';
export { paybackMonths, paybackMonthsInputSchema } from './evaluation/roi/payback-months.js';
export type { PaybackMonthsInput } from './evaluation/roi/payback-months.js';
export { phillipsRoi, phillipsRoiInputSchema, phillipsCostCategories, phillipsCostCategoryLabels, phillipsRoiFindingCodes, phillipsRoiFindings } from './evaluation/roi/phillips-roi.js';
export type {
  PhillipsRoi,
  PhillipsRoiInput,
  PhillipsRoiFinding,
  PhillipsAssumption,
  PhillipsBenefitRow,
  PhillipsCostCategory,
} from './evaluation/roi/phillips-roi.js';
export { alternativeHypotheses } from './evaluation/significance/alternative-hypothesis.js';
export type { AlternativeHypothesis } from './evaluation/significance/alternative-hypothesis.js';
export type { ConfidenceInterval } from './evaluation/significance/confidence-interval.js';
export { twoGroupSummarySchema } from './evaluation/effect-sizes/two-group-summary.js';
export type { TwoGroupSummary } from './evaluation/effect-sizes/two-group-summary.js';
export { cohensD, cohensDFromSummary } from './evaluation/effect-sizes/cohens-d.js';
export { hedgesJ, hedgesJApprox, hedgesG, hedgesGFromSummary } from './evaluation/effect-sizes/hedges-g.js';
export { cohensDConfidenceInterval, cohensDConfidenceIntervalInputSchema } from './evaluation/effect-sizes/cohens-d-confidence-interval.js';
export { hedgesGConfidenceInterval, hedgesGConfidenceIntervalInputSchema } from './evaluation/effect-sizes/hedges-g-confidence-interval.js';
export type { HedgesGConfidenceIntervalInput } from './evaluation/effect-sizes/hedges-g-confidence-interval.js';
export type { CohensDConfidenceIntervalInput, EffectSizeInterval } from './evaluation/effect-sizes/cohens-d-confidence-interval.js';
export { pairedEffectSize } from './evaluation/effect-sizes/paired-effect-size.js';
export {
  davConfidenceInterval,
  davConfidenceIntervalInputSchema,
  pairedEffectSizeInterval,
  pairedEffectSizeIntervalOptionsSchema,
} from './evaluation/effect-sizes/average-sd-effect-size-interval.js';
export type {
  DavConfidenceIntervalInput,
  AverageSdEffectSizeInterval,
  PairedEffectSizeIntervalOptions,
  PairedEffectSizeIntervals,
} from './evaluation/effect-sizes/average-sd-effect-size-interval.js';
export type { PairedEffectSize } from './evaluation/effect-sizes/paired-effect-size.js';
export { tTest, tTestVariants, tTestOptionsSchema } from './evaluation/significance/t-test.js';
export type { TTestVariant, TTestOptions, TTestResult } from './evaluation/significance/t-test.js';
export {
  wilcoxonSignedRank,
  wilcoxonSignedRankOptionsSchema,
  wilcoxonSignedRankFindingCodes, wilcoxonSignedRankFindings,
} from './evaluation/significance/wilcoxon-signed-rank.js';
export type {
  WilcoxonSignedRankOptions,
  WilcoxonSignedRankResult,
  WilcoxonSignedRankFindingCode,
} from './evaluation/significance/wilcoxon-signed-rank.js';
export {
  differenceInDifferences,
  differenceInDifferencesInputSchema,
  differenceInDifferencesOptionsSchema,
  differenceInDifferencesFindingCodes, differenceInDifferencesFindings,
} from './evaluation/significance/difference-in-differences.js';
export type {
  DifferenceInDifferencesInput,
  DifferenceInDifferencesOptions,
  DifferenceInDifferencesResult,
  DifferenceInDifferencesFindingCode,
} from './evaluation/significance/difference-in-differences.js';
export { effectSizeBenchmarks } from './evaluation/effect-sizes/effect-size-benchmarks.js';
export type { EffectSizeBenchmark } from './evaluation/effect-sizes/effect-size-benchmarks.js';
export { compareToBenchmarks } from './evaluation/effect-sizes/compare-to-benchmarks.js';
export type { BenchmarkComparison } from './evaluation/effect-sizes/compare-to-benchmarks.js';
export {
  levelledEvaluationModels,
  levelRanges,
  evaluationLevelReferenceSchema,
} from './evaluation/models/evaluation-level-reference.js';
export type { LevelledEvaluationModel, EvaluationLevelReference } from './evaluation/models/evaluation-level-reference.js';
export {
  measureKinds,
  measureTimings,
  isolationMethods,
  isolationMethodLabels,
  directIsolationMethods,
  estimateIsolationMethods,
  evaluationMeasureSchema,
} from './evaluation/models/evaluation-measure.js';
export type { EvaluationMeasure, EvaluationMeasureInput, IsolationMethod } from './evaluation/models/evaluation-measure.js';
export { leadershipIndexMeasureIds, leadershipIndexMeasures } from './evaluation/leadership-index/leadership-index-measures.js';
export type { LeadershipIndexMeasureId, LeadershipIndexMeasure } from './evaluation/leadership-index/leadership-index-measures.js';
export {
  leadershipIndex,
  leadershipIndexComponentSchema,
  leadershipIndexOptionsSchema,
  leadershipIndexFindingCodes, leadershipIndexFindings,
} from './evaluation/leadership-index/leadership-index.js';
export type {
  LeadershipIndex,
  LeadershipIndexComponent,
  LeadershipIndexContribution,
  LeadershipIndexFinding,
  LeadershipIndexOptions,
} from './evaluation/leadership-index/leadership-index.js';
export { initiativeTemplateIds, initiativeTemplates } from './evaluation/initiatives/initiative-templates.js';
export type {
  InitiativeTemplateId,
  InitiativeCondition,
  InitiativeRisk,
  InitiativeTemplateData,
  InitiativeTemplate,
  InitiativeConditionId,
} from './evaluation/initiatives/initiative-templates.js';
export { getInitiativeTemplate } from './evaluation/initiatives/get-initiative-template.js';
export {
  circleHosts,
  circleFacilitationStyles,
  circleThemeStyles,
  circleMeetingFrequencies,
  peerLearningCircleDesignSchema,
  onTheJobCoachingDesignSchema,
  initiativeDesignSchema,
  initiativeDesignOptionsSchema,
} from './evaluation/initiatives/initiative-design.js';
export type {
  PeerLearningCircleDesign,
  OnTheJobCoachingDesign,
  InitiativeDesign,
  InitiativeDesignOptions,
} from './evaluation/initiatives/initiative-design.js';
export { checkInitiativeDesign, initiativeDesignFindingCodes, initiativeDesignFindings } from './evaluation/initiatives/check-initiative-design.js';
export type {
  InitiativeDesignFindingCode,
  InitiativeDesignFinding,
  InitiativeConditionRow,
  InitiativeRiskRow,
  InitiativeDesignCheck,
} from './evaluation/initiatives/check-initiative-design.js';
export { recommendMeasures, initiativeReferenceSchema, recommendMeasuresOptionsSchema } from './evaluation/initiatives/recommend-measures.js';
export type {
  InitiativeReference,
  RecommendMeasuresOptions,
  RecommendedMeasure,
  MeasurementPlan,
} from './evaluation/initiatives/recommend-measures.js';
export { businessGoals, businessGoalSchema } from './evaluation/business-case/business-goals.js';
export type { BusinessGoal, BusinessCaseGoal } from './evaluation/business-case/business-goals.js';
export { seniorLeaderQuestions, getSeniorLeaderQuestion } from './evaluation/business-case/senior-leader-questions.js';
export type { SeniorLeaderQuestion, SeniorLeaderQuestionId } from './evaluation/business-case/senior-leader-questions.js';
export { businessCaseEvidenceKinds, businessCaseEvidenceSchema } from './evaluation/business-case/business-case-evidence.js';
export type { BusinessCaseEvidenceKind, BusinessCaseEvidence } from './evaluation/business-case/business-case-evidence.js';
export { sponsorSeniorities, businessCaseSchema, businessCaseOptionsSchema } from './evaluation/business-case/business-case-schema.js';
export type {
  SponsorSeniority,
  BusinessCase,
  BusinessCaseInput,
  BusinessCaseOptions,
} from './evaluation/business-case/business-case-schema.js';
export { businessCaseFindingCodes, businessCaseFindings } from './evaluation/business-case/business-case-findings.js';
export type { BusinessCaseFinding, BusinessCaseFindingCode } from './evaluation/business-case/business-case-findings.js';
export { businessCaseSummaryStatuses } from './evaluation/business-case/business-case-summary.js';
export type { BusinessCaseSummaryRow } from './evaluation/business-case/business-case-summary.js';
export { checkBusinessCase } from './evaluation/business-case/check-business-case.js';
export type { BusinessCaseCheck, BusinessCaseThresholds } from './evaluation/business-case/check-business-case.js';
export { phillipsBenefitSchema, phillipsCostsSchema } from './evaluation/roi/phillips-roi.js';
export { qualitativeSentiments, qualitativeRecordSchema, themeKey } from './evaluation/qualitative/qualitative-record.js';
export type { QualitativeSentiment, QualitativeRecord, QualitativeRecordInput } from './evaluation/qualitative/qualitative-record.js';
export {
  summariseThemes,
  summariseThemesOptionsSchema,
  summariseThemesFindingCodes, summariseThemesFindings,
  defaultMinSourcesToAttribute,
} from './evaluation/qualitative/summarise-themes.js';
export type {
  SummariseThemesOptions,
  AppliedSummariseThemesOptions,
  SummariseThemesFindingCode,
  ThemesFinding,
  SentimentBreakdown,
  ThemeQuote,
  ThemeSummary,
  ThemesSummary,
} from './evaluation/qualitative/summarise-themes.js';
export {
  buildEvidenceChain,
  evidenceChainInputSchema,
  quantitativeResultSchema,
  resultDirections,
  resultOutcomes,
  resultOutcomeLabels,
  numbersVerdicts,
  numbersVerdictLabels,
  storiesVerdicts,
  storiesVerdictLabels,
  evidenceSupportKinds,
  evidenceSupportLabels,
  evidenceChainFindingCodes, evidenceChainFindings,
} from './evaluation/qualitative/evidence-chain.js';
export type {
  EvidenceChainInput,
  QuantitativeResultInput,
  EvidenceChainNumber,
  EvidenceChainLevel,
  EvidenceChainFindingCode,
  EvidenceChainFinding,
  EvidenceChain,
} from './evaluation/qualitative/evidence-chain.js';
export { evaluationModelIds, evaluationModels, getEvaluationModel } from './evaluation/models/evaluation-models.js';
export type {
  EvaluationModelId,
  EvaluationModel,
  EvaluationModelData,
  EvaluationModelLevel,
  EvaluationModelAddition,
} from './evaluation/models/evaluation-models.js';
export { levelCorrespondences, levelMappingTable, levelMappingGaps } from './evaluation/models/level-mapping-table.js';
export type { LevelCorrespondence, ModelLevelLabel, LevelMappingRow, LevelMappingGap } from './evaluation/models/level-mapping-table.js';
export { mapLevel } from './evaluation/models/map-level.js';
export type { LevelMapping, MappedLevel, MappedTargetLevel } from './evaluation/models/map-level.js';
export { checkEvaluationPlan, evaluationPlanSchema, evaluationPlanFindingCodes, evaluationPlanFindings } from './evaluation/models/check-evaluation-plan.js';
export type {
  EvaluationPlanInput,
  EvaluationPlanFinding,
  EvaluationPlanFindingCode,
  EvaluationPlanCheck,
  EvaluationPlanCriteria,
  PlacedMeasure,
} from './evaluation/models/check-evaluation-plan.js';
export {
  render360Html,
  html360ContentSecurityPolicy,
  render360Markdown,
  render360ParticipantMarkdown,
  render360ParticipantHtml,
  render360CohortHtml,
  renderDevelopmentPlanMarkdown,
  renderDevelopmentPlanHtml,
  render360CohortMarkdown,
  render360CohortMarkdownStream,
  render360AgreementMarkdown,
  renderIipMarkdown,
  evaluationCaseSchema,
  evaluateCase,
  renderEvaluationMarkdown,
  renderJsonReport,
  escapeMarkdownText,
  markdownTable,
  joinMarkdownSections,
} from './report/index.js';
export type {
  Html360Context,
  Render360Context,
  Render360ParticipantContext,
  Html360ParticipantContext,
  Html360CohortContext,
  CohortMarkdown360Stream,
  DevelopmentPlanHtmlContext,
  RenderIipOptions,
  EvaluationCase,
  EvaluationCaseInput,
  CaseEvaluation,
  GroupRates,
  RateChange,
  RenderEvaluationOptions,
  ColumnAlign,
} from './report/index.js';
export { trueScoreEstimate, trueScoreEstimateInputSchema, cohortRaterReliability } from './lmd/feedback360/true-score-estimate.js';
export type { TrueScoreEstimateInput, TrueScoreEstimate, CohortRaterReliability } from './lmd/feedback360/true-score-estimate.js';
export { publishedRaterReliabilities } from './lmd/feedback360/published-rater-reliability.js';
export type { PublishedRaterReliability } from './lmd/feedback360/published-rater-reliability.js';
export { summariseUnits360, summariseUnits360OptionsSchema } from './lmd/feedback360/summarise-units-360.js';
export type { SummariseUnits360Options, UnitWithheldReason360, UnitCompetency360, UnitFigures360, Unit360, Units360Summary } from './lmd/feedback360/summarise-units-360.js';
export { rateeUnits360Schema } from './lmd/feedback360/ratee-units-360.js';
export type { RateeUnits360 } from './lmd/feedback360/ratee-units-360.js';
export { render360UnitsHtml, render360UnitsMarkdown } from './report/index.js';
export type { Html360UnitsContext } from './report/index.js';
// The release ledger (issue 18).
export { releaseLedgerSchema, releaseLedgerFigureSchema, releaseLedgerRateeSchema, releaseLedgerUnitsSchema, emptyReleaseLedger, mergeReleaseLedgers, mergeReleaseLedgersInputSchema, releases360SettingsSchema, release360SettingsSchema, checkRateeRelease360, checkRateeRelease360InputSchema } from './lmd/feedback360/anonymity/index.js';
export type { ReleaseLedger, Pseudonymise360, Releases360, Release360, CheckRateeRelease360Input, RateeReleaseCheck360 } from './lmd/feedback360/anonymity/index.js';
export type { ReleaseCheck360 } from './lmd/feedback360/feedback360-report.js';
// Comparing 360 cycles (issue 18, part 1).
export {
  compareCycles360,
  compareCycles360InputSchema,
  comparableReport360,
  cycleComparer360,
  cycleComparer360InputSchema,
  cycleFigureAbsences360,
  cycleChangeReadings360,
  cycleComparison360Findings,
  cycleComparison360FindingCodes,
  participantCycleComparison360,
  cycleChangeReadingLabels360,
} from './lmd/feedback360/index.js';
export type {
  CompareCycles360Input,
  ComparableReport360,
  CycleComparer360,
  CycleComparer360Input,
  Cycle360,
  CycleFigureAbsence360,
  CycleChangeReading360,
  CyclePoint360,
  CycleReliabilitySource360,
  CycleChange360,
  FigureComparison360,
  RateeCycleComparison360,
  CycleItemLinks360,
  CycleComparison360,
  CycleComparison360Finding,
  ParticipantCycleFigure360,
  ParticipantCycleComparison360,
} from './lmd/feedback360/index.js';
// Comparing 360 cycles (issue 18, part 1).
export { render360TrendMarkdown } from './report/index.js';
