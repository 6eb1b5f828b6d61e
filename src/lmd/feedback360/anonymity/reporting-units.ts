import type { AnonymityPolicy } from './anonymity-policy.js';
import type { HiddenGroup360, ShownGroup360 } from '../feedback360-report.js';
import { raterGroups, type RaterGroup } from '../rater-group.js';

/** A unit while it is planned: group positions (ascending), raters who scored, exempt, merged. */
interface PlannedUnit {
  readonly groups: readonly number[];
  readonly raters: number;
  readonly exempt: boolean;
  readonly merged: boolean;
}

/**
 * Which groups are shown, merged or hidden for one ratee. The shown units and the hidden groups
 * are the report's own shapes ({@link ShownGroup360}, {@link HiddenGroup360}): the plan is what the
 * report publishes about its groups, with two lookups the aggregation needs beside it.
 *
 * @internal
 */
export interface ReportingPlan {
  /** Shown units, in group order of their first group. */
  readonly units: readonly ShownGroup360[];
  /** Each unit's groups as a bit mask of their positions in {@link raterGroups}. */
  readonly unitMasks: readonly number[];
  /** Group position → index into `units`, or -1 when the group is hidden or absent. */
  readonly unitOfGroup: readonly number[];
  /** Hidden groups, and why. */
  readonly hidden: readonly HiddenGroup360[];
}

/** @internal */
export function groupNames(positions: readonly number[]): RaterGroup[] {
  return positions.map((position) => raterGroups[position] as RaterGroup);
}

/**
 * Decides which groups to show. `present[g]` says group g appears in the ratings at all;
 * `raters[g]` counts its raters who gave a score. Exempt groups are shown when they scored
 * anything; a non-exempt group whose raters scored nothing is hidden under either strategy (it
 * holds no ratings to pool). Under `omit`, a non-exempt group below the minimum is hidden. Under `merge`, the
 * smallest group below the minimum is pooled with the smallest other non-exempt unit (ties go to
 * the earlier group), and the pool is checked again, until every unit meets the minimum or a
 * small unit has nothing left to join (then it is hidden).
 *
 * @internal
 */
export function planReportingUnits(present: readonly boolean[], raters: readonly number[], policy: AnonymityPolicy): ReportingPlan {
  const exemptNames: readonly string[] = policy.exemptGroups;
  const shown: PlannedUnit[] = [];
  let candidates: PlannedUnit[] = [];
  const hidden: number[][] = [];
  raterGroups.forEach((name, position) => {
    if (!present[position]) return;
    const count = raters[position] ?? 0;
    const unit: PlannedUnit = { groups: [position], raters: count, exempt: exemptNames.includes(name), merged: false };
    if (unit.exempt) {
      if (count > 0) shown.push(unit);
    } else if (count === 0) {
      // Raters who answered nothing: the group holds no ratings, so it is neither shown nor merged.
      hidden.push([position]);
    } else candidates.push(unit);
  });
  if (policy.smallGroupStrategy === 'omit') {
    for (const unit of candidates) {
      if (unit.raters >= policy.minGroupSize) shown.push(unit);
      else hidden.push([...unit.groups]);
    }
  } else {
    for (;;) {
      const small = smallest(candidates.filter((unit) => unit.raters < policy.minGroupSize));
      if (small === undefined) break;
      const partner = smallest(candidates.filter((unit) => unit !== small));
      if (partner === undefined) {
        hidden.push([...small.groups]);
        candidates = candidates.filter((unit) => unit !== small);
        continue;
      }
      const pooled: PlannedUnit = {
        groups: [...small.groups, ...partner.groups].sort((a, b) => a - b),
        raters: small.raters + partner.raters,
        exempt: false,
        merged: true,
      };
      candidates = candidates.filter((unit) => unit !== small && unit !== partner).concat([pooled]);
    }
    shown.push(...candidates);
  }
  shown.sort((a, b) => (a.groups[0] as number) - (b.groups[0] as number));
  hidden.sort((a, b) => (a[0] as number) - (b[0] as number));
  const unitOfGroup = raterGroups.map(() => -1);
  shown.forEach((unit, unitIndex) => {
    for (const position of unit.groups) unitOfGroup[position] = unitIndex;
  });
  return {
    units: shown.map((unit) => ({ groups: groupNames(unit.groups), raters: unit.raters, identifiable: unit.exempt, merged: unit.merged })),
    unitMasks: shown.map((unit) => unit.groups.reduce((mask, position) => mask | (1 << position), 0)),
    unitOfGroup,
    hidden: hidden.map((groups) => ({ groups: groupNames(groups), reason: 'below-minimum-group-size' as const })),
  };
}

function smallest(units: readonly PlannedUnit[]): PlannedUnit | undefined {
  let best: PlannedUnit | undefined;
  for (const unit of units) {
    if (best === undefined || unit.raters < best.raters || (unit.raters === best.raters && (unit.groups[0] as number) < (best.groups[0] as number))) {
      best = unit;
    }
  }
  return best;
}
