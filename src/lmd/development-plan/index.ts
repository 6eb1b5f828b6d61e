/**
 * Development plans from a 360 and the loop into evaluation and IIP evidence: a priority grid,
 * priorities, fitting interventions, SMART goals to fill in, a re-measurement plan and checks for
 * the coach (`planDevelopment`); a cohort's plans as an evaluation plan (`planEvaluation`); and a
 * cycle's facts as IIP Leadership & Management evidence (`developmentCycleEvidence`).
 *
 * @module
 */
export { developmentPlanFindings, developmentPlanFindingCodes } from './development-plan-findings.js';
export type { DevelopmentPlanFinding } from './development-plan-findings.js';
export { developmentResources, interventionPlanFit } from './intervention-plan-fit.js';
export type { DevelopmentResource, InterventionPlanFit } from './intervention-plan-fit.js';
export { developmentPlanReportSchema, planDevelopmentOptionsSchema } from './plan-development-schemas.js';
export type { DevelopmentPlanReport, PlanDevelopmentOptions } from './plan-development-schemas.js';
export { developmentQuadrants, developmentQuadrantLabels } from './development-quadrants.js';
export type { DevelopmentQuadrant } from './development-quadrants.js';
export { planDevelopment } from './plan-development.js';
export type {
  DevelopmentGridRow,
  SuggestedIntervention,
  GoalItem,
  SmartGoal,
  DevelopmentPriority,
  RemeasurementGroup,
  RemeasurementPlan,
  DevelopmentPlanRule,
  DevelopmentPlan,
} from './plan-development.js';
export { participantDevelopmentPlan } from './participant-development-plan.js';
export type { ParticipantDevelopmentPlan } from './participant-development-plan.js';
export { competencySpread360 } from './competency-spread-360.js';
export type { CompetencySpread360 } from './competency-spread-360.js';
export { developmentPlansSchema, planEvaluationOptionsSchema, planEvaluation } from './plan-evaluation.js';
export type { PlanEvaluationOptions, DevelopmentEvaluationPlan } from './plan-evaluation.js';
export {
  developmentCycleFactsSchema,
  developmentCycleEvidenceOptionsSchema,
  developmentCycleEvidence,
} from './development-cycle-evidence.js';
export type {
  DevelopmentCycleFacts,
  DevelopmentCycleEvidenceOptions,
  DevelopmentCycleEvidence,
} from './development-cycle-evidence.js';
