import * as z from 'zod';
import { assertMatrixWithMissing } from '../_internal/pairwise-covariance.js';
import { seededRandom } from '../_internal/seeded-random.js';
import { LmdInputError } from '../input-error.js';
import { parseInput } from '../parse-input.js';

/**
 * The levels of measurement {@link krippendorffAlpha} supports, each with its difference function.
 *
 * @example
 * krippendorffLevels //=> ['nominal', 'ordinal', 'interval', 'ratio']
 * @see {@link krippendorffAlpha}
 */
export const krippendorffLevels = /* @__PURE__ */ Object.freeze(['nominal', 'ordinal', 'interval', 'ratio'] as const);

/**
 * One of {@link krippendorffLevels}.
 * @see {@link krippendorffLevels}
 */
export type KrippendorffLevel = (typeof krippendorffLevels)[number];

/**
 * The zod schema for {@link krippendorffAlpha}'s options: the `level` of measurement, and an
 * optional `bootstrap` `{ replications, seed, level? }` for a percentile interval.
 *
 * @example
 * krippendorffAlphaOptionsSchema.safeParse({ level: 'ordinal' }).success //=> true
 * krippendorffAlphaOptionsSchema.safeParse({ level: 'ordinal', bootstrap: { replications: 1000, seed: 7 } }).success //=> true
 * krippendorffAlphaOptionsSchema.safeParse({ level: 'metric' }).success //=> false
 * @see {@link krippendorffAlpha}
 */
export const krippendorffAlphaOptionsSchema = /* @__PURE__ */ z.strictObject({
  level: /* @__PURE__ */ z.enum(['nominal', 'ordinal', 'interval', 'ratio']),
  bootstrap: /* @__PURE__ */ z
    .strictObject({
      replications: /* @__PURE__ */ z.int().min(100).max(100_000),
      seed: /* @__PURE__ */ z.int(),
      level: /* @__PURE__ */ z.number().gt(0).lt(1).optional(),
    })
    .optional(),
});

/**
 * The options of {@link krippendorffAlpha}.
 * @see {@link krippendorffAlphaOptionsSchema}
 */
export interface KrippendorffAlphaOptions {
  /** The level of measurement, which sets the difference function. */
  readonly level: KrippendorffLevel;
  /** A seeded bootstrap over units: 100 to 100 000 replications, a whole-number seed, and a confidence level (default 0.95). */
  readonly bootstrap?: { readonly replications: number; readonly seed: number; readonly level?: number };
}

/**
 * A percentile bootstrap interval for Krippendorff's alpha.
 * @see {@link krippendorffAlpha}
 */
export interface KrippendorffBootstrap {
  /** The confidence level. */
  readonly level: number;
  /** The lower bound: the (1 − level)/2 quantile of the replicates. */
  readonly lower: number;
  /** The upper bound: the (1 + level)/2 quantile of the replicates. */
  readonly upper: number;
  /** How many replications were asked for. */
  readonly replications: number;
  /** How many gave a defined alpha (a resample without variation has none). */
  readonly defined: number;
  /** The seed used. */
  readonly seed: number;
}

/**
 * The result of {@link krippendorffAlpha}.
 * @see {@link krippendorffAlpha}
 */
export interface KrippendorffAlphaResult {
  /** Alpha, at most 1; `null` when the pairable values do not vary (expected disagreement 0). */
  readonly alpha: number | null;
  /** The level of measurement used. */
  readonly level: KrippendorffLevel;
  /** The number of pairable values n (values in units with at least two values). */
  readonly pairableValues: number;
  /** How many units had at least two values. */
  readonly pairableUnits: number;
  /** Observed disagreement D_o. */
  readonly observedDisagreement: number;
  /** Expected disagreement D_e. */
  readonly expectedDisagreement: number;
  /** The bootstrap interval, when asked for; otherwise `null`. */
  readonly bootstrap: KrippendorffBootstrap | null;
}

/**
 * Krippendorff's alpha, the agreement of any number of raters (coders) on any number of units,
 * with missing values, for nominal, ordinal, interval or ratio data, by the coincidence-matrix
 * method of Krippendorff (2011).
 *
 * Only units with at least two values are pairable. The coincidence matrix counts, in each unit
 * with m_u values, every ordered pair of values from different raters with weight 1 / (m_u − 1):
 * o_ck = Σ_u (number of c–k pairs in u) / (m_u − 1); n_c = Σ_k o_ck and n = Σ_c n_c. Then
 * α = 1 − D_o / D_e with D_o = Σ o_ck δ²_ck / n and D_e = Σ n_c n_k δ²_ck / (n (n − 1)), and
 * δ²_ck = 0 or 1 (nominal: equal or not); (Σ_{g = c..k} n_g − (n_c + n_k)/2)² over the ordered
 * values (ordinal); (c − k)² (interval); ((c − k) / (c + k))² (ratio, values at least 0).
 * α is 1 for perfect agreement and 0 when agreement is at chance; it can be negative.
 *
 * The optional bootstrap resamples units with replacement (a plain nonparametric bootstrap over
 * units, not Krippendorff's own resampling of pairable values), recomputes alpha, and reports the
 * percentile interval (R's `quantile` type 7 on the defined replicates). The generator is seeded,
 * so the same seed gives the same interval everywhere.
 *
 * Awkward cases: units with one value are left out (they cannot be paired); a matrix with no
 * pairable unit throws; values that do not vary give `null`; a negative value at the ratio level
 * throws. Two raters and missing cells are the ordinary case. Checked against the 2011 paper's
 * worked example (all four levels) and against independent R code.
 *
 * @param units - rows = units (what was rated), columns = raters; `null` where a rater gave no value
 * @param options - `{ level, bootstrap? }`
 * @returns `{ alpha, level, pairableValues, pairableUnits, observedDisagreement, expectedDisagreement, bootstrap }`
 * @throws LmdInputError when the matrix is malformed, no unit has two values, a ratio value is
 * negative, or an option is out of range
 * @example
 * // Krippendorff (2011), section C: 4 observers, 12 units, missing values.
 * const data = [
 *   [1, 1, null, 1], [2, 2, 3, 2], [3, 3, 3, 3], [3, 3, 3, 3], [2, 2, 2, 2], [1, 2, 3, 4],
 *   [4, 4, 4, 4], [1, 1, 2, 1], [2, 2, 2, 2], [null, 5, 5, 5], [null, null, 1, 1], [null, 3, null, null],
 * ];
 * krippendorffAlpha(data, { level: 'nominal' }).alpha?.toFixed(3) //=> '0.743'
 * krippendorffAlpha(data, { level: 'interval' }).alpha?.toFixed(3) //=> '0.849'
 * krippendorffAlpha([[1, null], [null, 2]], { level: 'nominal' }) //=> throws LmdInputError
 * @see {@link icc} for complete interval data
 * @see Source: krippendorff-2011 in {@link references}.
 */
export function krippendorffAlpha(units: readonly (readonly (number | null)[])[], options: KrippendorffAlphaOptions): KrippendorffAlphaResult {
  const valid = parseInput(krippendorffAlphaOptionsSchema, options, 'options');
  assertMatrixWithMissing(units, ['units'], 1, 1);
  const level = valid.level;
  const pairable: number[][] = [];
  units.forEach((row, unit) => {
    const values = row.filter((value): value is number => value !== null && value !== undefined);
    if (level === 'ratio') {
      const negative = values.find((value) => value < 0);
      if (negative !== undefined) {
        throw new LmdInputError([{ keys: ['units', unit], message: `ratio data cannot be negative (received ${negative})` }]);
      }
    }
    if (values.length >= 2) pairable.push(values);
  });
  if (pairable.length === 0) {
    throw new LmdInputError([{ keys: ['units'], message: 'expected at least one unit with two or more values, so that values can be paired (received none)' }]);
  }
  const values = [...new Set(pairable.flat())].sort((a, b) => a - b);
  const index = new Map(values.map((value, position) => [value, position]));
  const coded = pairable.map((unit) => unit.map((value) => index.get(value) as number));
  const full = alphaOfUnits(coded, values, level);
  let bootstrap: KrippendorffBootstrap | null = null;
  if (valid.bootstrap !== undefined) {
    const { replications, seed } = valid.bootstrap;
    const confidence = valid.bootstrap.level ?? 0.95;
    const random = seededRandom(seed);
    const replicates: number[] = [];
    for (let replication = 0; replication < replications; replication += 1) {
      const sample: number[][] = [];
      for (let draw = 0; draw < coded.length; draw += 1) sample.push(coded[Math.floor(random() * coded.length)] as number[]);
      const alpha = alphaOfUnits(sample, values, level).alpha;
      if (alpha !== null) replicates.push(alpha);
    }
    if (replicates.length < 2) {
      throw new LmdInputError([{ keys: ['options', 'bootstrap'], message: `too few resamples had any variation to give an interval (received ${replicates.length})` }]);
    }
    replicates.sort((a, b) => a - b);
    bootstrap = {
      level: confidence,
      lower: quantileType7(replicates, (1 - confidence) / 2),
      upper: quantileType7(replicates, (1 + confidence) / 2),
      replications,
      defined: replicates.length,
      seed,
    };
  }
  return { ...full, level, pairableUnits: coded.length, bootstrap };
}

function alphaOfUnits(
  units: readonly (readonly number[])[],
  values: readonly number[],
  level: KrippendorffLevel,
): { alpha: number | null; pairableValues: number; observedDisagreement: number; expectedDisagreement: number } {
  const size = values.length;
  const coincidence: number[][] = Array.from({ length: size }, () => new Array<number>(size).fill(0));
  for (const unit of units) {
    const m = unit.length;
    const counts = new Map<number, number>();
    for (const value of unit) counts.set(value, (counts.get(value) ?? 0) + 1);
    for (const [c, countC] of counts) {
      for (const [k, countK] of counts) {
        const pairs = c === k ? countC * (countC - 1) : countC * countK;
        (coincidence[c] as number[])[k] = ((coincidence[c] as number[])[k] as number) + pairs / (m - 1);
      }
    }
  }
  const marginals = coincidence.map((row) => row.reduce((total, value) => total + value, 0));
  const n = marginals.reduce((total, value) => total + value, 0);
  // Cumulative marginals for the ordinal difference: Σ_{g = c..k} n_g = cumulative[k + 1] − cumulative[c].
  const cumulative = [0];
  for (const value of marginals) cumulative.push((cumulative[cumulative.length - 1] as number) + value);
  const delta = (c: number, k: number): number => {
    if (c === k) return 0;
    const a = values[c] as number;
    const b = values[k] as number;
    switch (level) {
      case 'nominal':
        return 1;
      case 'interval':
        return (a - b) ** 2;
      case 'ratio':
        return a + b === 0 ? 0 : ((a - b) / (a + b)) ** 2;
      case 'ordinal': {
        const low = Math.min(c, k);
        const high = Math.max(c, k);
        return ((cumulative[high + 1] as number) - (cumulative[low] as number) - ((marginals[c] as number) + (marginals[k] as number)) / 2) ** 2;
      }
    }
  };
  let observed = 0;
  let expected = 0;
  for (let c = 0; c < size; c += 1) {
    for (let k = 0; k < size; k += 1) {
      if (c === k) continue;
      const d = delta(c, k);
      observed += ((coincidence[c] as number[])[k] as number) * d;
      expected += (marginals[c] as number) * (marginals[k] as number) * d;
    }
  }
  const observedDisagreement = observed / n;
  const expectedDisagreement = expected / (n * (n - 1));
  const alpha = expectedDisagreement === 0 ? null : 1 - observedDisagreement / expectedDisagreement + 0;
  return { alpha: alpha !== null && Number.isFinite(alpha) ? alpha : null, pairableValues: n, observedDisagreement, expectedDisagreement };
}

function quantileType7(sorted: readonly number[], p: number): number {
  const position = (sorted.length - 1) * p;
  const low = Math.floor(position);
  const high = Math.min(sorted.length - 1, low + 1);
  const weight = position - low;
  return (sorted[low] as number) * (1 - weight) + (sorted[high] as number) * weight;
}
