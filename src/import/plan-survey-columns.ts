import { normaliseLabel } from '../core/_internal/normalise-label.js';
import { parseInput } from '../core/parse-input.js';
import { answerReader } from './_internal/answer-reader.js';
import { fail, isBlankRow, listHeaders, rowCells } from './_internal/cells.js';
import { roleRank, roleWords, type NamedRole } from './_internal/header-names.js';
import { isImportIdCell, questionMatcher, type QuestionMatch } from './_internal/item-wording.js';
import { readSurveyExportOptionsSchema, type ReadSurveyExportOptions, type SurveyExportFormat } from './survey-export-options.js';
import type { SurveyExportWarning } from './survey-export-warnings.js';

/**
 * What a column of an export holds, as the reader reads it: the ratee, rater or rater group of
 * each response, an item's answers (`item`), an open question's answers (`comment`), the item id
 * or score of a long export, or nothing it reads (`ignored`).
 *
 * @example
 * surveyColumnRoles.includes('comment') //=> true
 * @see {@link SurveyColumn}
 */
export const surveyColumnRoles = /* @__PURE__ */ Object.freeze(['ratee', 'rater', 'group', 'item', 'comment', 'item-id', 'score', 'ignored'] as const);

/**
 * One of the {@link surveyColumnRoles}.
 * @see {@link surveyColumnRoles}
 */
export type SurveyColumnRole = (typeof surveyColumnRoles)[number];

/**
 * How a column's role was found: chosen by the caller (`option`); by a common header name
 * (`header-name`); as an item or open question by its id, its Qualtrics import id, its exact
 * wording, its wording after a question number (`Q3.`), or its wording after a matrix prefix
 * (`… - <wording>`, `Rate: [<wording>]`); or not at all (`none`, for ignored columns).
 *
 * @example
 * surveyColumnMatches[0] //=> 'option'
 * @see {@link SurveyColumn}
 */
export const surveyColumnMatches = /* @__PURE__ */ Object.freeze([
  'option',
  'header-name',
  'id',
  'import-id',
  'wording',
  'numbered-wording',
  'matrix-wording',
  'none',
] as const);

/**
 * One of the {@link surveyColumnMatches}.
 * @see {@link surveyColumnMatches}
 */
export type SurveyColumnMatch = (typeof surveyColumnMatches)[number];

/**
 * How one column of an export was read.
 * @see {@link planSurveyColumns}
 */
export interface SurveyColumn {
  /** The column's position, from 0. */
  readonly index: number;
  /**
   * The column's name in messages and error keys: its first non-blank header, except for an item
   * or open question whose first header is a longer text that did not match (SurveyMonkey's
   * matrix question), named by the header that matched; `column N` when every header is blank;
   * ` (column N)` is added when two columns would share a name.
   */
  readonly header: string;
  /** The column's text in each header row, in order. */
  readonly headers: readonly string[];
  /** What the column holds. */
  readonly role: SurveyColumnRole;
  /** The item whose answers it holds (role `item`), or `null`. */
  readonly itemId: string | null;
  /** The open question whose answers it holds (role `comment`), or `null`. */
  readonly questionId: string | null;
  /** How the role was found. */
  readonly matchedBy: SurveyColumnMatch;
  /** Why, in one sentence. */
  readonly reason: string;
}

/**
 * How an export's columns are read, worked out from its first rows by {@link planSurveyColumns}:
 * plain JSON, so it can be shown (`--explain`), stored, or handed to {@link surveyRecordReader}.
 * @see {@link planSurveyColumns}
 */
export interface SurveyColumnPlan {
  /** Wide (one row per response) or long (one row per rating). */
  readonly format: SurveyExportFormat;
  /** The positions (in the rows given) of the header rows: the first, then any further ones. */
  readonly headerRows: readonly number[];
  /** How many header rows follow the first (2 for Qualtrics' three, 1 for SurveyMonkey's two). */
  readonly headerRowsSkipped: number;
  /** The position of the first row after the header rows. */
  readonly firstResponseRow: number;
  /** The number of columns (the widest header row). */
  readonly width: number;
  /** Every column, in order. */
  readonly columns: readonly SurveyColumn[];
  /** Whether the export has no rater column, so that each response's rater id is `row-N` (N its row number from 1). */
  readonly raterIdsInvented: boolean;
  /** What was guessed or left out. */
  readonly warnings: readonly SurveyExportWarning[];
}

/**
 * One cell of an export given as rows: text, or a number or boolean as a spreadsheet library hands
 * it over (read as its text: `4` is `'4'`), or `null`/`undefined` for an empty cell.
 * @see {@link readSurveyExport}
 */
export type SurveyCell = string | number | boolean | null | undefined;

/** The parsed options, as the schema gives them. */
type ParsedOptions = ReturnType<typeof readSurveyExportOptionsSchema.parse>;

/** Tool placeholders in SurveyMonkey's second header row. */
const placeholders: readonly string[] = ['response', 'open-ended response', 'open ended response', 'other (please specify)'];

const MAX_EXTRA_HEADER_ROWS = 3;

/** `rows 2 and 3` from positions. */
function rowList(indexes: readonly number[]): string {
  const numbers = indexes.map((index) => index + 1);
  if (numbers.length === 1) return `row ${numbers[0]}`;
  return `rows ${numbers.slice(0, -1).join(', ')} and ${numbers[numbers.length - 1]}`;
}

/** A column's matches in the header rows, one per row (or null). */
type ColumnMatches = readonly (QuestionMatch | null)[];

/**
 * Works out how an export's columns are read, from its first rows: whether it is wide or long,
 * which rows are headers (Qualtrics writes three, SurveyMonkey two: recognised by their content —
 * question wording, import ids, "Response" placeholders — not by the tool's name), and the role of
 * each column. This is the first step of {@link readSurveyExport}; a streaming reader calls it on
 * the first rows and then reads each further row with {@link surveyRecordReader}.
 *
 * Roles are found in this order: the caller's `columns`; items and open questions by id, import
 * id, wording, wording after a question number or after a matrix prefix; then the ratee, rater and
 * rater-group columns by common header names (case, spacing and punctuation aside). Every guess
 * is stated in the plan's `columns[].reason` and `warnings`.
 *
 * @param rows - the export's first rows (the header rows and at least one more; more are ignored)
 * @param options - the options of {@link readSurveyExport} (see {@link readSurveyExportOptionsSchema})
 * @returns the plan
 * @throws LmdInputError when the export is empty, a column cannot be placed, two columns claim one
 *   role or item, or a long export misses a column; keys name the place (`['rows', 0, 'Q1_3']`:
 *   the header row and the column) and the message the headers the reader saw
 * @example
 * const plan = planSurveyColumns(
 *   [['Ratee', 'Relationship', 'Listens well', 'Comments'], ['M07', 'Peer', '4', 'Kind']],
 *   {
 *     instrument: {
 *       scale: { min: 1, max: 5 },
 *       competencies: [{ id: 'c', name: 'Listening' }],
 *       items: [{ id: 'L1', competencyId: 'c', text: 'Listens well' }],
 *     },
 *   },
 * );
 * plan.columns.map((column) => column.role) //=> ['ratee', 'group', 'item', 'ignored']
 * plan.raterIdsInvented //=> true
 * @see {@link readSurveyExport}
 */
export function planSurveyColumns(rows: readonly (readonly SurveyCell[])[], options: ReadSurveyExportOptions): SurveyColumnPlan {
  const parsed = parseInput(readSurveyExportOptionsSchema, options, 'options');
  if (!Array.isArray(rows)) fail({ keys: ['rows'], message: `expected the export's rows: a list of lists of cells (received ${rows === null ? 'null' : typeof rows})` });
  return planColumns(rows, parsed);
}

/**
 * {@link planSurveyColumns} with options already parsed.
 *
 * @internal
 */
export function planColumns(rows: readonly unknown[], options: ParsedOptions): SurveyColumnPlan {
  const instrument = options.instrument;
  const match = questionMatcher(instrument);
  const answers = answerReader(instrument);
  const first = rows.findIndex((row) => !isBlankRow(row));
  if (first === -1) fail({ keys: ['rows'], message: 'the export is empty (expected a header row, then one row per response or per rating)' });
  const header = rowCells(rows[first], first);

  // Long: one header row naming an item id or a score column, and no header that is an item.
  const headerMatches = header.map(match);
  const longLike = header.some((text) => roleRank('item-id', text) >= 0 || roleRank('score', text) >= 0);
  const format: SurveyExportFormat = options.format ?? (longLike && !headerMatches.some((found) => found?.kind === 'item') ? 'long' : 'wide');

  const headerRows = [first];
  let next = first + 1;
  if (format === 'wide') {
    while (headerRows.length <= MAX_EXTRA_HEADER_ROWS && next < rows.length) {
      if (isBlankRow(rows[next])) {
        next += 1;
        continue;
      }
      const candidate = rowCells(rows[next], next);
      const columns = matchColumns([...headerRows, next].map((index) => rowCells(rows[index], index)), match);
      if (!isHeaderRow(candidate, columns, match, answers.read)) break;
      headerRows.push(next);
      next += 1;
    }
  }
  const texts = headerRows.map((index) => rowCells(rows[index], index));
  const width = Math.max(...texts.map((row) => row.length));
  const headersOf = (index: number): string[] => texts.map((row) => (row[index] ?? '').trim());
  const matches = matchColumns(texts, match);

  const warnings: SurveyExportWarning[] = [];
  if (headerRows.length > 1) {
    warnings.push({
      code: 'HEADER_ROWS_SKIPPED',
      message: `${rowList(headerRows.slice(1)).replace(/^r/, 'R')} ${headerRows.length > 2 ? 'were' : 'was'} read as further header rows, not responses: they hold question wording, import ids or "Response" placeholders under the first row.`,
    });
  }

  // Names: the matched wording for questions, else the first non-blank header.
  const names: string[] = [];
  const seenNames = new Set<string>();
  for (let index = 0; index < width; index += 1) {
    const found = (matches[index] ?? []).findIndex((entry) => entry !== null);
    const headers = headersOf(index);
    const firstText = headers.find((text) => text !== '') ?? '';
    // A question column is named by its first header when that is the match or a short tag
    // (Qualtrics' `Q1_3`), otherwise by the wording that matched (SurveyMonkey's second row).
    let name = found <= 0 || (headers[0] !== '' && !/\s/.test(headers[0] as string)) ? firstText : (headers[found] as string);
    if (name === '') name = `column ${index + 1}`;
    if (seenNames.has(name)) name = `${name} (column ${index + 1})`;
    seenNames.add(name);
    names.push(name);
  }
  const headerKeyOf = (index: number): (string | number)[] => ['rows', first, names[index] as string];

  const columns: (SurveyColumn | null)[] = new Array<SurveyColumn | null>(width).fill(null);
  const claim = (index: number, column: Omit<SurveyColumn, 'index' | 'header' | 'headers'>): void => {
    columns[index] = { index, header: names[index] as string, headers: headersOf(index), ...column };
  };

  // 1. The caller's column choices.
  const chosen = new Map<NamedRole, number>();
  for (const role of ['ratee', 'rater', 'group'] as const) {
    const wanted = options.columns?.[role];
    if (wanted === undefined) continue;
    const key = normaliseLabel(wanted);
    const found: number[] = [];
    for (let index = 0; index < width; index += 1) if (headersOf(index).some((text) => normaliseLabel(text) === key)) found.push(index);
    if (found.length === 0) {
      fail({ keys: ['options', 'columns', role], message: `no column has this header (the headers are ${listHeaders(texts.flat())}) (received ${JSON.stringify(wanted)})` });
    }
    if (found.length > 1) {
      fail({
        keys: ['options', 'columns', role],
        message: `${found.length} columns have this header (${found.map((index) => `column ${index + 1}`).join(', ')}); rename one in the export (received ${JSON.stringify(wanted)})`,
      });
    }
    const index = found[0] as number;
    const earlier = [...chosen].find(([, at]) => at === index);
    if (earlier !== undefined) fail({ keys: ['options', 'columns', role], message: `this column is already chosen as the ${earlier[0]} column (received ${JSON.stringify(wanted)})` });
    chosen.set(role, index);
    claim(index, { role, itemId: null, questionId: null, matchedBy: 'option', reason: `chosen as the ${role} column by the option columns.${role}` });
  }

  // 2. Items and open questions (wide), or the item-id and score columns (long).
  const byItem = new Map<string, number>();
  if (format === 'wide') {
    for (let index = 0; index < width; index += 1) {
      if (columns[index] !== null) continue;
      const found = (matches[index] ?? []).map((entry, row) => ({ entry, row })).filter((pair): pair is { entry: QuestionMatch; row: number } => pair.entry !== null);
      if (found.length === 0) continue;
      const distinct = found.filter((pair, at) => found.findIndex((other) => other.entry.kind === pair.entry.kind && other.entry.id === pair.entry.id) === at);
      if (distinct.length > 1) {
        fail({
          keys: headerKeyOf(index),
          message: `the header rows of this column name two questions: ${distinct.map(({ entry, row }) => `${entry.kind} ${JSON.stringify(entry.id)} (row ${(headerRows[row] as number) + 1})`).join(' and ')}; expected one`,
        });
      }
      const { entry, row } = found[0] as { entry: QuestionMatch; row: number };
      const key = `${entry.kind}:${entry.id}`;
      const earlier = byItem.get(key);
      if (earlier !== undefined) {
        fail({
          keys: headerKeyOf(index),
          message: `the columns ${JSON.stringify(names[earlier])} (column ${earlier + 1}) and ${JSON.stringify(names[index])} (column ${index + 1}) both read as the ${entry.kind === 'item' ? 'item' : 'open question'} ${JSON.stringify(entry.id)}; expected one column per ${entry.kind === 'item' ? 'item' : 'question'}`,
        });
      }
      byItem.set(key, index);
      const where = `the header ${JSON.stringify(headersOf(index)[row])}${headerRows.length > 1 ? ` (row ${(headerRows[row] as number) + 1})` : ''}`;
      const what = entry.kind === 'item' ? `item ${JSON.stringify(entry.id)}` : `open question ${JSON.stringify(entry.id)}`;
      const reasons: Record<QuestionMatch['how'], string> = {
        id: `${where} is the id of ${what}`,
        'import-id': `${where} is a Qualtrics import id naming ${what}`,
        wording: `${where} is the wording of ${what}`,
        'numbered-wording': `${where} is the wording of ${what} after a question number`,
        'matrix-wording': `${where} ends with the wording of ${what} after a matrix question`,
      };
      claim(index, {
        role: entry.kind === 'item' ? 'item' : 'comment',
        itemId: entry.kind === 'item' ? entry.id : null,
        questionId: entry.kind === 'question' ? entry.id : null,
        matchedBy: entry.how,
        reason: reasons[entry.how],
      });
    }
  }

  // 3. The named roles, best name first; a tie is an error, other candidates are ignored and said so.
  const roles: readonly NamedRole[] = format === 'wide' ? ['group', 'ratee', 'rater'] : ['group', 'ratee', 'rater', 'item-id', 'score'];
  const passedOver: string[] = [];
  for (const role of roles) {
    if (chosen.has(role)) continue;
    const candidates: { index: number; rank: number }[] = [];
    for (let index = 0; index < width; index += 1) {
      if (columns[index] !== null) continue;
      // A long export names its columns in its one header row.
      const ranks = (format === 'long' ? [headersOf(index)[0] ?? ''] : headersOf(index)).map((text) => roleRank(role, text)).filter((rank) => rank >= 0);
      if (ranks.length > 0) candidates.push({ index, rank: Math.min(...ranks) });
    }
    if (candidates.length === 0) continue;
    candidates.sort((a, b) => a.rank - b.rank || a.index - b.index);
    const best = candidates[0] as { index: number; rank: number };
    const tie = candidates.find((candidate) => candidate !== best && candidate.rank === best.rank);
    const option = role === 'item-id' || role === 'score' ? null : `columns.${role}`;
    if (tie !== undefined) {
      fail({
        keys: headerKeyOf(tie.index),
        message: `the columns ${JSON.stringify(names[best.index])} and ${JSON.stringify(names[tie.index])} could both be the ${role} column; keep one${option === null ? '' : `, or choose one with the option ${option}`}`,
      });
    }
    chosen.set(role, best.index);
    claim(best.index, {
      role,
      itemId: null,
      questionId: null,
      matchedBy: 'header-name',
      reason: `the header ${JSON.stringify(names[best.index])} is a common name for the ${roleWords[role]} column`,
    });
    for (const other of candidates.slice(1)) {
      claim(other.index, {
        role: 'ignored',
        itemId: null,
        questionId: null,
        matchedBy: 'none',
        reason: `could be the ${role} column, but ${JSON.stringify(names[best.index])} is a better name for it`,
      });
      passedOver.push(`${JSON.stringify(names[other.index])} (${role}: ${JSON.stringify(names[best.index])} chosen)`);
    }
  }
  if (passedOver.length > 0) {
    warnings.push({
      code: 'ROLE_COLUMN_CHOSEN',
      message: `Columns that could also have been a role were not read: ${passedOver.join('; ')}. Choose another with the columns option if the guess is wrong.`,
    });
  }

  const seen = listHeaders(texts[0] ?? []);
  const missing = (['ratee', 'rater', 'group'] as const).filter((role) => !chosen.has(role));
  if (format === 'long') {
    const required: readonly NamedRole[] = ['ratee', 'rater', 'group', 'item-id', 'score'];
    const absent = required.filter((role) => !chosen.has(role));
    if (absent.length > 0) {
      const canonical: Record<NamedRole, string> = { ratee: 'ratee_id', rater: 'rater_id', group: 'rater_group', 'item-id': 'item_id', score: 'score' };
      fail({
        keys: ['rows', first],
        message:
          `missing column${absent.length > 1 ? 's' : ''} ${absent.map((role) => JSON.stringify(canonical[role])).join(', ')} ` +
          `(a long export names ${required.map((role) => canonical[role]).join(', ')}, or common names for them; found ${seen})`,
      });
    }
  } else {
    if (byItem.size === 0 || ![...byItem.keys()].some((key) => key.startsWith('item:'))) {
      const ids = instrument.items.map((item) => item.id);
      fail({
        keys: ['rows', first],
        message:
          `no column matches an item of the instrument (expected an item id such as ${JSON.stringify(ids[0])}, the item's wording, or the wording after a question number or a matrix question; ` +
          `a long export needs item_id and score columns; found ${seen})`,
      });
    }
    for (const role of missing.filter((role) => role !== 'rater')) {
      fail({
        keys: ['rows', first],
        message: `no column names the ${roleWords[role]} (found ${seen}); choose it with the option columns.${role}`,
      });
    }
  }
  const raterIdsInvented = format === 'wide' && !chosen.has('rater');
  if (raterIdsInvented) {
    warnings.push({
      code: 'RATER_IDS_INVENTED',
      message:
        'No column names the rater, so each response is given the rater id "row-N", N its row number (from 1, header rows included): ' +
        'stable for this file, but the same person answering twice is not recognised. Choose the rater column with the option columns.rater if there is one.',
    });
  }

  const ignored: string[] = [];
  const finished = columns.map((column, index): SurveyColumn => {
    if (column !== null) return column;
    ignored.push(names[index] as string);
    return {
      index,
      header: names[index] as string,
      headers: headersOf(index),
      role: 'ignored',
      itemId: null,
      questionId: null,
      matchedBy: 'none',
      reason: format === 'wide' ? 'matches no item, open question, ratee, rater or rater-group name' : 'not one of the columns a long export is read from',
    };
  });
  if (format === 'wide') {
    const missingItems = instrument.items.filter((item) => !byItem.has(`item:${item.id}`)).map((item) => item.id);
    if (missingItems.length > 0) {
      warnings.push({
        code: 'ITEMS_WITHOUT_COLUMN',
        message: `No column matches ${missingItems.length === 1 ? 'the item' : `${missingItems.length} items`} ${missingItems.slice(0, 10).map((id) => JSON.stringify(id)).join(', ')}${missingItems.length > 10 ? ', …' : ''}, so ${missingItems.length === 1 ? 'it has' : 'they have'} no ratings.`,
      });
    }
    const missingQuestions = (instrument.openQuestions ?? []).filter((question) => !byItem.has(`question:${question.id}`)).map((question) => question.id);
    if (missingQuestions.length > 0) {
      warnings.push({
        code: 'OPEN_QUESTIONS_WITHOUT_COLUMN',
        message: `No column matches the open question${missingQuestions.length > 1 ? 's' : ''} ${missingQuestions.map((id) => JSON.stringify(id)).join(', ')}, so there are no comments for ${missingQuestions.length > 1 ? 'them' : 'it'}.`,
      });
    }
  }
  if (ignored.length > 0) {
    warnings.push({
      code: 'COLUMNS_IGNORED',
      message: `${ignored.length} column${ignored.length > 1 ? 's were' : ' was'} not read: ${ignored.slice(0, 8).map((name) => JSON.stringify(name.length > 50 ? `${name.slice(0, 50)}…` : name)).join(', ')}${ignored.length > 8 ? ', …' : ''}.`,
    });
  }
  return {
    format,
    headerRows,
    headerRowsSkipped: headerRows.length - 1,
    firstResponseRow: (headerRows[headerRows.length - 1] as number) + 1,
    width,
    columns: finished,
    raterIdsInvented,
    warnings,
  };
}

/** Each column's match in each header row. */
function matchColumns(texts: readonly (readonly string[])[], match: (header: string) => QuestionMatch | null): ColumnMatches[] {
  const width = Math.max(...texts.map((row) => row.length));
  const result: ColumnMatches[] = [];
  for (let index = 0; index < width; index += 1) result.push(texts.map((row) => match(row[index] ?? '')));
  return result;
}

/**
 * Whether a row after the first is a further header row: no cell in an item column is an answer,
 * and it holds an import id, the wording (or id) of an item or open question, or a "Response"
 * placeholder. A row of answers that are all wrong is not taken for a header: it is an error.
 */
function isHeaderRow(row: readonly string[], columns: readonly ColumnMatches[], match: (header: string) => QuestionMatch | null, read: (cell: string) => number | null | undefined): boolean {
  let headerLike = false;
  for (let index = 0; index < Math.max(row.length, columns.length); index += 1) {
    const cell = (row[index] ?? '').trim();
    if (cell === '') continue;
    if ((columns[index] ?? []).some((entry) => entry?.kind === 'item') && read(cell) !== undefined) return false;
    if (!headerLike && (isImportIdCell(cell) || match(cell) !== null || placeholders.includes(normaliseLabel(cell)))) headerLike = true;
  }
  return headerLike;
}
