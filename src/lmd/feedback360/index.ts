/**
 * 360-degree feedback: interpretation with anonymity that cannot be broken by subtraction,
 * self-other agreement, readiness, norms, charts and whole-cohort runs.
 *
 * @module
 */
export { raterGroups } from './rater-group.js';
export type { RaterGroup } from './rater-group.js';
export { instrument360Schema } from './instrument-360.js';
export type { Instrument360 } from './instrument-360.js';
export { rating360Schema, cohortRating360Schema } from './rating-360.js';
export type { Rating360, CohortRating360 } from './rating-360.js';
export { comment360Schema } from './comment-360.js';
export type { Comment360 } from './comment-360.js';
export { anonymityPolicySchema, anonymityPolicyDefaults } from './anonymity/index.js';
export type { AnonymityPolicy, AnonymityPolicyInput } from './anonymity/index.js';
export { publishComments360, publishComments360InputSchema } from './anonymity/index.js';
export type {
  PublishComments360Input,
  CommentBlock360,
  QuestionComments360,
  Comments360,
} from './anonymity/index.js';
export {
  selfOtherAgreementCategories,
  selfOtherAgreementSixWayCategories,
  selfOtherAgreementRuleSchema,
  agreementBand,
  classifySelfOtherAgreement,
  classifySelfOtherAgreementSixWay,
} from './self-other-agreement.js';
export type {
  SelfOtherAgreementCategory,
  SelfOtherAgreementSixWayCategory,
  SelfOtherAgreementRule,
  AgreementBand,
} from './self-other-agreement.js';
export {
  feedbackReadinessModerators,
  feedbackReadinessInputSchema,
  feedbackReadinessFindingCodes,
  feedbackReadinessFindings,
  feedbackReadinessModeratorLabels,
  feedbackReadinessBands,
  assessFeedbackReadiness,
} from './feedback-readiness.js';
export type {
  FeedbackReadinessModerator,
  FeedbackReadinessInput,
  FeedbackReadinessFinding,
  FeedbackReadinessBand,
  FeedbackReadiness,
  FeedbackReadinessRule,
} from './feedback-readiness.js';
export { withheldReasons360, feedback360FindingCodes, feedback360Findings } from './feedback360-report.js';
export { feedback360ReportSchema } from './feedback360-report-schema.js';
export { participantView360 } from './participant-view-360.js';
export { selfOtherAgreementCategoryLabels } from './self-other-agreement-labels.js';
export { summariseCohort360, summariseCohort360OptionsSchema } from './summarise-cohort-360.js';
export type {
  SummariseCohort360Options,
  CohortCompetency360,
  Report360Figures,
  Cohort360Figures,
  CohortSlice360,
  Cohort360Summary,
} from './summarise-cohort-360.js';
export type {
  ParticipantFigure360,
  ParticipantItem360,
  ParticipantCompetency360,
  ParticipantCompetencyFigure360,
  ParticipantNote360,
  Participant360Report,
} from './participant-view-360.js';
export type {
  ItemFigure360,
  CompetencyFigure360,
  WithheldReason360,
  WithheldFigure360,
  ShownGroup360,
  HiddenGroup360,
  ItemFlag360,
  Item360Result,
  Competency360Result,
  SelfOtherAgreement360,
  RankedItem360,
  Feedback360Finding,
  Feedback360Options,
  Feedback360Report,
} from './feedback360-report.js';
export { norms360Schema } from './norms-360.js';
export type { Norms360 } from './norms-360.js';
export { interpret360InputSchema, interpret360 } from './interpret-360.js';
export { feedback360OptionsSchema } from './settings-360.js';
export type { Interpret360Input } from './interpret-360.js';
export { cohortReferencedRuleSchema, interpret360CohortSettingsSchema, interpret360Cohort } from './interpret-360-cohort.js';
export type { Interpret360CohortInput, AgreementDistribution360, Feedback360Cohort } from './interpret-360-cohort.js';
export { interpret360Stream } from './interpret-360-stream.js';
export type { Interpret360StreamInput, Feedback360CohortTotals } from './interpret-360-stream.js';
export { noScore360, ratingColumns360 } from './rating-columns-360.js';
export type { RatingColumns360, RatingColumns360Builder } from './rating-columns-360.js';
export { raterGroupLabel, selfOthersChartSpec } from './self-others-chart-spec.js';
export type { SelfOthersChartRow, VegaLiteSpec } from './self-others-chart-spec.js';
export { rwg } from './rwg.js';
export type { RwgOptions } from './rwg.js';
export { rwgJ, rwgJLindell } from './rwg-j.js';
export { awg } from './awg.js';
export type { AwgOptions } from './awg.js';
export { averageDeviation } from './average-deviation.js';
export type { AverageDeviationOptions } from './average-deviation.js';
export { icc } from '../../core/stats/icc.js';
export type { IccResult, IccMeanSquares } from '../../core/stats/icc.js';
export { iccOneWay } from '../../core/stats/icc-one-way.js';
export type { IccOneWayResult } from '../../core/stats/icc-one-way.js';
export { spearmanBrown, ratersNeeded } from '../../core/stats/spearman-brown.js';
export { cronbachAlpha, reliabilityOptionsSchema } from '../../core/stats/cronbach-alpha.js';
export type { ReliabilityOptions } from '../../core/stats/cronbach-alpha.js';
export { iccIntervals } from '../../core/stats/icc-intervals.js';
export type { IccIntervals, IccWithInterval } from '../../core/stats/icc-intervals.js';
export { alphaInterval, alphaIntervalOptionsSchema } from '../../core/stats/alpha-interval.js';
export type { AlphaInterval, AlphaIntervalOptions } from '../../core/stats/alpha-interval.js';
export { itemAnalysis } from '../../core/stats/item-analysis.js';
export type { ItemAnalysis, ItemStatistics } from '../../core/stats/item-analysis.js';
export { omegaTotal, omegaFindings, omegaFindingCodes } from '../../core/stats/omega-total.js';
export type { OmegaTotalResult, OmegaFinding } from '../../core/stats/omega-total.js';
export { krippendorffAlpha, krippendorffLevels, krippendorffAlphaOptionsSchema } from '../../core/stats/krippendorff-alpha.js';
export type { KrippendorffLevel, KrippendorffAlphaOptions, KrippendorffAlphaResult, KrippendorffBootstrap } from '../../core/stats/krippendorff-alpha.js';
export { reliableChange } from '../../core/stats/reliable-change.js';
export type { ReliableChangeInput, ReliableChangeResult } from '../../core/stats/reliable-change.js';
export { raterSpread, hasRaterDisagreement } from './rater-disagreement.js';
export type { RaterDisagreementOptions } from './rater-disagreement.js';
export { percentileRank } from '../../core/stats/percentile-rank.js';
export type { PercentileRankMethod } from '../../core/stats/percentile-rank.js';
export { buildNorms, normScore, buildNormsOptionsSchema, defaultNormMinimum } from '../../core/stats/build-norms.js';
export type { BuildNormsOptions, Norms, NormScore } from '../../core/stats/build-norms.js';
export { trueScoreEstimate, trueScoreEstimateInputSchema, cohortRaterReliability } from './true-score-estimate.js';
export type { TrueScoreEstimateInput, TrueScoreEstimate, CohortRaterReliability } from './true-score-estimate.js';
export { publishedRaterReliabilities } from './published-rater-reliability.js';
export type { PublishedRaterReliability } from './published-rater-reliability.js';
export { summariseUnits360, summariseUnits360OptionsSchema } from './summarise-units-360.js';
export type { SummariseUnits360Options, UnitWithheldReason360, UnitCompetency360, UnitFigures360, Unit360, Units360Summary } from './summarise-units-360.js';
export { rateeUnits360Schema } from './ratee-units-360.js';
export type { RateeUnits360 } from './ratee-units-360.js';
// The release ledger (issue 18).
export { releaseLedgerSchema, releaseLedgerFigureSchema, releaseLedgerRateeSchema, releaseLedgerUnitsSchema, emptyReleaseLedger, mergeReleaseLedgers, mergeReleaseLedgersInputSchema, releases360SettingsSchema, release360SettingsSchema, checkRateeRelease360, checkRateeRelease360InputSchema } from './anonymity/index.js';
export type { ReleaseLedger, Pseudonymise360, Releases360, Release360, CheckRateeRelease360Input, RateeReleaseCheck360 } from './anonymity/index.js';
export type { ReleaseCheck360 } from './feedback360-report.js';
export { compareCycles360, compareCycles360InputSchema, comparableReport360, cycleFigureAbsences360, cycleChangeReadings360 } from './compare-cycles-360.js';
export type {
  CompareCycles360Input,
  ComparableReport360,
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
} from './compare-cycles-360.js';
export { cycleComparer360, cycleComparer360InputSchema } from './cycle-comparer-360.js';
export type { CycleComparer360, CycleComparer360Input } from './cycle-comparer-360.js';
export { cycleComparison360Findings, cycleComparison360FindingCodes } from './cycle-comparison-360-findings.js';
export type { CycleComparison360Finding } from './cycle-comparison-360-findings.js';
export { participantCycleComparison360, cycleChangeReadingLabels360 } from './participant-cycle-comparison-360.js';
export type { ParticipantCycleFigure360, ParticipantCycleComparison360 } from './participant-cycle-comparison-360.js';
