/**
 * Reads a 360 survey export — wide or long, `.csv` or `.xlsx` — with `lmdkit/import`, and turns
 * the reader's errors into messages naming the file, the line (CSV) or row (Excel) and the column.
 * Pure apart from the spreadsheet library: it takes the file's text or bytes; reading the file is
 * the caller's job.
 *
 * @module
 */
import * as XLSX from '@e965/xlsx';
import { formatPath, LmdInputError, type LmdInputPathKey } from '../index.js';
import { parseSurveyCsv, planSurveyColumns, readSurveyExport, surveyExportStream, type ReadSurveyExportOptions, type SurveyCell, type SurveyColumnPlan, type SurveyExport } from '../import/index.js';
import { ratingColumns360, type CohortRating360, type Comment360, type Instrument360, type RaterGroup, type RatingColumns360 } from '../lmd/index.js';
import { InputFileError, MAX_REPORTED_ERRORS } from './cli-errors.js';

/** The columns of a long ratings file, as written in the documentation. */
export const ratingsCsvColumns = ['ratee_id', 'rater_id', 'rater_group', 'item_id', 'score'] as const;

/** One of {@link ratingsCsvColumns}. */
export type RatingsCsvColumn = (typeof ratingsCsvColumns)[number];

/** The corrections a user can give on the command line. */
export interface ExportChoices {
  /** `--column ratee=…` (also `rater=`, `group=`). */
  readonly columns?: { readonly ratee?: string; readonly rater?: string; readonly group?: string };
  /** `--group-label "label=group"`, repeatable. */
  readonly groupLabels?: Readonly<Record<string, RaterGroup>>;
  /** `--sheet NAME` (Excel files). */
  readonly sheet?: string | null;
}

/** An export as read: the ratings and comments, how it was read, and how to name each rating's place. */
export interface SurveyFile {
  /** The ratings, in the rows `interpret360Cohort` takes. */
  readonly rows: CohortRating360[];
  /** The open-text answers. */
  readonly comments: Comment360[];
  /** Everything the reader said: columns, header rows, group labels, warnings. */
  readonly survey: SurveyExport;
  /** The file line (CSV, from 1) or sheet row (Excel) a rating was read from. */
  readonly lineOf: (rating: number) => number;
  /** `line 7` (CSV) or `row 7` (Excel): where a rating was read from. */
  readonly placeOf: (rating: number) => string;
  /** The header of the column a rating's field (`rateeId`, `raterId`, `group`, `itemId`, `score`) was read from, when there is one. */
  readonly columnOf: (rating: number, key: string) => string | null;
  /** For a long file, the header of each of its columns (`null` for a wide file's item and score). */
  readonly columns: Readonly<Record<RatingsCsvColumn, string | null>>;
}

/** Where the reader's rows are in the file: lines of a CSV text, or rows of a sheet. */
interface Places {
  readonly word: 'line' | 'row';
  readonly of: (row: number) => number;
}

/** The reader's options from the instrument and the user's choices. */
function readerOptions(instrument: Instrument360, choices: ExportChoices): ReadSurveyExportOptions {
  return {
    instrument,
    ...(choices.columns === undefined ? {} : { columns: choices.columns }),
    ...(choices.groupLabels === undefined ? {} : { groupLabels: choices.groupLabels }),
  };
}

/**
 * A reader error as a message naming the file and, for each problem, the line or row and the
 * column; a problem repeated on many rows is said once with its count and its first three places;
 * up to ten problems, the rest counted.
 */
function fileError(error: LmdInputError, fileName: string, places: Places): InputFileError {
  const rowOf = (keys: readonly LmdInputPathKey[] | undefined): number | null =>
    keys !== undefined && keys[0] === 'rows' && typeof keys[1] === 'number' ? keys[1] : null;
  const describe = (keys: readonly LmdInputPathKey[], message: string, seeAlso: readonly LmdInputPathKey[] | undefined): string => {
    const other = rowOf(seeAlso);
    const text = seeAlso === undefined || other === null ? message : message.replace(formatPath('', seeAlso), `${places.word} ${places.of(other)}`);
    const row = rowOf(keys);
    if (keys[0] === 'text') return `${fileName} ${text}`;
    if (row !== null) {
      const column = keys[2];
      const where = typeof column === 'string' ? `, column ${JSON.stringify(column)}` : typeof column === 'number' ? `, column ${column + 1}` : '';
      return `${fileName} ${places.word} ${places.of(row)}${where}: ${text}`;
    }
    if (keys[0] === 'options' && keys[1] === 'columns' && typeof keys[2] === 'string') return `${fileName}: --column ${keys[2]}: ${text}`;
    if (keys[0] === 'options' && keys[1] === 'groupLabels') return `--group-label ${JSON.stringify(String(keys[2] ?? ''))}: ${text}`;
    if (keys[0] === 'options') return `${formatPath('', keys)}: ${text}`;
    return `${fileName}: ${text}`;
  };
  // The same problem (column and message) on many rows is said once, with its count and first rows.
  const groups = new Map<string, { keys: readonly LmdInputPathKey[]; message: string; seeAlso: readonly LmdInputPathKey[] | undefined; rows: number[] }>();
  for (const issue of error.issues) {
    const row = rowOf(issue.keys);
    const key = row === null || issue.seeAlso !== undefined ? `issue ${groups.size}` : JSON.stringify([issue.keys[2] ?? null, issue.message]);
    const known = groups.get(key);
    if (known === undefined) groups.set(key, { keys: issue.keys, message: issue.message, seeAlso: issue.seeAlso, rows: row === null ? [] : [row] });
    else if (row !== null) known.rows.push(row);
  }
  const problems = [...groups.values()];
  const lines = problems.slice(0, MAX_REPORTED_ERRORS).map((problem) => {
    if (problem.rows.length <= 1) return describe(problem.keys, problem.message, problem.seeAlso);
    const column = problem.keys[2];
    const where = typeof column === 'string' ? `column ${JSON.stringify(column)}: ` : typeof column === 'number' ? `column ${column + 1}: ` : '';
    const first = problem.rows.slice(0, 3).map((row) => places.of(row));
    return `${fileName}, ${problem.rows.length} rows: ${where}${problem.message}; first on ${places.word}s ${first.join(', ')}`;
  });
  const more = problems.length - MAX_REPORTED_ERRORS;
  if (more > 0) lines.push(`… and ${more} more problem${more === 1 ? '' : 's'}`);
  return new InputFileError(lines.join('\n'));
}

/** The file as read, with its places. */
function surveyFile(survey: SurveyExport, places: Places): SurveyFile {
  const byRole = (role: string): string | null => survey.columns.find((column) => column.role === role)?.header ?? null;
  const long = survey.format === 'long';
  const itemColumn = new Map(survey.columns.filter((column) => column.role === 'item').map((column) => [column.itemId as string, column.header]));
  const columns: Record<RatingsCsvColumn, string | null> = {
    ratee_id: byRole('ratee'),
    rater_id: byRole('rater'),
    rater_group: byRole('group'),
    item_id: long ? byRole('item-id') : null,
    score: long ? byRole('score') : null,
  };
  const lineOf = (rating: number): number => places.of(survey.ratingRows[rating] ?? 0);
  return {
    rows: survey.ratings,
    comments: survey.comments,
    survey,
    lineOf,
    placeOf: (rating) => `${places.word} ${lineOf(rating)}`,
    columnOf(rating, key) {
      switch (key) {
        case 'rateeId':
          return columns.ratee_id;
        case 'raterId':
          return columns.rater_id;
        case 'group':
          return columns.rater_group;
        default:
          return long ? (key === 'itemId' ? columns.item_id : columns.score) : (itemColumn.get(survey.ratings[rating]?.itemId ?? '') ?? null);
      }
    },
    columns,
  };
}

/**
 * Reads a CSV export (wide or long). Header names, relationship labels and answers are matched
 * as `lmdkit/import` matches them; a blank or not-observed answer is `null`.
 *
 * @param text - the file's text (a UTF-8 byte order mark is skipped)
 * @param fileName - the name to use in messages (as the user gave it)
 * @param instrument - the instrument the ratings are on
 * @param choices - the user's corrections (`--column`, `--group-label`)
 * @returns the ratings and comments, how they were read, and their places in the file
 * @throws InputFileError naming the file, line and column of up to ten problems
 */
export function readRatingsCsv(text: string, fileName: string, instrument: Instrument360, choices: ExportChoices = {}): SurveyFile {
  if (text.includes('\u0000')) {
    throw new InputFileError(
      `${fileName}: not a text file (it holds NUL bytes: a binary file, or text saved as UTF-16 "Unicode Text"); expected a CSV file saved as UTF-8`,
    );
  }
  // Lines are found by a second pass, and only when a message or a later error needs one.
  let lines: number[] | null = null;
  const places: Places = {
    word: 'line',
    of: (row) => {
      lines ??= parseSurveyCsv(text).lines;
      return lines[row] ?? 0;
    },
  };
  let survey: SurveyExport;
  try {
    survey = readSurveyExport(text, readerOptions(instrument, choices));
  } catch (error) {
    if (error instanceof LmdInputError) throw fileError(error, fileName, places);
    throw error;
  }
  return surveyFile(survey, places);
}

/**
 * Reads an Excel workbook's sheet (the first, or the one named) as rows of cells: numbers as
 * numbers, text as text, the sheet's row number of each row kept.
 */
function sheetRows(bytes: Uint8Array, fileName: string, sheet: string | null): { rows: unknown[][]; rowNumbers: number[] } {
  let workbook: XLSX.WorkBook;
  try {
    workbook = XLSX.read(bytes, { type: 'array', dense: true, cellDates: false, cellFormula: false, cellHTML: false, cellStyles: false });
  } catch (error) {
    throw new InputFileError(`${fileName}: not an Excel workbook that can be read (${error instanceof Error ? error.message : String(error)}); expected an .xlsx file, or a CSV file saved as UTF-8`);
  }
  const names = workbook.SheetNames;
  const name = sheet ?? names[0];
  if (name === undefined || !Object.hasOwn(workbook.Sheets, name)) {
    throw new InputFileError(
      sheet === null
        ? `${fileName}: the workbook has no sheet`
        : `${fileName}: no sheet is named ${JSON.stringify(sheet)} (the workbook has ${names.map((entry) => JSON.stringify(entry)).join(', ')}); check --sheet`,
    );
  }
  const worksheet = workbook.Sheets[name] as XLSX.WorkSheet;
  const rows = XLSX.utils.sheet_to_json<unknown[]>(worksheet, { header: 1, raw: true, defval: '', blankrows: true });
  const first = worksheet['!ref'] === undefined ? 0 : XLSX.utils.decode_range(worksheet['!ref']).s.r;
  return { rows, rowNumbers: rows.map((_, index) => first + index + 1) };
}

/**
 * Reads an Excel export (`.xlsx`; the first sheet, or the one named) as {@link readRatingsCsv}
 * reads a CSV file: the same ratings and comments from the same table, with messages that name
 * the sheet's row numbers.
 *
 * @param bytes - the file's bytes
 * @param fileName - the name to use in messages
 * @param instrument - the instrument the ratings are on
 * @param choices - the user's corrections (`--column`, `--group-label`, `--sheet`)
 * @returns the ratings and comments, how they were read, and their places in the sheet
 * @throws InputFileError naming the file, row and column of up to ten problems
 */
export function readRatingsXlsx(bytes: Uint8Array, fileName: string, instrument: Instrument360, choices: ExportChoices = {}): SurveyFile {
  const { rows, rowNumbers } = sheetRows(bytes, fileName, choices.sheet ?? null);
  const places: Places = { word: 'row', of: (row) => rowNumbers[row] ?? row + 1 };
  let survey: SurveyExport;
  try {
    survey = readSurveyExport(rows as SurveyCell[][], readerOptions(instrument, choices));
  } catch (error) {
    if (error instanceof LmdInputError) throw fileError(error, fileName, places);
    throw error;
  }
  return surveyFile(survey, places);
}

/**
 * Whether a file is read as a workbook: its name ends in `.xlsx` or `.xlsm`, or its bytes start
 * as a zip archive does (an Excel file saved with another name).
 *
 * @param fileName - the file's name
 * @param bytes - its bytes
 * @returns whether to read it with {@link readRatingsXlsx}
 */
export function isWorkbook(fileName: string, bytes: Uint8Array): boolean {
  return /\.xls[xm]$/i.test(fileName) || (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04);
}

/**
 * The column plan of an export alone (for `--explain` when reading every row fails): how each
 * column is read, from the header rows.
 *
 * @param bytes - the file's bytes
 * @param fileName - the name to use in messages
 * @param instrument - the instrument
 * @param choices - the user's corrections
 * @param decode - turns the bytes of a CSV file into text (strict UTF-8)
 * @returns the plan
 * @throws InputFileError when not even the columns can be placed
 */
export function planOfFile(bytes: Uint8Array, fileName: string, instrument: Instrument360, choices: ExportChoices, decode: (bytes: Uint8Array) => string): SurveyColumnPlan {
  let rows: unknown[][];
  let places: Places;
  if (isWorkbook(fileName, bytes)) {
    const sheet = sheetRows(bytes, fileName, choices.sheet ?? null);
    rows = sheet.rows;
    places = { word: 'row', of: (row) => sheet.rowNumbers[row] ?? row + 1 };
  } else {
    let csv: ReturnType<typeof parseSurveyCsv>;
    try {
      csv = parseSurveyCsv(decode(bytes));
    } catch (error) {
      if (error instanceof LmdInputError) throw fileError(error, fileName, { word: 'line', of: (row) => row + 1 });
      throw error;
    }
    rows = csv.rows;
    places = { word: 'line', of: (row) => csv.lines[row] ?? 0 };
  }
  try {
    return planSurveyColumns(rows.slice(0, 12) as SurveyCell[][], readerOptions(instrument, choices));
  } catch (error) {
    if (error instanceof LmdInputError) throw fileError(error, fileName, places);
    throw error;
  }
}

/** An export as read for the streaming command: the ratings in columns, and how to name each rating's place. */
export interface SurveyColumnsFile {
  /** The ratings, in the columns `interpret360Stream` takes. */
  readonly ratings: RatingColumns360;
  /** The open-text answers. */
  readonly comments: Comment360[];
  /** Everything the reader said but the ratings: columns, header rows, group labels, warnings. */
  readonly survey: Omit<SurveyExport, 'ratings' | 'ratingRows'>;
  /** `line 7` (CSV) or `row 7` (Excel): where a rating was read from. */
  readonly placeOf: (rating: number) => string;
  /** The header of the column a rating's field was read from, when there is one. */
  readonly columnOf: (rating: number, key: string) => string | null;
}

/**
 * Reads a CSV export (wide or long) piece by piece into columns, as {@link readRatingsCsv} reads
 * the whole text: the same ratings, comments and warnings, without holding the text or an object
 * per rating. When the export has problems, the whole text is read again by
 * {@link readRatingsCsv}, whose messages name each line and column.
 *
 * @param eachPiece - hands the file's text, piece by piece, to its callback
 * @param fileName - the name to use in messages
 * @param instrument - the instrument the ratings are on
 * @param choices - the user's corrections (`--column`, `--group-label`)
 * @param wholeText - the file's whole text, read only when there are problems to report
 * @returns the ratings in columns, the comments, how they were read and their places
 * @throws InputFileError naming the file, line and column of up to ten problems
 */
export function readRatingsCsvColumns(
  eachPiece: (onPiece: (text: string) => void) => void,
  fileName: string,
  instrument: Instrument360,
  choices: ExportChoices,
  wholeText: () => string,
): SurveyColumnsFile {
  let read: ReturnType<ReturnType<typeof surveyExportStream>['finish']>;
  try {
    const stream = surveyExportStream(readerOptions(instrument, choices));
    eachPiece(stream.push);
    read = stream.finish();
  } catch (error) {
    if (!(error instanceof LmdInputError)) throw error;
    // The whole-text reader finds the same problems and names their lines.
    readRatingsCsv(wholeText(), fileName, instrument, choices);
    throw error;
  }
  const { ratings, rowOfRating, lines, ...survey } = read;
  const places: Places = { word: 'line', of: (row) => lines[row] ?? 0 };
  const file = surveyFile({ ...survey, ratings: [], ratingRows: [] }, places);
  const long = survey.format === 'long';
  const itemColumn = new Map(survey.columns.filter((column) => column.role === 'item').map((column) => [column.itemId as string, column.header]));
  return {
    ratings,
    comments: survey.comments,
    survey,
    placeOf: (rating) => `line ${lines[rowOfRating(rating)] ?? 0}`,
    columnOf(rating, key) {
      if (long || key === 'rateeId' || key === 'raterId' || key === 'group') return file.columnOf(rating, key);
      return itemColumn.get(instrument.items[ratings.item[rating] ?? -1]?.id ?? '') ?? null;
    },
  };
}

/**
 * An export read whole (an Excel workbook) with its ratings moved into columns, for the
 * streaming command.
 *
 * @param file - the export as read
 * @param instrument - the instrument the ratings are on
 * @returns the same export, its ratings in columns
 */
export function surveyFileColumns(file: SurveyFile, instrument: Instrument360): SurveyColumnsFile {
  const builder = ratingColumns360(instrument);
  for (const row of file.rows) builder.add(row);
  const { ratings: _ratings, ratingRows: _rows, ...survey } = file.survey;
  return { ratings: builder.finish(), comments: file.comments, survey, placeOf: file.placeOf, columnOf: file.columnOf };
}
