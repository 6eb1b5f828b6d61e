// Comparing one ratee's reports across cycles, for compareCycles360 (a whole cycle at once) and
// cycleComparer360 (ratee by ratee, beside a stream): the earlier cycles, their item links and
// the previous cycle's references are prepared once; each comparison then reads one ratee.
import { reliableChange } from '../../../core/stats/reliable-change.js';
import { spearmanBrown } from '../../../core/stats/spearman-brown.js';
import type {
  CycleChange360,
  CycleComparison360,
  CycleFigureAbsence360,
  CyclePoint360,
  FigureComparison360,
  RateeCycleComparison360,
} from '../compare-cycles-360.js';
import { cycleComparison360Findings, type CycleComparison360Finding } from '../cycle-comparison-360-findings.js';
import type { RaterGroup } from '../rater-group.js';
import { competencyFigureOf, cycleReferences, hasGroupsKey, itemFigureOf, type ComparableReport, type FigureReference } from './cycle-reference.js';
import type { ItemLinks } from './link-cycle-items.js';

type Cycle = { readonly label: string; readonly reports: ReadonlyMap<string, ComparableReport> };

const keyOf = (groups: readonly RaterGroup[]): string => groups.join('+');

function groupKeys(reports: readonly (ComparableReport | null)[]): { key: string; groups: readonly RaterGroup[] }[] {
  const seen = new Map<string, readonly RaterGroup[]>();
  // The current report's groups first (it is last), then those only earlier cycles show.
  for (const report of [...reports].reverse()) {
    for (const shown of report?.shownGroups ?? []) {
      if (shown.groups.length === 1 && shown.groups[0] === 'self') continue;
      if (!seen.has(keyOf(shown.groups))) seen.set(keyOf(shown.groups), shown.groups);
    }
  }
  return [...seen].map(([key, groups]) => ({ key, groups }));
}

interface Located {
  readonly mean: number;
  readonly n: number;
  readonly groups: readonly RaterGroup[];
  readonly items?: number;
}

function changeOf(from: string, to: string, before: Located, after: Located, reference: FigureReference, minRatees: number, caller: number | null): CycleChange360 {
  let notJudged: CycleChange360['notJudged'] = null;
  let reliability: number | null = null;
  if (reference.ratees < minRatees) notJudged = 'too-few-ratees-in-earlier-cycle';
  else if (reference.sd === null || !(reference.sd > 0)) notJudged = 'no-spread-in-earlier-cycle';
  else if (caller !== null) reliability = caller;
  // ICC(1) is one rater's reliability; the change rests on the smaller of the two groups.
  else if (reference.reliability !== null) reliability = spearmanBrown(reference.reliability, Math.min(before.n, after.n));
  if (notJudged === null && (reliability === null || !(reliability < 1))) notJudged = 'reliability-not-estimable';
  const change = after.mean - before.mean + 0;
  if (notJudged !== null || reliability === null || reference.sd === null) {
    return {
      from,
      to,
      before: before.mean,
      after: after.mean,
      change,
      index: null,
      reliable: null,
      reading: 'not-judged',
      reliability: null,
      reliabilitySource: null,
      referenceSd: reference.sd,
      referenceRatees: reference.ratees,
      standardErrorOfDifference: null,
      notJudged: notJudged ?? 'reliability-not-estimable',
    };
  }
  const result = reliableChange({ before: before.mean, after: after.mean, sd: reference.sd, reliability });
  return {
    from,
    to,
    before: before.mean,
    after: after.mean,
    change,
    index: result.index,
    reliable: result.reliable,
    reading: !result.reliable ? 'within-noise' : result.change > 0 ? 'higher-beyond-noise' : 'lower-beyond-noise',
    reliability,
    reliabilitySource: caller !== null ? 'caller' : 'icc-earlier-cycle',
    referenceSd: reference.sd,
    referenceRatees: reference.ratees,
    standardErrorOfDifference: result.standardErrorOfDifference,
    notJudged: null,
  };
}

function finding(code: keyof typeof cycleComparison360Findings, message: string): CycleComparison360Finding {
  const definition = cycleComparison360Findings[code];
  return { code, severity: definition.severity, audience: definition.audience, message, basis: ['jacobson-truax-1991'] };
}

const notJudgedWords: Readonly<Record<NonNullable<CycleChange360['notJudged']>, string>> = {
  'too-few-ratees-in-earlier-cycle': 'with too few ratees publishing the figure in the earlier cycle',
  'no-spread-in-earlier-cycle': "with no spread among the earlier cycle's ratees",
  'reliability-not-estimable': 'with no reliability to estimate, such as a figure from one rater',
};

const plural = (count: number, one: string, many: string): string => `${count} ${count === 1 ? one : many}`;

/**
 * A comparer of ratees with the earlier cycles (oldest first; the last is the previous one), whose
 * items are linked to the current cycle's by `links`: what the result says of the comparison as a
 * whole, and the comparison of one ratee's current report.
 *
 * @internal
 */
export function rateeCycleComparer(
  earlier: readonly { readonly label: string; readonly ratees: readonly { readonly rateeId: string; readonly report: ComparableReport }[] }[],
  links: readonly ItemLinks[],
  currentLabel: string,
  caller: number | null,
  minRatees: number,
): { readonly summary: Omit<CycleComparison360, 'ratees'>; readonly compare: (rateeId: string, current: ComparableReport) => RateeCycleComparison360 } {
  const cycles: Cycle[] = earlier.map((cycle) => ({
    label: cycle.label,
    reports: new Map(cycle.ratees.map((ratee) => [ratee.rateeId, ratee.report])),
  }));
  const labelsInOrder = [...cycles.map((cycle) => cycle.label), currentLabel];
  const currentIndex = cycles.length;
  const previousIndex = cycles.length - 1;
  const previous = cycles[previousIndex] as Cycle;
  const references = cycleReferences([...previous.reports.values()]);
  const previousLinks = links[previousIndex] as ItemLinks;

  const compare = (rateeId: string, current: ComparableReport): RateeCycleComparison360 => {
    const reports = [...cycles.map((cycle) => cycle.reports.get(rateeId) ?? null), current];
    const keys = groupKeys(reports);
    const scopes = [{ key: 'others', groups: null as readonly RaterGroup[] | null }, ...keys];

    const compare = (
      locate: (cycleIndex: number, key: string) => Located | CycleFigureAbsence360,
      reference: (key: string) => FigureReference,
    ): FigureComparison360[] =>
      scopes.flatMap(({ key, groups }) => {
        const located = labelsInOrder.map((_, index) => locate(index, key));
        // The current figure decides what counts as the same figure: the same groups pooled and, for a competency, as many items averaged.
        const currentFigure = located[currentIndex] as Located | CycleFigureAbsence360;
        const series = located.map((entry, index): CyclePoint360 => {
          const label = labelsInOrder[index] as string;
          if (typeof entry === 'string') return { cycle: label, mean: null, n: null, absence: entry };
          if (typeof currentFigure !== 'string' && index !== currentIndex) {
            if (keyOf(entry.groups) !== keyOf(currentFigure.groups)) return { cycle: label, mean: null, n: null, absence: 'different-groups-pooled' };
            if (entry.items !== currentFigure.items) return { cycle: label, mean: null, n: null, absence: 'different-items-averaged' };
          }
          return { cycle: label, mean: entry.mean, n: entry.n, absence: null };
        });
        if (series.every((point) => point.absence !== null)) return [];
        const latest = [...located].reverse().find((entry): entry is Located => typeof entry !== 'string');
        const before = series[previousIndex] as CyclePoint360;
        const after = series[currentIndex] as CyclePoint360;
        const missing = after.absence !== null ? after : before.absence !== null ? before : null;
        return [
          {
            scope: key === 'others' ? 'others' : 'group',
            groups: [...(groups ?? latest?.groups ?? [])],
            series,
            change:
              missing === null
                ? changeOf(before.cycle, after.cycle, located[previousIndex] as Located, located[currentIndex] as Located, reference(key), minRatees, caller)
                : null,
            notCompared: missing === null ? null : { cycle: missing.cycle, absence: missing.absence as CycleFigureAbsence360 },
          },
        ];
      });

    // A figure of one cycle, or why it is not there: no report, no counterpart, group not shown, withheld.
    const locate =
      <T,>(find: (report: ComparableReport, index: number) => T | undefined, figureOf: (found: T, key: string) => Located | null) =>
      (index: number, key: string): Located | CycleFigureAbsence360 => {
        const report = reports[index] ?? null;
        if (report === null) return 'ratee-absent';
        const found = find(report, index);
        if (found === undefined) return 'item-not-linked';
        if (key !== 'others' && !report.shownGroups.some((shown) => hasGroupsKey(shown.groups, key))) return 'group-not-shown';
        return figureOf(found, key) ?? 'withheld';
      };

    const competencies = current.competencies.map((competency) => ({
      competencyId: competency.competencyId,
      name: competency.name,
      figures: compare(
        locate(
          (report) => report.competencies.find((candidate) => candidate.competencyId === competency.competencyId),
          (found, key) => {
            const figure = competencyFigureOf(found, key);
            return figure === null ? null : { mean: figure.mean, n: figure.n, groups: figure.groups, items: figure.items };
          },
        ),
        (key) => references.competency(competency.competencyId, key),
      ),
    }));

    const items = current.items.map((item) => ({
      itemId: item.itemId,
      competencyId: item.competencyId,
      figures: compare(
        locate(
          (report, index) => {
            const itemId = index === currentIndex ? item.itemId : (links[index] as ItemLinks).earlierOf.get(item.itemId);
            return itemId === undefined ? undefined : report.items.find((candidate) => candidate.itemId === itemId);
          },
          (found, key) => {
            const figure = itemFigureOf(found, key);
            return figure === null ? null : { mean: figure.mean, n: figure.n, groups: figure.groups };
          },
        ),
        (key) => references.item(previousLinks.earlierOf.get(item.itemId) ?? item.itemId, key),
      ),
    }));

    const findings: CycleComparison360Finding[] = [];
    const othersCompetencies = competencies.flatMap((competency) => competency.figures.filter((figure) => figure.scope === 'others'));
    const beyond = othersCompetencies.filter((figure) => figure.change?.reliable === true).length;
    const judged = othersCompetencies.filter((figure) => figure.change !== null && figure.change.reading !== 'not-judged').length;
    const everyFigure = [...competencies, ...items].flatMap((entry) => entry.figures);
    if (reports[previousIndex] === null) {
      findings.push(finding('FB360_CYCLE_NO_EARLIER_REPORT', `The ${previous.label} cycle has no report about you, so nothing is compared with it.`));
    } else {
      if (beyond > 0) {
        findings.push(
          finding('FB360_CYCLE_CHANGE_BEYOND_NOISE', `On ${plural(beyond, 'competency', 'competencies')}, others see a change since ${previous.label} larger than the measurement's noise.`),
        );
      } else if (judged > 0) {
        findings.push(finding('FB360_CYCLE_WITHIN_NOISE', `On every competency compared, the change others see since ${previous.label} is within the measurement's noise.`));
      }
      if (everyFigure.some((figure) => figure.notCompared !== null)) {
        findings.push(
          finding('FB360_CYCLE_NOT_COMPARED', `Some figures are not compared with ${previous.label}, because one of the two cycles does not show them, to keep raters anonymous or because the questions changed.`),
        );
      }
      const notJudged = new Map<string, number>();
      for (const figure of everyFigure) {
        const reason = figure.change?.notJudged ?? null;
        if (reason !== null) notJudged.set(reason, (notJudged.get(reason) ?? 0) + 1);
      }
      if (notJudged.size > 0) {
        const why = [...notJudged].map(([reason, count]) => `${count} ${notJudgedWords[reason as NonNullable<CycleChange360['notJudged']>]}`).join('; ');
        const total = [...notJudged.values()].reduce((sum, count) => sum + count, 0);
        findings.push(finding('FB360_CYCLE_CHANGE_NOT_JUDGED', `${plural(total, 'change', 'changes')} could not be set against the noise (${why}).`));
      }
      if (previousLinks.unlinked.length > 0) {
        findings.push(
          finding('FB360_CYCLE_ITEMS_NOT_LINKED', `${plural(previousLinks.unlinked.length, 'item has', 'items have')} no counterpart in the ${previous.label} cycle: ${previousLinks.unlinked.join(', ')}.`),
        );
      }
    }
    return { rateeId, cycles: labelsInOrder, scale: { min: current.scale.min, max: current.scale.max }, competencies, items, findings };
  };

  const summary: Omit<CycleComparison360, 'ratees'> = {
    cycles: labelsInOrder,
    reliability: caller === null ? { kind: 'from-earlier-cycle' } : { kind: 'caller', value: caller },
    minReferenceRatees: minRatees,
    criterion: 1.96,
    links: links.map((link, index) => ({
      cycle: labelsInOrder[index] as string,
      linked: [...link.earlierOf].map(([itemId, earlierItemId]) => ({ itemId, earlierItemId })),
      unlinked: [...link.unlinked],
      unused: [...link.unused],
    })),
  };
  return { summary, compare };
}
