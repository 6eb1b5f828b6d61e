/**
 * What a change's reliable change index is measured against: the earlier cycle's spread across
 * ratees of the same figure, and the reliability of the figure (the caller's, ICC(1) of the
 * earlier cycle's item figures, for a competency the mean of its items', stepped up to the raters
 * behind the change). Built from published figures only.
 *
 * @module
 */
import { sampleVariance } from '../../../core/stats/sample-variance.js';
import type { ComparableReport360 } from '../compare-cycles-360.js';
import type { CompetencyFigure360, ItemFigure360 } from '../feedback360-report.js';
import { iccFromFigures } from './icc-from-figures.js';

/** An item figure as the comparison reads it. */
export type ComparableItemFigure = Pick<ItemFigure360, 'groups' | 'n' | 'mean' | 'sd'>;

/** A competency figure as the comparison reads it. */
export type ComparableCompetencyFigure = Pick<CompetencyFigure360, 'groups' | 'n' | 'mean' | 'items'>;

/** The parts of a report the comparison reads (a `Feedback360Report` has them all): the public `ComparableReport360`. */
export type ComparableReport = ComparableReport360;

/** The reference for one figure (level, id, groups) in the earlier cycle. */
export interface FigureReference {
  /** How many of the earlier cycle's ratees publish the figure. */
  readonly ratees: number;
  /** The sample SD of their means, or `null` with fewer than two. */
  readonly sd: number | null;
  /** One rater's reliability, ICC(1) (for a competency the mean of its items'), or `null` when not estimable. */
  readonly reliability: number | null;
}

/** The key of a figure's groups: `others`, or the groups joined. */
export type GroupsKey = string;

/**
 * Whether `groups` joined with `+` is `key`, without building the joined string (this runs for
 * every figure of every ratee).
 */
export function hasGroupsKey(groups: readonly string[], key: GroupsKey): boolean {
  let at = 0;
  for (let index = 0; index < groups.length; index += 1) {
    const group = groups[index] as string;
    if (index > 0) {
      if (key.charCodeAt(at) !== 43) return false;
      at += 1;
    }
    if (!key.startsWith(group, at)) return false;
    at += group.length;
  }
  return at === key.length;
}

/** A figure of a report by its groups key. */
export function itemFigureOf(item: ComparableReport['items'][number], key: GroupsKey): ComparableItemFigure | null {
  if (key === 'others') return item.others;
  return item.groups.find((figure) => hasGroupsKey(figure.groups, key)) ?? null;
}

/** A competency figure by its groups key. */
export function competencyFigureOf(competency: ComparableReport['competencies'][number], key: GroupsKey): ComparableCompetencyFigure | null {
  if (key === 'others') return competency.others;
  return competency.groups.find((figure) => hasGroupsKey(figure.groups, key)) ?? null;
}

function spread(means: readonly number[]): number | null {
  return means.length < 2 ? null : Math.sqrt(sampleVariance(means));
}

/** Whether a reliability can serve in the index: strictly between 0 and 1. */
function usable(value: number | null): number | null {
  return value !== null && value > 0 && value < 1 ? value : null;
}

/**
 * A cache of references over one earlier cycle's reports.
 *
 * @param reports - the earlier cycle's reports
 * @returns lookups for item and competency references
 */
export function cycleReferences(reports: readonly ComparableReport[]): {
  item(itemId: string, key: GroupsKey): FigureReference;
  competency(competencyId: string, key: GroupsKey): FigureReference;
} {
  const cache = new Map<string, FigureReference>();
  const figuresOf = (itemId: string, key: GroupsKey): ComparableItemFigure[] =>
    reports.flatMap((report) => {
      const item = report.items.find((candidate) => candidate.itemId === itemId);
      const figure = item === undefined ? null : itemFigureOf(item, key);
      return figure === null ? [] : [figure];
    });
  const cached = (cacheKey: string, build: () => FigureReference): FigureReference => {
    const known = cache.get(cacheKey);
    if (known !== undefined) return known;
    const built = build();
    cache.set(cacheKey, built);
    return built;
  };
  return {
    item: (itemId, key) =>
      cached(`i\u0000${itemId}\u0000${key}`, () => {
        const figures = figuresOf(itemId, key);
        return { ratees: figures.length, sd: spread(figures.map((figure) => figure.mean)), reliability: usable(iccFromFigures(figures)) };
      }),
    competency: (competencyId, key) =>
      cached(`c\u0000${competencyId}\u0000${key}`, () => {
        const means: number[] = [];
        const itemIds = new Set<string>();
        for (const report of reports) {
          const competency = report.competencies.find((candidate) => candidate.competencyId === competencyId);
          const figure = competency === undefined ? null : competencyFigureOf(competency, key);
          if (figure === null) continue;
          means.push(figure.mean);
          for (const item of report.items) if (item.competencyId === competencyId) itemIds.add(item.itemId);
        }
        // One rater's reliability on the competency, taken as the mean of its items' ICC(1): a
        // rater's mean over several items is more reliable than one item, so this errs on the side
        // of calling a change noise.
        const iccs = [...itemIds].map((itemId) => iccFromFigures(figuresOf(itemId, key)));
        const reliability = iccs.length === 0 || iccs.some((value) => value === null) ? null : iccs.reduce((total: number, value) => total + (value as number), 0) / iccs.length;
        return { ratees: means.length, sd: spread(means), reliability: usable(reliability) };
      }),
  };
}

