import { formatPath } from '../core/format-path.js';
import { LmdInputError, type LmdInputIssueInit } from '../core/input-error.js';
import { parseRateeUnits360 } from '../lmd/feedback360/ratee-units-360.js';
import { parseSurveyCsv } from './parse-survey-csv.js';

const rateeHeaders: readonly string[] = ['ratee', 'ratee_id', 'ratee id'];
const unitHeaders: readonly string[] = ['unit', 'unit_path', 'unit path'];

/**
 * Reads a units file — where each ratee sits in the organisation — into the `units` that
 * `summariseUnits360` takes. The CSV has a header row with a `ratee` column (or `ratee_id`) and a
 * `unit` column (or `unit_path`), in any order and any case, other columns ignored; each further
 * row gives a ratee id and the path of units from the organisation down, joined with `/`
 * (`M07,Larkspur Vale Housing / Operations / North team`; spaces around each `/` are dropped, so
 * a unit name cannot hold `/`). The CSV is split as {@link parseSurveyCsv} splits an export
 * (quotes, `;` or tab delimiters, a byte order mark, CRLF).
 *
 * Rows are numbered from 0 as CSV records, the header being row 0; so the ratee of row `n` is the
 * result's entry `n − 1`, and an error of `summariseUnits360` at `['units', i, …]` is about row
 * `i + 1`. Pure, no Node built-ins.
 *
 * @param text - the file's text
 * @returns one `{ rateeId, path }` per row, in file order
 * @throws LmdInputError with keys `['rows', row, column]` (`column` as the header names it) for an
 *   empty ratee or unit, a ratee given twice, a path under another organisation or a unit typed
 *   two ways; `['rows', 0]` when a column is missing; `['text']` when the text is not CSV
 * @example
 * import { parseUnitsCsv } from 'lmdkit/import';
 * parseUnitsCsv('ratee,unit\nM07,Larkspur Vale Housing / Operations / North team\nM08,Larkspur Vale Housing/Operations\n')
 * //=> [{ rateeId: 'M07', path: ['Larkspur Vale Housing', 'Operations', 'North team'] }, { rateeId: 'M08', path: ['Larkspur Vale Housing', 'Operations'] }]
 * parseUnitsCsv('ratee,unit\nM07,Larkspur Vale Housing\nM07,Larkspur Vale Housing\n') //=> throws LmdInputError
 * @see `summariseUnits360` (in `lmdkit`), which rolls a cycle up by these units
 */
export function parseUnitsCsv(text: string): { rateeId: string; path: string[] }[] {
  const { rows } = parseSurveyCsv(text);
  const header = rows[0];
  if (header === undefined) throw new LmdInputError([{ keys: ['text'], message: 'expected a header row with the columns ratee and unit (received an empty file)' }]);
  const names = header.map((cell) => cell.trim().toLowerCase());
  const rateeColumn = names.findIndex((name) => rateeHeaders.includes(name));
  const unitColumn = names.findIndex((name) => unitHeaders.includes(name));
  if (rateeColumn < 0 || unitColumn < 0) {
    throw new LmdInputError([
      { keys: ['rows', 0], message: `expected a column named ${rateeColumn < 0 ? '"ratee"' : '"unit"'} in the header row (received ${header.map((cell) => JSON.stringify(cell)).join(', ')})` },
    ]);
  }
  const rateeHeader = header[rateeColumn] as string;
  const unitHeader = header[unitColumn] as string;
  const issues: LmdInputIssueInit[] = [];
  const units = rows.slice(1).map((row, index) => {
    const rateeId = (row[rateeColumn] ?? '').trim();
    const unit = (row[unitColumn] ?? '').trim();
    if (rateeId === '') issues.push({ keys: ['rows', index + 1, rateeHeader], message: 'expected a ratee id (received an empty cell)' });
    const path = unit.split('/').map((name) => name.trim());
    if (unit === '') issues.push({ keys: ['rows', index + 1, unitHeader], message: 'expected a unit path such as "Organisation / Department / Team" (received an empty cell)' });
    else if (path.includes('')) issues.push({ keys: ['rows', index + 1, unitHeader], message: `a unit path has a name on each side of every "/" (received ${JSON.stringify(unit)})` });
    return { rateeId, path };
  });
  if (issues.length > 0) throw new LmdInputError(issues.slice(0, 20));
  try {
    parseRateeUnits360(units);
  } catch (error) {
    if (!(error instanceof LmdInputError)) throw error;
    // ['units', i, 'rateeId' | 'path', …] → ['rows', i + 1, the column's header].
    throw new LmdInputError(
      error.issues.map((issue) => {
        const [, index, field] = issue.keys;
        const earlier = issue.seeAlso?.[1];
        const message = typeof earlier === 'number' ? issue.message.replace(formatPath('units', [earlier]), formatPath('rows', [earlier + 1])) : issue.message;
        const seeAlso = typeof earlier === 'number' ? { seeAlso: ['rows', earlier + 1] } : {};
        return typeof index === 'number' ? { keys: ['rows', index + 1, field === 'rateeId' ? rateeHeader : unitHeader], message, ...seeAlso } : { keys: ['rows'], message };
      }),
    );
  }
  return units;
}
