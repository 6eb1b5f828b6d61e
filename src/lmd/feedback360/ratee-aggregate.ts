import type { AnonymityPolicy } from './anonymity/anonymity-policy.js';
import { collectRatings, type CollectedRatings, type RowSelection } from './collect-ratings.js';
import type { InstrumentIndex } from './instrument-index.js';
import { raterGroups, type RaterGroup } from './rater-group.js';
import { minimumRatersOnItem, othersFigureIsPublished } from './anonymity/publication-rules.js';
import { groupNames, planReportingUnits } from './anonymity/reporting-units.js';
import type { ShownGroup360 } from './feedback360-report.js';
import {
  closeRateeFigures,
  gateItemCells,
  gateOthersItems,
  openRateeFigures,
  type RateeReleaseGate,
  type RateeReleasePart,
} from './anonymity/_internal/ratee-release-gate.js';

/**
 * Per-cell accumulators for units × items.
 *
 * @internal
 */
export interface Cells {
  readonly n: Float64Array;
  readonly sum: Float64Array;
  readonly sumOfSquares: Float64Array;
  readonly min: Float64Array;
  readonly max: Float64Array;
}

function makeCells(size: number): Cells {
  return {
    n: new Float64Array(size),
    sum: new Float64Array(size),
    sumOfSquares: new Float64Array(size),
    min: new Float64Array(size).fill(Number.POSITIVE_INFINITY),
    max: new Float64Array(size).fill(Number.NEGATIVE_INFINITY),
  };
}

function addToCell(cells: Cells, cell: number, score: number): void {
  cells.n[cell] = (cells.n[cell] as number) + 1;
  cells.sum[cell] = (cells.sum[cell] as number) + score;
  cells.sumOfSquares[cell] = (cells.sumOfSquares[cell] as number) + score * score;
  if (score < (cells.min[cell] as number)) cells.min[cell] = score;
  if (score > (cells.max[cell] as number)) cells.max[cell] = score;
}

/**
 * Aggregates one ratee's rows in one step: checks and collects them (the only place a row is
 * validated), decides which groups are shown, merged or hidden, sums each shown unit's scores per
 * item, decides which cells are published (at least the minimum of raters, or an exempt group) and
 * pools all-others from the published cells only. Every figure the report later publishes is
 * built from these published sums, so no published number separates a set of non-exempt raters
 * smaller than the minimum. The collected ratings live only inside this call: the aggregate keeps
 * sums and counts, never a rating.
 *
 * With a release gate (the release ledger's check for this ratee), each figure is also checked
 * against what earlier releases published, at the two points marked "release ledger", and one it
 * withholds is treated like any other withheld figure from then on.
 *
 * @internal
 */
export function aggregateRatee(
  settings: { readonly index: InstrumentIndex; readonly policy: AnonymityPolicy },
  rows: readonly unknown[],
  selection: RowSelection,
  release?: RateeReleaseGate | null,
): RateeAggregate {
  return aggregateCollected(settings, collectRatings(settings.index, rows, selection), release);
}

/**
 * {@link aggregateRatee} from ratings already checked and collected (by `collectRatings` or,
 * for ratings held in columns, `collectColumnRatings`).
 *
 * @internal
 */
export function aggregateCollected(
  settings: { readonly index: InstrumentIndex; readonly policy: AnonymityPolicy },
  ratings: CollectedRatings,
  release?: RateeReleaseGate | null,
): RateeAggregate {
  const { index, policy } = settings;
  const itemCount = index.itemCount;
  const groupCount = raterGroups.length;

  const present: boolean[] = new Array<boolean>(groupCount).fill(false);
  const scoredRaters: number[] = new Array<number>(groupCount).fill(0);
  ratings.raterGroup.forEach((group, rater) => {
    present[group] = true;
    if (ratings.raterScored[rater]) scoredRaters[group] = (scoredRaters[group] ?? 0) + 1;
  });
  const plan = planReportingUnits(present, scoredRaters, policy);
  const unitCount = plan.units.length;
  const selfUnit = plan.unitOfGroup[0] ?? -1;

  const cells = makeCells(unitCount * itemCount);
  const raterUnit = ratings.raterGroup.map((group) => plan.unitOfGroup[group] ?? -1);
  const ratingCount = ratings.ratingScore.length;
  for (let k = 0; k < ratingCount; k += 1) {
    const unit = raterUnit[ratings.ratingRater[k] as number] as number;
    if (unit < 0) continue;
    addToCell(cells, unit * itemCount + (ratings.ratingItem[k] as number), ratings.ratingScore[k] as number);
  }

  // Which unit × item cells are published.
  const published = new Uint8Array(unitCount * itemCount);
  for (let unit = 0; unit < unitCount; unit += 1) {
    const minimum = minimumRatersOnItem(plan.units[unit] as ShownGroup360, policy);
    for (let item = 0; item < itemCount; item += 1) {
      const cell = unit * itemCount + item;
      if ((cells.n[cell] as number) >= minimum) published[cell] = 1;
    }
  }
  // Release ledger, step 1: each group's item figures against earlier releases.
  const releaseFigures = release == null ? null : openRateeFigures(release, settings, plan, selfUnit, ratings, raterUnit);
  if (releaseFigures !== null) gateItemCells(releaseFigures, published);

  // All-others cells pool the published non-self cells of each item.
  const others = makeCells(itemCount);
  const othersPublished = new Uint8Array(itemCount);
  const othersGroups: RaterGroup[][] = [];
  // One array per distinct set of pooled groups: most items pool the same groups.
  const namesByMask: (RaterGroup[] | undefined)[] = [];
  const unitMasks = plan.unitMasks;
  const nonSelfShownGroups = plan.units.filter((_, unit) => unit !== selfUnit).flatMap((unit) => unit.groups);
  for (let item = 0; item < itemCount; item += 1) {
    let mask = 0;
    for (let unit = 0; unit < unitCount; unit += 1) {
      const cell = unit * itemCount + item;
      if (unit === selfUnit || published[cell] === 0) continue;
      mask |= unitMasks[unit] as number;
      others.n[item] = (others.n[item] as number) + (cells.n[cell] as number);
      others.sum[item] = (others.sum[item] as number) + (cells.sum[cell] as number);
      others.sumOfSquares[item] = (others.sumOfSquares[item] as number) + (cells.sumOfSquares[cell] as number);
      others.min[item] = Math.min(others.min[item] as number, cells.min[cell] as number);
      others.max[item] = Math.max(others.max[item] as number, cells.max[cell] as number);
    }
    let names = namesByMask[mask];
    if (names === undefined) {
      names = groupNames(raterGroups.flatMap((_, position) => ((mask >> position) & 1 ? [position] : [])));
      namesByMask[mask] = names;
    }
    othersGroups.push(names);
    const n = others.n[item] as number;
    if (othersFigureIsPublished(n, policy)) othersPublished[item] = 1;
  }
  // Release ledger, step 2: all-others item figures.
  if (releaseFigures !== null) gateOthersItems(releaseFigures, published, othersPublished, othersGroups);

  // Distinct raters behind each competency figure: a rater counts once per competency, for their
  // unit when one of their scores there is published, and for all-others when it is pooled too.
  const competencyCount = index.competencyCount;
  const raterCount = ratings.raterGroup.length;
  const unitRaterMark = new Uint8Array(competencyCount * raterCount);
  const othersRaterMark = new Uint8Array(competencyCount * raterCount);
  const competencyRaters = new Int32Array(competencyCount * unitCount);
  const othersCompetencyRaters = new Int32Array(competencyCount);
  for (let k = 0; k < ratingCount; k += 1) {
    const rater = ratings.ratingRater[k] as number;
    const unit = raterUnit[rater] as number;
    if (unit < 0) continue;
    const item = ratings.ratingItem[k] as number;
    if (published[unit * itemCount + item] === 0) continue;
    const competency = index.itemCompetency[item] as number;
    const mark = competency * raterCount + rater;
    if (unitRaterMark[mark] === 0) {
      unitRaterMark[mark] = 1;
      competencyRaters[competency * unitCount + unit] = (competencyRaters[competency * unitCount + unit] as number) + 1;
    }
    if (unit !== selfUnit && othersPublished[item] === 1 && othersRaterMark[mark] === 0) {
      othersRaterMark[mark] = 1;
      othersCompetencyRaters[competency] = (othersCompetencyRaters[competency] as number) + 1;
    }
  }

  // Overall self and others over the items where both are published.
  let selfTotal = 0;
  let othersTotal = 0;
  let overlap = 0;
  let overlapMask = 0;
  const inOverlap = new Uint8Array(itemCount);
  if (selfUnit >= 0) {
    for (let item = 0; item < itemCount; item += 1) {
      const cell = selfUnit * itemCount + item;
      if (published[cell] === 1 && othersPublished[item] === 1) {
        selfTotal += (cells.sum[cell] as number) / (cells.n[cell] as number);
        othersTotal += (others.sum[item] as number) / (others.n[item] as number);
        overlap += 1;
        inOverlap[item] = 1;
        for (const name of othersGroups[item] ?? []) overlapMask |= 1 << raterGroups.indexOf(name);
      }
    }
  }
  // Distinct non-self raters behind the overall all-others figure.
  let overlapRaters = 0;
  if (overlap > 0) {
    const counted = new Uint8Array(raterCount);
    for (let k = 0; k < ratingCount; k += 1) {
      const rater = ratings.ratingRater[k] as number;
      const unit = raterUnit[rater] as number;
      const item = ratings.ratingItem[k] as number;
      if (unit < 0 || unit === selfUnit || counted[rater] === 1 || inOverlap[item] === 0) continue;
      if (published[unit * itemCount + item] === 1) {
        counted[rater] = 1;
        overlapRaters += 1;
      }
    }
  }
  return {
    release: releaseFigures === null ? null : closeRateeFigures(releaseFigures),
    plan,
    selfUnit,
    cells,
    published,
    others,
    othersPublished,
    othersGroups,
    nonSelfShownGroups,
    competencyRaters,
    othersCompetencyRaters,
    overall:
      overlap === 0
        ? null
        : {
            self: selfTotal / overlap,
            others: othersTotal / overlap,
            items: overlap,
            othersGroups: raterGroups.filter((_, position) => (overlapMask >> position) & 1),
            othersN: overlapRaters,
          },
  };
}

/**
 * The band-independent part of a ratee's report: which figures are published and their sums.
 * Positions are those of the instrument (items, competencies) and of the reporting plan (units);
 * a cell is `unit × itemCount + item`.
 *
 * @internal
 */
export interface RateeAggregate {
  /** What the release ledger withheld, or `null` when no ledger was given. */
  readonly release: RateeReleasePart | null;
  /** The reporting units (groups shown alone or merged; hidden groups have none). */
  readonly plan: ReturnType<typeof planReportingUnits>;
  /** The unit holding the self-rating, or -1. */
  readonly selfUnit: number;
  /** Each unit × item cell's n, Σx, Σx², minimum and maximum (hidden groups add nothing). */
  readonly cells: Cells;
  /** 1 where a unit × item cell is published (enough raters, or an exempt group). */
  readonly published: Uint8Array;
  /** Each item's all-others sums, pooled over its published non-self cells only. */
  readonly others: Cells;
  /** 1 where an item's all-others figure is published. */
  readonly othersPublished: Uint8Array;
  /** Each item's pooled all-others groups. */
  readonly othersGroups: readonly RaterGroup[][];
  /** Every group shown outside the self unit (what "all others" can pool at most). */
  readonly nonSelfShownGroups: RaterGroup[];
  /** Distinct raters behind each competency × unit figure (competency × unitCount + unit). */
  readonly competencyRaters: Int32Array;
  /** Distinct raters behind each competency's all-others figure. */
  readonly othersCompetencyRaters: Int32Array;
  /** Mean self score and mean all-others mean over the items where both are published. */
  readonly overall: {
    readonly self: number;
    readonly others: number;
    readonly items: number;
    readonly othersGroups: readonly RaterGroup[];
    readonly othersN: number;
  } | null;
}
