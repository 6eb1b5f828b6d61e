import type { output } from 'zod';
import { evidenceStrengths, type EvidenceStrength } from '../../core/evidence-strength.js';
import { sortFindingsBySeverity } from '../../core/finding.js';
import { LmdInputError, type LmdInputIssueInit } from '../../core/input-error.js';
import { parseInput } from '../../core/parse-input.js';
import type { ReferenceId } from '../../core/references.js';
import { reliableChange } from '../../core/stats/reliable-change.js';
import { ratersNeeded, spearmanBrown } from '../../core/stats/spearman-brown.js';
import { joinWithAnd } from '../../core/_internal/join-with-and.js';
import type { DevelopmentCapital, DevelopmentFocus } from '../development-focus.js';
import { interventions, type InterventionId } from '../interventions.js';
import { addMonths } from './_internal/add-months.js';
import { publishedSingleRaterReliability } from './_internal/published-single-rater-reliability.js';
import { developmentPlanFindings, type DevelopmentPlanFinding } from './development-plan-findings.js';
import type { DevelopmentQuadrant } from './development-quadrants.js';
import { interventionPlanFit, type DevelopmentResource } from './intervention-plan-fit.js';
import {
  developmentPlanReportSchema,
  planDevelopmentOptionsSchema,
  type DevelopmentPlanReport,
  type PlanDevelopmentOptions,
} from './plan-development-schemas.js';


/**
 * One competency on the development grid.
 * @see {@link planDevelopment}
 */
export interface DevelopmentGridRow {
  /** The competency. */
  readonly competencyId: string;
  /** Its name. */
  readonly name: string;
  /** Others' mean. */
  readonly others: number;
  /** The participant's own mean, or `null`. */
  readonly self: number | null;
  /** Self − others, or `null` without a self-rating. */
  readonly gap: number | null;
  /** The others' cut-off applied to it. */
  readonly cutOff: number;
  /** The importance weight applied (default 1). */
  readonly importance: number;
  /** How far others' mean is below the top of the scale, as a share of the scale: (max − others) ÷ (max − min). */
  readonly need: number;
  /** How far self sits above others, as a share of the scale: max(0, gap) ÷ (max − min); 0 without a self-rating. */
  readonly overestimate: number;
  /** importance × need × (1 + overestimate). */
  readonly score: number;
  /** Its quadrant. */
  readonly quadrant: DevelopmentQuadrant;
}

/**
 * A catalogue intervention suggested for a priority.
 * @see {@link planDevelopment}
 */
export interface SuggestedIntervention {
  /** The catalogue id. */
  readonly interventionId: InterventionId;
  /** Its name. */
  readonly name: string;
  /** Leader or leadership development (Day 2000). */
  readonly focus: DevelopmentFocus;
  /** The capital it mainly builds. */
  readonly capital: DevelopmentCapital;
  /** The grade of the evidence behind it. */
  readonly evidence: EvidenceStrength;
  /** The resources it needs, each available (`true`) or not recorded (`null`). */
  readonly needs: readonly { readonly resource: DevelopmentResource; readonly available: true | null }[];
  /** The works behind its evidence grade. */
  readonly sources: readonly ReferenceId[];
}

/**
 * One item of a priority's measure.
 * @see {@link planDevelopment}
 */
export interface GoalItem {
  /** The item. */
  readonly itemId: string;
  /** Its wording, when `itemText` gave it; otherwise `null`. */
  readonly text: string | null;
  /** Others' mean on it now, or `null` when withheld. */
  readonly others: number | null;
}

/**
 * A SMART goal to be filled in: what is pre-filled comes from the report (the items and the
 * figures); every text field is the participant's own, empty until they write it.
 * @see {@link planDevelopment}
 */
export interface SmartGoal {
  /** What the participant will do differently (empty until written). */
  readonly specific: string;
  /** How progress is measured: the same items, re-rated by others. */
  readonly measurable: {
    /** The participant's own words on the measure (empty until written). */
    readonly description: string;
    /** The competency's items, in instrument order. */
    readonly items: readonly GoalItem[];
    /** Others' competency mean now. */
    readonly baseline: number;
    /** The mean to reach at the re-rating, or `null` when neither given nor computable. */
    readonly target: number | null;
    /** Where the target comes from: the participant's goal, the smallest reliable change, or nowhere. */
    readonly targetFrom: 'goal' | 'reliable-change' | null;
  };
  /** Why the goal is within reach (empty until written). */
  readonly achievable: string;
  /** Why it matters to the role and the organisation (empty until written). */
  readonly relevant: string;
  /** The date by which it should be met (`YYYY-MM-DD`), or `null` until set. */
  readonly timeBound: string | null;
}

/**
 * One development priority.
 * @see {@link planDevelopment}
 */
export interface DevelopmentPriority {
  /** 1 for the first priority. */
  readonly rank: number;
  /** The competency. */
  readonly competencyId: string;
  /** Its name. */
  readonly name: string;
  /** Its quadrant: `development-priority` or `blind-spot-to-explore`. */
  readonly quadrant: DevelopmentQuadrant;
  /** Its priority score. */
  readonly score: number;
  /** The focus the interventions were chosen from. */
  readonly focus: readonly DevelopmentFocus[];
  /** Fitting interventions, those with every resource confirmed first, then by evidence grade. */
  readonly interventions: readonly SuggestedIntervention[];
  /** The goal to fill in. */
  readonly goal: SmartGoal;
  /** The smallest change in others' mean that would count as reliable at the re-rating. */
  readonly reliableChange: {
    /** The reference sd used, or `null` when none was given. */
    readonly referenceSd: number | null;
    /** The change in scale points, or `null` without a reference sd. */
    readonly scalePoints: number | null;
  };
}

/**
 * The re-rating of one rater group: how many raters a reliable group mean needs.
 * @see {@link planDevelopment}
 */
export interface RemeasurementGroup {
  /** The rater group. */
  readonly group: 'manager' | 'peer' | 'direct-report' | 'other';
  /** The reliability of one rater of the group. */
  readonly singleRaterReliability: number;
  /** Where it comes from: the caller's options, or the published meta-analysis. */
  readonly source: 'options' | ReferenceId;
  /** Whether the value is confirmed (`true` for the caller's own; `false` for the published values, not checked against the article). */
  readonly verified: boolean;
  /** Raters needed for the target reliability (Spearman–Brown solved for k). */
  readonly ratersNeeded: number;
  /** How the group appeared last time: on its own, pooled with others, hidden, or with no raters. */
  readonly lastTime: 'shown' | 'merged' | 'hidden' | 'no-raters';
  /** Raters in the group last time, when it was shown on its own; otherwise `null` (a hidden group's size is never given). */
  readonly ratersLastTime: number | null;
  /** The reliability of last time's group mean, or `null`. */
  readonly reliabilityLastTime: number | null;
}

/**
 * How and when the priorities are measured again.
 * @see {@link planDevelopment}
 */
export interface RemeasurementPlan {
  /** The items to re-rate: every priority's items, in instrument order. */
  readonly items: readonly string[];
  /** Months from the feedback to the re-rating. */
  readonly intervalMonths: number;
  /** The re-rating date, when the feedback date was given; otherwise `null`. */
  readonly reRatingDate: string | null;
  /** The reliability a re-rated group mean should reach. */
  readonly targetReliability: number;
  /** Each rater group's re-rating. */
  readonly groups: readonly RemeasurementGroup[];
  /** The reliable change rule at the target reliability (Jacobson & Truax 1991). */
  readonly reliableChange: {
    /** The reliability assumed for the re-rated mean (the target). */
    readonly reliability: number;
    /** |RCI| must exceed this. */
    readonly criterion: 1.96;
    /** The smallest reliable change in reference standard deviations: 1.96 × √(2(1 − reliability)). */
    readonly inSd: number;
  };
  /** The sources behind the interval, the rater numbers and the reliable change. */
  readonly basis: readonly ReferenceId[];
}

/**
 * The rules {@link planDevelopment} applied, echoed.
 * @see {@link planDevelopment}
 */
export interface DevelopmentPlanRule {
  /** How many priorities were asked for. */
  readonly priorities: number;
  /** Where the others' cut-off came from (each grid row carries the value applied). */
  readonly othersCutOff: { readonly from: 'options' | 'reference' | 'profile-mean'; readonly profileMean: number | null };
  /** The gap band applied, and where it came from. */
  readonly gapBand: { readonly lower: number; readonly upper: number; readonly from: 'options' | 'report' | 'default' };
  /** The importance given to competencies not listed. */
  readonly defaultImportance: 1;
  /** The score, in words. */
  readonly score: string;
  /** The weakest evidence grade accepted. */
  readonly minimumEvidence: EvidenceStrength;
  /** Interventions per priority. */
  readonly interventionsPerPriority: number;
}

/**
 * A development plan made from one 360 report (see {@link planDevelopment}). Plain JSON; its
 * findings are for the coach.
 * @see {@link planDevelopment}
 */
export interface DevelopmentPlan {
  /** The rating scale. */
  readonly scale: { readonly min: number; readonly max: number };
  /** Every competency with an others' figure, in instrument order. */
  readonly grid: readonly DevelopmentGridRow[];
  /** Competencies with no others' figure (withheld), which the grid leaves out. */
  readonly notGraded: readonly string[];
  /** The priorities, highest score first. */
  readonly priorities: readonly DevelopmentPriority[];
  /** Strengths to use, others' highest first. */
  readonly strengths: readonly string[];
  /** Hidden strengths, others' highest first. */
  readonly hiddenStrengths: readonly string[];
  /** The organisational results the plan should move, as given. */
  readonly results: readonly string[];
  /** The dates given. */
  readonly dates: { readonly feedback: string | null; readonly followUp: string | null };
  /** Whether coaching is in place: `true`, `false`, or `null` when not recorded. */
  readonly coachingInPlace: boolean | null;
  /** The re-measurement plan. */
  readonly remeasurement: RemeasurementPlan;
  /** Checks on the plan, for the coach, most severe first. */
  readonly findings: readonly DevelopmentPlanFinding[];
  /** The rules applied. */
  readonly rule: DevelopmentPlanRule;
}

type Options = output<typeof planDevelopmentOptionsSchema>;
type Report = output<typeof developmentPlanReportSchema>;

const DEFAULT_GAP = 0.5;
const SCORE_RULE = 'importance × need × (1 + overestimate), need = (max − others) ÷ (max − min), overestimate = max(0, self − others) ÷ (max − min)';
const INTERVAL_BASIS: readonly ReferenceId[] = ['walker-smither-1999', 'smither-london-reilly-2005'];

/** A spread that can scale a change: above 0. A cycle whose ratees all got the same mean has none. */
function positiveOrNull(sd: number | null | undefined): number | null {
  return sd !== undefined && sd !== null && sd > 0 ? sd : null;
}

function finding(code: keyof typeof developmentPlanFindings, message: string, basis: readonly ReferenceId[]): DevelopmentPlanFinding {
  const definition = developmentPlanFindings[code];
  return { code, severity: definition.severity, audience: definition.audience, message, basis: [...basis] };
}

function checkAgainstReport(report: Report, options: Options): void {
  const competencyIds = new Set(report.competencies.map((competency) => competency.competencyId));
  const itemIds = new Set(report.items.map((item) => item.itemId));
  const issues: LmdInputIssueInit[] = [];
  const byCompetency = (name: 'importance' | 'focusByCompetency' | 'goals', record: Readonly<Record<string, unknown>> | undefined): void => {
    for (const key of Object.keys(record ?? {})) {
      if (!competencyIds.has(key)) issues.push({ keys: ['options', name, key], message: `no competency of the report has this id (received ${JSON.stringify(key)})` });
    }
  };
  byCompetency('importance', options.importance);
  byCompetency('focusByCompetency', options.focusByCompetency);
  byCompetency('goals', options.goals);
  for (const key of Object.keys(options.itemText ?? {})) {
    if (!itemIds.has(key)) issues.push({ keys: ['options', 'itemText', key], message: `no item of the report has this id (received ${JSON.stringify(key)})` });
  }
  const referenceSd = options.remeasurement.referenceSd;
  if (typeof referenceSd === 'object') {
    for (const key of Object.keys(referenceSd)) {
      if (!competencyIds.has(key)) issues.push({ keys: ['options', 'remeasurement', 'referenceSd', key], message: `no competency of the report has this id (received ${JSON.stringify(key)})` });
    }
  }
  for (const [key, goal] of Object.entries(options.goals ?? {})) {
    if (goal.target !== undefined && (goal.target < report.scale.min || goal.target > report.scale.max)) {
      issues.push({ keys: ['options', 'goals', key, 'target'], message: `expected a target on the scale ${report.scale.min}–${report.scale.max} (received ${goal.target})` });
    }
  }
  for (const item of report.items) {
    if (!competencyIds.has(item.competencyId)) {
      issues.push({ keys: ['report', 'items', report.items.indexOf(item), 'competencyId'], message: `no competency of the report has this id (received ${JSON.stringify(item.competencyId)})` });
    }
  }
  if (options.followUpDate !== undefined && options.feedbackDate !== undefined && options.followUpDate < options.feedbackDate) {
    issues.push({ keys: ['options', 'followUpDate'], message: `expected a follow-up date on or after the feedback date ${options.feedbackDate} (received ${options.followUpDate})` });
  }
  if (issues.length > 0) throw new LmdInputError(issues);
}

function quadrantOf(others: number, gap: number | null, cutOff: number, band: { lower: number; upper: number }): DevelopmentQuadrant {
  if (others >= cutOff) return gap !== null && gap < band.lower ? 'hidden-strength' : 'strength-to-use';
  return gap !== null && gap > band.upper ? 'blind-spot-to-explore' : 'development-priority';
}

function suggest(
  focus: readonly DevelopmentFocus[],
  options: Options,
  excluded: Set<string>,
): SuggestedIntervention[] {
  const weakest = evidenceStrengths.indexOf(options.minimumEvidence);
  const candidates: { entry: (typeof interventions)[number]; unconfirmed: number; order: number }[] = [];
  interventions.forEach((entry, order) => {
    const fit = interventionPlanFit[entry.id];
    if (!fit.inPlan || !focus.includes(entry.focus) || evidenceStrengths.indexOf(entry.evidence) > weakest) return;
    if (fit.needs.some((resource) => options.resources[resource] === false)) {
      excluded.add(entry.name);
      return;
    }
    candidates.push({ entry, unconfirmed: fit.needs.filter((resource) => options.resources[resource] !== true).length, order });
  });
  return candidates
    .sort(
      (a, b) =>
        a.unconfirmed - b.unconfirmed ||
        evidenceStrengths.indexOf(a.entry.evidence) - evidenceStrengths.indexOf(b.entry.evidence) ||
        a.order - b.order,
    )
    .slice(0, options.interventionsPerPriority)
    .map(({ entry }) => ({
      interventionId: entry.id,
      name: entry.name,
      focus: entry.focus,
      capital: entry.capital,
      evidence: entry.evidence,
      needs: interventionPlanFit[entry.id].needs.map((resource) => ({ resource, available: options.resources[resource] === true ? (true as const) : null })),
      sources: [...entry.sources],
    }));
}

/**
 * Makes a development plan from one 360 report: a priority grid of the competencies, the top
 * priorities, fitting interventions from the catalogue, SMART goals to fill in, a re-measurement
 * plan, and checks on the plan for the coach.
 *
 * **The grid.** For each competency with an others' figure: `need` = (max − others) ÷ (max − min)
 * (how far others' mean is below the top of the scale), `overestimate` = max(0, self − others) ÷
 * (max − min), and the priority `score` = importance × need × (1 + overestimate). Others' rating
 * leads because others' ratings, not self-ratings, track effectiveness (Conway & Huffcutt 1997;
 * Atwater & Waldman 1998); self well above others raises the score, because a need the person
 * does not see is the one a coached conversation must open (Luft & Ingham 1955). Importance is
 * the organisation's or participant's weight (default 1 for every competency: all equal), as in
 * an importance–performance grid (Martilla & James 1977). The formula is lmdkit's convention, not
 * a published rule; the result echoes it. Each competency falls in one of
 * {@link developmentQuadrants}, by others' mean against the cut-off (default: this person's mean
 * over competencies, so the grid shows relative strengths, as development planning does) and
 * self − others against the gap band (default: the report's agreement band).
 *
 * **Priorities.** The competencies in `development-priority` or `blind-spot-to-explore` with an
 * importance above 0, highest score first (ties: lower others' mean, then instrument order), at
 * most `priorities` (default 2: few goals, pursued, rather than many listed; Locke & Latham 2002).
 *
 * **Interventions.** From {@link interventions}: those a plan can choose
 * ({@link interventionPlanFit}), on the focus asked for (Day 2000), at or above the evidence grade
 * asked for, and without a resource the caller says is unavailable; those whose every resource is
 * confirmed first, then by evidence grade.
 *
 * **Re-measurement.** The priorities' items re-rated after `intervalMonths` (default 12: annual
 * rounds, as Walker & Smither 1999 followed, give raters time to see sustained change; the
 * catalogue's 360 entry says a year or more). For each rater group, the raters needed for the
 * target reliability (default .70, Nunnally's convention) by Spearman–Brown from the single-rater
 * reliability (the caller's, or Conway & Huffcutt's published values, `verified: false`); and the
 * smallest change that would be reliable by Jacobson & Truax (1991) at that reliability:
 * 1.96 × sd × √(2(1 − reliability)), in scale points when a reference sd is given.
 *
 * **Checks** (Smither, London & Reilly 2005): goals set, coaching in place, follow-up scheduled
 * before the re-rating; each a {@link DevelopmentPlanFinding} for the coach. The plan never writes
 * text about the person: goal fields are empty strings or `null` until the participant fills them.
 *
 * @param report - a report from {@link interpret360} or {@link interpret360Cohort}, or the
 *   participant's view from {@link participantView360} (see {@link developmentPlanReportSchema});
 *   not changed
 * @param options - the choices ({@link PlanDevelopmentOptions}); every default is stated there
 * @returns the plan ({@link DevelopmentPlan})
 * @throws LmdInputError when the report or options are malformed, or an option names a
 *   competency or item the report does not have
 * @example
 * const report = interpret360({
 *   instrument: {
 *     scale: { min: 1, max: 5 },
 *     competencies: [{ id: 'listen', name: 'Listens' }, { id: 'plan', name: 'Plans' }],
 *     items: [{ id: 'L1', competencyId: 'listen' }, { id: 'P1', competencyId: 'plan' }],
 *   },
 *   ratings: [
 *     { raterId: 'me', group: 'self', itemId: 'L1', score: 5 },
 *     { raterId: 'me', group: 'self', itemId: 'P1', score: 4 },
 *     ...['a', 'b', 'c', 'd'].flatMap((raterId) => [
 *       { raterId, group: 'peer' as const, itemId: 'L1', score: 3 },
 *       { raterId, group: 'peer' as const, itemId: 'P1', score: 4 },
 *     ]),
 *   ],
 * });
 * const plan = planDevelopment(report, { priorities: 1, resources: { coach: true } });
 * plan.grid.map((row) => row.quadrant) //=> ['blind-spot-to-explore', 'strength-to-use']
 * plan.priorities[0]?.competencyId //=> 'listen'
 * plan.priorities[0]?.interventions[0]?.interventionId //=> 'coaching'
 * plan.priorities[0]?.goal.specific //=> ''
 * plan.remeasurement.groups.find((group) => group.group === 'peer')?.ratersNeeded //=> 4
 * planDevelopment(report, { importance: { lead: 2 } }) //=> throws LmdInputError
 * @see Smither, London & Reilly (2005) `smither-london-reilly-2005`; Day (2000) `day-2000`;
 *   Jacobson & Truax (1991) `jacobson-truax-1991`; Spearman (1910) and Brown (1910);
 *   Conway & Huffcutt (1997) `conway-huffcutt-1997`; Doran (1981) `doran-1981`.
 */
export function planDevelopment(report: DevelopmentPlanReport, options: PlanDevelopmentOptions = {}): DevelopmentPlan {
  const parsed = parseInput(developmentPlanReportSchema, report, 'report');
  const chosen = parseInput(planDevelopmentOptionsSchema, options, 'options');
  checkAgainstReport(parsed, chosen);
  const { min, max } = parsed.scale;
  const range = max - min;

  const graded = parsed.competencies.filter((competency) => competency.others !== null);
  const profileMean = graded.length === 0 ? null : graded.reduce((total, competency) => total + (competency.others?.mean ?? 0), 0) / graded.length;
  const referenceOf = new Map((chosen.reference ?? []).map((row) => [row.competencyId, row]));
  const cutOffFrom = chosen.othersCutOff !== undefined ? 'options' : chosen.reference !== undefined ? 'reference' : 'profile-mean';
  const cutOffOf = (competencyId: string): number =>
    chosen.othersCutOff ?? referenceOf.get(competencyId)?.mean ?? (profileMean as number);
  const band =
    chosen.gapBand !== undefined
      ? { ...chosen.gapBand, from: 'options' as const }
      : parsed.agreementBand !== undefined
        ? { lower: parsed.agreementBand.lower, upper: parsed.agreementBand.upper, from: 'report' as const }
        : { lower: -DEFAULT_GAP, upper: DEFAULT_GAP, from: 'default' as const };

  const grid: DevelopmentGridRow[] = graded.map((competency) => {
    const others = (competency.others as { mean: number }).mean;
    const self = competency.self === null ? null : competency.self.mean;
    const gap = self === null ? null : self - others + 0;
    const importance = chosen.importance?.[competency.competencyId] ?? 1;
    const need = Math.min(1, Math.max(0, (max - others) / range));
    const overestimate = gap === null ? 0 : Math.min(1, Math.max(0, gap / range));
    return {
      competencyId: competency.competencyId,
      name: competency.name,
      others,
      self,
      gap,
      cutOff: cutOffOf(competency.competencyId),
      importance,
      need,
      overestimate,
      score: importance * need * (1 + overestimate) + 0,
      quadrant: quadrantOf(others, gap, cutOffOf(competency.competencyId), band),
    };
  });

  const order = new Map(grid.map((row, index) => [row.competencyId, index]));
  const chosenRows = grid
    .filter((row) => (row.quadrant === 'development-priority' || row.quadrant === 'blind-spot-to-explore') && row.importance > 0)
    .sort((a, b) => b.score - a.score || a.others - b.others || (order.get(a.competencyId) ?? 0) - (order.get(b.competencyId) ?? 0))
    .slice(0, chosen.priorities);

  // Re-measurement: raters needed per group, and the reliable change at the target reliability.
  const { intervalMonths, targetReliability } = chosen.remeasurement;
  const given = chosen.remeasurement.singleRaterReliability ?? {};
  const groupNames = (['manager', 'peer', 'direct-report', 'other'] as const).filter((group) => group !== 'other' || given.other !== undefined);
  const groups: RemeasurementGroup[] = groupNames.map((group) => {
    const own = given[group];
    const published = group === 'other' ? null : publishedSingleRaterReliability[group];
    const r = own ?? (published as { value: number }).value;
    const shown = parsed.shownGroups.find((unit) => unit.groups.length === 1 && unit.groups[0] === group);
    const last = shown === undefined ? null : shown.raters;
    const lastTime = shown !== undefined
      ? ('shown' as const)
      : parsed.shownGroups.some((unit) => unit.groups.includes(group))
        ? ('merged' as const)
        : parsed.hiddenGroups.some((unit) => unit.groups.includes(group))
          ? ('hidden' as const)
          : ('no-raters' as const);
    return {
      group,
      singleRaterReliability: r,
      source: own !== undefined ? 'options' : (published as { source: ReferenceId }).source,
      verified: own !== undefined,
      ratersNeeded: ratersNeeded(r, targetReliability),
      lastTime,
      ratersLastTime: last,
      reliabilityLastTime: last === null || last === 0 ? null : spearmanBrown(r, last),
    };
  });
  // The smallest reliable change, from the reliable change index itself: a change of one sd gives
  // an index of 1 ÷ S_diff in sd units, so 1.96 × S_diff is the change that just reaches 1.96.
  const unit = reliableChange({ before: 0, after: 1, sd: 1, reliability: targetReliability });
  const inSd = unit.criterion * unit.standardErrorOfDifference;
  const referenceSd = chosen.remeasurement.referenceSd;
  const sdOf = (competencyId: string): number | null =>
    typeof referenceSd === 'number' ? referenceSd : (referenceSd?.[competencyId] ?? positiveOrNull(referenceOf.get(competencyId)?.sd));
  const reRatingDate = chosen.feedbackDate === undefined ? null : addMonths(chosen.feedbackDate, intervalMonths);

  const excluded = new Set<string>();
  const priorities: DevelopmentPriority[] = chosenRows.map((row, index) => {
    const focus = chosen.focusByCompetency?.[row.competencyId] ?? chosen.focus;
    const goal = chosen.goals?.[row.competencyId] ?? {};
    const sd = sdOf(row.competencyId);
    const scalePoints = sd === null ? null : inSd * sd;
    const computed = scalePoints === null ? null : Math.min(max, row.others + scalePoints);
    const target = goal.target ?? computed;
    return {
      rank: index + 1,
      competencyId: row.competencyId,
      name: row.name,
      quadrant: row.quadrant,
      score: row.score,
      focus: [...focus],
      interventions: suggest(focus, chosen, excluded),
      goal: {
        specific: goal.specific ?? '',
        measurable: {
          description: goal.measurable ?? '',
          items: parsed.items
            .filter((item) => item.competencyId === row.competencyId)
            .map((item) => ({ itemId: item.itemId, text: chosen.itemText?.[item.itemId] ?? null, others: item.others === null ? null : item.others.mean })),
          baseline: row.others,
          target,
          targetFrom: goal.target !== undefined ? 'goal' : computed !== null ? 'reliable-change' : null,
        },
        achievable: goal.achievable ?? '',
        relevant: goal.relevant ?? '',
        timeBound: goal.timeBound ?? null,
      },
      reliableChange: { referenceSd: sd, scalePoints },
    };
  });

  const priorityIds = new Set(priorities.map((priority) => priority.competencyId));
  const remeasurement: RemeasurementPlan = {
    items: parsed.items.filter((item) => priorityIds.has(item.competencyId)).map((item) => item.itemId),
    intervalMonths,
    reRatingDate,
    targetReliability,
    groups,
    reliableChange: { reliability: targetReliability, criterion: 1.96, inSd },
    basis: [...INTERVAL_BASIS, 'spearman-1910', 'brown-1910', 'conway-huffcutt-1997', 'nunnally-1978', 'jacobson-truax-1991'],
  };

  const findings = checks(priorities, chosen, remeasurement, excluded);
  const byOthers = (quadrant: DevelopmentQuadrant): string[] =>
    grid
      .filter((row) => row.quadrant === quadrant)
      .sort((a, b) => b.others - a.others || (order.get(a.competencyId) ?? 0) - (order.get(b.competencyId) ?? 0))
      .map((row) => row.competencyId);
  return {
    scale: { min, max },
    grid,
    notGraded: parsed.competencies.filter((competency) => competency.others === null).map((competency) => competency.competencyId),
    priorities,
    strengths: byOthers('strength-to-use'),
    hiddenStrengths: byOthers('hidden-strength'),
    results: [...(chosen.results ?? [])],
    dates: { feedback: chosen.feedbackDate ?? null, followUp: chosen.followUpDate ?? null },
    coachingInPlace: chosen.coachingInPlace ?? null,
    remeasurement,
    findings,
    rule: {
      priorities: chosen.priorities,
      othersCutOff: { from: cutOffFrom, profileMean },
      gapBand: band,
      defaultImportance: 1,
      score: SCORE_RULE,
      minimumEvidence: chosen.minimumEvidence,
      interventionsPerPriority: chosen.interventionsPerPriority,
    },
  };
}

function checks(priorities: readonly DevelopmentPriority[], options: Options, remeasurement: RemeasurementPlan, excluded: ReadonlySet<string>): DevelopmentPlanFinding[] {
  const found: DevelopmentPlanFinding[] = [];
  const smither: ReferenceId[] = ['smither-london-reilly-2005'];
  if (priorities.length === 0) {
    found.push(finding('DEVPLAN_NO_PRIORITIES', 'No competency is rated below the cut-off by others, so the plan names no development priority; build on the strengths instead.', smither));
  }
  const noGoal = priorities.filter((priority) => priority.goal.specific === '').map((priority) => priority.name);
  if (noGoal.length > 0) {
    found.push(
      finding(
        'DEVPLAN_GOALS_NOT_SET',
        `No specific goal is written yet for ${joinWithAnd(noGoal)}; people who set goals after feedback improve more than those who do not.`,
        ['smither-london-reilly-2005', 'locke-latham-2002'],
      ),
    );
  }
  const undated = priorities.filter((priority) => priority.goal.specific !== '' && priority.goal.timeBound === null).map((priority) => priority.name);
  if (undated.length > 0) {
    found.push(finding('DEVPLAN_GOAL_NOT_TIME_BOUND', `The goal for ${joinWithAnd(undated)} has no date by which it should be met.`, ['doran-1981', 'locke-latham-2002']));
  }
  if (options.coachingInPlace !== true) {
    found.push(
      finding(
        'DEVPLAN_NO_COACHING',
        options.coachingInPlace === false
          ? 'No coaching is in place; feedback followed by coaching leads to more improvement than feedback alone, so arrange it before the plan starts.'
          : 'Whether coaching is in place is not recorded; feedback followed by coaching leads to more improvement than feedback alone.',
        smither,
      ),
    );
  }
  if (options.followUpDate === undefined) {
    found.push(finding('DEVPLAN_NO_FOLLOW_UP', 'No follow-up review is scheduled; without one, plans made after feedback are seldom acted on.', ['smither-london-reilly-2005', 'walker-smither-1999']));
  } else if (remeasurement.reRatingDate !== null && options.followUpDate >= remeasurement.reRatingDate) {
    found.push(
      finding(
        'DEVPLAN_FOLLOW_UP_AFTER_REMEASUREMENT',
        `The follow-up review (${options.followUpDate}) is not before the re-rating (${remeasurement.reRatingDate}); review progress in between, while there is time to adjust.`,
        ['walker-smither-1999'],
      ),
    );
  }
  const bare = priorities.filter((priority) => priority.interventions.length === 0).map((priority) => priority.name);
  if (bare.length > 0) {
    found.push(finding('DEVPLAN_NO_INTERVENTION_FITS', `No intervention in the catalogue fits ${joinWithAnd(bare)} with the focus, evidence grade and resources given.`, ['day-2000']));
  }
  if (excluded.size > 0) {
    found.push(
      finding(
        'DEVPLAN_INTERVENTIONS_NEED_RESOURCES',
        `Left out because a resource they need is not available: ${joinWithAnd([...excluded].sort())}.`,
        ['day-2000'],
      ),
    );
  }
  const short = remeasurement.groups.filter(
    (group) => group.group !== 'manager' && (group.lastTime === 'hidden' || (group.ratersLastTime !== null && group.ratersLastTime < group.ratersNeeded)),
  );
  if (short.length > 0) {
    found.push(
      finding(
        'DEVPLAN_TOO_FEW_RATERS_LAST_TIME',
        `For a reliable re-rating, invite more raters than last time: ${joinWithAnd(short.map((group) => `${group.ratersNeeded} ${group.group === 'direct-report' ? 'direct reports' : group.group === 'peer' ? 'peers' : 'others'}`))} at least.`,
        ['spearman-1910', 'brown-1910', 'conway-huffcutt-1997'],
      ),
    );
  }
  if (priorities.some((priority) => priority.reliableChange.referenceSd === null)) {
    found.push(
      finding(
        'DEVPLAN_CHANGE_IN_SD_ONLY',
        'No reference spread was given, so the change that would count as reliable is stated in standard deviations; give the spread of others’ ratings across the cycle to state it in scale points.',
        ['jacobson-truax-1991'],
      ),
    );
  }
  return sortFindingsBySeverity(found);
}
