import { describeValue } from '../../core/describe-value.js';
import { LmdInputError, type LmdInputPathKey } from '../../core/input-error.js';
import { writePath } from '../../core/_internal/write-path.js';
import type { InstrumentIndex } from './instrument-index.js';
import { raterGroups } from './rater-group.js';
import { noScore360, type RatingColumns360 } from './rating-columns-360.js';

/**
 * Which of the rows belong to one ratee: `rows[positions[k]]`, or `rows[start]` to `rows[end − 1]`
 * when `positions` is `null`; `withRatee` when rows carry a `rateeId` (the cohort's rows).
 *
 * @internal
 */
export interface RowSelection {
  readonly positions: ArrayLike<number> | null;
  readonly start: number;
  readonly end: number;
  readonly withRatee: boolean;
}

/**
 * One ratee's ratings after checking: local rater numbers with their group positions, and the
 * non-null ratings as parallel arrays.
 *
 * @internal
 */
export interface CollectedRatings {
  /** Group position (in `raterGroups`) of each local rater. */
  readonly raterGroup: readonly number[];
  /** Whether each local rater gave at least one score. */
  readonly raterScored: readonly boolean[];
  /** Each local rater's id (read only by the release ledger's check). */
  readonly raterId: readonly string[];
  readonly ratingRater: readonly number[];
  readonly ratingItem: readonly number[];
  readonly ratingScore: readonly number[];
}

function fail(path: readonly LmdInputPathKey[], message: string, value: unknown): never {
  throw new LmdInputError([{ keys: path, message: `${message} (received ${describeValue(value)})` }]);
}

function groupPosition(group: unknown): number {
  switch (group) {
    case 'self':
      return 0;
    case 'manager':
      return 1;
    case 'peer':
      return 2;
    case 'direct-report':
      return 3;
    case 'other':
      return 4;
    default:
      return -1;
  }
}

const ratingKeys = /* @__PURE__ */ new Set(['raterId', 'group', 'itemId', 'score']);
const cohortKeys = /* @__PURE__ */ new Set(['rateeId', 'raterId', 'group', 'itemId', 'score']);

/**
 * Checks the shape of one rating row as the row schemas do (an object with exactly the expected
 * keys, non-empty string ids, a known group, a whole-number or null score), naming the path.
 *
 * @internal
 */
export function checkRowShape(row: unknown, rowIndex: number, withRatee: boolean): asserts row is Record<string, unknown> {
  // Paths are built only when a check fails: a whole cycle runs to millions of rows.
  if (row === null || typeof row !== 'object' || Array.isArray(row)) fail(rowPath(rowIndex), 'expected an object', row);
  const record = row as Record<string, unknown>;
  const keys = withRatee ? cohortKeys : ratingKeys;
  // Fast path: count the keys; only when the count is off look for the stranger among them.
  let count = 0;
  for (const _ in record) count += 1;
  if (count !== keys.size) {
    for (const key in record) {
      if (Object.hasOwn(record, key) && !keys.has(key)) {
        throw new LmdInputError([{ keys: [...rowPath(rowIndex), key], message: 'this key is not recognised (check its spelling)' }]);
      }
    }
  }
  if (withRatee && !isId(record['rateeId'])) fail([...rowPath(rowIndex), 'rateeId'], 'expected a non-empty string', record['rateeId']);
  if (!isId(record['raterId'])) fail([...rowPath(rowIndex), 'raterId'], 'expected a non-empty string', record['raterId']);
  if (groupPosition(record['group']) < 0) {
    fail([...rowPath(rowIndex), 'group'], `expected one of ${raterGroups.map((group) => `'${group}'`).join(', ')}`, record['group']);
  }
  if (!isId(record['itemId'])) fail([...rowPath(rowIndex), 'itemId'], 'expected a non-empty string', record['itemId']);
  const score = record['score'];
  if (score !== null && !Number.isSafeInteger(score)) fail([...rowPath(rowIndex), 'score'], 'expected a whole number or null', score);
  if (count !== keys.size) fail(rowPath(rowIndex), `expected the keys ${[...keys].join(', ')}`, row);
}

function rowPath(rowIndex: number): LmdInputPathKey[] {
  return ['ratings', rowIndex];
}

function isId(value: unknown): boolean {
  return typeof value === 'string' && value.length > 0;
}

/**
 * Collects one ratee's checked ratings, one at a time, and checks them against each other: a
 * rater in two groups, two self raters, a rater rating the same item twice. Each rating comes
 * with its row number (for messages) and the values to name in a message. Shared by the row path
 * ({@link collectRatings}) and the columnar path ({@link collectColumnRatings}), so that both
 * check the same things with the same words.
 *
 * @internal
 */
class RatingsCollector {
  readonly raterNumber = new Map<string, number>();
  readonly raterGroup: number[] = [];
  readonly raterScored: boolean[] = [];
  readonly raterIds: string[] = [];
  // The first row of each (rater, item), or -1: one buffer for all raters, grown as raters appear.
  firstRow: Int32Array;
  readonly ratingRater: number[] = [];
  readonly ratingItem: number[] = [];
  readonly ratingScore: number[] = [];
  selfRater: string | null = null;
  // Rows usually come rater by rater, so remember the last rater rather than look it up again.
  lastRaterId: string | null = null;
  lastRater = -1;

  constructor(readonly index: InstrumentIndex) {
    this.firstRow = new Int32Array(index.itemCount * 16).fill(-1);
  }

  /** Adds one rating whose shape, item and scale point are already checked. */
  add(rowIndex: number, raterId: string, group: number, item: number, score: number | null, groupValue: unknown, itemValue: unknown): void {
    const itemCount = this.index.itemCount;
    let rater = raterId === this.lastRaterId ? this.lastRater : this.raterNumber.get(raterId);
    if (rater === undefined) {
      if (group === 0) {
        if (this.selfRater !== null) {
          fail([...rowPath(rowIndex), 'raterId'], `a second self rater; "${this.selfRater}" already gave the self-rating`, raterId);
        }
        this.selfRater = raterId;
      }
      rater = this.raterGroup.length;
      this.raterNumber.set(raterId, rater);
      this.raterGroup.push(group);
      this.raterScored.push(false);
      this.raterIds.push(raterId);
      if ((rater + 1) * itemCount > this.firstRow.length) {
        const grown = new Int32Array(this.firstRow.length * 2).fill(-1);
        grown.set(this.firstRow);
        this.firstRow = grown;
      }
    } else if (this.raterGroup[rater] !== group) {
      fail(
        [...rowPath(rowIndex), 'group'],
        `rater "${raterId}" is already in the ${raterGroups[this.raterGroup[rater] as number]} group; a rater belongs to one group`,
        groupValue,
      );
    }
    this.lastRaterId = raterId;
    this.lastRater = rater;
    const slot = rater * itemCount + item;
    const earlier = this.firstRow[slot] as number;
    if (earlier >= 0) {
      throw new LmdInputError([
        {
          keys: [...rowPath(rowIndex), 'itemId'],
          message: `rater "${raterId}" already rated this item in ${writePath('', rowPath(earlier))} (received ${describeValue(itemValue)})`,
          seeAlso: rowPath(earlier),
        },
      ]);
    }
    this.firstRow[slot] = rowIndex;
    if (score !== null) {
      const { min, max } = this.index.instrument.scale;
      this.raterScored[rater] = true;
      this.ratingRater.push(rater);
      this.ratingItem.push(item);
      // A reverse-scored item's score is turned round here, once, so every figure after uses it.
      this.ratingScore.push(this.index.itemReversed[item] === 1 ? max + min - score : score);
    }
  }

  result(): CollectedRatings {
    const { raterGroup, raterScored, raterIds, ratingRater, ratingItem, ratingScore } = this;
    return { raterGroup, raterScored, raterId: raterIds, ratingRater, ratingItem, ratingScore };
  }
}

function checkScale(index: InstrumentIndex, rowIndex: number, score: number | null): void {
  const { min, max } = index.instrument.scale;
  if (score !== null && (score < min || score > max)) {
    fail([...rowPath(rowIndex), 'score'], `expected a whole scale point from ${min} to ${max}, or null`, score);
  }
}

/**
 * Checks one ratee's rows against the instrument and each other, and collects them, turning round
 * the scores of reverse-scored items (`max + min − score`). Errors name `ratings[row]`. Called only
 * by the aggregation, whose pass over the collected ratings follows at once.
 * Catches: a bad shape, an unknown item, a score off the scale, a rater in two groups, two self
 * raters, and a rater rating the same item twice.
 *
 * @internal
 */
export function collectRatings(index: InstrumentIndex, rows: readonly unknown[], selection: RowSelection): CollectedRatings {
  const { positions, start, end, withRatee } = selection;
  const collector = new RatingsCollector(index);
  const total = positions === null ? end - start : positions.length;
  for (let k = 0; k < total; k += 1) {
    const rowIndex = positions === null ? start + k : (positions[k] as number);
    const row = rows[rowIndex];
    checkRowShape(row, rowIndex, withRatee);
    const item = index.itemPosition.get(row['itemId'] as string);
    if (item === undefined) fail([...rowPath(rowIndex), 'itemId'], 'no item in the instrument has this id', row['itemId']);
    const score = row['score'] as number | null;
    checkScale(index, rowIndex, score);
    collector.add(rowIndex, row['raterId'] as string, groupPosition(row['group']), item, score, row['group'], row['itemId']);
  }
  return collector.result();
}

/**
 * {@link collectRatings} for ratings held in columns ({@link RatingColumns360}): the same checks
 * with the same messages, naming `ratings[k]` by the rating's position in the columns. The shape
 * of each rating is already known good (the columns hold ids, group and item positions); the scale
 * and the checks across ratings are made here. Takes one ratee's responses.
 *
 * @internal
 */
export function collectColumnRatings(index: InstrumentIndex, columns: RatingColumns360, responses: ArrayLike<number> | null, from: number, to: number): CollectedRatings {
  const collector = new RatingsCollector(index);
  const { responseStart, responseRater, responseGroup, item, score, raterIds } = columns;
  const itemIds = index.instrument.items;
  for (let r = from; r < to; r += 1) {
    const response = responses === null ? r : (responses[r] as number);
    const raterId = raterIds[responseRater[response] as number] as string;
    const groupAt = responseGroup[response] as number;
    const end = responseStart[response + 1] as number;
    for (let at = responseStart[response] as number; at < end; at += 1) {
      const value = score[at] as number;
      const scored = value === noScore360 ? null : value;
      checkScale(index, at, scored);
      const itemAt = item[at] as number;
      collector.add(at, raterId, groupAt, itemAt, scored, raterGroups[groupAt], itemIds[itemAt]?.id);
    }
  }
  return collector.result();
}
