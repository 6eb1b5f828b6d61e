import { describeValue } from '../../core/describe-value.js';
import { LmdInputError } from '../../core/input-error.js';
import { checkRowShape } from './collect-ratings.js';
import type { Instrument360 } from './instrument-360.js';
import { raterGroups } from './rater-group.js';

/**
 * A whole cycle's ratings held in columns rather than one object per rating: a few bytes per
 * rating (23, against about 100 for a {@link CohortRating360} object), so that an organisation of
 * tens of thousands of managers fits in memory while it is interpreted ratee by ratee with
 * {@link interpret360Stream}. Rating `k` is about ratee `rateeIds[ratee[k]]`, by rater
 * `raterIds[rater[k]]` in group `raterGroups[group[k]]`, on the instrument's item
 * `items[item[k]]`, with score `score[k]` (`NaN` for not observed or blank).
 *
 * Build it with {@link ratingColumns360} (from rating rows) or `lmdkit/import`'s
 * `surveyExportColumns` (from an export, read as a stream).
 * @see {@link ratingColumns360}
 */
export interface RatingColumns360 {
  /** How many ratings the columns hold. */
  readonly length: number;
  /** The ratee ids, in order of first appearance. */
  readonly rateeIds: readonly string[];
  /** The rater ids, in order of first appearance. */
  readonly raterIds: readonly string[];
  /** Each rating's ratee: a position in `rateeIds`. */
  readonly ratee: Int32Array;
  /** Each rating's rater: a position in `raterIds`. */
  readonly rater: Int32Array;
  /** Each rating's group: a position in `raterGroups` (0 self, 1 manager, 2 peer, 3 direct report, 4 other). */
  readonly group: Uint8Array;
  /** Each rating's item: a position in the instrument's `items`. */
  readonly item: Uint16Array;
  /** Each rating's score, `NaN` when there is none. */
  readonly score: Float64Array;
}

/** Adds ratings to columns one by one, growing them as needed; {@link RatingColumns360Builder.finish} gives the columns. */
export interface RatingColumns360Builder {
  /** Adds one rating row (a {@link CohortRating360}), checked as `interpret360Cohort` checks its rows. */
  readonly add: (row: unknown) => void;
  /** How many ratings were added. */
  readonly length: () => number;
  /** The columns, trimmed to their length; the builder is spent. */
  readonly finish: () => RatingColumns360;
}

const firstCapacity = 1024;

function grown<T extends Int32Array | Uint8Array | Uint16Array | Float64Array>(array: T, size: number): T {
  const next = new (array.constructor as new (length: number) => T)(size);
  next.set(array);
  return next;
}

/**
 * Starts columns for a cycle's ratings on an instrument: add rating rows one at a time (each is
 * checked as {@link interpret360Cohort} checks its rows, with errors naming `ratings[k]`), then
 * finish. Item ids must be the instrument's; scale points are checked when the ratings are
 * interpreted, as for rows.
 *
 * @param instrument - the instrument the ratings are on (its item order numbers the items)
 * @returns a builder: `add(row)`, `length()` and `finish()`
 * @throws LmdInputError (from `add`) when a row is malformed or names an item the instrument lacks
 * @example
 * const instrument = {
 *   scale: { min: 1, max: 5 },
 *   competencies: [{ id: 'c', name: 'Coaching' }],
 *   items: [{ id: 'i1', competencyId: 'c' }],
 * };
 * const builder = ratingColumns360(instrument);
 * builder.add({ rateeId: 'ann', raterId: 'p1', group: 'peer', itemId: 'i1', score: 4 });
 * builder.add({ rateeId: 'ann', raterId: 'p2', group: 'peer', itemId: 'i1', score: null });
 * const columns = builder.finish();
 * [columns.length, columns.rateeIds, Number.isNaN(columns.score[1])] //=> [2, ['ann'], true]
 * ratingColumns360(instrument).add({ rateeId: 'ann', raterId: 'p1', group: 'peer', itemId: 'zz', score: 4 }) //=> throws LmdInputError
 * @see {@link interpret360Stream}
 */
export function ratingColumns360(instrument: Instrument360): RatingColumns360Builder {
  const itemPosition = new Map<string, number>();
  const items: readonly { id?: unknown }[] = Array.isArray((instrument as { items?: unknown } | null)?.items) ? instrument.items : [];
  items.forEach((item, position) => {
    if (typeof item?.id === 'string') itemPosition.set(item.id, position);
  });
  if (itemPosition.size === 0) throw new LmdInputError([{ keys: ['instrument', 'items'], message: `expected an instrument with items (received ${describeValue(instrument)})` }]);
  const rateeNumber = new Map<string, number>();
  const raterNumber = new Map<string, number>();
  const rateeIds: string[] = [];
  const raterIds: string[] = [];
  let capacity = firstCapacity;
  let ratee = new Int32Array(capacity);
  let rater = new Int32Array(capacity);
  let group = new Uint8Array(capacity);
  let item = new Uint16Array(capacity);
  let score = new Float64Array(capacity);
  let length = 0;
  let spent = false;
  let lastRateeId: string | null = null;
  let lastRatee = -1;
  let lastRaterId: string | null = null;
  let lastRater = -1;
  const intern = (map: Map<string, number>, ids: string[], id: string): number => {
    let known = map.get(id);
    if (known === undefined) {
      known = ids.length;
      map.set(id, known);
      ids.push(id);
    }
    return known;
  };
  return {
    add(row) {
      if (spent) throw new LmdInputError([{ keys: [], message: 'these columns are already finished; start new ones with ratingColumns360' }]);
      checkRowShape(row, length, true);
      const itemAt = itemPosition.get(row['itemId'] as string);
      if (itemAt === undefined) {
        throw new LmdInputError([{ keys: ['ratings', length, 'itemId'], message: `no item in the instrument has this id (received ${describeValue(row['itemId'])})` }]);
      }
      if (length === capacity) {
        capacity *= 2;
        ratee = grown(ratee, capacity);
        rater = grown(rater, capacity);
        group = grown(group, capacity);
        item = grown(item, capacity);
        score = grown(score, capacity);
      }
      const rateeId = row['rateeId'] as string;
      const raterId = row['raterId'] as string;
      if (rateeId !== lastRateeId) {
        lastRatee = intern(rateeNumber, rateeIds, rateeId);
        lastRateeId = rateeId;
      }
      if (raterId !== lastRaterId) {
        lastRater = intern(raterNumber, raterIds, raterId);
        lastRaterId = raterId;
      }
      ratee[length] = lastRatee;
      rater[length] = lastRater;
      group[length] = raterGroups.indexOf(row['group'] as (typeof raterGroups)[number]);
      item[length] = itemAt;
      score[length] = row['score'] === null ? Number.NaN : (row['score'] as number);
      length += 1;
    },
    length: () => length,
    finish() {
      spent = true;
      return {
        length,
        rateeIds,
        raterIds,
        ratee: ratee.slice(0, length),
        rater: rater.slice(0, length),
        group: group.slice(0, length),
        item: item.slice(0, length),
        score: score.slice(0, length),
      };
    },
  };
}

/**
 * Checks columns a caller built by hand: equal lengths, positions within their lists, whole
 * scores or `NaN`. Names the column and the rating.
 *
 * @internal
 */
export function checkRatingColumns(columns: unknown, itemCount: number): asserts columns is RatingColumns360 {
  const fail = (keys: (string | number)[], message: string): never => {
    throw new LmdInputError([{ keys: ['ratings', ...keys], message }]);
  };
  if (columns === null || typeof columns !== 'object') fail([], `expected rating columns, as ratingColumns360 builds them (received ${describeValue(columns)})`);
  const value = columns as Record<string, unknown>;
  const length = value['length'];
  if (typeof length !== 'number' || !Number.isSafeInteger(length) || length < 0) fail(['length'], `expected a whole number of ratings (received ${describeValue(length)})`);
  const n = length as number;
  const lists = { rateeIds: value['rateeIds'], raterIds: value['raterIds'] };
  for (const [key, list] of Object.entries(lists)) {
    if (!Array.isArray(list)) fail([key], `expected a list of ids (received ${describeValue(list)})`);
    (list as unknown[]).forEach((id, at) => {
      if (typeof id !== 'string' || id.length === 0) fail([key, at], `expected a non-empty string (received ${describeValue(id)})`);
    });
  }
  const kinds = { ratee: Int32Array, rater: Int32Array, group: Uint8Array, item: Uint16Array, score: Float64Array } as const;
  for (const [key, kind] of Object.entries(kinds)) {
    const array = value[key];
    if (!(array instanceof kind) || array.length < n) fail([key], `expected a ${kind.name} of at least ${n} entries (received ${describeValue(array)})`);
  }
  const limits = { ratee: (lists.rateeIds as unknown[]).length, rater: (lists.raterIds as unknown[]).length, group: raterGroups.length, item: itemCount };
  for (const [key, limit] of Object.entries(limits)) {
    const array = value[key] as Int32Array | Uint8Array | Uint16Array;
    for (let k = 0; k < n; k += 1) {
      const at = array[k] as number;
      if (at < 0 || at >= limit) fail([key, k], `expected a position from 0 to ${limit - 1} (received ${at})`);
    }
  }
  const score = value['score'] as Float64Array;
  for (let k = 0; k < n; k += 1) {
    const at = score[k] as number;
    if (!Number.isNaN(at) && !Number.isSafeInteger(at)) fail(['score', k], `expected a whole number, or NaN for no score (received ${describeValue(at)})`);
  }
}
