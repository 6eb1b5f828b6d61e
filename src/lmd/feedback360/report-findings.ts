import type { ReferenceId } from '../../core/references.js';
import { joinWithAnd } from '../../core/_internal/join-with-and.js';
import type { AnonymityPolicy } from './anonymity/anonymity-policy.js';
import { feedback360Findings, type Feedback360Finding, type SelfOtherAgreement360 } from './feedback360-report.js';
import type { RaterGroup } from './rater-group.js';
import type { ReportingPlan } from './anonymity/reporting-units.js';

/**
 * What {@link report360Findings} needs to know about one ratee's report.
 *
 * @internal
 */
export interface Report360Facts {
  readonly plan: ReportingPlan;
  readonly policy: AnonymityPolicy;
  readonly itemCount: number;
  readonly selfUnit: number;
  readonly itemsWithGroupWithheld: number;
  readonly itemsWithOthersWithheld: number;
  readonly itemsWithDisagreement: number;
  /** Items with a figure the release ledger withheld. */
  readonly itemsWithheldByRelease?: number;
  readonly spread: number;
  readonly agreement: SelfOtherAgreement360 | null;
  readonly blindSpots: number;
  readonly hiddenStrengths: number;
  /** The gap, in scale points, that makes an item a blind spot or hidden strength. */
  readonly blindSpotGap: number;
}

/**
 * The findings of one 360 report (before readiness findings are added), in the order the rules
 * are checked; the caller sorts them by severity.
 *
 * @internal
 */
export function report360Findings(facts: Report360Facts): Feedback360Finding[] {
  const { plan, policy, itemCount, selfUnit, itemsWithGroupWithheld, itemsWithOthersWithheld, itemsWithDisagreement, spread, agreement } = facts;
  const findings: Feedback360Finding[] = [];
  // Each finding's severity is its code's, from feedback360Findings.
  const add = (code: keyof typeof feedback360Findings, message: string, basis: readonly ReferenceId[]): void => {
    findings.push({ code, severity: feedback360Findings[code].severity, audience: feedback360Findings[code].audience, message, basis } as Feedback360Finding);
  };
  for (const hidden of plan.hidden) {
    add(
      'FB360_GROUP_HIDDEN',
      `Ratings from ${describeGroups(hidden.groups)} are left out of every figure because fewer than ${policy.minGroupSize} of those raters took part, so showing them could identify who said what.`,
      ['hundepool-et-al-2012', policy.smallGroupStrategy === 'omit' ? 'glint-360-confidentiality' : 'ccl-benchmarks-360'],
    );
  }
  for (const unit of plan.units) {
    if (unit.merged) {
      add(
        'FB360_GROUPS_MERGED',
        `Ratings from ${describeGroups(unit.groups)} are shown together because at least one of those groups had fewer than ${policy.minGroupSize} raters.`,
        ['ccl-benchmarks-360', 'hundepool-et-al-2012'],
      );
    }
  }
  if (itemsWithGroupWithheld > 0) {
    add(
      'FB360_FIGURES_WITHHELD_ON_ITEMS',
      `On ${itemsWithGroupWithheld} of ${itemCount} items a group's figure is withheld because too few of its raters scored the item.`,
      ['hundepool-et-al-2012'],
    );
  }
  if (itemsWithOthersWithheld > 0) {
    add(
      'FB360_OTHERS_WITHHELD',
      `On ${itemsWithOthersWithheld} of ${itemCount} items the all-others figure is withheld because it would rest on fewer than ${policy.minOthersSize} raters; read those items with care.`,
      ['ccl-benchmarks-360'],
    );
  }
  const withheldByRelease = facts.itemsWithheldByRelease ?? 0;
  if (withheldByRelease > 0) {
    add(
      'FB360_WITHHELD_SINCE_EARLIER_RELEASE',
      `On ${withheldByRelease} of ${itemCount} items a figure is withheld because its raters differ from those of a figure already published about this person by fewer than ${policy.minGroupSize} people, so comparing the two could show what those few said.`,
      ['hundepool-et-al-2012', 'ccl-reissued-reports'],
    );
  }
  if (selfUnit < 0) {
    add('FB360_NO_SELF_RATING', 'There is no self-rating, so self-other agreement, blind spots and hidden strengths cannot be judged.', ['yammarino-atwater-1997']);
  }
  const managerUnit = plan.unitOfGroup[1] ?? -1;
  if (managerUnit >= 0 && plan.units[managerUnit]?.identifiable === true) {
    add('FB360_MANAGER_IDENTIFIABLE', "The manager's ratings are shown on their own and can be traced to them, as the policy allows.", ['ccl-benchmarks-360']);
  }
  if (agreement !== null) {
    if (agreement.category === 'over-estimator') {
      add(
        'FB360_OVER_ESTIMATOR',
        'The ratee rates themselves higher, relative to others, than the agreement band allows; over-estimators are the least likely to improve and the most likely to react defensively, so coaching matters most here.',
        ['atwater-waldman-1998', 'yammarino-atwater-1997'],
      );
    } else if (agreement.category === 'under-estimator') {
      add('FB360_UNDER_ESTIMATOR', 'The ratee rates themselves lower, relative to others, than the agreement band allows; the feedback may build confidence.', ['yammarino-atwater-1997']);
    } else if (agreement.category === 'in-agreement-poor') {
      add('FB360_IN_AGREEMENT_POOR', 'The ratee and others agree, at a low level: the need is recognised, so goals and support can follow directly.', ['yammarino-atwater-1997']);
    }
  }
  if (facts.blindSpots > 0) {
    add(
      'FB360_BLIND_SPOTS',
      `On ${itemCountText(facts.blindSpots)} the ratee rates themselves at least ${pointsText(facts.blindSpotGap)} above how others rate them: possible blind spots to explore.`,
      ['fleenor-smither-atwater-braddy-sturm-2010', 'opg-360-blind-spots'],
    );
  }
  if (facts.hiddenStrengths > 0) {
    add(
      'FB360_HIDDEN_STRENGTHS',
      `On ${itemCountText(facts.hiddenStrengths)} the ratee rates themselves at least ${pointsText(facts.blindSpotGap)} below how others rate them: possible hidden strengths.`,
      ['fleenor-smither-atwater-braddy-sturm-2010', 'opg-360-blind-spots'],
    );
  }
  if (itemsWithDisagreement > 0) {
    add(
      'FB360_RATER_DISAGREEMENT',
      `On ${itemCountText(itemsWithDisagreement)} raters within a group are ${spread} or more points apart, so the group's mean hides real differences in how the ratee is seen.`,
      ['ccl-benchmarks-360'],
    );
  }
  return findings;
}

/** How messages name each rater group's raters ("Ratings from peers and other raters …"). */
const raterNames: Readonly<Record<RaterGroup, string>> = {
  self: 'the ratee',
  manager: 'managers',
  peer: 'peers',
  'direct-report': 'direct reports',
  other: 'other raters',
};

function describeGroups(groups: readonly RaterGroup[]): string {
  return joinWithAnd(groups.map((group) => raterNames[group]));
}

/** "1 scale point" or "N scale points". */
function pointsText(points: number): string {
  return points === 1 ? '1 scale point' : `${points} scale points`;
}

/** "1 item" or "N items", for messages that count items. */
function itemCountText(count: number): string {
  return count === 1 ? '1 item' : `${count} items`;
}
