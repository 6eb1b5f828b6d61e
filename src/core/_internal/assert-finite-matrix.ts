import { describeValue } from '../describe-value.js';
import { LmdInputError, type LmdInputPathKey } from '../input-error.js';

/**
 * Checks the cheap invariants of a numeric matrix given as an array of rows: an array of at least
 * `minimumRows` arrays, all of the same length (at least `minimumColumns`), holding only finite
 * numbers. Used by the statistics that need complete, rectangular data (no missing cells).
 *
 * @param matrix - the matrix to check, row by row
 * @param name - the argument's name, for the error path
 * @param minimumRows - the fewest rows the computation needs
 * @param minimumColumns - the fewest columns the computation needs
 * @throws LmdInputError naming the first offending row or cell and its value
 * @internal
 */
export function assertFiniteMatrix(
  matrix: unknown,
  path: readonly LmdInputPathKey[],
  minimumRows: number,
  minimumColumns: number,
): asserts matrix is readonly (readonly number[])[] {
  if (!Array.isArray(matrix)) {
    throw new LmdInputError([{ keys: path, message: `expected an array of rows (received ${describeValue(matrix)})` }]);
  }
  let width = -1;
  for (let row = 0; row < matrix.length; row += 1) {
    const cells: unknown = matrix[row];
    if (!Array.isArray(cells)) {
      throw new LmdInputError([
        { keys: [...path, row], message: `expected a row of numbers (received ${describeValue(cells)})` },
      ]);
    }
    if (width === -1) width = cells.length;
    if (cells.length !== width) {
      throw new LmdInputError([
        {
          keys: [...path, row],
          message: `expected ${width} values, as in row 0, because the matrix must be rectangular (received ${cells.length})`,
        },
      ]);
    }
    for (let column = 0; column < cells.length; column += 1) {
      const value: unknown = cells[column];
      if (typeof value !== 'number' || !Number.isFinite(value)) {
        throw new LmdInputError([
          {
            keys: [...path, row, column],
            message: `expected a finite number; missing ratings are not allowed here (received ${describeValue(value)})`,
          },
        ]);
      }
    }
  }
  if (matrix.length < minimumRows) {
    throw new LmdInputError([
      { keys: path, message: `expected at least ${minimumRows} rows (received ${matrix.length})` },
    ]);
  }
  if (width < minimumColumns) {
    throw new LmdInputError([
      { keys: path, message: `expected at least ${minimumColumns} columns (received ${Math.max(width, 0)})` },
    ]);
  }
}

/**
 * The columns of a rectangular matrix, as new arrays (the matrix is not changed).
 *
 * @param matrix - a checked rectangular matrix, row by row
 * @returns one array per column
 * @internal
 */
export function matrixColumns(matrix: readonly (readonly number[])[]): number[][] {
  const width = matrix[0]?.length ?? 0;
  const columns: number[][] = [];
  for (let column = 0; column < width; column += 1) {
    columns.push(matrix.map((row) => row[column] as number));
  }
  return columns;
}
