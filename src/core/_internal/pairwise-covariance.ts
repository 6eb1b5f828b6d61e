import { describeValue } from '../describe-value.js';
import { LmdInputError, type LmdInputPathKey } from '../input-error.js';

/**
 * Checks a respondents × items matrix in which a missing answer is `null`: an array of at least
 * `minimumRows` rows of one length (at least `minimumColumns`), each cell a finite number or `null`.
 *
 * @param matrix - the matrix, row by row
 * @param path - the argument's path, for the error
 * @param minimumRows - the fewest rows needed
 * @param minimumColumns - the fewest columns needed
 * @throws LmdInputError naming the first offending row or cell
 * @internal
 */
export function assertMatrixWithMissing(
  matrix: unknown,
  path: readonly LmdInputPathKey[],
  minimumRows: number,
  minimumColumns: number,
): asserts matrix is readonly (readonly (number | null)[])[] {
  if (!Array.isArray(matrix)) {
    throw new LmdInputError([{ keys: path, message: `expected an array of rows (received ${describeValue(matrix)})` }]);
  }
  let width = -1;
  for (let row = 0; row < matrix.length; row += 1) {
    const cells: unknown = matrix[row];
    if (!Array.isArray(cells)) {
      throw new LmdInputError([{ keys: [...path, row], message: `expected a row of numbers (received ${describeValue(cells)})` }]);
    }
    if (width === -1) width = cells.length;
    if (cells.length !== width) {
      throw new LmdInputError([
        { keys: [...path, row], message: `expected ${width} values, as in row 0, because the matrix must be rectangular (received ${cells.length})` },
      ]);
    }
    for (let column = 0; column < cells.length; column += 1) {
      const value: unknown = cells[column];
      if (value !== null && (typeof value !== 'number' || !Number.isFinite(value))) {
        throw new LmdInputError([
          { keys: [...path, row, column], message: `expected a finite number, or null for a missing answer (received ${describeValue(value)})` },
        ]);
      }
    }
  }
  if (matrix.length < minimumRows) {
    throw new LmdInputError([{ keys: path, message: `expected at least ${minimumRows} rows (received ${matrix.length})` }]);
  }
  if (width < minimumColumns) {
    throw new LmdInputError([{ keys: path, message: `expected at least ${minimumColumns} columns (received ${Math.max(width, 0)})` }]);
  }
}

/**
 * The covariance matrix of a checked matrix's columns from pairwise-complete observations, as R's
 * `cov(x, use = "pairwise")` computes it: each covariance over the rows where both items were
 * answered (means over those rows), each variance over the rows where the item was answered.
 *
 * @param matrix - a checked matrix (see {@link assertMatrixWithMissing})
 * @param path - the argument's path, for the error
 * @returns the k × k covariance matrix
 * @throws LmdInputError when two items (or one item) have fewer than two rows answered in common
 * @internal
 */
export function pairwiseCovariance(matrix: readonly (readonly (number | null)[])[], path: readonly LmdInputPathKey[]): number[][] {
  return pairwiseMoments(matrix, path, false);
}

/**
 * The correlation matrix of a checked matrix's columns from pairwise-complete observations, as R's
 * `cor(x, use = "pairwise")` computes it: each correlation from the rows where both items were
 * answered, with both standard deviations taken over those same rows (so it is not the pairwise
 * covariance matrix rescaled by each item's own variance).
 *
 * @param matrix - a checked matrix (see {@link assertMatrixWithMissing})
 * @param path - the argument's path, for the error
 * @returns the k × k correlation matrix (an entry is NaN when a pair's values do not vary)
 * @throws LmdInputError when two items (or one item) have fewer than two rows answered in common
 * @internal
 */
export function pairwiseCorrelation(matrix: readonly (readonly (number | null)[])[], path: readonly LmdInputPathKey[]): number[][] {
  return pairwiseMoments(matrix, path, true);
}

function pairwiseMoments(matrix: readonly (readonly (number | null)[])[], path: readonly LmdInputPathKey[], correlate: boolean): number[][] {
  const k = (matrix[0] as readonly (number | null)[]).length;
  const covariance: number[][] = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  for (let i = 0; i < k; i += 1) {
    for (let j = i; j < k; j += 1) {
      const xs: number[] = [];
      const ys: number[] = [];
      for (const row of matrix) {
        const x = row[i];
        const y = row[j];
        if (x !== null && x !== undefined && y !== null && y !== undefined) {
          xs.push(x);
          ys.push(y);
        }
      }
      if (xs.length < 2) {
        throw new LmdInputError([
          {
            keys: path,
            message:
              i === j
                ? `item ${i} has fewer than two answers, so its variance is not defined (received ${xs.length})`
                : `items ${i} and ${j} were answered together by fewer than two respondents, so their covariance is not defined (received ${xs.length})`,
          },
        ]);
      }
      // Shift by the first pair so that constant items give exactly 0, not rounding noise.
      const originX = xs[0] as number;
      const originY = ys[0] as number;
      let meanX = 0;
      let meanY = 0;
      for (let index = 0; index < xs.length; index += 1) {
        meanX += (xs[index] as number) - originX;
        meanY += (ys[index] as number) - originY;
      }
      meanX /= xs.length;
      meanY /= xs.length;
      let total = 0;
      let squaresX = 0;
      let squaresY = 0;
      for (let index = 0; index < xs.length; index += 1) {
        const dx = (xs[index] as number) - originX - meanX;
        const dy = (ys[index] as number) - originY - meanY;
        total += dx * dy;
        squaresX += dx * dx;
        squaresY += dy * dy;
      }
      const value = correlate ? (i === j ? 1 : total / Math.sqrt(squaresX * squaresY)) : total / (xs.length - 1);
      (covariance[i] as number[])[j] = value;
      (covariance[j] as number[])[i] = value;
    }
  }
  return covariance;
}

/**
 * Raw coefficient alpha from a covariance matrix, (1 − tr C / ΣC) · k / (k − 1), as psych's
 * `alpha` computes `raw_alpha`; `null` when ΣC (the variance of the total) is zero within
 * rounding.
 *
 * @param covariance - a k × k covariance matrix, k at least 2
 * @returns alpha, or `null`
 * @internal
 */
export function alphaFromCovariance(covariance: readonly (readonly number[])[]): number | null {
  const k = covariance.length;
  let trace = 0;
  let total = 0;
  let scale = 0;
  for (let i = 0; i < k; i += 1) {
    const row = covariance[i] as readonly number[];
    trace += row[i] as number;
    for (let j = 0; j < k; j += 1) {
      total += row[j] as number;
      scale += Math.abs(row[j] as number);
    }
  }
  if (total === 0 || Math.abs(total) <= 1e-12 * scale) return null;
  const alpha = (1 - trace / total) * (k / (k - 1));
  return Number.isFinite(alpha) ? alpha + 0 : null;
}

/**
 * Throws when an item's observed answers do not vary: psych's `alpha` deletes such an item (with a
 * warning) and lmdkit asks the caller to, so that the number of items is never silently changed.
 *
 * @internal
 */
export function assertItemsVary(covariance: readonly (readonly number[])[], path: readonly LmdInputPathKey[]): void {
  covariance.forEach((row, index) => {
    if ((row[index] as number) === 0) {
      throw new LmdInputError([
        {
          keys: [...path],
          message: `item ${index} has no variance among its answers; leave it out (R's psych::alpha deletes it with a warning) so that the number of items is your choice (received variance 0)`,
        },
      ]);
    }
  });
}
