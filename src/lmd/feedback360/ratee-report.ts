import { sortFindingsBySeverity } from '../../core/finding.js';
import type { AnonymityPolicy } from './anonymity/anonymity-policy.js';
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
  ReleaseCheck360,
  ShownGroup360,
  SelfOtherAgreement360,
  WithheldFigure360,
} from './feedback360-report.js';
import type { InstrumentIndex } from './instrument-index.js';
import { raterGroups, type RaterGroup } from './rater-group.js';
import type { Cells, RateeAggregate } from './ratee-aggregate.js';
import { report360Findings } from './report-findings.js';
import { BAND_TOLERANCE } from '../../core/_internal/band-tolerance.js';
import { atOrAboveCutOff, classifyWithBand, type AgreementBand } from './self-other-agreement.js';

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

function itemFigure(cells: Cells, cell: number, groups: readonly RaterGroup[], identifiable: boolean, spread: number): ItemFigure360 {
  const n = cells.n[cell] as number;
  const sum = cells.sum[cell] as number;
  const mean = sum / n;
  let sd: number | null = null;
  if (n > 1) {
    // Not the floating-point one-pass formula that core's sampleVariance rejects: scores are whole
    // scale points, so n, Σx and Σx² are exact integers (far below 2^53 for any real cycle), the
    // numerator n·Σx² − (Σx)² is computed exactly, and the one division is the only rounding.
    const variance = (n * (cells.sumOfSquares[cell] as number) - sum * sum) / (n * (n - 1));
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


/** The item results, with the counts and flags the findings and lists need. */
interface ItemPart {
  readonly itemResults: Item360Result[];
  readonly blindSpots: string[];
  readonly hiddenStrengths: string[];
  readonly itemsWithGroupWithheld: number;
  readonly itemsWithOthersWithheld: number;
  readonly itemsWithDisagreement: number;
  readonly itemsWithheldByRelease: number;
}

/** Each item's published figures, what is withheld on it and why, its gap and its flag. */
function itemPart(settings: ReportSettings, aggregate: RateeAggregate): ItemPart {
  const { index, policy, options } = settings;
  const itemCount = index.itemCount;
  const { plan, selfUnit, cells, published, others, othersPublished, othersGroups, nonSelfShownGroups } = aggregate;
  const unitCount = plan.units.length;
  const spread = options.disagreementSpread;
  const itemResults: Item360Result[] = [];
  const blindSpots: string[] = [];
  const overCandidates: { item: number; gap: number }[] = [];
  const underCandidates: { item: number; gap: number }[] = [];
  const hiddenStrengths: string[] = [];
  let itemsWithGroupWithheld = 0;
  let itemsWithOthersWithheld = 0;
  let itemsWithDisagreement = 0;
  let itemsWithheldByRelease = 0;
  const release = aggregate.release;
  for (let item = 0; item < itemCount; item += 1) {
    const itemData = index.instrument.items[item] as { id: string; competencyId: string; reverseScored?: boolean };
    const groups: ItemFigure360[] = [];
    const withheld: WithheldFigure360[] = [];
    let self: ItemFigure360 | null = null;
    for (let unit = 0; unit < unitCount; unit += 1) {
      const cell = unit * itemCount + item;
      const names = (plan.units[unit] as ShownGroup360).groups;
      const exempt = plan.units[unit]?.identifiable === true;
      if (published[cell] === 1) {
        const figure = itemFigure(cells, cell, names, exempt, spread);
        if (unit === selfUnit) self = figure;
        else groups.push(figure);
      } else if (release !== null && release.cells[cell] === 1) {
        withheld.push({ groups: names, reason: 'differs-little-from-earlier-release' });
      } else if (!exempt) {
        withheld.push({ groups: names, reason: 'below-minimum-on-item' });
      }
    }
    let othersFigure: ItemFigure360 | null = null;
    if (othersPublished[item] === 1) {
      const names = othersGroups[item] as RaterGroup[];
      const identifiable = names.every((name) => policy.exemptGroups.includes(name as 'self' | 'manager'));
      othersFigure = itemFigure(others, item, names, identifiable, spread);
    } else if (release !== null && release.others[item] === 1) {
      withheld.push({ groups: othersGroups[item] as RaterGroup[], reason: 'differs-little-from-earlier-release' });
    } else if (nonSelfShownGroups.length > 0) {
      withheld.push({ groups: nonSelfShownGroups, reason: 'others-below-minimum' });
      itemsWithOthersWithheld += 1;
    }
    if (withheld.some((entry) => entry.reason === 'below-minimum-on-item')) itemsWithGroupWithheld += 1;
    if (groups.some((figure) => figure.raterDisagreement)) itemsWithDisagreement += 1;
    if (withheld.some((entry) => entry.reason === 'differs-little-from-earlier-release')) itemsWithheldByRelease += 1;
    const gap = self !== null && othersFigure !== null ? self.mean - othersFigure.mean : null;
    if (gap !== null && gap >= options.blindSpotGap - BAND_TOLERANCE) overCandidates.push({ item, gap });
    if (gap !== null && -gap >= options.blindSpotGap - BAND_TOLERANCE) underCandidates.push({ item, gap: -gap });
    itemResults.push({
      itemId: itemData.id,
      competencyId: itemData.competencyId,
      reverseScored: itemData.reverseScored === true,
      self,
      groups,
      others: othersFigure,
      gap,
      flag: null,
      othersPercentile: othersFigure === null || settings.percentile === null ? null : settings.percentile('item', item, othersFigure.mean),
      withheld,
    });
  }

  // Only the largest gaps of each kind are flagged (ties go to the earlier item), largest first.
  for (const [candidates, flag, list] of [
    [overCandidates, 'blind-spot', blindSpots],
    [underCandidates, 'hidden-strength', hiddenStrengths],
  ] as const) {
    const chosen = candidates.slice().sort((a, b) => b.gap - a.gap || a.item - b.item).slice(0, options.maxFlaggedItems);
    for (const { item } of chosen) {
      const result = itemResults[item] as Item360Result;
      itemResults[item] = { ...result, flag };
      list.push(result.itemId);
    }
  }
  return { itemResults, blindSpots, hiddenStrengths, itemsWithGroupWithheld, itemsWithOthersWithheld, itemsWithDisagreement, itemsWithheldByRelease };
}

/** Each competency's figures: the means of its published item figures, with the raters behind them. */
function competencyPart(settings: ReportSettings, aggregate: RateeAggregate): Competency360Result[] {
  const { index, policy } = settings;
  const itemCount = index.itemCount;
  const { plan, selfUnit, cells, published, others, othersPublished, othersGroups, competencyRaters, othersCompetencyRaters } = aggregate;
  const unitCount = plan.units.length;
  return index.instrument.competencies.map((competency, position) => {
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
      const n = competencyRaters[position * unitCount + unit] as number;
      const figure: CompetencyFigure360 = {
        groups: (plan.units[unit] as ShownGroup360).groups,
        n,
        mean: meanOf(means),
        items: means.length,
        identifiable: plan.units[unit]?.identifiable === true,
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
      const n = othersCompetencyRaters[position] as number;
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

}

/** Self against all others overall, classified against the band, or `null` without both. */
function agreementPart(settings: ReportSettings, aggregate: RateeAggregate): SelfOtherAgreement360 | null {
  const { band } = settings;
  let agreement: SelfOtherAgreement360 | null = null;
  if (aggregate.overall !== null) {
    const { self: selfMean, others: othersMean, items, othersGroups: pooledGroups, othersN } = aggregate.overall;
    const category = classifyWithBand(selfMean, othersMean, band);
    const level = band.othersCutOff !== null && atOrAboveCutOff(othersMean, band.othersCutOff) ? 'good' : 'poor';
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

  return agreement;
}

/** The highest- and lowest-rated items by others' mean, never overlapping. */
function extremeItemsPart(settings: ReportSettings, aggregate: RateeAggregate, itemResults: readonly Item360Result[]): { highestRatedItems: RankedItem360[]; lowestRatedItems: RankedItem360[] } {
  const { index, options } = settings;
  const itemCount = index.itemCount;
  const { others, othersPublished } = aggregate;
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

  return { highestRatedItems, lowestRatedItems };
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
  const { plan, selfUnit } = aggregate;
  const spread = options.disagreementSpread;
  const { itemResults, blindSpots, hiddenStrengths, itemsWithGroupWithheld, itemsWithOthersWithheld, itemsWithDisagreement, itemsWithheldByRelease } = itemPart(
    settings,
    aggregate,
  );
  const release: ReleaseCheck360 | null = aggregate.release === null ? null : { releaseId: aggregate.release.releaseId };
  const competencyResults = competencyPart(settings, aggregate);
  const agreement = agreementPart(settings, aggregate);
  const { highestRatedItems, lowestRatedItems } = extremeItemsPart(settings, aggregate, itemResults);

  const findings = report360Findings({
    plan,
    policy,
    itemCount,
    selfUnit,
    itemsWithGroupWithheld,
    itemsWithOthersWithheld,
    itemsWithDisagreement,
    itemsWithheldByRelease,
    spread,
    agreement,
    blindSpots: blindSpots.length,
    hiddenStrengths: hiddenStrengths.length,
    blindSpotGap: options.blindSpotGap,
  });
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
    shownGroups: plan.units.map((unit) => ({ ...unit, groups: [...unit.groups] })),
    hiddenGroups: plan.hidden.map((hidden) => ({ ...hidden, groups: [...hidden.groups] })),
    items: itemResults,
    competencies: competencyResults,
    agreement,
    highestRatedItems,
    lowestRatedItems,
    blindSpots,
    hiddenStrengths,
    readiness: readinessResult,
    findings: sortFindingsBySeverity(allFindings),
    ...(release === null ? {} : { release }),
  };
}
