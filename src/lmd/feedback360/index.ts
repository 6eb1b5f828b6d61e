/**
 * 360-degree feedback: rater agreement and reliability statistics, norms and change over time.
 *
 * @module
 */
export { rwg } from './rwg.js';
export type { RwgOptions } from './rwg.js';
export { rwgJ, rwgJLindell } from './rwg-j.js';
export { awg } from './awg.js';
export type { AwgOptions } from './awg.js';
export { averageDeviation } from './average-deviation.js';
export type { AverageDeviationOptions } from './average-deviation.js';
export { icc } from './icc.js';
export type { IccResult, IccMeanSquares } from './icc.js';
export { iccOneWay } from './icc-one-way.js';
export type { IccOneWayResult } from './icc-one-way.js';
export { spearmanBrown, ratersNeeded } from './spearman-brown.js';
export { cronbachAlpha } from './cronbach-alpha.js';
export { reliableChange } from './reliable-change.js';
export type { ReliableChangeInput, ReliableChangeResult } from './reliable-change.js';
export { raterSpread, hasRaterDisagreement } from './rater-disagreement.js';
export type { RaterDisagreementOptions } from './rater-disagreement.js';
export { percentileRank } from '../../core/percentile-rank.js';
export type { PercentileRankMethod } from '../../core/percentile-rank.js';
