import { assertFiniteMatrix } from '../_internal/assert-finite-matrix.js';
import { alphaFromCovariance, assertItemsVary, assertMatrixWithMissing, pairwiseCovariance } from '../_internal/pairwise-covariance.js';
import { parseInput } from '../parse-input.js';
import { reliabilityOptionsSchema, type ReliabilityOptions } from './cronbach-alpha.js';

/**
 * One item's row of {@link itemAnalysis}.
 * @see {@link itemAnalysis}
 */
export interface ItemStatistics {
  /** The item's column index. */
  readonly item: number;
  /** How many respondents answered it. */
  readonly n: number;
  /** The mean of its answers. */
  readonly mean: number;
  /** The sample standard deviation of its answers. */
  readonly sd: number;
  /** The corrected item–total correlation: the item with the total of the other items (psych's `r.drop`). */
  readonly rDrop: number | null;
  /** Coefficient alpha of the other items (psych's `alpha.drop$raw_alpha`); `null` when their total has no variance. */
  readonly alphaIfDropped: number | null;
}

/**
 * The result of {@link itemAnalysis}.
 * @see {@link itemAnalysis}
 */
export interface ItemAnalysis {
  /** Coefficient alpha of all the items. */
  readonly alpha: number | null;
  /** How many items, k. */
  readonly items: number;
  /** One row per item, in column order. */
  readonly rows: readonly ItemStatistics[];
  /** The missing-data mode used (`'none'` unless the caller chose `'pairwise'`). */
  readonly missing: 'none' | 'pairwise';
}

/**
 * Classical item analysis of a respondents × items matrix: for each item its mean, standard
 * deviation, corrected item–total correlation and the alpha of the scale without it, as R's
 * `psych::alpha(x)` reports them in `item.stats` (`mean`, `sd`, `r.drop`) and `alpha.drop`
 * (`raw_alpha`).
 *
 * From the covariance matrix C (pairwise-complete with `{ missing: 'pairwise' }`):
 * r_drop(i) = (Σ_j C_ij − C_ii) / √(C_ii · Σ_{j,l ≠ i} C_jl), and alpha-if-dropped is
 * {@link cronbachAlpha} of C without row and column i. A low or negative r_drop, or an alpha that
 * rises when the item is dropped, marks an item that does not measure what the others measure (or
 * that needs reverse scoring). At least three items are needed (with two, dropping one leaves no
 * alpha; psych then reports a covariance ratio instead, which lmdkit does not). An item whose
 * answers do not vary throws (psych deletes it with a warning).
 *
 * Source: crocker-algina-1986 (item analysis), cronbach-1951; checked against psych
 * (revelle-psych-2022).
 *
 * @param matrix - rows = respondents (at least two), columns = items (at least three); `null` for a
 * missing answer with `{ missing: 'pairwise' }`
 * @param options - `missing`: `'none'` (default) or `'pairwise'`
 * @returns `{ alpha, items, rows, missing }`, one row `{ item, n, mean, sd, rDrop, alphaIfDropped }` per item
 * @throws LmdInputError when the matrix is malformed, has fewer than three items, an item has no
 * variance, or two items share fewer than two respondents
 * @example
 * const analysis = itemAnalysis([[1, 2, 5], [2, 3, 1], [3, 3, 4], [4, 5, 2], [5, 4, 3]]);
 * analysis.rows.map((row) => row.alphaIfDropped?.toFixed(2)) //=> ['-2.22', '-0.86', '0.88']
 * itemAnalysis([[1, 2], [2, 3]]) //=> throws LmdInputError
 * @see {@link cronbachAlpha}, {@link alphaInterval}
 * @see Source: crocker-algina-1986, cronbach-1951 in {@link references}.
 */
export function itemAnalysis(matrix: readonly (readonly (number | null)[])[], options: ReliabilityOptions = {}): ItemAnalysis {
  const valid = parseInput(reliabilityOptionsSchema, options, 'options');
  const missing = valid.missing ?? 'none';
  if (missing === 'pairwise') assertMatrixWithMissing(matrix, ['matrix'], 2, 3);
  else assertFiniteMatrix(matrix, ['matrix'], 2, 3);
  const covariance = pairwiseCovariance(matrix, ['matrix']);
  assertItemsVary(covariance, ['matrix']);
  const k = covariance.length;
  const rows: ItemStatistics[] = [];
  for (let i = 0; i < k; i += 1) {
    const answers = matrix.map((row) => row[i]).filter((value): value is number => value !== null && value !== undefined);
    const origin = answers[0] as number;
    const centredMean = answers.reduce((total, value) => total + (value - origin), 0) / answers.length;
    const without = covariance.filter((_, index) => index !== i).map((row) => row.filter((_, index) => index !== i));
    let rest = 0;
    for (const row of without) for (const value of row) rest += value;
    let withOthers = 0;
    (covariance[i] as number[]).forEach((value, index) => {
      if (index !== i) withOthers += value;
    });
    const itemVariance = (covariance[i] as number[])[i] as number;
    const denominator = Math.sqrt(itemVariance * rest);
    const rDrop = denominator > 0 && Number.isFinite(withOthers / denominator) ? withOthers / denominator + 0 : null;
    rows.push({
      item: i,
      n: answers.length,
      mean: origin + centredMean,
      sd: Math.sqrt(itemVariance),
      rDrop,
      alphaIfDropped: alphaFromCovariance(without),
    });
  }
  return { alpha: alphaFromCovariance(covariance), items: k, rows, missing };
}
