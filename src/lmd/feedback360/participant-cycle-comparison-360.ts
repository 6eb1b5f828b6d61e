import { describeValue } from '../../core/describe-value.js';
import { LmdInputError } from '../../core/input-error.js';
import { deepFreeze } from '../../core/deep-freeze.js';
import type { CycleChangeReading360, CyclePoint360, FigureComparison360, RateeCycleComparison360 } from './compare-cycles-360.js';
import { cycleComparison360Findings } from './cycle-comparison-360-findings.js';
import type { ParticipantNote360 } from './participant-view-360.js';
import type { RaterGroup } from './rater-group.js';

/**
 * The plain words for each {@link CycleChangeReading360}, as the participant's page prints them
 * (in the project's own words; no statistics term).
 *
 * @example
 * cycleChangeReadingLabels360['within-noise'] //=> "within the measurement's noise"
 * @see {@link participantCycleComparison360}
 */
export const cycleChangeReadingLabels360 = /* @__PURE__ */ deepFreeze({
  'higher-beyond-noise': "higher, by more than the measurement's noise",
  'lower-beyond-noise': "lower, by more than the measurement's noise",
  'within-noise': "within the measurement's noise",
  'not-judged': 'too little to go on to judge',
} as const satisfies Record<CycleChangeReading360, string>);

/**
 * One figure across cycles as the participant sees it: the means per cycle, the change and its
 * plain reading. No index, reliability or spread.
 * @see {@link participantCycleComparison360}
 */
export interface ParticipantCycleFigure360 {
  /** `others` for all others pooled, `group` for a shown group. */
  readonly scope: 'others' | 'group';
  /** The groups pooled. */
  readonly groups: readonly RaterGroup[];
  /** One point per cycle, oldest first. */
  readonly series: readonly CyclePoint360[];
  /** The current mean minus the previous cycle's, or `null` when not compared. */
  readonly change: number | null;
  /** The plain reading, or `null` when not compared. */
  readonly reading: CycleChangeReading360 | null;
}

/**
 * The comparison across cycles that the person rated may read: figures, changes and plain
 * readings, and the notes meant for them. It leaves out the reliable change index, the
 * reliability and its source, the reference spread, and every coach-only finding, and carries no
 * finding code.
 * @see {@link participantCycleComparison360}
 */
export interface ParticipantCycleComparison360 {
  /** Always `participant`. */
  readonly audience: 'participant';
  /** The cycles' labels, oldest first. */
  readonly cycles: readonly string[];
  /** The scale. */
  readonly scale: { readonly min: number; readonly max: number };
  /** Per competency. */
  readonly competencies: readonly { readonly competencyId: string; readonly name: string; readonly figures: readonly ParticipantCycleFigure360[] }[];
  /** Per item. */
  readonly items: readonly { readonly itemId: string; readonly competencyId: string; readonly figures: readonly ParticipantCycleFigure360[] }[];
  /** Notes for the participant. */
  readonly notes: readonly ParticipantNote360[];
}

function figure(from: FigureComparison360): ParticipantCycleFigure360 {
  return {
    scope: from.scope,
    groups: [...from.groups],
    series: from.series.map((point) => ({ ...point })),
    change: from.change === null ? null : from.change.change,
    reading: from.change === null ? null : from.change.reading,
  };
}

/**
 * The participant's version of one ratee's comparison across cycles (see
 * {@link ParticipantCycleComparison360}). Which findings become notes is decided by each code's
 * audience in {@link cycleComparison360Findings}, not by the comparison's own fields. The
 * comparison is not changed.
 *
 * @param comparison - one ratee's entry of {@link compareCycles360}'s `ratees`
 * @returns the participant's comparison
 * @throws LmdInputError when `comparison` is not a ratee's comparison
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
 * const mine = participantCycleComparison360(comparison.ratees[0]!);
 * mine.competencies[0]?.figures[0]?.reading //=> 'higher-beyond-noise'
 * JSON.stringify(mine).includes('index') || JSON.stringify(mine).includes('FB360_') //=> false
 * @see {@link compareCycles360}
 * @see Source: jacobson-truax-1991 in {@link references}.
 */
export function participantCycleComparison360(comparison: RateeCycleComparison360): ParticipantCycleComparison360 {
  if (
    comparison === null ||
    typeof comparison !== 'object' ||
    !Array.isArray((comparison as { competencies?: unknown }).competencies) ||
    !Array.isArray((comparison as { findings?: unknown }).findings)
  ) {
    throw new LmdInputError([{ keys: ['comparison'], message: `expected one ratee's comparison from compareCycles360 (received ${describeValue(comparison)})` }]);
  }
  const audienceOf = (code: string): 'participant' | 'coach' =>
    (cycleComparison360Findings as Readonly<Record<string, { audience: 'participant' | 'coach' }>>)[code]?.audience ?? 'coach';
  return {
    audience: 'participant',
    cycles: [...comparison.cycles],
    scale: { min: comparison.scale.min, max: comparison.scale.max },
    competencies: comparison.competencies.map((entry) => ({ competencyId: entry.competencyId, name: entry.name, figures: entry.figures.map(figure) })),
    items: comparison.items.map((entry) => ({ itemId: entry.itemId, competencyId: entry.competencyId, figures: entry.figures.map(figure) })),
    notes: comparison.findings
      .filter((entry) => Object.hasOwn(cycleComparison360Findings, entry.code) && audienceOf(entry.code) === 'participant')
      .map((entry) => ({ about: 'general' as const, message: entry.message, basis: [...entry.basis] })),
  };
}
