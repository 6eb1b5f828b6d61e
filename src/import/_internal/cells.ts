import { LmdInputError, type LmdInputIssueInit } from '../../core/input-error.js';

/**
 * A cell as text: strings as they are, finite numbers and booleans written out (as a spreadsheet
 * library may hand them over), `null` and `undefined` as a blank.
 *
 * @internal
 */
export function cellText(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value + 0) : null;
  if (typeof value === 'boolean') return String(value);
  return null;
}

/**
 * The cells of a row as text, or an error naming the row and cell that is not text.
 *
 * @internal
 */
export function rowCells(row: unknown, index: number): string[] {
  if (!Array.isArray(row)) {
    throw new LmdInputError([{ keys: ['rows', index], message: `expected a row: a list of cells (received ${row === null ? 'null' : typeof row})` }]);
  }
  const cells: string[] = new Array<string>(row.length);
  for (let at = 0; at < row.length; at += 1) {
    const text = cellText(row[at]);
    if (text === null) {
      throw new LmdInputError([{ keys: ['rows', index, at], message: `expected a cell holding text or a number (received ${typeof row[at]})` }]);
    }
    cells[at] = text;
  }
  return cells;
}

/**
 * Whether every cell of a row is blank (such rows are skipped: spreadsheets save them as `,,,`).
 *
 * @internal
 */
export function isBlankRow(row: unknown): boolean {
  if (!Array.isArray(row)) return false;
  for (const cell of row) {
    const text = cellText(cell);
    if (text === null || text.trim() !== '') return false;
  }
  return true;
}

/**
 * Throws one issue.
 *
 * @internal
 */
export function fail(keys: LmdInputIssueInit & { keys: readonly (string | number)[] }): never {
  throw new LmdInputError([keys]);
}

/**
 * Headers for a message: the first ten quoted (long ones cut), then how many in all.
 *
 * @internal
 */
export function listHeaders(headers: readonly string[]): string {
  const shown = headers
    .filter((header) => header.trim() !== '')
    .slice(0, 10)
    .map((header) => JSON.stringify(header.length > 40 ? `${header.slice(0, 40)}…` : header));
  if (headers.length > 10) shown.push(`… (${headers.length} in all)`);
  return shown.length === 0 ? 'no headers' : shown.join(', ');
}
