import * as z from 'zod';
import { describeValue } from '../../core/describe-value.js';
import { LmdInputError } from '../../core/input-error.js';
import { parseInput } from '../../core/parse-input.js';
import { rateeCycleComparer } from './_internal/ratee-cycle-comparer.js';
import { comparableReport360Schema, earlierCyclesSchema, linkEarlierCycles, minReferenceRateesSchema, reliabilitySchema, type ComparableReport360, type CompareCycles360Input, type CycleComparison360, type RateeCycleComparison360 } from './compare-cycles-360.js';
import type { Feedback360Report } from './feedback360-report.js';

/**
 * The zod schema for the input of {@link cycleComparer360}: the current cycle's label and item ids
 * (the instrument's, in order), and the earlier cycles, `reliability` and `minReferenceRatees` as
 * {@link compareCycles360} takes them.
 *
 * @example
 * cycleComparer360InputSchema.safeParse({ current: { label: '2027', itemIds: ['L1'] }, earlier: [{ label: '2026', ratees: [] }] }).success //=> true
 * cycleComparer360InputSchema.safeParse({ current: { label: '2027', itemIds: [] }, earlier: [{ label: '2026', ratees: [] }] }).success //=> false
 * @see {@link cycleComparer360}
 */
export const cycleComparer360InputSchema = /* @__PURE__ */ z.strictObject({
  current: /* @__PURE__ */ z.strictObject({
    label: /* @__PURE__ */ z.string().min(1),
    itemIds: /* @__PURE__ */ z.array(/* @__PURE__ */ z.string().min(1)).min(1),
  }),
  earlier: earlierCyclesSchema,
  reliability: reliabilitySchema,
  minReferenceRatees: minReferenceRateesSchema,
});

/**
 * The input of {@link cycleComparer360}.
 * @see {@link cycleComparer360InputSchema}
 */
export interface CycleComparer360Input extends Pick<CompareCycles360Input, 'earlier' | 'reliability' | 'minReferenceRatees'> {
  /** The current cycle: its label, and its instrument's item ids in order. */
  readonly current: { readonly label: string; readonly itemIds: readonly string[] };
}

/**
 * What {@link cycleComparer360} returns: the comparison's settings and links, and a function that
 * compares one ratee of the current cycle.
 * @see {@link cycleComparer360}
 */
export interface CycleComparer360 {
  /** What {@link compareCycles360} returns, less `ratees`: the cycles, reliability, criterion and links. */
  readonly summary: Omit<CycleComparison360, 'ratees'>;
  /**
   * Compares one ratee's current report with their earlier ones: what {@link compareCycles360}
   * gives for that ratee over the whole current cycle.
   * @throws LmdInputError when the ratee id or the report is malformed
   */
  readonly compare: (rateeId: string, report: Feedback360Report | ComparableReport360) => RateeCycleComparison360;
}

/**
 * Compares the ratees of a current 360 cycle with earlier cycles one at a time, as the current
 * cycle streams by (with {@link interpret360Stream}), instead of holding the whole current cycle
 * as {@link compareCycles360} does. The earlier cycles are given whole: the noise a change is
 * judged against is the spread across the previous cycle's ratees, so that cycle is read first.
 * Only the parts of the earlier reports the comparison reads are kept (a copy; give it the
 * copies of {@link comparableReport360} to hold less while collecting them), and each current
 * report is read and let go.
 *
 * For each ratee, `compare` gives exactly what `compareCycles360` gives for them when the current
 * cycle's item ids are `current.itemIds` (the instrument's, as every report lists them).
 *
 * @param input - the current cycle's label and item ids, the earlier cycles (oldest first), and optionally `reliability` and `minReferenceRatees` ({@link cycleComparer360InputSchema})
 * @returns the comparison's settings and a function comparing one ratee
 * @throws LmdInputError when the input is malformed, two cycles share a label or an item mapping names an unknown item
 * @example
 * const instrument = { scale: { min: 1, max: 5 }, competencies: [{ id: 'c', name: 'Coaching' }], items: [{ id: 'c1', competencyId: 'c' }] };
 * const cycle = (peers: Record<string, number[]>) =>
 *   interpret360Cohort({
 *     instrument,
 *     ratings: Object.entries(peers).flatMap(([rateeId, scores]) => scores.map((score, rater) => ({ rateeId, raterId: `${rateeId}-p${rater}`, group: 'peer' as const, itemId: 'c1', score }))),
 *   }).ratees;
 * const comparer = cycleComparer360({ current: { label: '2027', itemIds: ['c1'] }, earlier: [{ label: '2026', ratees: cycle({ a: [2, 2, 3], b: [3, 3, 4], c: [4, 4, 4], d: [2, 3, 3], e: [3, 4, 4] }) }], reliability: 0.8 });
 * const [later] = cycle({ a: [4, 4, 5] });
 * comparer.compare('a', later!.report).competencies[0]?.figures[0]?.change?.reading //=> 'higher-beyond-noise'
 * comparer.summary.cycles //=> ['2026', '2027']
 * @see {@link compareCycles360}, {@link interpret360Stream}
 */
export function cycleComparer360(input: CycleComparer360Input): CycleComparer360 {
  const valid = parseInput(cycleComparer360InputSchema, input, 'input');
  const links = linkEarlierCycles(valid.earlier, valid.current.label, valid.current.itemIds);
  const comparer = rateeCycleComparer(valid.earlier, links, valid.current.label, valid.reliability ?? null, valid.minReferenceRatees);
  return Object.freeze({
    summary: comparer.summary,
    compare: (rateeId: string, report: Feedback360Report | ComparableReport360): RateeCycleComparison360 => {
      if (typeof rateeId !== 'string' || rateeId === '') {
        throw new LmdInputError([{ keys: ['rateeId'], message: `expected a ratee id (received ${describeValue(rateeId)})` }]);
      }
      return comparer.compare(rateeId, parseInput(comparableReport360Schema, report, 'report'));
    },
  });
}
