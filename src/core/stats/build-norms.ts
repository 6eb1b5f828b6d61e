import * as z from 'zod';
import { assertFiniteNumbers } from '../_internal/assert-finite-numbers.js';
import { assertNumberInRange } from '../_internal/assert-number-in-range.js';
import { LmdInputError } from '../input-error.js';
import { parseInput } from '../parse-input.js';
import { mean } from './mean.js';
import { sampleVariance } from './sample-variance.js';
import type { PercentileRankMethod } from './percentile-rank.js';

/**
 * The smallest norm group {@link buildNorms} accepts unless told otherwise: 100.
 *
 * Why 100: a percentile rank read from a norm group of n is a proportion, so its standard error
 * near the middle of the distribution is about 100 · √(0.25 / n) percentile points — 5 points at
 * n = 100, 9 at n = 30, 16 at n = 10. Below 100 a score's percentile can move by ten points or more
 * with a different handful of people, which Crawford & Howell (1998) show misleads when norms come
 * from small samples. It is a stated default, not a standard: pass `minN` to choose your own.
 *
 * @example
 * defaultNormMinimum //=> 100
 * @see {@link buildNorms}
 * @see Source: crawford-howell-1998 in {@link references}.
 */
export const defaultNormMinimum = 100;

/**
 * The zod schema for {@link buildNorms}'s options: `minN` (the smallest norm group accepted, at
 * least 2; default {@link defaultNormMinimum}) and `method` (how ties count in percentile ranks;
 * default `'mid-rank'`).
 *
 * @example
 * buildNormsOptionsSchema.safeParse({ minN: 30, method: 'below' }).success //=> true
 * buildNormsOptionsSchema.safeParse({ minN: 1 }).success //=> false
 * @see {@link buildNorms}
 */
export const buildNormsOptionsSchema = /* @__PURE__ */ z.strictObject({
  minN: /* @__PURE__ */ z.int().min(2).optional(),
  method: /* @__PURE__ */ z.enum(['below', 'at-or-below', 'mid-rank']).optional(),
});

/**
 * The options of {@link buildNorms}.
 * @see {@link buildNormsOptionsSchema}
 */
export interface BuildNormsOptions {
  /** The smallest norm group accepted, at least 2 (default {@link defaultNormMinimum}). */
  readonly minN?: number;
  /** How ties with a score count in its percentile rank (default `'mid-rank'`). */
  readonly method?: PercentileRankMethod;
}

/**
 * One row of a norm table: a score with its percentile rank, z-score and T-score.
 * @see {@link buildNorms}
 */
export interface NormScore {
  /** The raw score. */
  readonly score: number;
  /** Its percentile rank in the norm group, 0 to 100, by the norms' method. */
  readonly percentileRank: number;
  /** (score − norm mean) ÷ norm SD (the sample SD, n − 1). */
  readonly z: number;
  /** 50 + 10 z. */
  readonly t: number;
}

/**
 * Norms built from a norm group by {@link buildNorms}: plain data, safe to store as JSON.
 * @see {@link buildNorms}
 */
export interface Norms {
  /** The size of the norm group. */
  readonly n: number;
  /** The mean of the norm group. */
  readonly mean: number;
  /** The sample standard deviation (n − 1) of the norm group. */
  readonly sd: number;
  /** How ties count in percentile ranks. */
  readonly method: PercentileRankMethod;
  /** The minimum size that was required. */
  readonly minN: number;
  /** The norm group's scores, sorted ascending (a copy). */
  readonly sorted: readonly number[];
  /** The norm table: one row per distinct score in the group, ascending. */
  readonly table: readonly NormScore[];
}

/**
 * Builds norms from a norm group: its mean and standard deviation, and a norm table giving each
 * distinct score its percentile rank (by the named method, as {@link percentileRank} defines it),
 * its z-score (score − mean) ÷ SD and its T-score 50 + 10 z. Place any other score with
 * {@link normScore} or `percentileRank(score, norms)`.
 *
 * A norm group smaller than `minN` is refused (default {@link defaultNormMinimum}, 100, for the
 * reason given there), and so is a group without spread (every score equal), where z is not
 * defined.
 *
 * R equivalent: for a score x in sample s, `mean(s < x) * 100` (below), `ecdf(s)(x) * 100`
 * (at or below), their average (mid-rank), and `(x - mean(s)) / sd(s)`.
 *
 * @param sample - the norm group's scores, finite numbers (not changed)
 * @param options - `minN` (default 100) and `method` (default `'mid-rank'`)
 * @returns `{ n, mean, sd, method, minN, sorted, table }`
 * @throws LmdInputError when a score is not finite, the group is smaller than `minN`, every score
 * is equal, or an option is out of range
 * @example
 * const norms = buildNorms([2, 3, 3, 4, 5], { minN: 5 });
 * norms.table.map((row) => row.percentileRank) //=> [10, 40, 70, 90]
 * norms.table[0]?.t.toFixed(1) //=> '37.7'
 * buildNorms([2, 3, 3, 4, 5]) //=> throws LmdInputError
 * @see {@link normScore}, {@link percentileRank}
 * @see Source: crocker-algina-1986, crawford-howell-1998 in {@link references}.
 */
export function buildNorms(sample: readonly number[], options: BuildNormsOptions = {}): Norms {
  const valid = parseInput(buildNormsOptionsSchema, options, 'options');
  assertFiniteNumbers(sample, ['sample'], 1);
  const minN = valid.minN ?? defaultNormMinimum;
  const method = valid.method ?? 'mid-rank';
  if (sample.length < minN) {
    throw new LmdInputError([
      {
        keys: ['sample'],
        message: `a norm group needs at least ${minN} scores for stable percentile ranks (received ${sample.length}); pass a smaller minN only if you accept ranks that move by ${Math.round(100 * Math.sqrt(0.25 / sample.length))} points or more`,
      },
    ]);
  }
  const sorted = [...sample].sort((a, b) => a - b).map((value) => value + 0);
  const origin = sorted[0] as number;
  const shifted = sorted.map((value) => value - origin);
  const sd = Math.sqrt(sampleVariance(shifted));
  if (sd === 0) {
    throw new LmdInputError([{ keys: ['sample'], message: `every score in the norm group is equal, so z- and T-scores are not defined (received ${sorted.length} scores of ${origin})` }]);
  }
  const center = origin + mean(shifted);
  const partial = { n: sorted.length, mean: center, sd, method, minN, sorted };
  const table: NormScore[] = [];
  for (let index = 0; index < sorted.length; index += 1) {
    const value = sorted[index] as number;
    if (index > 0 && sorted[index - 1] === value) continue;
    table.push(placeScore(partial, value));
  }
  return { ...partial, table };
}

/**
 * A score placed in norms built by {@link buildNorms}: its percentile rank (by the norms' method),
 * z-score and T-score. The score need not be in the norm group.
 *
 * @param norms - norms from {@link buildNorms}
 * @param score - a finite number
 * @returns `{ score, percentileRank, z, t }`
 * @throws LmdInputError when the score is not a finite number or the norms are malformed
 * @example
 * const norms = buildNorms([2, 3, 3, 4, 5], { minN: 5 });
 * normScore(norms, 3.5).percentileRank //=> 60
 * normScore(norms, 3.5).t.toFixed(2) //=> '50.88'
 * normScore(norms, Number.NaN) //=> throws LmdInputError
 * @see {@link buildNorms}
 */
export function normScore(norms: Norms, score: number): NormScore {
  assertNorms(norms, ['norms']);
  assertNumberInRange(score, ['score'], {});
  return placeScore(norms, score);
}

/**
 * Checks the cheap invariants of a {@link Norms} value given by a caller.
 *
 * @internal
 */
export function assertNorms(norms: unknown, path: readonly ['norms'] | readonly ['normSample']): asserts norms is Norms {
  const candidate = norms as Partial<Norms> | null;
  if (
    candidate === null ||
    typeof candidate !== 'object' ||
    !Array.isArray(candidate.sorted) ||
    candidate.sorted.length === 0 ||
    typeof candidate.mean !== 'number' ||
    typeof candidate.sd !== 'number' ||
    !(candidate.sd > 0) ||
    !['below', 'at-or-below', 'mid-rank'].includes(candidate.method as string)
  ) {
    throw new LmdInputError([{ keys: path, message: 'expected norms built by buildNorms ({ n, mean, sd, method, minN, sorted, table })' }]);
  }
}

/**
 * The percentile rank of a score in sorted norms by binary search.
 *
 * @internal
 */
export function percentileInNorms(norms: Pick<Norms, 'sorted' | 'method'>, score: number): number {
  const { sorted, method } = norms;
  const below = lowerBound(sorted, score, true);
  const atOrBelow = lowerBound(sorted, score, false);
  const counted = method === 'below' ? below : method === 'at-or-below' ? atOrBelow : (below + atOrBelow) / 2;
  return (100 * counted) / sorted.length;
}

function placeScore(norms: Pick<Norms, 'sorted' | 'method' | 'mean' | 'sd'>, score: number): NormScore {
  const z = (score - norms.mean) / norms.sd + 0;
  return { score: score + 0, percentileRank: percentileInNorms(norms, score), z, t: 50 + 10 * z };
}

function lowerBound(sorted: readonly number[], value: number, strict: boolean): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const entry = sorted[middle] as number;
    if (strict ? entry < value : entry <= value) low = middle + 1;
    else high = middle;
  }
  return low;
}
