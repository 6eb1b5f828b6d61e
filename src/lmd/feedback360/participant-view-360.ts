import type { ReferenceId } from '../../core/references.js';
import { describeValue } from '../../core/describe-value.js';
import { LmdInputError } from '../../core/input-error.js';
import { feedbackReadinessFindings } from './feedback-readiness.js';
import {
  feedback360Findings,
  type Competency360Result,
  type CompetencyFigure360,
  type Feedback360Report,
  type HiddenGroup360,
  type Item360Result,
  type ItemFigure360,
  type RankedItem360,
  type ShownGroup360,
} from './feedback360-report.js';

/**
 * A published figure as the participant sees it: who it pools, how many raters, their mean, and
 * whether it can be traced to a known person. No spread, no agreement statistics.
 * @see {@link participantView360}
 */
export interface ParticipantFigure360 {
  /** The rater groups pooled. */
  readonly groups: ItemFigure360['groups'];
  /** How many raters. */
  readonly n: number;
  /** Their mean score. */
  readonly mean: number;
  /** Whether the figure can be traced to a known person (self, or the manager by default). */
  readonly identifiable: boolean;
}

/**
 * One item as the participant sees it.
 * @see {@link participantView360}
 */
export interface ParticipantItem360 {
  /** The item. */
  readonly itemId: string;
  /** Its competency. */
  readonly competencyId: string;
  /** Whether its scores were turned round (a higher mean still means more of the behaviour). */
  readonly reverseScored: boolean;
  /** Their own score, or `null`. */
  readonly self: ParticipantFigure360 | null;
  /** Each shown group's figure. */
  readonly groups: readonly ParticipantFigure360[];
  /** All others, pooled, or `null` when withheld. */
  readonly others: ParticipantFigure360 | null;
  /** Self − others, or `null`. */
  readonly gap: number | null;
  /** Whether self and others see the item differently enough to talk about: self higher, self lower, or neither. */
  readonly seenDifferently: 'self-higher' | 'self-lower' | null;
  /** Percentile of others' mean in the norm sample, or `null` without norms. */
  readonly othersPercentile: number | null;
  /** Figures withheld on this item, and why. */
  readonly withheld: Item360Result['withheld'];
}

/**
 * One competency as the participant sees it.
 * @see {@link participantView360}
 */
export interface ParticipantCompetency360 {
  /** The competency. */
  readonly competencyId: string;
  /** Its name. */
  readonly name: string;
  /** Their own mean, or `null`. */
  readonly self: ParticipantCompetencyFigure360 | null;
  /** Each shown group's figure. */
  readonly groups: readonly ParticipantCompetencyFigure360[];
  /** All others, or `null`. */
  readonly others: ParticipantCompetencyFigure360 | null;
  /** Self − others, or `null`. */
  readonly gap: number | null;
  /** Percentile of others' mean in the norm sample, or `null`. */
  readonly othersPercentile: number | null;
}

/**
 * A competency figure as the participant sees it (the same fields as the coach's).
 * @see {@link participantView360}
 */
export type ParticipantCompetencyFigure360 = CompetencyFigure360;

/**
 * A note for the participant: a plain sentence and the sources behind it ("why we say this").
 * @see {@link participantView360}
 */
export interface ParticipantNote360 {
  /**
   * What the note is about: `hidden` when it says a group was left out (a page puts it where it
   * says what was left out and why, and nowhere else), `general` otherwise.
   */
  readonly about: 'hidden' | 'general';
  /** One plain sentence. */
  readonly message: string;
  /** The bibliography ids behind it. */
  readonly basis: readonly ReferenceId[];
}

/**
 * The 360 report for the person rated: what others saw, where self and others differ, their
 * highest and lowest rated items, and the notes meant for them. It leaves out everything meant
 * only for the coach: the agreement category and band, readiness, rater disagreement, spreads and
 * every finding whose audience is `coach`; and it carries no finding code.
 * @see {@link participantView360}
 */
export interface Participant360Report {
  /** Always `participant`. */
  readonly audience: 'participant';
  /** The rating scale. */
  readonly scale: Feedback360Report['scale'];
  /** The smallest group shown, so the reader knows why some groups are missing. */
  readonly minGroupSize: number;
  /** The groups shown. */
  readonly shownGroups: readonly ShownGroup360[];
  /** The groups left out to protect their raters. */
  readonly hiddenGroups: readonly HiddenGroup360[];
  /** Per item, in instrument order. */
  readonly items: readonly ParticipantItem360[];
  /** Per competency, in instrument order. */
  readonly competencies: readonly ParticipantCompetency360[];
  /** Their own overall mean against others', over the items where both are shown, or `null`. */
  readonly overall: { readonly self: number; readonly others: number; readonly difference: number; readonly items: number } | null;
  /** The items others rate highest. */
  readonly highestRatedItems: readonly RankedItem360[];
  /** The items others rate lowest. */
  readonly lowestRatedItems: readonly RankedItem360[];
  /** Notes for the participant, most important first. */
  readonly notes: readonly ParticipantNote360[];
}

/** Who may read each 360 finding, from the catalogues (never from the report, which a caller could alter). */
function audienceOf(code: string): 'participant' | 'coach' {
  const definition =
    (feedback360Findings as Readonly<Record<string, { audience: 'participant' | 'coach' }>>)[code] ??
    (feedbackReadinessFindings as Readonly<Record<string, { audience: 'participant' | 'coach' }>>)[code];
  return definition?.audience ?? 'coach';
}

function figure(from: ItemFigure360): ParticipantFigure360 {
  return { groups: [...from.groups], n: from.n, mean: from.mean, identifiable: from.identifiable };
}

function item(from: Item360Result): ParticipantItem360 {
  return {
    itemId: from.itemId,
    competencyId: from.competencyId,
    reverseScored: from.reverseScored,
    self: from.self === null ? null : figure(from.self),
    groups: from.groups.map(figure),
    others: from.others === null ? null : figure(from.others),
    gap: from.gap,
    seenDifferently: from.flag === 'blind-spot' ? 'self-higher' : from.flag === 'hidden-strength' ? 'self-lower' : null,
    othersPercentile: from.othersPercentile,
    withheld: from.withheld.map((entry) => ({ ...entry, groups: [...entry.groups] })),
  };
}

function competency(from: Competency360Result): ParticipantCompetency360 {
  const copy = (value: CompetencyFigure360): CompetencyFigure360 => ({ ...value, groups: [...value.groups] });
  return {
    competencyId: from.competencyId,
    name: from.name,
    self: from.self === null ? null : copy(from.self),
    groups: from.groups.map(copy),
    others: from.others === null ? null : copy(from.others),
    gap: from.gap,
    othersPercentile: from.othersPercentile,
  };
}

/**
 * The participant's version of a 360 report (see {@link Participant360Report}): what the person
 * rated may read. Which findings become notes is decided by each code's audience in
 * {@link feedback360Findings} and {@link feedbackReadinessFindings}, not by the report's own
 * `audience` fields, so an altered report cannot pass a coach's note to the participant. The
 * report is not changed.
 *
 * @param report - a report from {@link interpret360} or {@link interpret360Cohort}
 * @returns the participant's report
 * @throws LmdInputError when `report` is not a report object
 * @example
 * const report = interpret360({
 *   instrument: { scale: { min: 1, max: 5 }, competencies: [{ id: 'c', name: 'Coaching' }], items: [{ id: 'i', competencyId: 'c' }] },
 *   ratings: [
 *     { raterId: 'me', group: 'self', itemId: 'i', score: 5 },
 *     ...['p1', 'p2', 'p3', 'p4'].map((raterId) => ({ raterId, group: 'peer' as const, itemId: 'i', score: 3 })),
 *   ],
 * });
 * report.agreement?.category //=> 'over-estimator'
 * const mine = participantView360(report);
 * mine.overall //=> { self: 5, others: 3, difference: 2, items: 1 }
 * mine.items[0]?.seenDifferently //=> 'self-higher'
 * 'agreement' in mine || 'readiness' in mine || 'findings' in mine //=> false
 * @see Smither, London & Reilly (2005) `smither-london-reilly-2005` on why the coach, not the
 *   report, should raise how a person rates themselves against others.
 */
export function participantView360(report: Feedback360Report): Participant360Report {
  if (report === null || typeof report !== 'object' || !Array.isArray((report as { items?: unknown }).items) || !Array.isArray((report as { findings?: unknown }).findings)) {
    throw new LmdInputError([{ keys: ['report'], message: `expected a 360 report from interpret360 (received ${describeValue(report)})` }]);
  }
  return {
    audience: 'participant',
    scale: { min: report.scale.min, max: report.scale.max },
    minGroupSize: report.policy.minGroupSize,
    shownGroups: report.shownGroups.map((group) => ({ ...group, groups: [...group.groups] })),
    hiddenGroups: report.hiddenGroups.map((group) => ({ ...group, groups: [...group.groups] })),
    items: report.items.map(item),
    competencies: report.competencies.map(competency),
    overall:
      report.agreement === null
        ? null
        : { self: report.agreement.self, others: report.agreement.others, difference: report.agreement.difference, items: report.agreement.items },
    highestRatedItems: report.highestRatedItems.map((ranked) => ({ ...ranked, groups: [...ranked.groups] })),
    lowestRatedItems: report.lowestRatedItems.map((ranked) => ({ ...ranked, groups: [...ranked.groups] })),
    notes: report.findings
      .filter((finding) => audienceOf(finding.code) === 'participant')
      .map((finding) => ({ about: finding.code === 'FB360_GROUP_HIDDEN' ? ('hidden' as const) : ('general' as const), message: finding.message, basis: [...finding.basis] })),
  };
}
