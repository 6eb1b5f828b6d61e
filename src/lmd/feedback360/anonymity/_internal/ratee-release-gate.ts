// The release ledger's check inside one ratee's aggregation: which raters stand behind each item
// figure the report is about to publish, and whether the ledger lets it through. The aggregation
// calls it at two points, so that a figure withheld here is treated as every withheld figure is:
// a group's item figure before all-others is pooled (so all-others cannot carry it), and
// all-others before the competency, overall, gap, flag and ranking figures that use it.
//
// Only item figures are checked and recorded. Every other figure a report publishes is an average
// of the same report's published item figures (a competency figure of a group's or of all-others'
// item means, the overall agreement of self's and all-others' item means), so it is a linear
// combination of them and tells a reader nothing they do not already have; and ratings of
// different items are different unknowns, so the figures of one item can be checked on their own.
import type { AnonymityPolicy } from '../anonymity-policy.js';
import type { CollectedRatings } from '../../collect-ratings.js';
import type { InstrumentIndex } from '../../instrument-index.js';
import type { RaterGroup } from '../../rater-group.js';
import type { ReportingPlan } from '../reporting-units.js';
import { closeRatee, decideFigure, raterPositionOf, type RateeLedgerState } from './ledger-state.js';

/**
 * One ratee's check against the release ledger, as the aggregation receives it: the ratee's
 * decoded history and where to hand the ratee's new ledger entry when done.
 *
 * @internal
 */
export interface RateeReleaseGate {
  readonly releaseId: string;
  readonly state: RateeLedgerState;
  readonly close: (entry: ReturnType<typeof closeRatee>) => void;
}

/**
 * What the ledger withheld for one ratee (1 = withheld because of an earlier release).
 *
 * @internal
 */
export interface RateeReleasePart {
  readonly releaseId: string;
  /** Unit × item cells (unit × itemCount + item). */
  readonly cells: Uint8Array;
  /** Items' all-others figures. */
  readonly others: Uint8Array;
}

/** What the three steps share for one ratee. */
export interface RateeFigures {
  readonly gate: RateeReleaseGate;
  readonly index: InstrumentIndex;
  readonly policy: AnonymityPolicy;
  readonly plan: ReportingPlan;
  readonly selfUnit: number;
  readonly ratings: CollectedRatings;
  /** Each local rater's unit, or -1 when hidden. */
  readonly raterUnit: readonly number[];
  /** Raters with a score, per unit × item cell. */
  readonly cellRaters: readonly number[][];
  /** Each local rater's position in the ledger's table, or -1 before it is needed. */
  readonly position: Int32Array;
  /** Units in the order they are checked: identifiable (exempt) units first. */
  readonly unitOrder: readonly number[];
  readonly part: RateeReleasePart;
}

/**
 * Starts one ratee's check: who scored each cell.
 *
 * @internal
 */
export function openRateeFigures(
  gate: RateeReleaseGate,
  settings: { readonly index: InstrumentIndex; readonly policy: AnonymityPolicy },
  plan: ReportingPlan,
  selfUnit: number,
  ratings: CollectedRatings,
  raterUnit: readonly number[],
): RateeFigures {
  const { index, policy } = settings;
  const itemCount = index.itemCount;
  const unitCount = plan.units.length;
  const cellRaters: number[][] = Array.from({ length: unitCount * itemCount }, () => []);
  for (let k = 0; k < ratings.ratingScore.length; k += 1) {
    const rater = ratings.ratingRater[k] as number;
    const unit = raterUnit[rater] as number;
    if (unit >= 0) (cellRaters[unit * itemCount + (ratings.ratingItem[k] as number)] as number[]).push(rater);
  }
  const units = plan.units.map((_, unit) => unit);
  const unitOrder = units.filter((unit) => plan.units[unit]?.identifiable === true).concat(units.filter((unit) => plan.units[unit]?.identifiable !== true));
  return {
    gate,
    index,
    policy,
    plan,
    selfUnit,
    ratings,
    raterUnit,
    cellRaters,
    position: new Int32Array(ratings.raterGroup.length).fill(-1),
    unitOrder,
    part: {
      releaseId: gate.releaseId,
      cells: new Uint8Array(unitCount * itemCount),
      others: new Uint8Array(itemCount),
    },
  };
}

function decide(figures: RateeFigures, scope: string, groups: readonly RaterGroup[], allOthers: boolean, identifiable: boolean, raters: Iterable<number>): boolean {
  const positions: number[] = [];
  for (const rater of raters) {
    let position = figures.position[rater] as number;
    if (position < 0) {
      position = raterPositionOf(figures.gate.state, figures.ratings.raterId[rater] as string);
      figures.position[rater] = position;
    }
    positions.push(position);
  }
  return decideFigure(figures.gate.state, scope, { groups, allOthers, identifiable, raters: positions });
}

function allExempt(groups: readonly RaterGroup[], policy: AnonymityPolicy): boolean {
  return groups.every((name) => (policy.exemptGroups as readonly string[]).includes(name));
}

/**
 * Step 1: each published unit × item figure; a withheld one is cleared in `published`.
 *
 * @internal
 */
export function gateItemCells(figures: RateeFigures, published: Uint8Array): void {
  const { index, plan, cellRaters, unitOrder, part } = figures;
  const itemCount = index.itemCount;
  for (let item = 0; item < itemCount; item += 1) {
    const scope = `item:${(index.instrument.items[item] as { id: string }).id}`;
    for (const unit of unitOrder) {
      const cell = unit * itemCount + item;
      if (published[cell] === 0) continue;
      const shown = plan.units[unit] as ReportingPlan['units'][number];
      if (!decide(figures, scope, shown.groups, false, shown.identifiable, cellRaters[cell] as number[])) {
        published[cell] = 0;
        part.cells[cell] = 1;
      }
    }
  }
}

/**
 * Step 2: each item's pooled all-others figure; a withheld one is cleared in `othersPublished`.
 *
 * @internal
 */
export function gateOthersItems(figures: RateeFigures, published: Uint8Array, othersPublished: Uint8Array, othersGroups: readonly (readonly RaterGroup[])[]): void {
  const { index, plan, selfUnit, cellRaters, policy, part } = figures;
  const itemCount = index.itemCount;
  for (let item = 0; item < itemCount; item += 1) {
    if (othersPublished[item] === 0) continue;
    const raters: number[] = [];
    for (let unit = 0; unit < plan.units.length; unit += 1) {
      if (unit !== selfUnit && published[unit * itemCount + item] === 1) raters.push(...(cellRaters[unit * itemCount + item] as number[]));
    }
    const groups = othersGroups[item] as readonly RaterGroup[];
    if (!decide(figures, `item:${(index.instrument.items[item] as { id: string }).id}`, groups, true, allExempt(groups, policy), raters)) {
      othersPublished[item] = 0;
      part.others[item] = 1;
    }
  }
}

/**
 * Done: hands the ratee's new ledger entry on and returns what the ledger withheld.
 *
 * @internal
 */
export function closeRateeFigures(figures: RateeFigures): RateeReleasePart {
  figures.gate.close(closeRatee(figures.gate.state));
  return figures.part;
}
