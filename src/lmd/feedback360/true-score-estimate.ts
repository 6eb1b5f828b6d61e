import * as z from 'zod';
import { LmdInputError } from '../../core/input-error.js';
import { parseInput } from '../../core/parse-input.js';
import type { ReferenceId } from '../../core/references.js';
import { iccOneWay } from '../../core/stats/icc-one-way.js';
import { normalQuantile } from '../../core/stats/normal-distribution.js';
import { spearmanBrown } from '../../core/stats/spearman-brown.js';
import { publishedRaterReliabilities } from './published-rater-reliability.js';

/**
 * The zod schema for {@link trueScoreEstimate}'s input. Give exactly one of
 * `singleRaterReliability` (your own, or {@link cohortRaterReliability}'s) and `raterGroup` (to use
 * {@link publishedRaterReliabilities}).
 *
 * @example
 * trueScoreEstimateInputSchema.safeParse({ observedMean: 4.2, raters: 3, referenceMean: 3.8, referenceSd: 0.8, raterGroup: 'peer' }).success //=> true
 * trueScoreEstimateInputSchema.safeParse({ observedMean: 4.2, raters: 0, referenceMean: 3.8, referenceSd: 0.8, raterGroup: 'peer' }).success //=> false
 * @see {@link trueScoreEstimate}
 */
export const trueScoreEstimateInputSchema = /* @__PURE__ */ z.strictObject({
  observedMean: /* @__PURE__ */ z.number(),
  raters: /* @__PURE__ */ z.int().min(1),
  referenceMean: /* @__PURE__ */ z.number(),
  referenceSd: /* @__PURE__ */ z.number().gt(0),
  singleRaterReliability: /* @__PURE__ */ z.number().gt(0).lt(1).optional(),
  raterGroup: /* @__PURE__ */ z.enum(['manager', 'peer', 'direct-report']).optional(),
  level: /* @__PURE__ */ z.number().gt(0).lt(1).optional(),
});

/**
 * The input of {@link trueScoreEstimate}.
 * @see {@link trueScoreEstimateInputSchema}
 */
export interface TrueScoreEstimateInput {
  /** The group's mean rating (for one ratee, one competency or item). */
  readonly observedMean: number;
  /** How many raters the mean is over, at least 1. */
  readonly raters: number;
  /** The mean the estimate is drawn towards: the cohort's (or norm group's) mean for the same group and competency. */
  readonly referenceMean: number;
  /** The standard deviation of single ratings (one rater, one ratee) across the cohort, above 0. */
  readonly referenceSd: number;
  /** The reliability of one rater, between 0 and 1 (exclusive); give this or `raterGroup`. */
  readonly singleRaterReliability?: number;
  /** Use the published single-rater reliability of this group; give this or `singleRaterReliability`. */
  readonly raterGroup?: 'manager' | 'peer' | 'direct-report';
  /** The confidence level of the interval, between 0 and 1 (default 0.95). */
  readonly level?: number;
}

/**
 * Kelley's estimate of a group's true mean, with the figures behind it.
 * @see {@link trueScoreEstimate}
 */
export interface TrueScoreEstimate {
  /** Kelley's estimate: reference mean + group reliability × (observed mean − reference mean). */
  readonly estimate: number;
  /** The standard error of the estimate, referenceSd × √(ρ₁ (1 − ρ_k)). */
  readonly standardError: number;
  /** The lower bound, estimate − z × standard error. */
  readonly lower: number;
  /** The upper bound. */
  readonly upper: number;
  /** The confidence level used. */
  readonly level: number;
  /** The observed mean given. */
  readonly observedMean: number;
  /** How many raters. */
  readonly raters: number;
  /** The reliability of one rater used, ρ₁. */
  readonly singleRaterReliability: number;
  /** The reliability of this group's mean, ρ_k = Spearman–Brown(ρ₁, raters). */
  readonly groupReliability: number;
  /** Where ρ₁ came from: the caller, or the published value for `raterGroup`. */
  readonly reliabilitySource: 'caller' | 'published';
  /** The sources of the method and of ρ₁. */
  readonly basis: readonly ReferenceId[];
  /** False when ρ₁ is a published value not checked against its publication. */
  readonly verified: boolean;
}

/**
 * Kelley's (1947) estimate of a rater group's true mean, so that three peers are not read as if
 * they were thirty: the observed mean is drawn towards the reference (cohort) mean in proportion to
 * how unreliable a mean of that many raters is, and it comes with a standard error and interval.
 *
 * Model: one rating = the ratee's true score T + rater error; ρ₁ is the reliability of one rater
 * (the share of a single rating's variance, referenceSd², that is true-score variance). The mean of
 * k raters has reliability ρ_k = k ρ₁ / (1 + (k − 1) ρ₁) (Spearman–Brown). Then
 * - estimate = referenceMean + ρ_k (observedMean − referenceMean);
 * - standard error = referenceSd · √(ρ₁ (1 − ρ_k)), the spread of true scores (referenceSd √ρ₁)
 *   times √(1 − ρ_k); equivalently σ_mean √(ρ_k (1 − ρ_k)) in Kelley's form, with σ_mean the SD of
 *   k-rater means;
 * - interval = estimate ± z · standard error (normal theory).
 *
 * ρ₁ is the caller's (`singleRaterReliability`: from the instrument's manual, or the cohort's own
 * ICC(1) from {@link cohortRaterReliability}) or the published meta-analytic value for
 * `raterGroup` ({@link publishedRaterReliabilities}: .50 manager, .37 peer, .30 direct report;
 * Conway & Huffcutt 1997, `verified: false`). With three peers ρ_k is .64: a third of the distance
 * between the observed and reference means is noise.
 *
 * @param input - `{ observedMean, raters, referenceMean, referenceSd, singleRaterReliability | raterGroup, level? }`
 * @returns `{ estimate, standardError, lower, upper, level, observedMean, raters, singleRaterReliability, groupReliability, reliabilitySource, basis, verified }`
 * @throws LmdInputError when a field is out of range, or neither or both of
 * `singleRaterReliability` and `raterGroup` are given
 * @example
 * const peers = trueScoreEstimate({ observedMean: 4.5, raters: 3, referenceMean: 3.8, referenceSd: 0.8, raterGroup: 'peer' });
 * [peers.estimate, peers.lower, peers.upper].map((x) => x.toFixed(2)) //=> ['4.25', '3.67', '4.82']
 * peers.groupReliability.toFixed(2) //=> '0.64'
 * trueScoreEstimate({ observedMean: 4.5, raters: 3, referenceMean: 3.8, referenceSd: 0.8 }) //=> throws LmdInputError
 * @see {@link cohortRaterReliability}, {@link publishedRaterReliabilities}, {@link spearmanBrown}
 * @see Source: kelley-1947, conway-huffcutt-1997, spearman-1910, brown-1910 in {@link references}.
 */
export function trueScoreEstimate(input: TrueScoreEstimateInput): TrueScoreEstimate {
  const valid = parseInput(trueScoreEstimateInputSchema, input, 'input');
  if ((valid.singleRaterReliability === undefined) === (valid.raterGroup === undefined)) {
    throw new LmdInputError([
      {
        keys: ['input', 'singleRaterReliability'],
        message: `expected exactly one of singleRaterReliability (your own or the cohort's ICC(1)) and raterGroup (a published value) (received ${valid.singleRaterReliability === undefined ? 'neither' : 'both'})`,
      },
    ]);
  }
  const published = valid.raterGroup === undefined ? null : publishedRaterReliabilities[valid.raterGroup];
  const rho1 = published === null ? (valid.singleRaterReliability as number) : published.singleRaterReliability;
  const rhoK = spearmanBrown(rho1, valid.raters);
  const level = valid.level ?? 0.95;
  const estimate = valid.referenceMean + rhoK * (valid.observedMean - valid.referenceMean);
  const standardError = valid.referenceSd * Math.sqrt(rho1 * (1 - rhoK));
  const half = normalQuantile((1 + level) / 2) * standardError;
  if (![estimate, standardError, estimate - half, estimate + half].every(Number.isFinite)) {
    throw new LmdInputError([{ keys: ['input'], message: 'the estimate or its interval would not be a finite number (the means or SD are too large)' }]);
  }
  return {
    estimate: estimate + 0,
    standardError,
    lower: estimate - half + 0,
    upper: estimate + half + 0,
    level,
    observedMean: valid.observedMean,
    raters: valid.raters,
    singleRaterReliability: rho1,
    groupReliability: rhoK,
    reliabilitySource: published === null ? 'caller' : 'published',
    basis: published === null ? ['kelley-1947', 'spearman-1910', 'brown-1910'] : ['kelley-1947', 'spearman-1910', 'brown-1910', published.source],
    verified: published === null ? true : published.verified,
  };
}

/**
 * The result of {@link cohortRaterReliability}.
 * @see {@link cohortRaterReliability}
 */
export interface CohortRaterReliability {
  /** ICC(1) of the cohort: the reliability of one rater of this group. */
  readonly singleRaterReliability: number;
  /** How many ratees contributed. */
  readonly ratees: number;
  /** How many ratings in all. */
  readonly ratings: number;
}

/**
 * A rater group's single-rater reliability estimated from the cohort itself: ICC(1) of a one-way
 * analysis of variance with ratees as groups ({@link iccOneWay}, Bliese 2000), for use as
 * `singleRaterReliability` in {@link trueScoreEstimate}. Needs ratees with at least two raters of
 * the group; with few ratees the estimate is itself uncertain, and the published values
 * ({@link publishedRaterReliabilities}) may serve better.
 *
 * @param ratingsByRatee - for one rater group and competency, each ratee's ratings (one array per
 * ratee, at least two ratees)
 * @returns `{ singleRaterReliability, ratees, ratings }`
 * @throws LmdInputError when the groups are malformed (see {@link iccOneWay}) or ICC(1) is not
 * above 0 (ratees do not differ beyond rater noise, so no true-score estimate can use it)
 * @example
 * cohortRaterReliability([[4, 5, 4], [2, 3, 2], [5, 4, 5], [3, 3, 4]]).singleRaterReliability //=> 0.75
 * cohortRaterReliability([[1, 5], [5, 1]]) //=> throws LmdInputError
 * @see {@link trueScoreEstimate}
 * @see Source: bliese-2000 in {@link references}.
 */
export function cohortRaterReliability(ratingsByRatee: readonly (readonly number[])[]): CohortRaterReliability {
  const result = iccOneWay(ratingsByRatee);
  if (result.icc1 === null || !(result.icc1 > 0) || result.icc1 >= 1) {
    throw new LmdInputError([
      {
        keys: ['ratingsByRatee'],
        message: `the cohort's ICC(1) is ${result.icc1 === null ? 'not defined' : result.icc1}, so ratees do not differ measurably beyond rater noise; use a published value (raterGroup) instead`,
      },
    ]);
  }
  return { singleRaterReliability: result.icc1, ratees: result.groups, ratings: result.n };
}
