/**
 * What a change's reliable change index is measured against: the earlier cycle's spread across
 * ratees of the same figure, and the reliability of the figure (the caller's, ICC(1) of the
 * earlier cycle's item figures stepped up to the raters behind the change, or alpha of the
 * competency's items across the earlier cycle's ratees). Built from published figures only.
 *
 * @module
 */
import { cronbachAlpha } from '../../../core/stats/cronbach-alpha.js';
import { sampleVariance } from '../../../core/stats/sample-variance.js';
import type { CompetencyFigure360, Feedback360Report, ItemFigure360 } from '../feedback360-report.js';
import { iccFromFigures } from './icc-from-figures.js';

/** The reference for one figure (level, id, groups) in the earlier cycle. */
export interface FigureReference {
  /** How many of the earlier cycle's ratees publish the figure. */
  readonly ratees: number;
  /** The sample SD of their means, or `null` with fewer than two. */
  readonly sd: number | null;
  /** ICC(1) (items) or alpha (competencies) from the earlier cycle, or `null` when not estimable. */
  readonly reliability: number | null;
}

/** The key of a figure's groups: `others`, or the groups joined. */
export type GroupsKey = string;

/** A figure of a report by its groups key. */
export function itemFigureOf(item: { readonly groups: readonly ItemFigure360[]; readonly others: ItemFigure360 | null }, key: GroupsKey): ItemFigure360 | null {
  if (key === 'others') return item.others;
  return item.groups.find((figure) => figure.groups.join('+') === key) ?? null;
}

/** A competency figure by its groups key. */
export function competencyFigureOf(
  competency: { readonly groups: readonly CompetencyFigure360[]; readonly others: CompetencyFigure360 | null },
  key: GroupsKey,
): CompetencyFigure360 | null {
  if (key === 'others') return competency.others;
  return competency.groups.find((figure) => figure.groups.join('+') === key) ?? null;
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
export function cycleReferences(reports: readonly Feedback360Report[]): {
  item(itemId: string, key: GroupsKey): FigureReference;
  competency(competencyId: string, key: GroupsKey): FigureReference;
} {
  const cache = new Map<string, FigureReference>();
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
        const figures = reports.flatMap((report) => {
          const item = report.items.find((candidate) => candidate.itemId === itemId);
          const figure = item === undefined ? null : itemFigureOf(item, key);
          return figure === null ? [] : [figure];
        });
        return { ratees: figures.length, sd: spread(figures.map((figure) => figure.mean)), reliability: usable(iccFromFigures(figures)) };
      }),
    competency: (competencyId, key) =>
      cached(`c\u0000${competencyId}\u0000${key}`, () => {
        const means: number[] = [];
        const rows: (number | null)[][] = [];
        for (const report of reports) {
          const competency = report.competencies.find((candidate) => candidate.competencyId === competencyId);
          const figure = competency === undefined ? null : competencyFigureOf(competency, key);
          if (figure === null) continue;
          means.push(figure.mean);
          rows.push(report.items.filter((item) => item.competencyId === competencyId).map((item) => itemFigureOf(item, key)?.mean ?? null));
        }
        let alpha: number | null = null;
        const width = rows[0]?.length ?? 0;
        if (rows.length >= 2 && width >= 2 && rows.every((row) => row.length === width)) {
          try {
            alpha = cronbachAlpha(rows, { missing: 'pairwise' });
          } catch {
            // Too few ratees share items, or an item does not vary: no alpha from these figures.
            alpha = null;
          }
        }
        return { ratees: means.length, sd: spread(means), reliability: usable(alpha) };
      }),
  };
}

