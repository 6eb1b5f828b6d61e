import { sortFindingsBySeverity } from '../../core/finding.js';
import type { ReferenceId } from '../../core/references.js';
import type { AnonymityPolicy } from './anonymity-policy.js';
import type { CollectedRatings } from './collect-ratings.js';
import { assessFeedbackReadiness, type FeedbackReadinessInput } from './feedback-readiness.js';
import type {
  Competency360Result,
  CompetencyFigure360,
  Feedback360Finding,
  Feedback360Options,
  Feedback360Report,
  Item360Result,
  ItemFigure360,
  RankedItem360,
  SelfOtherAgreement360,
  WithheldFigure360,
} from './feedback360-report.js';
import type { InstrumentIndex } from './instrument-index.js';
import { raterGroups, type RaterGroup } from './rater-group.js';
import { groupNames, planReportingUnits } from './reporting-units.js';
import { classifyWithBand, type AgreementBand } from './self-other-agreement.js';

/**
 * Everything about a call that is the same for every ratee.
 *
 * @internal
 */
export interface ReportSettings {
  readonly index: InstrumentIndex;
  readonly policy: AnonymityPolicy;
  readonly band: AgreementBand;
  readonly options: Feedback360Options;
  /** Norm samples by item and competency position, sorted ascending; `null` where none. */
  readonly percentile: ((sample: 'item' | 'competency', position: number, value: number) => number | null) | null;
}

const tolerance = 1e-9;

/** Per-cell accumulators for units × items. */
interface Cells {
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

function itemFigure(cells: Cells, cell: number, groups: readonly RaterGroup[], identifiable: boolean, spread: number): ItemFigure360 {
  const n = cells.n[cell] as number;
  const sum = cells.sum[cell] as number;
  const mean = sum / n;
  let sd: number | null = null;
  if (n > 1) {
    // Scores are whole numbers, so the sums are exact and this difference has no cancellation error.
    const variance = Math.max(0, ((cells.sumOfSquares[cell] as number) - (sum * sum) / n) / (n - 1));
    sd = Math.sqrt(variance);
  }
  return {
    groups,
    n,
    mean,
    sd,
    identifiable,
    raterDisagreement: n > 1 && (cells.max[cell] as number) - (cells.min[cell] as number) >= spread,
  };
}

function meanOf(values: readonly number[]): number {
  let total = 0;
  for (const value of values) total += value;
  return total / values.length;
}

/**
 * Builds one ratee's report from checked ratings. Every figure it publishes is a sum over the
 * raters of a shown unit who scored one item (or a mean of such item means), so no published
 * number separates a set of non-exempt raters smaller than the minimum.
 *
 * @internal
 */
export function aggregateRatee(settings: Pick<ReportSettings, 'index' | 'policy'>, ratings: CollectedRatings): RateeAggregate {
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
  const unitNames = plan.units.map((unit) => groupNames(unit.groups));
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
    const minimum = plan.units[unit]?.exempt ? 1 : policy.minGroupSize;
    for (let item = 0; item < itemCount; item += 1) {
      const cell = unit * itemCount + item;
      if ((cells.n[cell] as number) >= minimum) published[cell] = 1;
    }
  }

  // All-others cells pool the published non-self cells of each item.
  const others = makeCells(itemCount);
  const othersPublished = new Uint8Array(itemCount);
  const othersGroups: RaterGroup[][] = [];
  // One array per distinct set of pooled groups: most items pool the same groups.
  const namesByMask: (RaterGroup[] | undefined)[] = [];
  const unitMasks = plan.units.map((unit) => unit.groups.reduce((mask, position) => mask | (1 << position), 0));
  const nonSelfShownGroups = groupNames(plan.units.filter((_, unit) => unit !== selfUnit).flatMap((unit) => unit.groups));
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
    if (n > 0 && n >= policy.minOthersSize) othersPublished[item] = 1;
  }

  // Distinct raters behind each competency figure.
  const competencyCount = index.competencyCount;
  const raterCount = ratings.raterGroup.length;
  const unitRaterMark = new Uint8Array(competencyCount * raterCount);
  const othersRaterMark = new Uint8Array(competencyCount * raterCount);
  for (let k = 0; k < ratingCount; k += 1) {
    const rater = ratings.ratingRater[k] as number;
    const unit = raterUnit[rater] as number;
    if (unit < 0) continue;
    const item = ratings.ratingItem[k] as number;
    if (published[unit * itemCount + item] === 0) continue;
    const competency = index.itemCompetency[item] as number;
    unitRaterMark[competency * raterCount + rater] = 1;
    if (unit !== selfUnit && othersPublished[item] === 1) {
      othersRaterMark[competency * raterCount + rater] = 1;
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
    ratings,
    plan,
    unitNames,
    selfUnit,
    cells,
    published,
    others,
    othersPublished,
    othersGroups,
    nonSelfShownGroups,
    raterUnit,
    unitRaterMark,
    othersRaterMark,
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
 *
 * @internal
 */
export interface RateeAggregate {
  readonly ratings: CollectedRatings;
  readonly plan: ReturnType<typeof planReportingUnits>;
  readonly unitNames: readonly RaterGroup[][];
  readonly selfUnit: number;
  readonly cells: Cells;
  readonly published: Uint8Array;
  readonly others: Cells;
  readonly othersPublished: Uint8Array;
  readonly othersGroups: readonly RaterGroup[][];
  readonly nonSelfShownGroups: RaterGroup[];
  readonly raterUnit: readonly number[];
  readonly unitRaterMark: Uint8Array;
  readonly othersRaterMark: Uint8Array;
  /** Mean self score and mean all-others mean over the items where both are published. */
  readonly overall: {
    readonly self: number;
    readonly others: number;
    readonly items: number;
    readonly othersGroups: readonly RaterGroup[];
    readonly othersN: number;
  } | null;
}

/**
 * Turns a ratee's aggregate into the report, applying the agreement band and the display options.
 *
 * @internal
 */
export function buildRateeReport(
  settings: ReportSettings,
  aggregate: RateeAggregate,
  readiness: FeedbackReadinessInput | null,
): Feedback360Report {
  const { index, policy, band, options } = settings;
  const itemCount = index.itemCount;
  const { ratings, plan, unitNames, selfUnit, cells, published, others, othersPublished, othersGroups, nonSelfShownGroups, raterUnit, unitRaterMark, othersRaterMark } = aggregate;
  const unitCount = plan.units.length;
  const raterCount = ratings.raterGroup.length;
  const spread = options.disagreementSpread;
  const itemResults: Item360Result[] = [];
  const blindSpots: string[] = [];
  const hiddenStrengths: string[] = [];
  let itemsWithGroupWithheld = 0;
  let itemsWithOthersWithheld = 0;
  let itemsWithDisagreement = 0;
  for (let item = 0; item < itemCount; item += 1) {
    const itemData = index.instrument.items[item] as { id: string; competencyId: string };
    const groups: ItemFigure360[] = [];
    const withheld: WithheldFigure360[] = [];
    let self: ItemFigure360 | null = null;
    for (let unit = 0; unit < unitCount; unit += 1) {
      const cell = unit * itemCount + item;
      const names = unitNames[unit] as RaterGroup[];
      const exempt = plan.units[unit]?.exempt === true;
      if (published[cell] === 1) {
        const figure = itemFigure(cells, cell, names, exempt, spread);
        if (unit === selfUnit) self = figure;
        else groups.push(figure);
      } else if (!exempt) {
        withheld.push({ groups: names, reason: 'below-minimum-on-item' });
      }
    }
    let othersFigure: ItemFigure360 | null = null;
    if (othersPublished[item] === 1) {
      const names = othersGroups[item] as RaterGroup[];
      const identifiable = names.every((name) => policy.exemptGroups.includes(name as 'self' | 'manager'));
      othersFigure = itemFigure(others, item, names, identifiable, spread);
    } else if (nonSelfShownGroups.length > 0) {
      withheld.push({ groups: nonSelfShownGroups, reason: 'others-below-minimum' });
      itemsWithOthersWithheld += 1;
    }
    if (withheld.some((entry) => entry.reason === 'below-minimum-on-item')) itemsWithGroupWithheld += 1;
    if (groups.some((figure) => figure.raterDisagreement)) itemsWithDisagreement += 1;
    const gap = self !== null && othersFigure !== null ? self.mean - othersFigure.mean : null;
    let flag: Item360Result['flag'] = null;
    if (gap !== null) {
      if (gap - band.upper > tolerance) flag = 'blind-spot';
      else if (band.lower - gap > tolerance) flag = 'hidden-strength';
    }
    if (flag === 'blind-spot') blindSpots.push(itemData.id);
    if (flag === 'hidden-strength') hiddenStrengths.push(itemData.id);
    itemResults.push({
      itemId: itemData.id,
      competencyId: itemData.competencyId,
      self,
      groups,
      others: othersFigure,
      gap,
      flag,
      othersPercentile: othersFigure === null || settings.percentile === null ? null : settings.percentile('item', item, othersFigure.mean),
      withheld,
    });
  }

  const competencyResults: Competency360Result[] = index.instrument.competencies.map((competency, position) => {
    const items = index.competencyItems[position] ?? [];
    const unitFigures: CompetencyFigure360[] = [];
    let self: CompetencyFigure360 | null = null;
    for (let unit = 0; unit < unitCount; unit += 1) {
      const means: number[] = [];
      for (const item of items) {
        const cell = unit * itemCount + item;
        if (published[cell] === 1) means.push((cells.sum[cell] as number) / (cells.n[cell] as number));
      }
      if (means.length === 0) continue;
      let n = 0;
      for (let rater = 0; rater < raterCount; rater += 1) {
        if (raterUnit[rater] === unit && unitRaterMark[position * raterCount + rater] === 1) n += 1;
      }
      const figure: CompetencyFigure360 = {
        groups: unitNames[unit] as RaterGroup[],
        n,
        mean: meanOf(means),
        items: means.length,
        identifiable: plan.units[unit]?.exempt === true,
      };
      if (unit === selfUnit) self = figure;
      else unitFigures.push(figure);
    }
    const othersMeans: number[] = [];
    const othersNames = new Set<RaterGroup>();
    for (const item of items) {
      if (othersPublished[item] === 1) {
        othersMeans.push((others.sum[item] as number) / (others.n[item] as number));
        for (const name of othersGroups[item] ?? []) othersNames.add(name);
      }
    }
    let othersFigure: CompetencyFigure360 | null = null;
    if (othersMeans.length > 0) {
      let n = 0;
      for (let rater = 0; rater < raterCount; rater += 1) n += othersRaterMark[position * raterCount + rater] as number;
      const names = raterGroups.filter((name) => othersNames.has(name));
      othersFigure = {
        groups: names,
        n,
        mean: meanOf(othersMeans),
        items: othersMeans.length,
        identifiable: names.every((name) => policy.exemptGroups.includes(name as 'self' | 'manager')),
      };
    }
    return {
      competencyId: competency.id,
      name: competency.name,
      self,
      groups: unitFigures,
      others: othersFigure,
      gap: self !== null && othersFigure !== null ? (self as CompetencyFigure360).mean - othersFigure.mean : null,
      othersPercentile: othersFigure === null || settings.percentile === null ? null : settings.percentile('competency', position, othersFigure.mean),
    };
  });

  let agreement: SelfOtherAgreement360 | null = null;
  if (aggregate.overall !== null) {
    const { self: selfMean, others: othersMean, items, othersGroups: pooledGroups, othersN } = aggregate.overall;
    const category = classifyWithBand(selfMean, othersMean, band);
    const level = band.othersCutOff !== null && othersMean - band.othersCutOff >= -tolerance ? 'good' : 'poor';
    const side = category === 'over-estimator' ? 'over-estimator' : category === 'under-estimator' ? 'under-estimator' : 'in-agreement';
    agreement = {
      self: selfMean,
      others: othersMean,
      othersGroups: pooledGroups,
      othersN,
      difference: selfMean - othersMean,
      items,
      category,
      sixWay: `${side}-${level}`,
    };
  }

  // Items with an all-others figure, ranked by its mean (ties keep instrument order).
  const rankedItems: number[] = [];
  for (let item = 0; item < itemCount; item += 1) if (othersPublished[item] === 1) rankedItems.push(item);
  const means = new Float64Array(itemCount);
  for (const item of rankedItems) means[item] = (others.sum[item] as number) / (others.n[item] as number);
  const othersMean = (item: number): number => means[item] as number;
  const listLength = Math.min(options.extremeItems, Math.floor(rankedItems.length / 2));
  const pick = (order: readonly number[]): RankedItem360[] =>
    order.slice(0, listLength).map((item) => {
      const figure = (itemResults[item] as Item360Result).others as ItemFigure360;
      return { itemId: (itemResults[item] as Item360Result).itemId, groups: figure.groups, n: figure.n, mean: othersMean(item) };
    });
  const highestOrder = rankedItems.slice().sort((a, b) => othersMean(b) - othersMean(a) || a - b).slice(0, listLength);
  // The lowest list skips items already among the highest, so that ties cannot put one item in both.
  const lowestOrder = rankedItems.sort((a, b) => othersMean(a) - othersMean(b) || a - b).filter((item) => !highestOrder.includes(item));
  const highestRatedItems = pick(highestOrder);
  const lowestRatedItems = pick(lowestOrder);

  const findings: Feedback360Finding[] = [];
  const add = (code: Feedback360Finding['code'], severity: Feedback360Finding['severity'], message: string, basis: readonly ReferenceId[]): void => {
    findings.push({ code, severity, message, basis } as Feedback360Finding);
  };
  for (const hidden of plan.hidden) {
    add(
      'FB360_GROUP_HIDDEN',
      'info',
      `The ${describeGroups(hidden)} ratings are left out of every figure because fewer than ${policy.minGroupSize} of those raters took part, so showing them could identify who said what.`,
      ['hundepool-et-al-2012', policy.smallGroupStrategy === 'omit' ? 'glint-360-confidentiality' : 'ccl-benchmarks-360'],
    );
  }
  for (const unit of plan.units) {
    if (unit.merged) {
      add(
        'FB360_GROUPS_MERGED',
        'info',
        `The ${describeGroups(unit.groups)} ratings are shown together because at least one of those groups had fewer than ${policy.minGroupSize} raters.`,
        ['ccl-benchmarks-360', 'hundepool-et-al-2012'],
      );
    }
  }
  if (itemsWithGroupWithheld > 0) {
    add(
      'FB360_FIGURES_WITHHELD_ON_ITEMS',
      'info',
      `On ${itemsWithGroupWithheld} of ${itemCount} items a group's figure is withheld because too few of its raters scored the item.`,
      ['hundepool-et-al-2012'],
    );
  }
  if (itemsWithOthersWithheld > 0) {
    add(
      'FB360_OTHERS_WITHHELD',
      'warning',
      `On ${itemsWithOthersWithheld} of ${itemCount} items the all-others figure is withheld because it would rest on fewer than ${policy.minOthersSize} raters; read those items with care.`,
      ['ccl-benchmarks-360'],
    );
  }
  if (selfUnit < 0) {
    add('FB360_NO_SELF_RATING', 'info', 'There is no self-rating, so self-other agreement, blind spots and hidden strengths cannot be judged.', ['yammarino-atwater-1997']);
  }
  const managerUnit = plan.unitOfGroup[1] ?? -1;
  if (managerUnit >= 0 && plan.units[managerUnit]?.exempt === true) {
    add('FB360_MANAGER_IDENTIFIABLE', 'info', "The manager's ratings are shown on their own and can be traced to them, as the policy allows.", ['ccl-benchmarks-360']);
  }
  if (agreement !== null) {
    if (agreement.category === 'over-estimator') {
      add(
        'FB360_OVER_ESTIMATOR',
        'warning',
        'The ratee rates themselves well above how others rate them; over-estimators are the least likely to improve and the most likely to react defensively, so coaching matters most here.',
        ['atwater-waldman-1998', 'yammarino-atwater-1997'],
      );
    } else if (agreement.category === 'under-estimator') {
      add('FB360_UNDER_ESTIMATOR', 'info', 'The ratee rates themselves well below how others rate them; the feedback may build confidence.', ['yammarino-atwater-1997']);
    } else if (agreement.category === 'in-agreement-poor') {
      add('FB360_IN_AGREEMENT_POOR', 'advice', 'The ratee and others agree, at a low level: the need is recognised, so goals and support can follow directly.', ['yammarino-atwater-1997']);
    }
  }
  if (blindSpots.length > 0) {
    add('FB360_BLIND_SPOTS', 'advice', `On ${blindSpots.length} items the ratee rates themselves well above others: possible blind spots to explore.`, ['fleenor-smither-atwater-braddy-sturm-2010']);
  }
  if (hiddenStrengths.length > 0) {
    add('FB360_HIDDEN_STRENGTHS', 'info', `On ${hiddenStrengths.length} items the ratee rates themselves well below others: possible hidden strengths.`, ['fleenor-smither-atwater-braddy-sturm-2010']);
  }
  if (itemsWithDisagreement > 0) {
    add(
      'FB360_RATER_DISAGREEMENT',
      'advice',
      `On ${itemsWithDisagreement} items raters within a group are ${spread} or more points apart, so the group's mean hides real differences in how the ratee is seen.`,
      ['ccl-benchmarks-360'],
    );
  }
  const readinessResult =
    readiness === null
      ? null
      : assessFeedbackReadiness(
          readiness.agreementCategory === undefined && agreement !== null ? { ...readiness, agreementCategory: agreement.category } : readiness,
        );
  const allFindings: Feedback360Finding[] = readinessResult === null ? findings : findings.concat(readinessResult.findings);

  return {
    policy: { ...policy, exemptGroups: [...policy.exemptGroups] },
    agreementBand: { ...band },
    options: { ...options },
    scale: { min: index.instrument.scale.min, max: index.instrument.scale.max },
    shownGroups: plan.units.map((unit, position) => ({
      groups: unitNames[position] as RaterGroup[],
      raters: unit.raters,
      identifiable: unit.exempt,
      merged: unit.merged,
    })),
    hiddenGroups: plan.hidden.map((groups) => ({ groups: groupNames(groups), reason: 'below-minimum-group-size' as const })),
    items: itemResults,
    competencies: competencyResults,
    agreement,
    highestRatedItems,
    lowestRatedItems,
    blindSpots,
    hiddenStrengths,
    readiness: readinessResult,
    findings: sortFindingsBySeverity(allFindings),
  };
}

function describeGroups(positions: readonly number[]): string {
  const names = groupNames(positions);
  return names.length === 1 ? (names[0] as string) : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1] as string}`;
}
