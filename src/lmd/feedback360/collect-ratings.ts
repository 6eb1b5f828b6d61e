import { describeValue } from '../../core/describe-value.js';
import { LmdInputError, type LmdInputPathKey } from '../../core/input-error.js';
import { writePath } from '../../core/_internal/write-path.js';
import type { InstrumentIndex } from './instrument-index.js';
import { raterGroups } from './rater-group.js';

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
  const { min, max } = index.instrument.scale;
  const itemCount = index.itemCount;
  const raterNumber = new Map<string, number>();
  const raterGroup: number[] = [];
  const raterScored: boolean[] = [];
  const raterIds: string[] = [];
  // The first row of each (rater, item), or -1: one buffer for all raters, grown as raters appear.
  let firstRow = new Int32Array(itemCount * 16).fill(-1);
  const ratingRater: number[] = [];
  const ratingItem: number[] = [];
  const ratingScore: number[] = [];
  let selfRater: string | null = null;
  const total = positions === null ? end - start : positions.length;
  // Rows usually come rater by rater, so remember the last rater rather than look it up again.
  let lastRaterId: string | null = null;
  let lastRater = -1;
  for (let k = 0; k < total; k += 1) {
    const rowIndex = positions === null ? start + k : (positions[k] as number);
    const row = rows[rowIndex];
    checkRowShape(row, rowIndex, withRatee);
    const raterId = row['raterId'] as string;
    const group = groupPosition(row['group']);
    const item = index.itemPosition.get(row['itemId'] as string);
    if (item === undefined) fail([...rowPath(rowIndex), 'itemId'], 'no item in the instrument has this id', row['itemId']);
    const score = row['score'] as number | null;
    if (score !== null && (score < min || score > max)) {
      fail([...rowPath(rowIndex), 'score'], `expected a whole scale point from ${min} to ${max}, or null`, score);
    }
    let rater = raterId === lastRaterId ? lastRater : raterNumber.get(raterId);
    if (rater === undefined) {
      if (group === 0) {
        if (selfRater !== null) {
          fail([...rowPath(rowIndex), 'raterId'], `a second self rater; "${selfRater}" already gave the self-rating`, raterId);
        }
        selfRater = raterId;
      }
      rater = raterGroup.length;
      raterNumber.set(raterId, rater);
      raterGroup.push(group);
      raterScored.push(false);
      raterIds.push(raterId);
      if ((rater + 1) * itemCount > firstRow.length) {
        const grown = new Int32Array(firstRow.length * 2).fill(-1);
        grown.set(firstRow);
        firstRow = grown;
      }
    } else if (raterGroup[rater] !== group) {
      fail(
        [...rowPath(rowIndex), 'group'],
        `rater "${raterId}" is already in the ${raterGroups[raterGroup[rater] as number]} group; a rater belongs to one group`,
        row['group'],
      );
    }
    lastRaterId = raterId;
    lastRater = rater;
    const slot = rater * itemCount + item;
    const earlier = firstRow[slot] as number;
    if (earlier >= 0) {
      throw new LmdInputError([
        {
          keys: [...rowPath(rowIndex), 'itemId'],
          message: `rater "${raterId}" already rated this item in ${writePath('', rowPath(earlier))} (received ${describeValue(row['itemId'])})`,
          seeAlso: rowPath(earlier),
        },
      ]);
    }
    firstRow[slot] = rowIndex;
    if (score !== null) {
      raterScored[rater] = true;
      ratingRater.push(rater);
      ratingItem.push(item);
      // A reverse-scored item's score is turned round here, once, so every figure after uses it.
      ratingScore.push(index.itemReversed[item] === 1 ? max + min - score : score);
    }
  }
  return { raterGroup, raterScored, raterId: raterIds, ratingRater, ratingItem, ratingScore };
}
