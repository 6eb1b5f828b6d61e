import { deepFreeze } from '../../core/deep-freeze.js';
import type { PersonFinding } from '../../core/finding.js';
import { findingCodesOf, type FindingDefinition } from '../../core/finding-catalogue.js';
import type { AnonymityPolicy } from './anonymity/anonymity-policy.js';
import type { FeedbackReadiness, FeedbackReadinessFinding } from './feedback-readiness.js';
import type { ReleaseLedger } from './anonymity/release-ledger.js';
import type { RaterGroup } from './rater-group.js';
import type { AgreementBand, SelfOtherAgreementCategory, SelfOtherAgreementSixWayCategory } from './self-other-agreement.js';

/**
 * A published item-level figure: the ratings of the raters in `groups` who scored this item.
 * Every figure names what it pools, so no reader can mistake whose ratings it holds.
 * @see {@link interpret360}
 */
export interface ItemFigure360 {
  /** The rater groups pooled, in {@link raterGroups} order. */
  readonly groups: readonly RaterGroup[];
  /** How many raters scored the item. */
  readonly n: number;
  /** Their mean score. */
  readonly mean: number;
  /** Their sample standard deviation (n − 1); `null` when n is 1. */
  readonly sd: number | null;
  /** Whether the figure can be traced to a known person (an exempt group such as `self` or `manager`). */
  readonly identifiable: boolean;
  /** Whether two of these raters are `disagreementSpread` or more points apart on this item. */
  readonly raterDisagreement: boolean;
}

/**
 * A published competency-level figure: the mean of the group's published item means over the
 * competency's items (each item weighs the same), with the number of distinct raters behind it.
 * @see {@link interpret360}
 */
export interface CompetencyFigure360 {
  /** The rater groups pooled, in {@link raterGroups} order. */
  readonly groups: readonly RaterGroup[];
  /** How many distinct raters contributed to any of the item means. */
  readonly n: number;
  /** The mean of the item means. */
  readonly mean: number;
  /** How many item means it averages. */
  readonly items: number;
  /** Whether the figure can be traced to a known person. */
  readonly identifiable: boolean;
}

/**
 * The reasons a figure is not published:
 *
 * - `below-minimum-group-size`: fewer than `minGroupSize` of the group's raters gave any score.
 * - `below-minimum-on-item`: the group is shown, but fewer than `minGroupSize` of its raters
 *   scored this item.
 * - `others-below-minimum`: the pooled all-others figure would rest on fewer than `minOthersSize`
 *   raters.
 * - `differs-little-from-earlier-release`: with the release ledger, the figure's raters differ from
 *   those of figures already published for the same ratee and scope by too few people (fewer
 *   than `minGroupSize` joiners and leavers), so setting one against the other would give away
 *   the ratings of those few.
 *
 * @example
 * withheldReasons360.length //=> 4
 * @see {@link interpret360}; {@link releaseLedgerSchema} for the release ledger.
 */
export const withheldReasons360 = /* @__PURE__ */ Object.freeze([
  'below-minimum-group-size',
  'below-minimum-on-item',
  'others-below-minimum',
  'differs-little-from-earlier-release',
] as const);

/**
 * One of {@link withheldReasons360}.
 * @see {@link withheldReasons360}
 */
export type WithheldReason360 = (typeof withheldReasons360)[number];

/**
 * A figure that is not published, and why. It never carries a count: "2 of 3 peers answered" is
 * itself a disclosure.
 * @see {@link interpret360}
 */
export interface WithheldFigure360 {
  /** The rater groups whose figure is withheld (`[]` for the all-others figure's own check is never used: all-others names its groups). */
  readonly groups: readonly RaterGroup[];
  /** Why. */
  readonly reason: WithheldReason360;
}

/**
 * A rater group (or merged set of groups) as the report shows it.
 * @see {@link interpret360}
 */
export interface ShownGroup360 {
  /** The groups, in {@link raterGroups} order (two or more when small groups were merged). */
  readonly groups: readonly RaterGroup[];
  /** Raters in it who gave at least one score. */
  readonly raters: number;
  /** Whether it is an exempt group shown whatever its size. */
  readonly identifiable: boolean;
  /** Whether it pools groups merged under the `merge` strategy. */
  readonly merged: boolean;
}

/**
 * A rater group left out of every figure, and why (without its count).
 * @see {@link interpret360}
 */
export interface HiddenGroup360 {
  /** The group or groups hidden. */
  readonly groups: readonly RaterGroup[];
  /** Why. */
  readonly reason: 'below-minimum-group-size';
}

/**
 * Whether self sits well above others on an item (`blind-spot`), well below (`hidden-strength`),
 * by the report's agreement band, or neither (`null`).
 * @see {@link interpret360}
 */
export type ItemFlag360 = 'blind-spot' | 'hidden-strength' | null;

/**
 * One item's results.
 *
 * @example
 * const report = interpret360({
 *   instrument: { scale: { min: 1, max: 5 }, competencies: [{ id: 'c', name: 'Coaching' }], items: [{ id: 'i', competencyId: 'c' }] },
 *   ratings: ['p1', 'p2', 'p3', 'p4'].map((raterId) => ({ raterId, group: 'peer' as const, itemId: 'i', score: 4 })),
 * });
 * const item: Item360Result | undefined = report.items[0];
 * item?.others?.n //=> 4
 * @see {@link interpret360}
 */
export interface Item360Result {
  /** The item. */
  readonly itemId: string;
  /** Its competency. */
  readonly competencyId: string;
  /**
   * Whether the instrument marks the item reverse-scored. Its figures are then on the turned-round
   * scale (`max + min − score`), so a higher mean always means more of the behaviour.
   */
  readonly reverseScored: boolean;
  /** The ratee's own score, or `null` when they gave none. */
  readonly self: ItemFigure360 | null;
  /** Each shown group's figure (the manager included), in group order. */
  readonly groups: readonly ItemFigure360[];
  /** All raters but self, pooled over the published group figures; `null` when withheld or empty. */
  readonly others: ItemFigure360 | null;
  /** Self − others' mean, or `null` when either is missing. */
  readonly gap: number | null;
  /** Blind spot, hidden strength, or neither. */
  readonly flag: ItemFlag360;
  /** Percentile of others' mean in the item's norm sample (0–100), or `null` without norms. */
  readonly othersPercentile: number | null;
  /** Figures withheld on this item, and why. */
  readonly withheld: readonly WithheldFigure360[];
}

/**
 * One competency's results.
 *
 * @example
 * const report = interpret360({
 *   instrument: { scale: { min: 1, max: 5 }, competencies: [{ id: 'c', name: 'Coaching' }], items: [{ id: 'i', competencyId: 'c' }] },
 *   ratings: ['p1', 'p2', 'p3', 'p4'].map((raterId) => ({ raterId, group: 'peer' as const, itemId: 'i', score: 4 })),
 * });
 * const competency: Competency360Result | undefined = report.competencies[0];
 * competency?.others?.mean //=> 4
 * @see {@link interpret360}
 */
export interface Competency360Result {
  /** The competency. */
  readonly competencyId: string;
  /** Its name, from the instrument. */
  readonly name: string;
  /** The mean of the ratee's own item scores, or `null`. */
  readonly self: CompetencyFigure360 | null;
  /** Each shown group's figure, in group order. */
  readonly groups: readonly CompetencyFigure360[];
  /** All others, pooled over the published all-others item figures; `null` when none was published. */
  readonly others: CompetencyFigure360 | null;
  /** Self − others, or `null` when either is missing. */
  readonly gap: number | null;
  /** Percentile of others' mean in the competency's norm sample (0–100), or `null` without norms. */
  readonly othersPercentile: number | null;
}

/**
 * The ratee's overall self-other agreement, over the items where both self and all-others
 * figures are published.
 * @see {@link interpret360}
 */
export interface SelfOtherAgreement360 {
  /** Mean self score over those items. */
  readonly self: number;
  /** Mean of the all-others item means over those items. */
  readonly others: number;
  /** The rater groups pooled in those all-others figures. */
  readonly othersGroups: readonly RaterGroup[];
  /** Distinct raters behind those all-others figures. */
  readonly othersN: number;
  /** Self − others. */
  readonly difference: number;
  /** How many items. */
  readonly items: number;
  /** The four-way category. */
  readonly category: SelfOtherAgreementCategory;
  /** The six-way category. */
  readonly sixWay: SelfOtherAgreementSixWayCategory;
}

/**
 * An item and others' mean on it, for the highest- and lowest-rated lists.
 * @see {@link interpret360}
 */
export interface RankedItem360 {
  /** The item. */
  readonly itemId: string;
  /** The rater groups pooled in the all-others figure it comes from. */
  readonly groups: readonly RaterGroup[];
  /** Raters behind that figure. */
  readonly n: number;
  /** Others' mean on it. */
  readonly mean: number;
}

/**
 * What each finding of {@link interpret360} means (besides the readiness ones, in
 * {@link feedbackReadinessFindings}): code → severity and meaning, defined once. The rules take
 * each finding's severity from here, and {@link feedback360FindingCodes} lists the codes.
 *
 * @example
 * feedback360Findings.FB360_OTHERS_WITHHELD.severity //=> 'warning'
 * @see {@link interpret360}
 */
export const feedback360Findings = /* @__PURE__ */ deepFreeze({
  FB360_GROUP_HIDDEN: { severity: 'info', audience: 'participant', meaning: 'A group is left out of every figure to protect its raters.' },
  FB360_GROUPS_MERGED: { severity: 'info', audience: 'participant', meaning: 'Small groups are shown pooled with another group.' },
  FB360_FIGURES_WITHHELD_ON_ITEMS: { severity: 'info', audience: 'participant', meaning: "On some items a shown group's figure is withheld." },
  FB360_OTHERS_WITHHELD: { severity: 'warning', audience: 'participant', meaning: 'The all-others figure is withheld on some items.' },
  FB360_NO_SELF_RATING: { severity: 'info', audience: 'participant', meaning: 'The ratee gave no self-rating; agreement cannot be judged.' },
  FB360_MANAGER_IDENTIFIABLE: { severity: 'info', audience: 'participant', meaning: "The manager's ratings are shown alone and can be traced." },
  FB360_OVER_ESTIMATOR: { severity: 'warning', audience: 'coach', meaning: "The ratee rates themselves well above how others rate them overall." },
  FB360_UNDER_ESTIMATOR: { severity: 'info', audience: 'coach', meaning: "The ratee rates themselves well below how others rate them overall." },
  FB360_IN_AGREEMENT_POOR: { severity: 'advice', audience: 'coach', meaning: 'The ratee and others agree, at a low level.' },
  FB360_BLIND_SPOTS: { severity: 'advice', audience: 'coach', meaning: 'On some items the ratee rates themselves well above others: possible blind spots.' },
  FB360_HIDDEN_STRENGTHS: { severity: 'info', audience: 'coach', meaning: 'On some items the ratee rates themselves well below others: possible hidden strengths.' },
  FB360_RATER_DISAGREEMENT: { severity: 'advice', audience: 'coach', meaning: 'On some items the raters of one group are far apart.' },
  FB360_WITHHELD_SINCE_EARLIER_RELEASE: {
    severity: 'info',
    audience: 'participant',
    meaning: "Some figures are withheld because their raters differ from an earlier report's by too few people.",
  },
} as const satisfies Record<string, FindingDefinition>);

/**
 * The stable codes of the findings of {@link interpret360} (besides the readiness ones), in the
 * order of {@link feedback360Findings}, which says what each means.
 *
 * @example
 * feedback360FindingCodes.includes('FB360_GROUP_HIDDEN') //=> true
 * @see {@link interpret360}
 */
export const feedback360FindingCodes = /* @__PURE__ */ findingCodesOf(feedback360Findings);

/**
 * A finding of {@link interpret360}: one of {@link feedback360FindingCodes}, or a readiness finding.
 * @see {@link feedback360FindingCodes}
 */
export type Feedback360Finding = PersonFinding<(typeof feedback360FindingCodes)[number]> | FeedbackReadinessFinding;

/**
 * The display options {@link interpret360} applied, echoed.
 * @see {@link interpret360}
 */
export interface Feedback360Options {
  /** How many items the highest- and lowest-rated lists hold (default 5). */
  readonly extremeItems: number;
  /** The spread in scale points that flags rater disagreement within a group (default 3, as CCL). */
  readonly disagreementSpread: number;
  /** The gap in scale points between self and all others that flags an item (default 1). */
  readonly blindSpotGap: number;
  /** The most items flagged as blind spots, and as hidden strengths, the largest gaps first (default 3). */
  readonly maxFlaggedItems: number;
}

/**
 * A 360-degree feedback report for one ratee: every published figure names the groups it pools
 * and its `n`; hidden groups and withheld figures are listed with their reasons; the policy and
 * rules applied are echoed.
 *
 * @example
 * const report = interpret360({
 *   instrument: { scale: { min: 1, max: 5 }, competencies: [{ id: 'c', name: 'Coaching' }], items: [{ id: 'i', competencyId: 'c' }] },
 *   ratings: ['p1', 'p2', 'p3', 'p4'].map((raterId) => ({ raterId, group: 'peer' as const, itemId: 'i', score: 4 })),
 * });
 * const typed: Feedback360Report = report;
 * typed.hiddenGroups //=> []
 * @see {@link interpret360}
 */
export interface Feedback360Report {
  /** The anonymity policy applied. */
  readonly policy: AnonymityPolicy;
  /** The agreement band applied (from the agreement rule). */
  readonly agreementBand: AgreementBand;
  /** The display options applied. */
  readonly options: Feedback360Options;
  /** The rating scale. */
  readonly scale: { readonly min: number; readonly max: number };
  /** The groups shown, in group order. */
  readonly shownGroups: readonly ShownGroup360[];
  /** The groups hidden, and why. */
  readonly hiddenGroups: readonly HiddenGroup360[];
  /** Per item, in instrument order. */
  readonly items: readonly Item360Result[];
  /** Per competency, in instrument order. */
  readonly competencies: readonly Competency360Result[];
  /** Overall self-other agreement, or `null` without a self-rating or published others' figures. */
  readonly agreement: SelfOtherAgreement360 | null;
  /** The items others rate highest (ties in instrument order). */
  readonly highestRatedItems: readonly RankedItem360[];
  /** The items others rate lowest (ties in instrument order). */
  readonly lowestRatedItems: readonly RankedItem360[];
  /** Items flagged as blind spots. */
  readonly blindSpots: readonly string[];
  /** Items flagged as hidden strengths. */
  readonly hiddenStrengths: readonly string[];
  /** The readiness judgement, when readiness information was given; otherwise `null`. */
  readonly readiness: FeedbackReadiness | null;
  /** Findings, most severe first. */
  readonly findings: readonly Feedback360Finding[];
  /** What the release ledger withheld, when the report was checked against one; absent otherwise. */
  readonly release?: ReleaseCheck360 | undefined;
}

/**
 * That a report was checked against the release ledger. What the check withheld is in each item's
 * `withheld`, with the reason `differs-little-from-earlier-release`; competency and overall figures
 * average the published item figures, so they leave out what is withheld there.
 * @see {@link interpret360}
 */
export interface ReleaseCheck360 {
  /** The release the report was checked for. */
  readonly releaseId: string;
  /**
   * The ledger after this release, to keep for the next one: on the report of {@link interpret360}
   * only ({@link interpret360Cohort} gives one ledger for the whole cycle instead).
   */
  readonly ledger?: ReleaseLedger | undefined;
}
