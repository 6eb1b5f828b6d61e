/**
 * What every lmdkit module shares: the bibliography, findings, evidence grades, the input error
 * and its zod bridge, deep freezing, and small numeric helpers.
 *
 * @module core
 */
export type { Citation } from './citation.js';
export { references, getReference } from './references.js';
export type { ReferenceId } from './references.js';
export { findingAudiences, findingSeverities, sortFindingsBySeverity } from './finding.js';
export { findingCodesOf } from './finding-catalogue.js';
export type { FindingDefinition } from './finding-catalogue.js';
export type { Finding, FindingAudience, FindingSeverity, PersonFinding } from './finding.js';
export { evidenceStrengths } from './evidence-strength.js';
export type { EvidenceStrength } from './evidence-strength.js';
export { LmdInputError } from './input-error.js';
export type { LmdInputIssue, LmdInputIssueInit, LmdInputPathKey } from './input-error.js';
export { parseInput } from './parse-input.js';
export { describeValue } from './describe-value.js';
export { formatPath } from './format-path.js';
export { deepFreeze } from './deep-freeze.js';
export { sum } from './stats/sum.js';
export { mean } from './stats/mean.js';
export { sampleVariance } from './stats/sample-variance.js';
export { percentileRank } from './stats/percentile-rank.js';
export type { PercentileRankMethod } from './stats/percentile-rank.js';
export { buildNorms, normScore, buildNormsOptionsSchema, defaultNormMinimum } from './stats/build-norms.js';
export type { BuildNormsOptions, Norms, NormScore } from './stats/build-norms.js';
