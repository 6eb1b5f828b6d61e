/**
 * Leadership and management development (CIPD 7OS06): Day's leader vs leadership development
 * taxonomy, the intervention catalogue and portfolio analysis, leadership theories (the full range
 * model, distributed and collaborative leadership), and Revans' action learning design rules.
 * 360-degree feedback is part of this module too (aggregation, anonymity, self-other agreement
 * and readiness), with its own guide. Import from `lmdkit/lmd` or `lmdkit`.
 *
 * @module lmd
 */
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
  portfolioFindingCodes,
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
  fullRangeProfileFindingCodes,
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
  actionLearningFindingCodes,
  setAdviserRoles,
} from './check-action-learning-design.js';
export type {
  ActionLearningDesign,
  ActionLearningOptions,
  ActionLearningFinding,
  ActionLearningRule,
  ActionLearningCheck,
} from './check-action-learning-design.js';
