import * as z from 'zod';
import { assertFiniteMatrix, matrixColumns } from '../_internal/assert-finite-matrix.js';
import { alphaFromCovariance, assertItemsVary, assertMatrixWithMissing, pairwiseCovariance } from '../_internal/pairwise-covariance.js';
import { parseInput } from '../parse-input.js';
import { sampleVariance } from './sample-variance.js';
import { sum } from './sum.js';
import { ratioOrNull } from '../_internal/ratio-or-null.js';

/**
 * The zod schema for the options of {@link cronbachAlpha} and {@link itemAnalysis}: `missing` is
 * `'none'` (the default: every cell must be a number) or `'pairwise'` (a `null` cell is a missing
 * answer, and covariances use pairwise-complete rows, as R's `cov(x, use = "pairwise")`).
 *
 * @example
 * reliabilityOptionsSchema.safeParse({ missing: 'pairwise' }).success //=> true
 * reliabilityOptionsSchema.safeParse({ missing: 'listwise' }).success //=> false
 * @see {@link cronbachAlpha}
 */
export const reliabilityOptionsSchema = /* @__PURE__ */ z.strictObject({
  missing: /* @__PURE__ */ z.enum(['none', 'pairwise']).optional(),
});

/**
 * The options of {@link cronbachAlpha} and {@link itemAnalysis}.
 * @see {@link reliabilityOptionsSchema}
 */
export interface ReliabilityOptions {
  /** `'none'` (default): no missing cells allowed; `'pairwise'`: `null` cells are missing answers. */
  readonly missing?: 'none' | 'pairwise';
}

/**
 * Cronbach's (1951) coefficient alpha for a complete respondents × items matrix: the internal
 * consistency of the items' total.
 *
 * α = k / (k − 1) · (1 − Σ s²_item / s²_total), with k items, s²_item each item's sample variance
 * and s²_total the sample variance of the respondents' totals. Equal to R's
 * `psych::alpha(x)$total$raw_alpha` (with `check.keys = FALSE`: items are not reversed for you) and
 * to ICC(3,k) of the same matrix. It can be negative when items correlate negatively. It is `null`
 * when the totals do not vary (every respondent has the same total), where α is not defined.
 *
 * With `{ missing: 'pairwise' }`, a `null` cell is a missing answer (a 360 rater's "not observed")
 * and α = k / (k − 1) · (1 − tr C / ΣC) from the covariance matrix C of pairwise-complete
 * observations, which is how `psych::alpha(x)` computes `raw_alpha` on data with `NA` (its default
 * `use = "pairwise"`). On complete data the two modes agree. Awkward cases: an item whose answers
 * do not vary throws in this mode (psych deletes it with a warning, which silently changes k; leave
 * it out yourself to match psych), and so do two items answered together by fewer than two
 * respondents (R's covariance is NA there).
 *
 * Source: cronbach-1951; checked against R's psych package (revelle-psych-2022).
 *
 * @param matrix - the scores, rows = respondents (at least two), columns = items (at least two),
 * every cell a finite number (or `null` for a missing answer with `missing: 'pairwise'`)
 * @param options - `missing`: `'none'` (default) or `'pairwise'`
 * @returns α (at most 1 with complete data; pairwise covariances need not be consistent, so with
 * many missing answers it can exceed 1, as in psych), or `null` when the totals have no variance
 * @throws LmdInputError when the matrix has fewer than two rows or columns, rows of different
 * lengths, or a cell that is not a finite number (or `null`, in pairwise mode); in pairwise mode
 * also when an item has no variance or two items share fewer than two respondents
 * @example
 * cronbachAlpha([[1, 2], [2, 3], [3, 3], [4, 5]]) //=> 0.96
 * cronbachAlpha([[1, 2], [2, 1]]) //=> null
 * cronbachAlpha([[1, 2, 3]]) //=> throws LmdInputError
 * cronbachAlpha([[4, 5, 4], [3, null, 3], [5, 5, 4], [2, 3, null], [4, 4, 5], [3, 2, 3], [1, 2, 2]], { missing: 'pairwise' })?.toFixed(3) //=> '0.954'
 * @see {@link icc}, whose ICC(3,k) is the same number
 * @see {@link alphaInterval}, {@link itemAnalysis}
 */
export function cronbachAlpha(matrix: readonly (readonly (number | null)[])[], options: ReliabilityOptions = {}): number | null {
  const valid = parseInput(reliabilityOptionsSchema, options, 'options');
  if (valid.missing === 'pairwise') {
    assertMatrixWithMissing(matrix, ['matrix'], 2, 2);
    const covariance = pairwiseCovariance(matrix, ['matrix']);
    assertItemsVary(covariance, ['matrix']);
    return alphaFromCovariance(covariance);
  }
  assertFiniteMatrix(matrix, ['matrix'], 2, 2);
  const k = (matrix[0] as readonly number[]).length;
  // Alpha does not change when every cell is shifted by the same amount; shifting by the first cell
  // makes constant totals exactly equal, so their variance is exactly 0 rather than noise.
  const origin = (matrix[0] as readonly number[])[0] as number;
  const shifted = matrix.map((row) => row.map((value) => value - origin));
  const itemVariance = sum(matrixColumns(shifted).map((column) => sampleVariance(column)));
  const totalVariance = sampleVariance(shifted.map((row) => sum(row)));
  const ratio = ratioOrNull(itemVariance, totalVariance);
  return ratio === null ? null : (k / (k - 1)) * (1 - ratio);
}
