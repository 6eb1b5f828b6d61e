import { mean } from '../../../core/stats/mean.js';
import { sampleVariance } from '../../../core/stats/sample-variance.js';
import { selfOtherAgreementCategories, type SelfOtherAgreementCategory } from '../self-other-agreement.js';
import type { Cohort360Summary, CohortCompetency360, Report360Figures } from '../summarise-cohort-360.js';

/** The figures a group of ratees publishes (the cohort summary without its counts and slices). */
export type CohortFigures360 = Pick<Cohort360Summary, 'competencies' | 'highestItems' | 'lowestItems' | 'agreement'>;

/**
 * Which figures a caller allows, by position in the instrument; a figure not allowed is `null`
 * (a competency's mean and SD, or its mean gap) or left out of the item ranking. Used by the unit
 * roll-ups, whose complementary suppression withholds figures a group has enough ratees for.
 */
export interface CohortFigureFilter360 {
  readonly others: (position: number) => boolean;
  readonly gap: (position: number) => boolean;
  readonly item: (position: number) => boolean;
}

const allowAll: CohortFigureFilter360 = { others: () => true, gap: () => true, item: () => true };

/** The ids of a report's `count` lowest-rated competencies (by all-others mean, then instrument order). */
export function lowestCompetencies(report: Report360Figures, count: number): string[] {
  return report.competencies
    .flatMap((competency, position) => (competency.others === null ? [] : [{ id: competency.competencyId, mean: competency.others.mean, position }]))
    .sort((a, b) => a.mean - b.mean || a.position - b.position)
    .slice(0, count)
    .map((entry) => entry.id);
}

/** The all-others mean of a ratee for one competency, or `null`. */
export function othersOf(report: Report360Figures, position: number): number | null {
  return report.competencies[position]?.others?.mean ?? null;
}

/** Whether a ratee contributes to a competency's mean gap (self − others). */
export function hasGap(report: Report360Figures, position: number): boolean {
  return report.competencies[position]?.gap != null;
}

/** Whether a ratee contributes to an item's cohort figure (a published all-others figure on it). */
export function hasItemOthers(report: Report360Figures, position: number): boolean {
  return report.items[position]?.others != null;
}

/**
 * The figures of a group of ratees, each built from figures the ratees' own reports publish and
 * each resting on at least `minRatees` of them: per competency the mean and SD of the all-others
 * means and the mean gap, the items rated highest and lowest, the agreement categories and the
 * shared development priorities. `reports` must be non-empty and from one instrument.
 */
export function cohortFigures(reports: readonly Report360Figures[], minRatees: number, priorities: number, allow: CohortFigureFilter360 = allowAll): CohortFigures360 {
  const first = reports[0] as Report360Figures;
  const priorityCounts = new Map<string, number>();
  for (const report of reports) {
    for (const id of lowestCompetencies(report, priorities)) priorityCounts.set(id, (priorityCounts.get(id) ?? 0) + 1);
  }
  const competencies: CohortCompetency360[] = first.competencies.map((competency, position) => {
    const others: number[] = [];
    const gaps: number[] = [];
    for (const report of reports) {
      const figure = report.competencies[position];
      if (figure?.others != null) others.push(figure.others.mean);
      if (figure?.gap != null) gaps.push(figure.gap);
    }
    const shown = others.length >= minRatees && allow.others(position);
    const summary = shown ? { mean: mean(others), sd: Math.sqrt(sampleVariance(others)) } : null;
    return {
      competencyId: competency.competencyId,
      name: competency.name,
      ratees: others.length,
      othersMean: summary?.mean ?? null,
      othersSd: summary?.sd ?? null,
      meanGap: gaps.length >= minRatees && allow.gap(position) ? mean(gaps) : null,
      priorityFor: priorityCounts.get(competency.competencyId) ?? 0,
    };
  });
  const items = first.items
    .map((item, position) => {
      const means = reports.flatMap((report) => {
        const figure = report.items[position]?.others;
        return figure == null ? [] : [figure.mean];
      });
      return { itemId: item.itemId, ratees: means.length, othersMean: means.length === 0 ? 0 : mean(means), position };
    })
    .filter((item) => item.ratees >= minRatees && allow.item(item.position));
  const ranked = items.slice().sort((a, b) => b.othersMean - a.othersMean || a.position - b.position);
  const take = Math.min(5, Math.floor(ranked.length / 2));
  const strip = ({ itemId, ratees, othersMean }: { itemId: string; ratees: number; othersMean: number }) => ({ itemId, ratees, othersMean });
  const highestItems = ranked.slice(0, take).map(strip);
  const lowestItems = ranked.slice(ranked.length - take).reverse().map(strip);

  const agreement = Object.fromEntries([...selfOtherAgreementCategories, 'not-classified'].map((category) => [category, 0])) as Record<SelfOtherAgreementCategory | 'not-classified', number>;
  for (const report of reports) agreement[report.agreement?.category ?? 'not-classified'] += 1;
  return { competencies, highestItems, lowestItems, agreement };
}
