import { LmdInputError, type LmdInputIssueInit } from '../core/input-error.js';
import { grownArray } from '../core/_internal/grown-array.js';
import { parseInput } from '../core/parse-input.js';
import type { Comment360 } from '../lmd/feedback360/comment-360.js';
import type { RaterGroup } from '../lmd/feedback360/rater-group.js';
import type { CohortRating360 } from '../lmd/feedback360/rating-360.js';
import { isBlankRow } from './_internal/cells.js';
import type { RatingColumns360Builder } from '../lmd/feedback360/rating-columns-360.js';
import { detectDelimiter, eachCsvRecord, type SurveyCsvDelimiter } from './parse-survey-csv.js';
import { planColumns, type SurveyColumn, type SurveyColumnPlan } from './plan-survey-columns.js';
import { readSurveyExportOptionsSchema, type ReadSurveyExportOptions, type SurveyExportFormat } from './survey-export-options.js';
import type { SurveyExportWarning } from './survey-export-warnings.js';
import type { SurveyCell } from './plan-survey-columns.js';
import { compileRecordReader, type GroupLabelMatch } from './survey-record-reader.js';

/**
 * A relationship label found in an export and the rater group it was read as.
 * @see {@link SurveyExport}
 */
export interface SurveyGroupLabel {
  /** The label as first written in the export. */
  readonly label: string;
  /** The group it was read as. */
  readonly group: RaterGroup;
  /** How: a group's own name, a common relationship label, or the caller's `groupLabels`. */
  readonly matchedBy: GroupLabelMatch;
  /** How many rows carry it. */
  readonly rows: number;
}

/**
 * What {@link readSurveyExport} returns: the ratings and comments, and how everything was read.
 * Plain JSON.
 * @see {@link readSurveyExport}
 */
export interface SurveyExport {
  /** Wide (one row per response) or long (one row per rating). */
  readonly format: SurveyExportFormat;
  /** How many header rows followed the first (2 for Qualtrics' three header rows). */
  readonly headerRowsSkipped: number;
  /** How each column was read: role, item or question, how it matched and why. */
  readonly columns: readonly SurveyColumn[];
  /** The relationship labels found and the groups they were read as, in order of first appearance. */
  readonly groupLabels: readonly SurveyGroupLabel[];
  /** The rows read as responses (wide) or ratings (long). */
  readonly responses: number;
  /** The ratings, in the rows `interpret360Cohort` takes (not-observed and blank answers as `score: null`). */
  readonly ratings: CohortRating360[];
  /** The row (position in the export, from 0, header rows included) each rating was read from, parallel to `ratings`. */
  readonly ratingRows: number[];
  /** The open-text answers, blank ones left out. */
  readonly comments: Comment360[];
  /** What was guessed or left out, each with a stable code. */
  readonly warnings: readonly SurveyExportWarning[];
}

/** At most this many problems are collected before reading stops. */
const MAX_ISSUES = 1000;

/**
 * Reads a 360 survey export — wide, as Qualtrics, SurveyMonkey, Microsoft Forms, Google Forms and
 * Culture Amp export (one row per response, a column per question), or long (one row per rating)
 * — into the ratings `interpret360Cohort` takes and the comments of the open questions.
 *
 * It plans the columns from the first rows ({@link planSurveyColumns}: long or wide, further header
 * rows recognised by their content, the ratee, rater and rater-group columns by common header
 * names, item columns by id, wording, question number or matrix prefix, open-question columns the
 * same way), then reads every row ({@link surveyRecordReader}: answers as numbers or the
 * instrument's labels, not-observed answers and blanks as `score: null`, relationship labels from
 * the rater's side), then checks across rows: one self response per ratee, one response per rater
 * and ratee. Without a rater column each response gets the rater id `row-N` (N its row number from
 * 1), with a warning. Every guess is stated in `columns` and `warnings`; nothing is guessed
 * silently.
 *
 * Rows are numbered from 0 in the export as read: for text, the CSV records (blank lines skipped,
 * a record with quoted line breaks counted once; {@link parseSurveyCsv} gives each record's line);
 * for rows, their positions. Errors are {@link LmdInputError}s whose issues carry keys
 * `['rows', row, header]` (a cell: `header` is the column's name in `columns`), `['rows', row]`
 * (a whole row, or the header row when a column is missing), `['rows']` (the whole export),
 * `['text']` (text that is not CSV) or `['options', …]`, and messages naming what was expected and
 * what was found; up to 1,000 problems are collected. Reverse-scored items are not turned round
 * here: the 360 pipeline does that once.
 *
 * @param input - the export's text (CSV: comma, semicolon or tab; a byte order mark and CRLF line
 *   ends are fine), or its rows already split into cells (`string[][]`, from a spreadsheet; numbers
 *   are read as their text, shorter rows as ending in blanks)
 * @param options - the instrument and any corrections (see {@link readSurveyExportOptionsSchema})
 * @returns the ratings, comments and how they were read
 * @throws LmdInputError when the export cannot be read
 * @example
 * const instrument = {
 *   scale: { min: 1, max: 5, labels: [{ value: 1, label: 'Never' }, { value: 5, label: 'Always' }], notObserved: ['N/A'] },
 *   competencies: [{ id: 'c', name: 'Listening' }],
 *   items: [{ id: 'L1', competencyId: 'c', text: 'Listens without interrupting' }],
 *   openQuestions: [{ id: 'keep', text: 'What should they keep doing?' }],
 * };
 * const text = [
 *   'Respondent ID,Who are you giving feedback on?,Relationship,Q1. Listens without interrupting,What should they keep doing?',
 *   'r1,M07,Line manager,Always,"Calm, and fair"',
 *   'r2,M07,I report to them,N/A,',
 * ].join('\r\n');
 * const read = readSurveyExport(text, { instrument });
 * read.ratings.map((rating) => [rating.group, rating.score]) //=> [['manager', 5], ['direct-report', null]]
 * read.comments[0]?.text //=> 'Calm, and fair'
 * read.columns[3]?.matchedBy //=> 'numbered-wording'
 * readSurveyExport(text.replace('Always', 'Sometimes'), { instrument }) //=> throws LmdInputError
 * @see {@link planSurveyColumns}
 * @see {@link surveyRecordReader}
 */
export function readSurveyExport(input: string | readonly (readonly SurveyCell[])[], options: ReadSurveyExportOptions): SurveyExport {
  const parsed = parseInput(readSurveyExportOptionsSchema, options, 'options');
  if (typeof input === 'string') return readText(input, parsed);
  if (!Array.isArray(input)) {
    throw new LmdInputError([{ keys: ['input'], message: `expected the export's text or its rows (a list of lists of cells) (received ${input === null ? 'null' : typeof input})` }]);
  }
  const rows: readonly unknown[] = input;
  const plan = planColumns(rows, parsed);
  const reader = exportReader(plan, parsed, undefined);
  for (let row = plan.firstResponseRow; row < rows.length; row += 1) if (!reader.read(rows[row], row)) break;
  return reader.finish() as SurveyExport;
}

/** How many records the text path collects before it plans the columns (header rows and more). */
const PLAN_RECORDS = 8;

/**
 * The text path: each record is read as soon as the CSV splitter hands it over (after the first
 * few, which plan the columns), so the export's cells are never all held at once.
 */
function readText(text: string, parsed: ParsedOptions): SurveyExport {
  const feeder = recordFeeder(parsed, detectDelimiter(text), null);
  feeder.feed(text, 1, true);
  return feeder.end().finish() as SurveyExport;
}

/**
 * Takes CSV text, whole or in pieces, and reads its records: the first few plan the columns, the
 * rest are read one by one as they come.
 *
 * @internal
 */
export interface RecordFeeder {
  /** Reads the records of a piece of text that starts on `line`; returns the line the next piece starts on (or -1 once reading has stopped). */
  readonly feed: (piece: string, line: number, atFileStart: boolean) => number;
  /** The reader, planned from what came (an error when nothing did). */
  readonly end: () => ExportReader;
  /** The file line each row (record) starts on, when `keepLines` was asked for. */
  readonly lines: () => Int32Array;
}

/** @internal */
export function recordFeeder(parsed: ParsedOptions, delimiter: SurveyCsvDelimiter, columns: RatingColumns360Builder | null, keepLines = false): RecordFeeder {
  const first: string[][] = [];
  let reader: ExportReader | null = null;
  let lines = new Int32Array(keepLines ? 1024 : 0);
  let row = 0;
  let stopped = false;
  const start = (): ExportReader => {
    const plan = planColumns(first, parsed);
    const started = exportReader(plan, parsed, { delimiter }, columns);
    for (let at = plan.firstResponseRow; at < first.length; at += 1) if (!started.read(first[at], at)) return started;
    return started;
  };
  const onRecord = (cells: string[], line: number): boolean => {
    const index = row;
    row += 1;
    if (keepLines) {
      if (index === lines.length) lines = grownArray(lines, lines.length * 2);
      lines[index] = line;
    }
    if (reader !== null) return reader.read(cells, index);
    first.push(cells);
    if (first.length < PLAN_RECORDS) return true;
    reader = start();
    return !reader.stopped();
  };
  return {
    feed(piece, line, atFileStart) {
      if (stopped) return -1;
      try {
        const next = eachCsvRecord(piece, delimiter, onRecord, line, atFileStart);
        if (next === -1) stopped = true;
        return next;
      } catch (error) {
        // Text that is not CSV further down: the problems found in the rows before it come first.
        const found = (reader as ExportReader | null)?.issues() ?? [];
        if (error instanceof LmdInputError && found.length > 0) throw new LmdInputError([...found, ...error.issues]);
        throw error;
      }
    },
    end() {
      reader ??= start();
      return reader;
    },
    lines: () => lines.slice(0, row),
  };
}

/** Reads rows one by one into ratings and comments, with the checks across rows, then the result. */
/** @internal */
export interface ExportReader {
  /** Reads one row (after the header rows); returns whether to go on. */
  readonly read: (record: unknown, row: number) => boolean;
  /** Whether reading has stopped (a broken CSV row, or too many problems). */
  readonly stopped: () => boolean;
  /** The problems found so far. */
  readonly issues: () => readonly LmdInputIssueInit[];
  /** The result, or the error listing every problem found (with the ratings in columns when the reader was given a builder). */
  readonly finish: () => SurveyExport | SurveyExportParts;
}

/** What {@link readSurveyExport} returns but the ratings and their rows. @internal */
export type SurveyExportParts = Omit<SurveyExport, 'ratings' | 'ratingRows'> & { readonly rowOfRating: (rating: number) => number };

/** The parsed options, as the schema gives them. */
type ParsedOptions = ReturnType<typeof readSurveyExportOptionsSchema.parse>;

function exportReader(plan: SurveyColumnPlan, parsed: ParsedOptions, exactWidth: { delimiter: string } | undefined, columns: RatingColumns360Builder | null = null): ExportReader {
  const reader = compileRecordReader(plan, parsed, { exactWidth });
  const groupHeader = plan.columns.find((column) => column.role === 'group')?.header as string;
  const raterHeader = plan.columns.find((column) => column.role === 'rater')?.header ?? groupHeader;
  const rateeIndex = plan.columns.find((column) => column.role === 'ratee')?.index ?? 0;

  const ratings: CohortRating360[] = [];
  const ratingRows: number[] = [];
  let rowStarts = new Int32Array(columns === null ? 0 : 1024);
  let rowNumbers = new Int32Array(rowStarts.length);
  let rowCount = 0;
  const comments: Comment360[] = [];
  const issues: LmdInputIssueInit[] = [];
  const labels = new Map<string, { label: string; group: RaterGroup; matchedBy: GroupLabelMatch; rows: number }>();
  const responseRow = new Map<string, number>();
  const selfRow = new Map<string, { row: number; raterId: string }>();
  let responses = 0;
  let stopped = false;
  const wide = plan.format === 'wide';

  const tooMany = (): boolean => {
    if (issues.length < MAX_ISSUES) return false;
    issues.push({ keys: ['rows'], message: `stopped reading after ${MAX_ISSUES} problems` });
    stopped = true;
    return true;
  };

  const read = (record: unknown, row: number): boolean => {
    if (stopped) return false;
    // A row with a ratee is not blank: only the others are scanned cell by cell.
    const ratee = Array.isArray(record) ? (record[rateeIndex] as unknown) : undefined;
    if (!(typeof ratee === 'string' && ratee !== '') && isBlankRow(record)) return true;
    const before = ratings.length;
    let found;
    try {
      found = reader.read(record, row, ratings, comments);
    } catch (error) {
      if (!(error instanceof LmdInputError)) throw error;
      if (columns !== null) ratings.length = 0;
      for (const issue of error.issues) issues.push({ keys: issue.keys, message: issue.message });
      // A row with another number of fields than the header stops reading, as the CSV is broken there.
      if (exactWidth !== undefined && Array.isArray(record) && record.length !== plan.width) {
        stopped = true;
        return false;
      }
      return !tooMany();
    }
    responses += 1;
    if (columns === null) for (let at = before; at < ratings.length; at += 1) ratingRows.push(row);
    else {
      // Columns: the row's ratings move into them at once, so that no rating object outlives its
      // row; the row is noted once, with its first rating.
      if (rowCount === rowStarts.length) {
        const size = Math.ceil(rowStarts.length * 1.5);
        rowStarts = grownArray(rowStarts, size);
        rowNumbers = grownArray(rowNumbers, size);
      }
      rowStarts[rowCount] = columns.length();
      rowNumbers[rowCount] = row;
      rowCount += 1;
      for (let at = before; at < ratings.length; at += 1) columns.add(ratings[at]);
      ratings.length = 0;
    }
    if (wide) {
      const key = `${found.rateeId}\u0000${found.raterId}`;
      const earlier = responseRow.get(key);
      if (earlier !== undefined) {
        issues.push({
          keys: ['rows', row, raterHeader],
          message: `the rater ${JSON.stringify(found.raterId)} already answered about ${JSON.stringify(found.rateeId)} in rows[${earlier}]; keep one response (received a second one)`,
          seeAlso: ['rows', earlier],
        });
      } else responseRow.set(key, row);
    }
    if (found.group === 'self') {
      const self = selfRow.get(found.rateeId);
      if (self === undefined) selfRow.set(found.rateeId, { row, raterId: found.raterId });
      else if (wide || self.raterId !== found.raterId) {
        issues.push({
          keys: ['rows', row, groupHeader],
          message: `a second self response about ${JSON.stringify(found.rateeId)} (the first is in rows[${self.row}]${wide ? '' : `, by the rater ${JSON.stringify(self.raterId)}`}); a ratee answers about themselves once (received ${JSON.stringify(found.groupLabel)})`,
          seeAlso: ['rows', self.row],
        });
      }
    }
    const label = labels.get(found.groupLabel);
    if (label === undefined) labels.set(found.groupLabel, { label: found.groupLabel, group: found.group, matchedBy: found.groupMatch, rows: 1 });
    else label.rows += 1;
    return !tooMany();
  };

  const finish = (): SurveyExport | SurveyExportParts => {
    if (issues.length > 0) throw new LmdInputError(issues);
    if (responses === 0) {
      throw new LmdInputError([{ keys: ['rows'], message: wide ? 'the export has header rows but no responses' : 'the export has a header but no ratings' }]);
    }
    const groupLabels = [...labels.values()].map((entry) => ({ ...entry }));
    const warnings: SurveyExportWarning[] = [...plan.warnings];
    const byCommonLabel = groupLabels.filter((entry) => entry.matchedBy === 'common-label');
    if (byCommonLabel.length > 0) {
      warnings.push({
        code: 'GROUP_LABELS_READ',
        message: `Relationship labels read as rater groups (from the rater's side): ${byCommonLabel.map((entry) => `${JSON.stringify(entry.label)} as ${entry.group}`).join(', ')}. Map a label to another group with groupLabels if a reading is wrong.`,
      });
    }
    const common = { format: plan.format, headerRowsSkipped: plan.headerRowsSkipped, columns: plan.columns, groupLabels, responses };
    if (columns !== null) {
      const starts = rowStarts.subarray(0, rowCount);
      const numbers = rowNumbers.subarray(0, rowCount);
      const rowOfRating = (rating: number): number => {
        // The last row whose first rating is at or before this one.
        let low = 0;
        let high = rowCount;
        while (low < high) {
          const middle = (low + high) >>> 1;
          if ((starts[middle] as number) <= rating) low = middle + 1;
          else high = middle;
        }
        return numbers[low - 1] ?? 0;
      };
      return { ...common, rowOfRating, comments, warnings };
    }
    return { ...common, ratings, ratingRows, comments, warnings };
  };

  return { read, stopped: () => stopped, issues: () => issues, finish };
}
