import * as z from 'zod';
import type { LmdInputIssueInit } from '../../core/input-error.js';
import { LmdInputError } from '../../core/input-error.js';
import { parseInput } from '../../core/parse-input.js';
import type { ComparableReport } from './_internal/cycle-reference.js';
import { linkCycleItems, type ItemLinks } from './_internal/link-cycle-items.js';
import { rateeCycleComparer } from './_internal/ratee-cycle-comparer.js';
import type { CycleComparison360Finding } from './cycle-comparison-360-findings.js';
import type { Feedback360Report } from './feedback360-report.js';
import { raterGroups, type RaterGroup } from './rater-group.js';

// Only the parts of a report the comparison reads are checked (a whole report's schema took
// most of the time on the sample organisation); other keys pass through unread.
const groupsSchema = /* @__PURE__ */ z.array(/* @__PURE__ */ z.enum(raterGroups)).min(1);
const count = /* @__PURE__ */ z.int().min(0);
const itemFigure = /* @__PURE__ */ z.object({ groups: groupsSchema, n: count, mean: /* @__PURE__ */ z.number(), sd: /* @__PURE__ */ z.number().min(0).nullable() });
const competencyFigure = /* @__PURE__ */ z.object({ groups: groupsSchema, n: count, mean: /* @__PURE__ */ z.number(), items: count });
const comparableReport = /* @__PURE__ */ z.object({
  scale: /* @__PURE__ */ z.object({ min: /* @__PURE__ */ z.number(), max: /* @__PURE__ */ z.number() }),
  shownGroups: /* @__PURE__ */ z.array(/* @__PURE__ */ z.object({ groups: groupsSchema })),
  items: /* @__PURE__ */ z.array(
    /* @__PURE__ */ z.object({
      itemId: /* @__PURE__ */ z.string(),
      competencyId: /* @__PURE__ */ z.string(),
      groups: /* @__PURE__ */ z.array(itemFigure),
      others: /* @__PURE__ */ itemFigure.nullable(),
    }),
  ),
  competencies: /* @__PURE__ */ z.array(
    /* @__PURE__ */ z.object({
      competencyId: /* @__PURE__ */ z.string(),
      name: /* @__PURE__ */ z.string(),
      groups: /* @__PURE__ */ z.array(competencyFigure),
      others: /* @__PURE__ */ competencyFigure.nullable(),
    }),
  ),
});

const cycleFields = {
  label: /* @__PURE__ */ z.string().min(1),
  ratees: /* @__PURE__ */ z.array(/* @__PURE__ */ z.object({ rateeId: /* @__PURE__ */ z.string().min(1), report: comparableReport })),
};

/**
 * The earlier cycles, oldest first, each with an optional item mapping; shared with
 * {@link cycleComparer360}.
 *
 * @internal
 */
export const earlierCyclesSchema = /* @__PURE__ */ z
  .array(
    /* @__PURE__ */ z.object({
      label: /* @__PURE__ */ z.string().min(1),
      ratees: /* @__PURE__ */ z.array(/* @__PURE__ */ z.object({ rateeId: /* @__PURE__ */ z.string().min(1), report: comparableReport })),
      itemMapping: /* @__PURE__ */ z.record(/* @__PURE__ */ z.string(), /* @__PURE__ */ z.string()).optional(),
    }),
  )
  .min(1);

/**
 * The caller's reliability: from 0 up to (not including) 1.
 *
 * @internal
 */
export const reliabilitySchema = /* @__PURE__ */ z.number().min(0).lt(1).optional();

/**
 * The fewest earlier ratees a reference may rest on (default 5).
 *
 * @internal
 */
export const minReferenceRateesSchema = /* @__PURE__ */ z.int().min(2).default(5);

/**
 * The zod schema for the input of {@link compareCycles360}. A cycle is `{ label, ratees }`, where
 * `ratees` is what {@link interpret360Cohort} returns (`{ rateeId, report }[]`); other keys of a
 * cycle are ignored, so `{ label: '2026', ...cohort }` will do. An earlier cycle may carry an
 * `itemMapping` (current item id → that cycle's item id) for items whose ids changed.
 *
 * @example
 * compareCycles360InputSchema.safeParse({ current: { label: '2027', ratees: [] }, earlier: [] }).success //=> false
 * compareCycles360InputSchema.safeParse({ current: { label: '2027', ratees: [] }, earlier: [{ label: '2026', ratees: [] }], reliability: 1 }).success //=> false
 * @see {@link compareCycles360}
 */
export const compareCycles360InputSchema = /* @__PURE__ */ z.strictObject({
  current: /* @__PURE__ */ z.object(cycleFields),
  earlier: earlierCyclesSchema,
  reliability: reliabilitySchema,
  minReferenceRatees: minReferenceRateesSchema,
});

/**
 * The input of {@link compareCycles360}: the current cycle, the earlier ones (oldest first), and
 * optionally the reliability to use and the fewest earlier ratees the spread may be taken from.
 * @see {@link compareCycles360InputSchema}
 */
export interface CompareCycles360Input {
  /** The current cycle: its label and each ratee's report. */
  readonly current: Cycle360;
  /** The earlier cycles, oldest first; the last is the one the change is measured from. */
  readonly earlier: readonly (Cycle360 & { readonly itemMapping?: Readonly<Record<string, string>> })[];
  /** The reliability to use for every index, from 0 up to (not including) 1; default: estimated from the previous cycle. */
  readonly reliability?: number;
  /** The fewest previous-cycle ratees the spread and reliability may be taken from (at least 2; default 5). */
  readonly minReferenceRatees?: number;
}

/**
 * One cycle as {@link compareCycles360} takes it: a label and each ratee's report, as
 * {@link interpret360Cohort} returns them.
 * @see {@link compareCycles360}
 */
export interface Cycle360 {
  /** The cycle's label, for example `2026`; unique among the cycles compared. */
  readonly label: string;
  /** Each ratee's report. */
  readonly ratees: readonly { readonly rateeId: string; readonly report: Feedback360Report | ComparableReport360 }[];
}

/**
 * Why a figure of one cycle is not there to compare:
 * `ratee-absent` (no report about the ratee in that cycle), `item-not-linked` (the item has no
 * counterpart in that cycle), `group-not-shown` (that cycle does not show this group, or pools it
 * with others), `withheld` (the group is shown but the figure is withheld, or, for all others,
 * not published), `different-groups-pooled` (all others pools different groups than in the
 * current cycle), `different-items-averaged` (a competency figure averages a different number of
 * published items than in the current cycle).
 *
 * @example
 * cycleFigureAbsences360.includes('withheld') //=> true
 * @see {@link compareCycles360}
 */
export const cycleFigureAbsences360 = /* @__PURE__ */ Object.freeze([
  'ratee-absent',
  'item-not-linked',
  'group-not-shown',
  'withheld',
  'different-groups-pooled',
  'different-items-averaged',
] as const);

/**
 * One of {@link cycleFigureAbsences360}.
 * @see {@link cycleFigureAbsences360}
 */
export type CycleFigureAbsence360 = (typeof cycleFigureAbsences360)[number];

/**
 * How a change reads against the measurement's noise: `higher-beyond-noise` and
 * `lower-beyond-noise` when |RCI| > 1.96, `within-noise` otherwise, `not-judged` when no index
 * could be computed.
 *
 * @example
 * cycleChangeReadings360[0] //=> 'higher-beyond-noise'
 * @see {@link compareCycles360}
 */
export const cycleChangeReadings360 = /* @__PURE__ */ Object.freeze(['higher-beyond-noise', 'lower-beyond-noise', 'within-noise', 'not-judged'] as const);

/**
 * One of {@link cycleChangeReadings360}.
 * @see {@link cycleChangeReadings360}
 */
export type CycleChangeReading360 = (typeof cycleChangeReadings360)[number];

/**
 * One cycle's figure in a series: its mean and count when published, or why not.
 * @see {@link compareCycles360}
 */
export interface CyclePoint360 {
  /** The cycle's label. */
  readonly cycle: string;
  /** The published mean, or `null`. */
  readonly mean: number | null;
  /** Raters behind it, or `null`. */
  readonly n: number | null;
  /** Why there is no figure to compare, or `null` when there is. */
  readonly absence: CycleFigureAbsence360 | null;
}

/**
 * Where the reliability of a change came from: the caller's value, or ICC(1) of the earlier
 * cycle's item figures (for a competency, the mean of its items' ICC(1)) stepped up by
 * Spearman–Brown to the raters behind the change.
 * @see {@link compareCycles360}
 */
export type CycleReliabilitySource360 = 'caller' | 'icc-earlier-cycle';

/**
 * The change of one figure from the previous cycle to the current one, with its reliable change
 * index when one can be computed.
 * @see {@link compareCycles360}
 */
export interface CycleChange360 {
  /** The previous cycle's label. */
  readonly from: string;
  /** The current cycle's label. */
  readonly to: string;
  /** The previous cycle's mean. */
  readonly before: number;
  /** The current cycle's mean. */
  readonly after: number;
  /** after − before. */
  readonly change: number;
  /** The reliable change index, change / S_diff, or `null` when not judged. */
  readonly index: number | null;
  /** Whether |index| > 1.96, or `null` when not judged. */
  readonly reliable: boolean | null;
  /** The plain reading. */
  readonly reading: CycleChangeReading360;
  /** The reliability used, or `null`. */
  readonly reliability: number | null;
  /** Where it came from, or `null`. */
  readonly reliabilitySource: CycleReliabilitySource360 | null;
  /** The SD across the previous cycle's ratees of the same figure, or `null`. */
  readonly referenceSd: number | null;
  /** How many of the previous cycle's ratees publish the figure. */
  readonly referenceRatees: number;
  /** S_diff = referenceSd · √(2 (1 − reliability)), or `null`. */
  readonly standardErrorOfDifference: number | null;
  /** Why no index, or `null`: too few earlier ratees, no spread among them, or no usable reliability. */
  readonly notJudged: 'too-few-ratees-in-earlier-cycle' | 'no-spread-in-earlier-cycle' | 'reliability-not-estimable' | null;
}

/**
 * One figure (others', or a shown group's) of one item or competency across the cycles.
 * @see {@link compareCycles360}
 */
export interface FigureComparison360 {
  /** `others` for all others pooled, `group` for a shown group. */
  readonly scope: 'others' | 'group';
  /** The groups pooled (for others, as in the current cycle, or else the latest cycle that publishes it). */
  readonly groups: readonly RaterGroup[];
  /** One point per cycle, oldest first, the current cycle last. */
  readonly series: readonly CyclePoint360[];
  /** The change from the previous cycle to the current one, or `null`. */
  readonly change: CycleChange360 | null;
  /** Why there is no change, naming the cycle that lacks the figure, or `null` when there is one. */
  readonly notCompared: { readonly cycle: string; readonly absence: CycleFigureAbsence360 } | null;
}

/**
 * One ratee's comparison across cycles.
 * @see {@link compareCycles360}
 */
export interface RateeCycleComparison360 {
  /** The ratee. */
  readonly rateeId: string;
  /** The cycles' labels, oldest first, the current last. */
  readonly cycles: readonly string[];
  /** The scale (the current cycle's). */
  readonly scale: { readonly min: number; readonly max: number };
  /** Per competency of the current report, in its order. */
  readonly competencies: readonly { readonly competencyId: string; readonly name: string; readonly figures: readonly FigureComparison360[] }[];
  /** Per item of the current report, in its order. */
  readonly items: readonly { readonly itemId: string; readonly competencyId: string; readonly figures: readonly FigureComparison360[] }[];
  /** Findings, in catalogue order. */
  readonly findings: readonly CycleComparison360Finding[];
}

/**
 * How one earlier cycle's items were linked.
 * @see {@link compareCycles360}
 */
export interface CycleItemLinks360 {
  /** The earlier cycle's label. */
  readonly cycle: string;
  /** Current item → earlier item, for every linked item, in current order. */
  readonly linked: readonly { readonly itemId: string; readonly earlierItemId: string }[];
  /** Current items with no counterpart in that cycle. */
  readonly unlinked: readonly string[];
  /** That cycle's items nothing links to. */
  readonly unused: readonly string[];
}

/**
 * The result of {@link compareCycles360}.
 * @see {@link compareCycles360}
 */
export interface CycleComparison360 {
  /** The cycles' labels, oldest first, the current last. */
  readonly cycles: readonly string[];
  /** The reliability applied: the caller's value, or estimated from the previous cycle's figures. */
  readonly reliability: { readonly kind: 'caller'; readonly value: number } | { readonly kind: 'from-earlier-cycle' };
  /** The fewest previous-cycle ratees the spread and reliability are taken from (default 5). */
  readonly minReferenceRatees: number;
  /** The criterion |RCI| must exceed: 1.96. */
  readonly criterion: 1.96;
  /** How each earlier cycle's items were linked. */
  readonly links: readonly CycleItemLinks360[];
  /** One comparison per ratee of the current cycle, in its order. */
  readonly ratees: readonly RateeCycleComparison360[];
}

/**
 * Checks that the cycles' labels are unique and links each earlier cycle's items to the current
 * cycle's (`itemIds`), naming every problem; shared with {@link cycleComparer360}.
 *
 * @internal
 */
export function linkEarlierCycles(
  earlier: readonly { readonly label: string; readonly ratees: readonly { readonly report: ComparableReport }[]; readonly itemMapping?: Readonly<Record<string, string>> | undefined }[],
  currentLabel: string,
  itemIds: readonly string[],
): ItemLinks[] {
  const issues: LmdInputIssueInit[] = [];
  const labels = new Set<string>();
  const all = [...earlier.map((cycle, index) => ({ label: cycle.label, keys: ['input', 'earlier', index, 'label'] })), { label: currentLabel, keys: ['input', 'current', 'label'] }];
  for (const { label, keys } of all) {
    if (labels.has(label)) issues.push({ keys, message: `another cycle has this label (received ${JSON.stringify(label)})` });
    labels.add(label);
  }
  const links = earlier.map((cycle, index) =>
    linkCycleItems(
      itemIds,
      [...new Set(cycle.ratees.flatMap((ratee) => ratee.report.items.map((item) => item.itemId)))],
      cycle.itemMapping ?? {},
      ['input', 'earlier', index, 'itemMapping'],
      issues,
    ),
  );
  if (issues.length > 0) throw new LmdInputError(issues);
  return links;
}

/**
 * The zod schema of the part of a report the comparison of cycles reads; other keys are dropped.
 *
 * @internal
 */
export const comparableReport360Schema = comparableReport;

/**
 * The parts of a 360 report that {@link compareCycles360} and {@link cycleComparer360} read: the
 * scale, the shown groups, and each item's and competency's published figures.
 * @see {@link comparableReport360}
 */
export interface ComparableReport360 {
  /** The scale's ends. */
  readonly scale: { readonly min: number; readonly max: number };
  /** The rater groups the report shows (each possibly pooling several). */
  readonly shownGroups: readonly { readonly groups: readonly RaterGroup[] }[];
  /** Per item, each shown group's figure and all others'. */
  readonly items: readonly {
    readonly itemId: string;
    readonly competencyId: string;
    readonly groups: readonly { readonly groups: readonly RaterGroup[]; readonly n: number; readonly mean: number; readonly sd: number | null }[];
    readonly others: { readonly groups: readonly RaterGroup[]; readonly n: number; readonly mean: number; readonly sd: number | null } | null;
  }[];
  /** Per competency, each shown group's figure and all others', with how many items they average. */
  readonly competencies: readonly {
    readonly competencyId: string;
    readonly name: string;
    readonly groups: readonly { readonly groups: readonly RaterGroup[]; readonly n: number; readonly mean: number; readonly items: number }[];
    readonly others: { readonly groups: readonly RaterGroup[]; readonly n: number; readonly mean: number; readonly items: number } | null;
  }[];
}

/**
 * A compact copy of the parts of a 360 report that the comparison of cycles reads (the scale, the
 * shown groups, and each item's and competency's published figures, without findings, texts or
 * ranks), to keep an earlier cycle of thousands of ratees in memory while the current one streams.
 * A comparison given the copies is the same as one given the whole reports.
 *
 * @param report - a report from {@link interpret360}, {@link interpret360Cohort} or {@link interpret360Stream}
 * @returns the copy, plain JSON
 * @throws LmdInputError when the value is not such a report
 * @example
 * const report = interpret360({
 *   instrument: { scale: { min: 1, max: 5 }, competencies: [{ id: 'c', name: 'Coaching' }], items: [{ id: 'c1', competencyId: 'c' }] },
 *   ratings: [3, 4, 4].map((score, rater) => ({ raterId: `p${rater}`, group: 'peer' as const, itemId: 'c1', score })),
 * });
 * Object.keys(comparableReport360(report)) //=> ['scale', 'shownGroups', 'items', 'competencies']
 * comparableReport360({} as Feedback360Report) //=> throws LmdInputError
 * @see {@link cycleComparer360}
 */
export function comparableReport360(report: Feedback360Report | ComparableReport360): ComparableReport360 {
  return parseInput(comparableReport, report, 'report');
}

/**
 * Compares each ratee of the current 360 cycle with earlier cycles: per competency and per item,
 * for all others and for each shown group, the figure in every cycle (the trend), and the change
 * from the previous cycle to the current one with Jacobson & Truax's (1991) reliable change index.
 *
 * Cycles are linked by ratee id and by item id, or by an earlier cycle's `itemMapping` (current
 * item id → earlier item id) when the instrument changed; every mapped id must exist, and items
 * that could not be linked are listed in `links`. Only figures that both reports publish are
 * compared, so the comparison discloses nothing that the two reports do not already show: a figure
 * that either cycle withholds, a group either cycle does not show (or pools with another), an
 * all-others figure that pools different groups, or a competency figure that averages a different
 * number of published items gives no change, and `notCompared` says which cycle lacks it and why.
 *
 * The index is (after − before) / S_diff with S_diff = sd · √(2 (1 − r)), where sd is the spread
 * across the previous cycle's ratees of the same figure (published figures only; at least
 * `minReferenceRatees`, default 5, as for any figure about a group of ratees) and r the
 * reliability: the caller's `reliability` when given; otherwise, for an item, ICC(1) of the
 * previous cycle's published item figures (a one-way analysis of variance from their counts,
 * means and SDs, Bliese 2000), for a competency the mean of its items' ICC(1), stepped up by
 * Spearman–Brown to the smaller of the two rater counts. Rater noise is what moves a 360 figure
 * between cycles when raters come and go, so the reliability is the raters' agreement, not the
 * items' internal consistency (alpha of the item means across ratees ignores it: on the sample
 * organisation it ran at .90 to .95 and called about one change in six real where little had changed); taking a competency's items' mean ICC(1) as one rater's
 * reliability on the competency errs towards calling a change noise. The source is stated with
 * every change. A change is read as beyond the measurement's noise when
 * |RCI| > 1.96.
 *
 * @param input - `{ current, earlier, reliability?, minReferenceRatees? }` ({@link compareCycles360InputSchema})
 * @returns the comparison: cycles, the reliability applied, item links and one entry per ratee
 * @throws LmdInputError when the input does not match the schema, two cycles share a label, or a
 * mapped item id does not exist (keys name the mapping's entry)
 * @example
 * const instrument = { scale: { min: 1, max: 5 }, competencies: [{ id: 'c', name: 'Coaching' }], items: [{ id: 'i', competencyId: 'c' }] };
 * const cycle = (label: string, scores: Record<string, number[]>) => ({
 *   label,
 *   ...interpret360Cohort({
 *     instrument,
 *     ratings: Object.entries(scores).flatMap(([rateeId, peers]) =>
 *       peers.map((score, n) => ({ rateeId, raterId: `${rateeId}-${n}`, group: 'peer' as const, itemId: 'i', score })),
 *     ),
 *   }),
 * });
 * const comparison = compareCycles360({
 *   earlier: [cycle('2026', { a: [2, 2, 3], b: [3, 3, 4], c: [4, 4, 5], d: [2, 3, 3], e: [4, 5, 5] })],
 *   current: cycle('2027', { a: [4, 4, 5] }),
 *   reliability: 0.8,
 * });
 * const others = comparison.ratees[0]?.competencies[0]?.figures[0];
 * others?.change?.change.toFixed(2) //=> '2.00'
 * others?.change?.reading //=> 'higher-beyond-noise'
 * others?.change?.reliabilitySource //=> 'caller'
 * @see {@link reliableChange}, {@link participantCycleComparison360}
 * @see Source: jacobson-truax-1991, bliese-2000, spearman-1910, brown-1910 in {@link references}.
 */
export function compareCycles360(input: CompareCycles360Input): CycleComparison360 {
  const valid = parseInput(compareCycles360InputSchema, input, 'input');
  const itemIds = [...new Set(valid.current.ratees.flatMap((ratee) => ratee.report.items.map((item) => item.itemId)))];
  const links = linkEarlierCycles(valid.earlier, valid.current.label, itemIds);
  const comparer = rateeCycleComparer(valid.earlier, links, valid.current.label, valid.reliability ?? null, valid.minReferenceRatees);
  // As before: a ratee listed twice is compared with the last of their reports.
  const currentReports = new Map(valid.current.ratees.map((ratee) => [ratee.rateeId, ratee.report]));
  const ratees = valid.current.ratees.map(({ rateeId }) => comparer.compare(rateeId, currentReports.get(rateeId) as ComparableReport));
  return { ...comparer.summary, ratees };
}
