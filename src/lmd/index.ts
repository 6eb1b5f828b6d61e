/**
 * Leadership and management development (CIPD 7OS06): leader vs leadership development, the
 * intervention catalogue, leadership theories, action-learning design rules and 360-degree
 * feedback (interpretation with anonymity protection, self-other agreement, readiness, rater
 * agreement and reliability statistics, norms, change over time and charts). Import from
 * `lmdkit/lmd` or `lmdkit`.
 *
 * @module lmd
 */
export {
  raterGroups,
  instrument360Schema,
  rating360Schema,
  cohortRating360Schema,
  anonymityPolicySchema,
  anonymityPolicyDefaults,
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
  feedbackReadinessBands,
  assessFeedbackReadiness,
  withheldReasons360,
  feedback360FindingCodes,
  feedback360Findings,
  norms360Schema,
  feedback360OptionsSchema,
  interpret360InputSchema,
  interpret360,
  cohortReferencedRuleSchema,
  interpret360CohortSettingsSchema,
  interpret360Cohort,
  raterGroupLabel,
  selfOthersChartSpec,
  feedback360ReportSchema,
  rwg,
  rwgJ,
  rwgJLindell,
  awg,
  averageDeviation,
  icc,
  iccOneWay,
  spearmanBrown,
  ratersNeeded,
  cronbachAlpha,
  reliableChange,
  raterSpread,
  hasRaterDisagreement,
  percentileRank
} from './feedback360/index.js';
export type {
  RaterGroup,
  Instrument360,
  Rating360,
  CohortRating360,
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
  SelfOthersChartRow,
  VegaLiteSpec,
  RwgOptions,
  AwgOptions,
  AverageDeviationOptions,
  IccResult,
  IccMeanSquares,
  IccOneWayResult,
  ReliableChangeInput,
  ReliableChangeResult,
  RaterDisagreementOptions,
  PercentileRankMethod
} from './feedback360/index.js';
export { developmentFocusIds, developmentCapitals, developmentFocus } from './development-focus.js';
export type { DevelopmentFocus, DevelopmentCapital } from './development-focus.js';
export { interventionIds, interventions } from './interventions.js';
export type { InterventionId, InterventionData } from './interventions.js';
export { getIntervention } from './get-intervention.js';
export type { Intervention } from './get-intervention.js';
export { classifyIntervention } from './classify-intervention.js';
export {
  analysePortfolio,
  portfolioInputSchema,
  portfolioOptionsSchema,
  portfolioFindingCodes, portfolioFindings,
  systemicConditionIds,
  systemicConditionRatings,
} from './analyse-portfolio.js';
export type {
  PortfolioInput,
  PortfolioItem,
  PortfolioOptions,
  PortfolioFinding,
  PortfolioBasis,
  PortfolioSideTotals,
  PortfolioAnalysis,
} from './analyse-portfolio.js';
export { fullRangeModel, fullRangeScaleIds, fullRangeGroupIds } from './full-range-model.js';
export type { FullRangeScaleId, FullRangeGroup } from './full-range-model.js';
export {
  profileFullRange,
  fullRangeScoresSchema,
  fullRangeProfileOptionsSchema,
  fullRangeProfileFindingCodes, fullRangeProfileFindings,
} from './profile-full-range.js';
export type {
  FullRangeScores,
  FullRangeProfileOptions,
  FullRangeProfileFinding,
  FullRangeGroupScore,
  FullRangeProfile,
} from './profile-full-range.js';
export { leadershipTheories, leadershipTheoryIds } from './leadership-theories.js';
export type { LeadershipTheoryId, LeadershipTheoryData } from './leadership-theories.js';
export { learningEquation } from './learning-equation.js';
export {
  checkActionLearningDesign,
  actionLearningDesignSchema,
  actionLearningOptionsSchema,
  actionLearningFindingCodes, actionLearningFindings,
  setAdviserRoles,
} from './check-action-learning-design.js';
export type {
  ActionLearningDesign,
  ActionLearningOptions,
  ActionLearningFinding,
  ActionLearningRule,
  ActionLearningCheck,
} from './check-action-learning-design.js';
