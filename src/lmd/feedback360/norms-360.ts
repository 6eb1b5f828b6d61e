import * as z from 'zod';
import { describeValue } from '../../core/describe-value.js';
import { LmdInputError } from '../../core/input-error.js';
import type { InstrumentIndex } from './instrument-index.js';

const normSample = /* @__PURE__ */ z.array(/* @__PURE__ */ z.number().finite()).min(1);

/**
 * The zod schema for 360 norms: comparison samples of others' mean scores, keyed by item id
 * and/or competency id, and the percentile method ({@link percentileRank}'s `'below'`,
 * `'at-or-below'` or `'mid-rank'`; required, because the three differ most on coarse 360 means).
 * Keys must be ids in the instrument.
 *
 * @example
 * norms360Schema.parse({ method: 'mid-rank', competencies: { listening: [3.1, 3.8, 4.2] } }).method //=> 'mid-rank'
 * @see {@link interpret360}
 */
export const norms360Schema = /* @__PURE__ */ z.strictObject({
  method: /* @__PURE__ */ z.enum(['below', 'at-or-below', 'mid-rank']),
  items: /* @__PURE__ */ z.record(/* @__PURE__ */ z.string(), normSample).optional(),
  competencies: /* @__PURE__ */ z.record(/* @__PURE__ */ z.string(), normSample).optional(),
});

/**
 * Norms for {@link interpret360}, as {@link norms360Schema} accepts them.
 * @see {@link norms360Schema}
 */
export type Norms360 = z.output<typeof norms360Schema>;

function lowerBound(sorted: Float64Array, value: number, strict: boolean): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const entry = sorted[middle] as number;
    if (strict ? entry < value : entry <= value) low = middle + 1;
    else high = middle;
  }
  return low;
}

function sortedSamples(
  samples: Readonly<Record<string, readonly number[]>> | undefined,
  positions: ReadonlyMap<string, number>,
  count: number,
  path: readonly ['norms', 'items' | 'competencies'],
): (Float64Array | null)[] {
  const result: (Float64Array | null)[] = new Array<Float64Array | null>(count).fill(null);
  if (samples === undefined) return result;
  for (const [id, sample] of Object.entries(samples)) {
    const position = positions.get(id);
    if (position === undefined) {
      throw new LmdInputError([{ keys: [...path, id], message: `no ${path[1] === 'items' ? 'item' : 'competency'} in the instrument has this id (received ${describeValue(id)})` }]);
    }
    result[position] = Float64Array.from(sample).sort();
  }
  return result;
}

/**
 * Builds a percentile lookup over sorted norm samples: the same definition as
 * {@link percentileRank} (a test holds them equal), found by binary search so that a cohort's
 * thousands of lookups stay cheap.
 *
 * @internal
 */
export function normLookup(
  norms: Norms360,
  index: InstrumentIndex,
): (sample: 'item' | 'competency', position: number, value: number) => number | null {
  const competencyPositions = new Map(index.instrument.competencies.map((competency, position) => [competency.id, position]));
  const items = sortedSamples(norms.items, index.itemPosition, index.itemCount, ['norms', 'items']);
  const competencies = sortedSamples(norms.competencies, competencyPositions, index.competencyCount, ['norms', 'competencies']);
  return (sample, position, value) => {
    const sorted = (sample === 'item' ? items : competencies)[position];
    if (sorted === undefined || sorted === null) return null;
    const below = lowerBound(sorted, value, true);
    const atOrBelow = lowerBound(sorted, value, false);
    const counted = norms.method === 'below' ? below : norms.method === 'at-or-below' ? atOrBelow : (below + atOrBelow) / 2;
    return (100 * counted) / sorted.length;
  };
}
