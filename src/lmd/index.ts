/**
 * Leadership and management development (CIPD 7OS06), starting with 360-degree feedback
 * statistics: within-group agreement (r_wg, r_wg(J), a_wg, the average deviation), intraclass
 * correlations, Spearman–Brown, Cronbach's alpha, percentile ranks, reliable change and rater
 * disagreement. Import from `lmdkit/lmd` or `lmdkit`.
 *
 * @module lmd
 */
export {
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
  percentileRank,
} from './feedback360/index.js';
export type {
  RwgOptions,
  AwgOptions,
  AverageDeviationOptions,
  IccResult,
  IccMeanSquares,
  IccOneWayResult,
  ReliableChangeInput,
  ReliableChangeResult,
  RaterDisagreementOptions,
  PercentileRankMethod,
} from './feedback360/index.js';
