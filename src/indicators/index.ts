/**
 * Investors in People: the Leadership & Management Model's 9 indicators and 23 evidence
 * requirements, their mapping to The Standard and the wider framework, assessment of evidence
 * against them, recognition levels, the current framework's structure, and the 2010 consultation
 * data. Import from `lmdkit/indicators` or `lmdkit`.
 *
 * @module indicators
 */
export { lmAudiences, lmAudienceIds, frameworkAudiences } from './audiences.js';
export type { LmAudience, FrameworkAudience } from './audiences.js';
export { lmModel } from './lm-model.js';
export type { LmModelData, LmIndicatorData, LmRequirementData, LmIndicatorId, LmRequirementId } from './lm-model.js';
export { lmIndicatorIds, lmRequirementIds } from './lm-ids.js';
export { getLmIndicator } from './get-lm-indicator.js';
export type { LmIndicator } from './get-lm-indicator.js';
export { getLmRequirement, listLmRequirements } from './get-lm-requirement.js';
export type { LmRequirement } from './get-lm-requirement.js';
export { withWording, lmWordingSchema } from './with-wording.js';
export type { LmWording, LmModelWithWording } from './with-wording.js';
export { widerFrameworkStatements } from './wider-framework-statements.js';
export type { WiderFrameworkStatement, WiderFrameworkStatementId } from './wider-framework-statements.js';
export { lmEvidenceSources, lmEvidenceSourceLabels, lmEvidenceSupport, lmEvidenceItemSchema, lmEvidenceSchema, lmEvidencePeopleOf } from './lm-evidence.js';
export type { LmEvidenceItem } from './lm-evidence.js';
export { lmStatuses, lmStatusLabels } from './lm-status.js';
export type { LmStatus } from './lm-status.js';
export { assessLmModel, lmAssessmentOptionsSchema, lmAssessmentFindingCodes, lmAssessmentFindings } from './assess-lm-model.js';
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
} from './assess-lm-model.js';
export { iipStandard2004 } from './iip-standard-2004.js';
export type { IipStandard2004Data, StandardStatementId } from './iip-standard-2004.js';
export { iipRecognitionLevels2009, recognitionLevel, recognitionLevelInputSchema } from './recognition-level.js';
export type { RecognitionLevel, RecognitionLevelInput } from './recognition-level.js';
export { iipFramework2015 } from './iip-framework-2015.js';
export type { FrameworkLevel, FrameworkGrade } from './iip-framework-2015.js';
export { accreditationGrade, accreditationRuleSchema, frameworkLevelsSchema } from './accreditation-grade.js';
export type { AccreditationRule, AccreditationResult, FrameworkLevels } from './accreditation-grade.js';
export { lmThemeCoverage } from './lm-theme-coverage.js';
export type { LmThemeCoverage, LmThemeItem } from './lm-theme-coverage.js';
export { consultation2010 } from './consultation-2010.js';
export type { StretchTopicId } from './consultation-2010.js';
export { voteTallySchema } from './vote-tally.js';
export type { VoteTally } from './vote-tally.js';
export { supportShare } from './support-share.js';
export { rankBySupport } from './rank-by-support.js';
