import { describeValue } from '../../core/describe-value.js';
import { LmdInputError } from '../../core/input-error.js';
import { grownArray } from '../../core/_internal/grown-array.js';
import { checkRowShape } from './collect-ratings.js';
import type { Instrument360 } from './instrument-360.js';
import { raterGroups } from './rater-group.js';

/**
 * The score a {@link RatingColumns360} holds for a rating without one (not observed, or blank):
 * the least 32-bit integer, which no scale reaches.
 *
 * @example
 * const columns = ratingColumns360({ scale: { min: 1, max: 5 }, competencies: [{ id: 'c', name: 'Coaching' }], items: [{ id: 'i1', competencyId: 'c' }] });
 * columns.add({ rateeId: 'ann', raterId: 'p1', group: 'peer', itemId: 'i1', score: null });
 * columns.finish().score[0] === noScore360 //=> true
 * @see {@link RatingColumns360}
 */
export const noScore360 = -2147483648;

/**
 * A whole cycle's ratings held in columns rather than one object per rating: 6 bytes a rating
 * and 13 a response (against about 100 bytes a rating for {@link CohortRating360} objects), so
 * that an organisation of tens of thousands of managers fits in memory while it is interpreted
 * ratee by ratee with {@link interpret360Stream}.
 *
 * Ratings come in responses: consecutive ratings by one rater, in one group, about one ratee (a
 * wide export's row is one response; so are a long file's consecutive rows by one rater). Response
 * `r` is about ratee `rateeIds[responseRatee[r]]`, by rater `raterIds[responseRater[r]]` in group
 * `raterGroups[responseGroup[r]]`, and holds ratings `responseStart[r]` to
 * `responseStart[r + 1] − 1`. Rating `k` is on the instrument's item `items[item[k]]` with score
 * `score[k]` ({@link noScore360} for none).
 *
 * Build it with {@link ratingColumns360} (from rating rows) or `lmdkit/import`'s
 * `surveyExportStream` (from an export, read as a stream).
 * @see {@link ratingColumns360}
 */
export interface RatingColumns360 {
  /** How many ratings the columns hold. */
  readonly length: number;
  /** How many responses. */
  readonly responses: number;
  /** The ratee ids, in order of first appearance. */
  readonly rateeIds: readonly string[];
  /** The rater ids, in order of first appearance. */
  readonly raterIds: readonly string[];
  /** Each response's first rating, and the number of ratings at the end (`responses + 1` entries). */
  readonly responseStart: Int32Array;
  /** Each response's ratee: a position in `rateeIds`. */
  readonly responseRatee: Int32Array;
  /** Each response's rater: a position in `raterIds`. */
  readonly responseRater: Int32Array;
  /** Each response's group: a position in `raterGroups` (0 self, 1 manager, 2 peer, 3 direct report, 4 other). */
  readonly responseGroup: Uint8Array;
  /** Each rating's item: a position in the instrument's `items`. */
  readonly item: Uint16Array;
  /** Each rating's score, {@link noScore360} when there is none. */
  readonly score: Int32Array;
}

/** Adds ratings to columns one by one, growing them as needed; {@link RatingColumns360Builder.finish} gives the columns. */
export interface RatingColumns360Builder {
  /** Adds one rating row (a {@link CohortRating360}), checked as `interpret360Cohort` checks its rows. */
  readonly add: (row: unknown) => void;
  /** How many ratings were added. */
  readonly length: () => number;
  /** How many responses the ratings so far make. */
  readonly responses: () => number;
  /** The columns (views of the builder's buffers, which grow by half as needed); the builder is spent. */
  readonly finish: () => RatingColumns360;
}

const firstCapacity = 1024;


/**
 * Starts columns for a cycle's ratings on an instrument: add rating rows one at a time (each is
 * checked as {@link interpret360Cohort} checks its rows, with errors naming `ratings[k]`), then
 * finish. Item ids must be the instrument's; scale points are checked when the ratings are
 * interpreted, as for rows (a score too large for the columns is refused here, as off the scale).
 *
 * @param instrument - the instrument the ratings are on (its item order numbers the items)
 * @returns a builder: `add(row)`, `length()`, `responses()` and `finish()`
 * @throws LmdInputError (from `add`) when a row is malformed or names an item the instrument lacks
 * @example
 * const instrument = {
 *   scale: { min: 1, max: 5 },
 *   competencies: [{ id: 'c', name: 'Coaching' }],
 *   items: [{ id: 'i1', competencyId: 'c' }, { id: 'i2', competencyId: 'c' }],
 * };
 * const builder = ratingColumns360(instrument);
 * builder.add({ rateeId: 'ann', raterId: 'p1', group: 'peer', itemId: 'i1', score: 4 });
 * builder.add({ rateeId: 'ann', raterId: 'p1', group: 'peer', itemId: 'i2', score: null });
 * builder.add({ rateeId: 'ann', raterId: 'p2', group: 'peer', itemId: 'i1', score: 3 });
 * const columns = builder.finish();
 * [columns.length, columns.responses, [...columns.responseStart]] //=> [3, 2, [0, 2, 3]]
 * columns.score[1] === noScore360 //=> true
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
  const scale = (instrument as { scale?: { min?: unknown; max?: unknown } }).scale;
  const rateeNumber = new Map<string, number>();
  const raterNumber = new Map<string, number>();
  const rateeIds: string[] = [];
  const raterIds: string[] = [];
  let capacity = firstCapacity;
  let item = new Uint16Array(capacity);
  let score = new Int32Array(capacity);
  let responseCapacity = firstCapacity;
  let responseStart = new Int32Array(responseCapacity + 1);
  let responseRatee = new Int32Array(responseCapacity);
  let responseRater = new Int32Array(responseCapacity);
  let responseGroup = new Uint8Array(responseCapacity);
  let length = 0;
  let responses = 0;
  let spent = false;
  let lastRateeId: string | null = null;
  let lastRaterId: string | null = null;
  let lastGroup = -1;
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
      const value = row['score'] as number | null;
      if (value !== null && (value <= noScore360 || value > 2147483647)) {
        throw new LmdInputError([
          { keys: ['ratings', length, 'score'], message: `expected a whole scale point from ${String(scale?.min)} to ${String(scale?.max)}, or null (received ${describeValue(value)})` },
        ]);
      }
      if (length === capacity) {
        capacity = Math.ceil(capacity * 1.5);
        item = grownArray(item, capacity);
        score = grownArray(score, capacity);
      }
      const rateeId = row['rateeId'] as string;
      const raterId = row['raterId'] as string;
      const group = raterGroups.indexOf(row['group'] as (typeof raterGroups)[number]);
      if (rateeId !== lastRateeId || raterId !== lastRaterId || group !== lastGroup) {
        if (responses === responseCapacity) {
          responseCapacity = Math.ceil(responseCapacity * 1.5);
          responseStart = grownArray(responseStart, responseCapacity + 1);
          responseRatee = grownArray(responseRatee, responseCapacity);
          responseRater = grownArray(responseRater, responseCapacity);
          responseGroup = grownArray(responseGroup, responseCapacity);
        }
        responseStart[responses] = length;
        responseRatee[responses] = rateeId === lastRateeId ? (responseRatee[responses - 1] as number) : intern(rateeNumber, rateeIds, rateeId);
        responseRater[responses] = raterId === lastRaterId ? (responseRater[responses - 1] as number) : intern(raterNumber, raterIds, raterId);
        responseGroup[responses] = group;
        responses += 1;
        lastRateeId = rateeId;
        lastRaterId = raterId;
        lastGroup = group;
      }
      item[length] = itemAt;
      score[length] = value === null ? noScore360 : value;
      length += 1;
    },
    length: () => length,
    responses: () => responses,
    finish() {
      spent = true;
      responseStart[responses] = length;
      return {
        length,
        responses,
        rateeIds,
        raterIds,
        responseStart: responseStart.subarray(0, responses + 1),
        responseRatee: responseRatee.subarray(0, responses),
        responseRater: responseRater.subarray(0, responses),
        responseGroup: responseGroup.subarray(0, responses),
        item: item.subarray(0, length),
        score: score.subarray(0, length),
      };
    },
  };
}

/**
 * Checks columns a caller built by hand: lengths that fit, positions within their lists,
 * responses in order. Names the column and the entry.
 *
 * @internal
 */
export function checkRatingColumns(columns: unknown, itemCount: number): asserts columns is RatingColumns360 {
  const fail = (keys: (string | number)[], message: string): never => {
    throw new LmdInputError([{ keys: ['ratings', ...keys], message }]);
  };
  if (columns === null || typeof columns !== 'object') fail([], `expected rating columns, as ratingColumns360 builds them (received ${describeValue(columns)})`);
  const value = columns as Record<string, unknown>;
  const count = (key: string): number => {
    const n = value[key];
    if (typeof n !== 'number' || !Number.isSafeInteger(n) || n < 0) fail([key], `expected a whole number, 0 or more (received ${describeValue(n)})`);
    return n as number;
  };
  const n = count('length');
  const responses = count('responses');
  const lists = { rateeIds: value['rateeIds'], raterIds: value['raterIds'] };
  for (const [key, list] of Object.entries(lists)) {
    if (!Array.isArray(list)) fail([key], `expected a list of ids (received ${describeValue(list)})`);
    (list as unknown[]).forEach((id, at) => {
      if (typeof id !== 'string' || id.length === 0) fail([key, at], `expected a non-empty string (received ${describeValue(id)})`);
    });
  }
  const kinds = {
    responseStart: [Int32Array, responses + 1],
    responseRatee: [Int32Array, responses],
    responseRater: [Int32Array, responses],
    responseGroup: [Uint8Array, responses],
    item: [Uint16Array, n],
    score: [Int32Array, n],
  } as const;
  for (const [key, [kind, size]] of Object.entries(kinds)) {
    const array = value[key];
    if (!(array instanceof kind) || array.length < size) fail([key], `expected a ${kind.name} of at least ${size} entries (received ${describeValue(array)})`);
  }
  const limits = {
    responseRatee: [(lists.rateeIds as unknown[]).length, responses],
    responseRater: [(lists.raterIds as unknown[]).length, responses],
    responseGroup: [raterGroups.length, responses],
    item: [itemCount, n],
  } as const;
  for (const [key, [limit, size]] of Object.entries(limits)) {
    const array = value[key] as Int32Array | Uint8Array | Uint16Array;
    for (let k = 0; k < size; k += 1) {
      const at = array[k] as number;
      if (at < 0 || at >= limit) fail([key, k], `expected a position from 0 to ${limit - 1} (received ${at})`);
    }
  }
  const starts = value['responseStart'] as Int32Array;
  if (starts[0] !== 0 && responses > 0) fail(['responseStart', 0], `expected 0 (received ${String(starts[0])})`);
  for (let r = 0; r < responses; r += 1) {
    if ((starts[r + 1] as number) < (starts[r] as number)) fail(['responseStart', r + 1], `expected a rating position from ${String(starts[r])} on (received ${String(starts[r + 1])})`);
  }
  if (starts[responses] !== n) fail(['responseStart', responses], `expected ${n}, the number of ratings (received ${String(starts[responses])})`);
}
