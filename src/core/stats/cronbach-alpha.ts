import { assertFiniteMatrix, matrixColumns } from '../_internal/assert-finite-matrix.js';
import { sampleVariance } from './sample-variance.js';
import { sum } from './sum.js';
import { ratioOrNull } from '../_internal/ratio-or-null.js';

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
 * Source: cronbach-1951; checked against R's psych package (revelle-psych-2022).
 *
 * @param matrix - the scores, rows = respondents (at least two), columns = items (at least two),
 * every cell a finite number (no missing answers)
 * @returns α (at most 1), or `null` when the totals have no variance
 * @throws LmdInputError when the matrix has fewer than two rows or columns, rows of different
 * lengths, or a cell that is not a finite number
 * @example
 * cronbachAlpha([[1, 2], [2, 3], [3, 3], [4, 5]]) //=> 0.96
 * cronbachAlpha([[1, 2], [2, 1]]) //=> null
 * cronbachAlpha([[1, 2, 3]]) //=> throws LmdInputError
 * @see {@link icc}, whose ICC(3,k) is the same number
 */
export function cronbachAlpha(matrix: readonly (readonly number[])[]): number | null {
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
