import { LmdInputError, type LmdInputIssueInit } from '../core/input-error.js';
import { parseInput } from '../core/parse-input.js';
import type { Comment360 } from '../lmd/feedback360/comment-360.js';
import type { RaterGroup } from '../lmd/feedback360/rater-group.js';
import type { CohortRating360 } from '../lmd/feedback360/rating-360.js';
import { answerReader } from './_internal/answer-reader.js';
import { cellText } from './_internal/cells.js';
import { relationshipLabels } from './_internal/relationship-labels.js';
import type { SurveyCell, SurveyColumnPlan } from './plan-survey-columns.js';
import { readSurveyExportOptionsSchema, type ReadSurveyExportOptions } from './survey-export-options.js';

/**
 * How a relationship label was read: by a group's own name (`Peers`), by a common relationship
 * label (`Line manager`), or by the caller's `groupLabels`.
 *
 * @example
 * groupLabelMatches //=> ['group-name', 'common-label', 'option']
 * @see {@link SurveyRecord}
 */
export const groupLabelMatches = /* @__PURE__ */ Object.freeze(['group-name', 'common-label', 'option'] as const);

/**
 * One of the {@link groupLabelMatches}.
 * @see {@link groupLabelMatches}
 */
export type GroupLabelMatch = (typeof groupLabelMatches)[number];

/**
 * One response (wide) or rating (long) as {@link surveyRecordReader} reads it.
 * @see {@link surveyRecordReader}
 */
export interface SurveyRecord {
  /** The ratee the row is about. */
  readonly rateeId: string;
  /** The rater (`row-N` when the export has no rater column). */
  readonly raterId: string;
  /** The rater group. */
  readonly group: RaterGroup;
  /** The relationship label as written in the export. */
  readonly groupLabel: string;
  /** How the label was read. */
  readonly groupMatch: GroupLabelMatch;
  /** The ratings the row gives (one per item column of a wide export; one for a long export). */
  readonly ratings: CohortRating360[];
  /** The open-text answers the row gives (blank ones left out). */
  readonly comments: Comment360[];
}

/**
 * The record reader's options: `fieldCount` makes a row with another number of cells than the
 * header an error (as in a CSV file, where it means a missing or extra delimiter), naming the
 * delimiter; without it a shorter row is read with blanks (spreadsheet libraries drop trailing
 * blank cells).
 *
 * @internal
 */
export interface RecordReaderSettings {
  readonly exactWidth?: { readonly delimiter: string } | undefined;
}

/** The compiled reader: it appends a row's ratings and comments to the given lists. */
export interface CompiledRecordReader {
  readonly read: (
    record: unknown,
    row: number,
    ratings: CohortRating360[],
    comments: Comment360[],
  ) => Omit<SurveyRecord, 'ratings' | 'comments'>;
}

/**
 * The reader of one row, compiled from a plan.
 *
 * @internal
 */
export function compileRecordReader(plan: SurveyColumnPlan, options: ReturnType<typeof readSurveyExportOptionsSchema.parse>, settings: RecordReaderSettings = {}): CompiledRecordReader {
  const instrument = options.instrument;
  const answers = answerReader(instrument);
  const labels = relationshipLabels(options.groupLabels);
  const { width, format } = plan;
  const at = (role: string): { index: number; header: string } | null => {
    const column = plan.columns.find((candidate) => candidate.role === role);
    return column === undefined ? null : { index: column.index, header: column.header };
  };
  const ratee = at('ratee');
  const rater = at('rater');
  const group = at('group');
  const itemIdColumn = at('item-id');
  const scoreColumn = at('score');
  if (ratee === null || group === null || (rater === null && format === 'long')) {
    throw new LmdInputError([{ keys: ['plan', 'columns'], message: 'expected a plan with ratee, rater-group (and, for a long export, rater) columns' }]);
  }
  const items = plan.columns.filter((column) => column.role === 'item').map((column) => ({ index: column.index, header: column.header, itemId: column.itemId as string }));
  const questions = plan.columns.filter((column) => column.role === 'comment').map((column) => ({ index: column.index, header: column.header, questionId: column.questionId as string }));
  const itemIds = new Set(instrument.items.map((item) => item.id));
  const itemList = instrument.items.map((item) => item.id);
  const itemHint = itemList.length <= 8 ? itemList.join(', ') : `${itemList.slice(0, 6).join(', ')}, … (${itemList.length} in all)`;
  const exactWidth = settings.exactWidth;
  const delimiterWord = exactWidth === undefined ? '' : ({ ',': 'comma', ';': 'semicolon', '\t': 'tab' } as Record<string, string>)[exactWidth.delimiter] ?? 'comma';

  return {
    read(record, row, ratings, comments) {
      if (!Array.isArray(record)) {
        throw new LmdInputError([{ keys: ['rows', row], message: `expected a row: a list of cells (received ${record === null ? 'null' : typeof record})` }]);
      }
      if (exactWidth !== undefined && record.length !== width) {
        throw new LmdInputError([
          {
            keys: ['rows', row],
            message: `expected ${width} fields as in the header (received ${record.length}); check for a missing or extra ${delimiterWord} or an unquoted ${delimiterWord} in a value`,
          },
        ]);
      }
      const issues: LmdInputIssueInit[] = [];
      const text = (index: number, header: string): string => {
        const value = cellText(record[index]);
        if (value === null) {
          issues.push({ keys: ['rows', row, header], message: `expected a cell holding text or a number (received ${typeof record[index]})` });
          return '';
        }
        return value;
      };
      if (record.length > width) {
        for (let index = width; index < record.length; index += 1) {
          const extra = cellText(record[index]);
          if (extra !== null && extra.trim() !== '') {
            issues.push({ keys: ['rows', row], message: `expected at most ${width} cells as in the header (cell ${index + 1} holds ${JSON.stringify(extra)})` });
            break;
          }
        }
      }
      const rateeId = text(ratee.index, ratee.header).trim();
      if (rateeId === '' || /[\r\n]/.test(rateeId)) issues.push({ keys: ['rows', row, ratee.header], message: `expected a ratee id on one line (received ${JSON.stringify(rateeId)})` });
      let raterId: string;
      if (rater === null) raterId = `row-${row + 1}`;
      else {
        raterId = text(rater.index, rater.header).trim();
        if (raterId === '') issues.push({ keys: ['rows', row, rater.header], message: 'expected a rater id (received "")' });
      }
      const groupLabel = text(group.index, group.header).trim();
      const readGroup = labels.read(groupLabel);
      if ('problem' in readGroup) issues.push({ keys: ['rows', row, group.header], message: readGroup.problem });
      const groupId = 'group' in readGroup ? readGroup.group : 'other';
      const score = (index: number, header: string): number | null => {
        const cell = text(index, header);
        const answer = answers.read(cell);
        if (answer === undefined) {
          issues.push({ keys: ['rows', row, header], message: `expected ${answers.expected} (received ${JSON.stringify(cell.trim())})` });
          return null;
        }
        return answer;
      };
      const start = ratings.length;
      const startComments = comments.length;
      if (format === 'wide') {
        // The hot loop: one rating per item column; text cells go straight to the answer reader.
        for (let at = 0; at < items.length; at += 1) {
          const item = items[at] as (typeof items)[number];
          const raw: unknown = record[item.index];
          const answer = typeof raw === 'string' ? answers.read(raw) : undefined;
          ratings.push({ rateeId, raterId, group: groupId, itemId: item.itemId, score: answer === undefined ? score(item.index, item.header) : answer });
        }
        for (const question of questions) {
          const answer = text(question.index, question.header).trim();
          if (answer !== '') comments.push({ rateeId, raterId, group: groupId, questionId: question.questionId, text: answer });
        }
      } else {
        const idColumn = itemIdColumn as { index: number; header: string };
        const scoreAt = scoreColumn as { index: number; header: string };
        const itemId = text(idColumn.index, idColumn.header).trim();
        if (!itemIds.has(itemId)) issues.push({ keys: ['rows', row, idColumn.header], message: `expected one of the instrument's item ids (${itemHint}) (received ${JSON.stringify(itemId)})` });
        ratings.push({ rateeId, raterId, group: groupId, itemId, score: score(scoreAt.index, scoreAt.header) });
      }
      if (issues.length > 0) {
        ratings.length = start;
        comments.length = startComments;
        throw new LmdInputError(issues);
      }
      return { rateeId, raterId, group: groupId, groupLabel, groupMatch: (readGroup as { how: GroupLabelMatch }).how };
    },
  };
}

/**
 * Makes the reader of one row of an export from its column plan: the second step of
 * {@link readSurveyExport}, for a caller that reads an export row by row (a stream). The reader
 * takes a row (a list of cells) and its position in the export, and returns the ratee, rater,
 * rater group, ratings and comments it gives, or throws.
 *
 * Answers are read as whole points of the scale (`4` or `4.0`), as the instrument's answer labels,
 * or as its not-observed answers (`score: null`, as is a blank); reverse-scored items are *not*
 * turned round here (the 360 pipeline does that once). Checks across rows (one self response per
 * ratee, one response per rater and ratee) are {@link readSurveyExport}'s.
 *
 * @param plan - the plan from {@link planSurveyColumns}
 * @param options - the options the plan was made with
 * @returns the row reader
 * @throws LmdInputError from the reader when a row cannot be read: keys `['rows', row, header]`
 *   name the row and the column (its `header` in the plan), and the message what was expected
 *   and what was found
 * @example
 * const options = {
 *   instrument: {
 *     scale: { min: 1, max: 5, labels: [{ value: 5, label: 'Strongly agree' }], notObserved: ['N/A'] },
 *     competencies: [{ id: 'c', name: 'Listening' }],
 *     items: [{ id: 'L1', competencyId: 'c', text: 'Listens well' }, { id: 'L2', competencyId: 'c', text: 'Asks questions' }],
 *   },
 * };
 * const header = ['Ratee', 'Rater', 'Relationship', 'Listens well', 'Asks questions'];
 * const read = surveyRecordReader(planSurveyColumns([header], options), options);
 * read(['M07', 'r1', 'Line manager', 'Strongly agree', 'N/A'], 1).ratings.map((rating) => rating.score) //=> [5, null]
 * read(['M07', 'r2', 'Peer', 'often', '3'], 2) //=> throws LmdInputError
 * @see {@link planSurveyColumns}
 */
export function surveyRecordReader(plan: SurveyColumnPlan, options: ReadSurveyExportOptions): (row: readonly SurveyCell[], position: number) => SurveyRecord {
  const parsed = parseInput(readSurveyExportOptionsSchema, options, 'options');
  const compiled = compileRecordReader(plan, parsed);
  return (row, position) => {
    const ratings: CohortRating360[] = [];
    const comments: Comment360[] = [];
    const record = compiled.read(row, position, ratings, comments);
    return { ...record, ratings, comments };
  };
}
