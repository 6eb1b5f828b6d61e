/**
 * Reads a 360-degree feedback export (one row per rater × item) into the rows
 * `interpret360Cohort` takes. Pure: it takes the text and returns rows or throws
 * {@link InputFileError}; reading the file is the caller's job.
 *
 * @module
 */
import { parse, CsvError } from 'csv-parse/sync';
import { raterGroups, type CohortRating360, type Instrument360, type RaterGroup } from '../lmd/index.js';
import { InputFileError, MAX_REPORTED_ERRORS } from './cli-errors.js';

/** The columns a ratings file must have, as written in the documentation. */
export const ratingsCsvColumns = ['ratee_id', 'rater_id', 'rater_group', 'item_id', 'score'] as const;

export type RatingsCsvColumn = (typeof ratingsCsvColumns)[number];

/**
 * The key a header or a rater group is matched by: lower case, without spaces, hyphens and
 * underscores (`Ratee ID`, `ratee_id` and `rateeId` all read `rateeid`).
 *
 * @param text - a header name or a group label
 * @returns the matching key
 */
export function matchKey(text: string): string {
  return text.toLowerCase().replace(/[\s_-]+/g, '');
}

/** Each group by its key, singular and plural (`Peers`, `Direct reports`, `Others`: the labels the reports themselves print). */
const groupByKey: ReadonlyMap<string, RaterGroup> = new Map(raterGroups.flatMap((group) => [[matchKey(group), group] as const, [`${matchKey(group)}s`, group] as const]));
const columnByKey: ReadonlyMap<string, RatingsCsvColumn> = new Map(ratingsCsvColumns.map((column) => [matchKey(column), column]));

/** The csv-parse options: a byte order mark skipped, empty lines skipped, cells trimmed, rows of any length (checked here). */
const baseCsvOptions = { bom: true, skip_empty_lines: true, trim: true, relax_column_count: true } as const;

/** How messages name each delimiter the reader accepts. */
const delimiterNames: Readonly<Record<string, string>> = { ',': 'comma', ';': 'semicolon', '\t': 'tab' };

/** The delimiters read besides the comma: Excel writes `;` where the decimal mark is a comma, and tab for "Text". */
const otherDelimiters = [';', '\t'] as const;

/**
 * The delimiter of a ratings file: the comma, unless the header line has no comma and splits on
 * `;` or a tab into all the required columns (as Excel writes CSV in locales whose decimal mark is
 * a comma, or "Text (Tab delimited)").
 *
 * @param text - the file's text
 * @returns the delimiter
 */
export function ratingsCsvDelimiter(text: string): string {
  const firstLine = (text.replace(/^\uFEFF/, '').split(/\r?\n/).find((line) => line.trim() !== '') ?? '');
  if (firstLine.includes(',')) return ',';
  for (const delimiter of otherDelimiters) {
    const keys = new Set(firstLine.split(delimiter).map((name) => matchKey(name.trim().replace(/^"|"$/g, ''))));
    if (ratingsCsvColumns.every((column) => keys.has(matchKey(column)))) return delimiter;
  }
  return ',';
}

/** One record as csv-parse hands it over (the fields, by column position). */
type RawRecord = readonly string[];

/** A ratings file as read: the rows, the file line of each row, and the header name of each column. */
export interface RatingsCsv {
  /** One row per rating, in file order. */
  readonly rows: CohortRating360[];
  /** The file line (from 1) a row was read from (worked out on first use: only messages need it). */
  readonly lineOf: (row: number) => number;
  /** The header of each required column, as the file spells it. */
  readonly columns: Readonly<Record<RatingsCsvColumn, string>>;
}

/**
 * Reads a ratings CSV. Header names match case-insensitively with spaces, hyphens and
 * underscores equivalent; columns besides the five required ones are ignored. Rater groups match
 * the same way, singular or plural (`Direct reports` reads `direct-report`); a blank score is
 * `null` ("not observed").
 * Scores must be whole points on the instrument's scale and item ids must be the instrument's.
 *
 * @param text - the file's text (a UTF-8 byte order mark is skipped)
 * @param fileName - the name to use in messages (as the user gave it)
 * @param instrument - the instrument the ratings are on
 * @returns the rows, a way to find each row's file line, and the header names
 * @throws InputFileError naming the file, line and column of up to ten problems
 */
export function readRatingsCsv(text: string, fileName: string, instrument: Instrument360): RatingsCsv {
  const { min, max } = instrument.scale;
  const itemIds = new Set(instrument.items.map((item) => item.id));
  const itemList = instrument.items.map((item) => item.id);
  const itemHint = itemList.length <= 8 ? itemList.join(', ') : `${itemList.slice(0, 6).join(', ')}, … (${itemList.length} in all)`;
  const scoreHint = `a whole number from ${min} to ${max} or a blank`;
  if (text.includes('\u0000')) {
    throw new InputFileError(
      `${fileName}: not a text file (it holds NUL bytes: a binary file, or text saved as UTF-16 "Unicode Text"); expected a CSV file saved as UTF-8`,
    );
  }
  const delimiter = ratingsCsvDelimiter(text);
  const csvOptions = { ...baseCsvOptions, delimiter };
  const separator = delimiterNames[delimiter] ?? 'comma';

  let header: readonly string[] | null = null;
  const positions = new Map<RatingsCsvColumn, number>();
  // Each distinct problem once (column, expectation and value), with how many rows share it.
  const errors: RowProblem[] = [];
  const problems = new Map<string, RowProblem>();
  let moreErrors = 0;
  const rows: CohortRating360[] = [];

  // csv-parse reports each record's line only through a callback that costs as much as the parse
  // itself, so lines are found by a second pass, and only when a message needs one.
  let recordLines: Int32Array | null = null;
  const lineOfRecord = (record: number): number => {
    if (recordLines === null) {
      const found: number[] = [];
      parse(text, { ...csvOptions, on_record: (_: RawRecord, context: { lines: number }) => (found.push(context.lines), null) });
      recordLines = Int32Array.from(found);
    }
    return recordLines[record] ?? 0;
  };

  const fail = (record: number, column: RatingsCsvColumn, expected: string, received: string): void => {
    const key = JSON.stringify([column, expected, received]);
    const known = problems.get(key);
    if (known !== undefined) {
      known.count += 1;
      if (known.lines.length < FIRST_LINES_SHOWN) known.lines.push(lineOfRecord(record));
      return;
    }
    if (errors.length >= MAX_REPORTED_ERRORS) {
      moreErrors += 1;
      return;
    }
    const name = header?.[positions.get(column) as number] ?? column;
    const problem: RowProblem = { text: `column "${name}": expected ${expected} (received ${JSON.stringify(received)})`, fileName, lines: [lineOfRecord(record)], count: 1 };
    problems.set(key, problem);
    errors.push(problem);
  };

  const readHeader = (names: readonly string[]): void => {
    header = names;
    names.forEach((name, index) => {
      const column = columnByKey.get(matchKey(name));
      if (column === undefined) return;
      if (positions.has(column)) {
        throw new InputFileError(
          `${fileName} line ${lineOfRecord(0)}: the columns "${names[positions.get(column) as number]}" and "${name}" both read as "${column}"; keep one of them`,
        );
      }
      positions.set(column, index);
    });
    const missing = ratingsCsvColumns.filter((column) => !positions.has(column));
    if (missing.length > 0) {
      const found = names.slice(0, 12).map((name) => JSON.stringify(name.length > 60 ? `${name.slice(0, 60)}…` : name));
      if (names.length > 12) found.push(`… (${names.length} in all)`);
      throw new InputFileError(
        `${fileName} line ${lineOfRecord(0)}: missing column${missing.length > 1 ? 's' : ''} ${missing.map((column) => `"${column}"`).join(', ')} ` +
          `(the header must name ${ratingsCsvColumns.join(', ')}, separated by commas; found ${found.join(', ')})`,
      );
    }
  };

  const at = (record: RawRecord, column: RatingsCsvColumn): string => record[positions.get(column) as number] ?? '';

  const readRecord = (record: RawRecord, index: number): void => {
    const rateeId = at(record, 'ratee_id');
    const raterId = at(record, 'rater_id');
    const groupText = at(record, 'rater_group');
    const itemId = at(record, 'item_id');
    const scoreText = at(record, 'score');
    let ok = true;
    // A ratee id names report files and Markdown headings: one line of text, not blank.
    if (rateeId === '' || /[\r\n]/.test(rateeId)) {
      fail(index, 'ratee_id', 'a ratee id on one line', rateeId);
      ok = false;
    }
    if (raterId === '') {
      fail(index, 'rater_id', 'a rater id', raterId);
      ok = false;
    }
    const group = groupByKey.get(matchKey(groupText));
    if (group === undefined) {
      fail(index, 'rater_group', `one of ${raterGroups.join(', ')}`, groupText);
      ok = false;
    }
    if (!itemIds.has(itemId)) {
      fail(index, 'item_id', `one of the instrument's item ids (${itemHint})`, itemId);
      ok = false;
    }
    let score: number | null = null;
    if (scoreText !== '') {
      // `4.0` is a whole point too: tools that export a column with blanks as numbers write it so.
      score = /^[+-]?\d+(?:\.0+)?$/.test(scoreText) ? Number(scoreText) : Number.NaN;
      if (!(score >= min && score <= max)) {
        fail(index, 'score', scoreHint, scoreText);
        ok = false;
      }
    }
    if (ok) rows.push({ rateeId, raterId, group: group as RaterGroup, itemId, score });
  };

  let records: RawRecord[];
  try {
    // Records stay arrays and the header is read here: header names are matched forgivingly.
    records = parse(text, csvOptions) as RawRecord[];
  } catch (error) {
    if (error instanceof CsvError) throw new InputFileError(describeCsvError(error, fileName, separator));
    throw error;
  }
  const names = records[0];
  if (names === undefined) throw new InputFileError(`${fileName}: the file is empty (expected a header line naming ${ratingsCsvColumns.join(', ')})`);
  readHeader(names);
  for (let index = 1; index < records.length; index += 1) {
    const record = records[index] as RawRecord;
    if (record.length !== names.length) {
      throw withErrors(
        `${fileName} line ${lineOfRecord(index)}: expected ${names.length} fields as in the header (received ${record.length}); check for a missing or extra ${separator} or an unquoted ${separator} in a value`,
        errors,
        moreErrors,
      );
    }
    readRecord(record, index);
  }
  if (errors.length > 0) throw withErrors(null, errors, moreErrors);
  if (rows.length === 0) throw new InputFileError(`${fileName}: the file has a header but no ratings`);
  const columns = Object.fromEntries(ratingsCsvColumns.map((column) => [column, names[positions.get(column) as number] ?? column])) as Record<RatingsCsvColumn, string>;
  // Without errors, row r is record r + 1 (the header is record 0).
  return { rows, lineOf: (row) => lineOfRecord(row + 1), columns };
}

/** How many lines of a repeated problem its summary names. */
const FIRST_LINES_SHOWN = 3;

/** One distinct problem in the rows: its text, the first lines it is on, and how many rows have it. */
interface RowProblem {
  readonly text: string;
  readonly fileName: string;
  readonly lines: number[];
  count: number;
}

/**
 * The collected row errors, each distinct problem once (a problem repeated on more than three
 * rows is summarised with its count and its first lines; fewer are listed line by line), then the error that stopped reading (if any),
 * as one error.
 */
function withErrors(stop: string | null, errors: readonly RowProblem[], moreErrors: number): InputFileError {
  const lines = errors.flatMap((problem) =>
    problem.count > FIRST_LINES_SHOWN
      ? [`${problem.fileName}, ${problem.count} rows: ${problem.text}; first on lines ${problem.lines.join(', ')}`]
      : problem.lines.map((line) => `${problem.fileName} line ${line}, ${problem.text}`),
  );
  if (moreErrors > 0) lines.push(`… and ${moreErrors} more problem${moreErrors === 1 ? '' : 's'}`);
  if (stop !== null) lines.push(stop);
  return new InputFileError(lines.join('\n'));
}

/** A csv-parse error in the same words as the row errors: file, line and what went wrong. */
function describeCsvError(error: CsvError, fileName: string, separator: string): string {
  const line = (error as CsvError & { lines?: number }).lines;
  const where = typeof line === 'number' ? `${fileName} line ${line}` : fileName;
  switch (error.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return `${where}: a quoted value is never closed (expected a closing double quote before the end of the file)`;
    case 'INVALID_OPENING_QUOTE':
      return `${where}: a double quote appears inside an unquoted value (expected the whole value in double quotes, with inner quotes doubled)`;
    case 'CSV_INVALID_CLOSING_QUOTE':
      return `${where}: unexpected text after a closing double quote (expected a ${separator} or the end of the line)`;
    default:
      return `${where}: the file is not valid CSV (${error.message})`;
  }
}
