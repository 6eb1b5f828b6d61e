import { assertFiniteMatrix, matrixColumns } from '../../core/_internal/assert-finite-matrix.js';
import { mean } from '../../core/stats/mean.js';
import { sampleVariance } from '../../core/stats/sample-variance.js';
import { resolveNullVariance } from './rwg.js';
import type { RwgOptions } from './rwg.js';

/**
 * The mean of the items' sample variances, s̄², for a raters × items matrix, after checking it.
 *
 * @param matrix - rows = raters, columns = items
 * @returns s̄², never negative
 * @internal
 */
function meanItemVariance(matrix: readonly (readonly number[])[]): number {
  assertFiniteMatrix(matrix, ['matrix'], 2, 1);
  return mean(matrixColumns(matrix).map((column) => sampleVariance(column)));
}

/**
 * Within-group agreement across J parallel items, r_wg(J) (James, Demaree & Wolf, 1984).
 *
 * With s̄² the mean of the items' sample variances and σ²_E the null variance (by default the
 * uniform null (A² − 1) / 12), r_wg(J) = J(1 − s̄²/σ²_E) / (J(1 − s̄²/σ²_E) + s̄²/σ²_E): the
 * Spearman–Brown step-up of the single-item index to J items. When s̄² > σ²_E the ratio is capped
 * at 1, so the value is truncated to 0, as R's `multilevel::rwg.j` does; the result lies in [0, 1].
 * The step-up makes r_wg(J) rise with the number of items even when the raters agree little on
 * each (Lindell, Brandt & Whitney 1999), which is why {@link rwgJLindell} exists.
 *
 * Source: james-demaree-wolf-1984; checked against R's multilevel package (bliese-multilevel-2022).
 *
 * @param matrix - the ratings, rows = raters (at least two), columns = items (at least one), with
 * no missing cells
 * @param options - `scalePoints` (required) and an optional `nullVariance`
 * @returns r_wg(J) in [0, 1]
 * @throws LmdInputError when the matrix has fewer than two rows, no columns, rows of different
 * lengths or a cell that is not a finite number, or when the options are invalid (as for
 * {@link rwg})
 * @example
 * Math.round(rwgJ([[4, 4, 5], [3, 4, 4], [5, 5, 5], [4, 3, 4]], { scalePoints: 5 }) * 1000) / 1000 //=> 0.886
 * rwgJ([[4, null as unknown as number]], { scalePoints: 5 }) //=> throws LmdInputError
 * @see {@link rwg} for one item, {@link rwgJLindell} for the untruncated variant
 */
export function rwgJ(matrix: readonly (readonly number[])[], options: RwgOptions): number {
  const variance = meanItemVariance(matrix);
  const nullVariance = resolveNullVariance(options);
  const ratio = Math.min(variance, nullVariance) / nullVariance;
  const items = (matrix[0] as readonly number[]).length;
  const stepped = items * (1 - ratio);
  return stepped / (stepped + ratio);
}

/**
 * Lindell, Brandt & Whitney's (1999) r*_wg(J): multi-item agreement without the Spearman–Brown
 * step-up, 1 − s̄²/σ²_E.
 *
 * s̄² is the mean of the items' sample variances and σ²_E the null variance (by default the uniform
 * null (A² − 1) / 12). Unlike {@link rwgJ} it is not truncated: it falls below 0 when the raters
 * disagree more than the null (to −3 for two raters at opposite ends of a five-point scale),
 * and it does not grow with the number of items. Matches R's
 * `multilevel::rwg.j.lindell`.
 *
 * Source: lindell-brandt-whitney-1999; checked against R's multilevel package (bliese-multilevel-2022).
 *
 * @param matrix - the ratings, rows = raters (at least two), columns = items (at least one), with
 * no missing cells
 * @param options - `scalePoints` (required) and an optional `nullVariance`
 * @returns r*_wg(J), at most 1 and possibly negative
 * @throws LmdInputError as for {@link rwgJ}
 * @example
 * Math.round(rwgJLindell([[4, 4, 5], [3, 4, 4], [5, 5, 5], [4, 3, 4]], { scalePoints: 5 }) * 1000) / 1000 //=> 0.722
 * rwgJLindell([[1, 5], [5, 1]], { scalePoints: 5 }) //=> -3
 * @see {@link rwgJ}
 */
export function rwgJLindell(matrix: readonly (readonly number[])[], options: RwgOptions): number {
  return 1 - meanItemVariance(matrix) / resolveNullVariance(options);
}
