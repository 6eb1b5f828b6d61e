import * as z from 'zod';
import { parseInput } from '../../core/parse-input.js';
import { LmdInputError } from '../../core/input-error.js';
import { describeValue } from '../../core/describe-value.js';
import { mean } from '../../core/stats/mean.js';
import type { Feedback360Report } from './feedback360-report.js';
import type { SelfOtherAgreementCategory } from './self-other-agreement.js';
import { cohortFigures, othersOf } from './_internal/cohort-figures.js';

/**
 * The zod schema for the options of {@link summariseCohort360}: `minRatees` (default 5, at least
 * 3), the fewest ratees behind any figure of the summary or of one of its slices, so that no
 * slice becomes one person's report; `slices`, an optional map from ratee id to a slice name
 * (a department, a site, a programme) for a profile per slice; `priorities` (default 2), how many
 * of each ratee's lowest-rated competencies count towards the cohort's development priorities.
 *
 * @example
 * summariseCohort360OptionsSchema.parse({}) //=> { minRatees: 5, priorities: 2 }
 * @see {@link summariseCohort360}
 */
export const summariseCohort360OptionsSchema = /* @__PURE__ */ z.strictObject({
  minRatees: /* @__PURE__ */ z.int().min(3).max(1000).default(5),
  slices: /* @__PURE__ */ z.record(/* @__PURE__ */ z.string().min(1), /* @__PURE__ */ z.string().min(1)).optional(),
  priorities: /* @__PURE__ */ z.int().min(1).max(10).default(2),
});

/**
 * The options of {@link summariseCohort360}, as a caller writes them.
 * @see {@link summariseCohort360OptionsSchema}
 */
export type SummariseCohort360Options = z.input<typeof summariseCohort360OptionsSchema>;

/**
 * What the organisation's summaries ({@link summariseCohort360}, `summariseUnits360`) read of
 * each ratee's report: the competencies' and items' all-others means, the competencies' gaps and
 * the agreement category. A {@link Feedback360Report} has all of it; a caller that streams the
 * reports may keep only this much of each.
 * @see {@link summariseCohort360}
 */
export interface Report360Figures {
  /** The competencies, in the instrument's order. */
  readonly competencies: readonly { readonly competencyId: string; readonly name: string; readonly others: { readonly mean: number } | null; readonly gap: number | null }[];
  /** The items, in the instrument's order. */
  readonly items: readonly { readonly itemId: string; readonly others: { readonly mean: number } | null }[];
  /** The self-other agreement category, when there is one. */
  readonly agreement: { readonly category: SelfOtherAgreementCategory } | null;
}

/**
 * A cycle as the organisation's summaries take it: each ratee with (at least) the figures of
 * {@link Report360Figures}. The result of `interpret360Cohort` is one.
 * @see {@link summariseCohort360}
 */
export interface Cohort360Figures {
  /** Each ratee, in the cycle's order. */
  readonly ratees: readonly { readonly rateeId: string; readonly report: Report360Figures }[];
}

/**
 * One competency across the cohort: the mean and spread of the ratees' all-others means.
 * @see {@link summariseCohort360}
 */
export interface CohortCompetency360 {
  /** The competency. */
  readonly competencyId: string;
  /** Its name. */
  readonly name: string;
  /** How many ratees have a published all-others figure for it. */
  readonly ratees: number;
  /** The mean of those figures, or `null` when fewer than the minimum ratees have one. */
  readonly othersMean: number | null;
  /** Their sample standard deviation, or `null` (fewer than the minimum). */
  readonly othersSd: number | null;
  /** The mean self − others gap over the ratees with both, or `null` (fewer than the minimum). */
  readonly meanGap: number | null;
  /** How many ratees have it among their lowest-rated competencies (the cohort's development priorities). */
  readonly priorityFor: number;
}

/**
 * A slice of the cohort (a department, say): its profile, or why it is not shown.
 * @see {@link summariseCohort360}
 */
export interface CohortSlice360 {
  /** The slice's name, as the caller gave it. */
  readonly name: string;
  /** Whether it has at least the minimum number of ratees; a smaller slice has no figures. */
  readonly shown: boolean;
  /** Per competency, the slice's all-others mean, or `null` for a slice not shown or a competency too few have. */
  readonly othersMeans: readonly (number | null)[];
}

/**
 * A whole cycle summarised for the organisation, without naming anyone: the competency profile
 * with its spread, the items rated highest and lowest across the cohort, the distribution of
 * agreement categories, the development priorities the ratees share, and optional slices.
 * @see {@link summariseCohort360}
 */
export interface Cohort360Summary {
  /** How many ratees the cycle has. */
  readonly ratees: number;
  /** The fewest ratees behind any figure. */
  readonly minRatees: number;
  /** Per competency, in instrument order. */
  readonly competencies: readonly CohortCompetency360[];
  /** The items with the highest mean all-others figure across ratees (up to five; each needs the minimum of ratees). */
  readonly highestItems: readonly { readonly itemId: string; readonly ratees: number; readonly othersMean: number }[];
  /** The items with the lowest. */
  readonly lowestItems: readonly { readonly itemId: string; readonly ratees: number; readonly othersMean: number }[];
  /** How many ratees fall in each agreement category, and how many could not be classified. */
  readonly agreement: Readonly<Record<SelfOtherAgreementCategory | 'not-classified', number>>;
  /** The slices, in order of first appearance; empty without `slices`. */
  readonly slices: readonly CohortSlice360[];
}


/**
 * The slices' profiles, with secondary suppression: a slice with fewer than `minRatees` ratees
 * has no figure, and then, per competency, the ratees whose figures no published slice covers
 * (those of small slices, and those in no slice) must be none or at least `minRatees`; otherwise
 * no slice publishes that competency, since the cohort's own figure minus the published slices'
 * would give the mean of the few left over.
 */
function sliceProfiles(cohort: Cohort360Figures, sliceOf: Readonly<Record<string, string>>, minRatees: number, competencyCount: number): CohortSlice360[] {
  const members = new Map<string, Report360Figures[]>();
  for (const { rateeId, report } of cohort.ratees) {
    const name = Object.hasOwn(sliceOf, rateeId) ? sliceOf[rateeId] : undefined;
    if (name !== undefined) members.set(name, (members.get(name) ?? []).concat([report]));
  }
  const entries = [...members];
  const values: (number | null)[][] = entries.map(([, reports]) =>
    Array.from({ length: competencyCount }, (_, position) => {
      if (reports.length < minRatees) return null;
      const figures = reports.flatMap((report) => {
        const value = othersOf(report, position);
        return value === null ? [] : [value];
      });
      return figures.length >= minRatees ? mean(figures) : null;
    }),
  );
  for (let position = 0; position < competencyCount; position += 1) {
    const withFigure = cohort.ratees.filter(({ report }) => othersOf(report, position) !== null).length;
    let covered = 0;
    entries.forEach(([, reports], slice) => {
      if (values[slice]?.[position] !== null) covered += reports.filter((report) => othersOf(report, position) !== null).length;
    });
    const leftOver = withFigure - covered;
    if (leftOver > 0 && leftOver < minRatees) for (const row of values) row[position] = null;
  }
  return entries.map(([name, reports], slice) => ({ name, shown: reports.length >= minRatees, othersMeans: values[slice] ?? [] }));
}

/**
 * Summarises a whole 360 cycle for the organisation (a cohort or group report). Every figure is
 * built from figures the ratees' own reports publish (their all-others means, which already keep
 * the anonymity rules), and every figure needs at least `minRatees` ratees behind it, in the whole
 * cohort and in each slice; a smaller slice is named with no figure, and where the ratees left out
 * of every published slice would be fewer than `minRatees`, no slice publishes that competency
 * (subtracting the published slices from the cohort's figure would otherwise give their mean). It names no ratee and
 * reports no ratee's category, so it can be shared beyond the coaches.
 *
 * @param cohort - the result of `interpret360Cohort`
 * @param options - `minRatees` (default 5), `slices` (ratee id → slice name), `priorities` (default 2)
 * @returns the summary, plain JSON
 * @throws LmdInputError when the options are invalid, the cohort is not one, or it has fewer than
 *   `minRatees` ratees
 * @example
 * const instrument = {
 *   scale: { min: 1, max: 5 },
 *   competencies: [{ id: 'listening', name: 'Listening' }],
 *   items: [{ id: 'L1', competencyId: 'listening' }],
 * };
 * const cohort = interpret360Cohort({
 *   instrument,
 *   ratings: ['M1', 'M2', 'M3', 'M4', 'M5'].flatMap((rateeId, ratee) =>
 *     ['p1', 'p2', 'p3', 'p4'].map((rater) => ({ rateeId, raterId: `${rateeId}-${rater}`, group: 'peer' as const, itemId: 'L1', score: 2 + (ratee % 3) })),
 *   ),
 * });
 * const summary = summariseCohort360(cohort);
 * summary.competencies[0]?.othersMean //=> 2.8
 * summariseCohort360(cohort, { minRatees: 6 }) //=> throws LmdInputError
 * @see Hundepool et al. (2012) `hundepool-et-al-2012` on minimum frequencies for published cells.
 */
export function summariseCohort360(cohort: Cohort360Figures, options: SummariseCohort360Options = {}): Cohort360Summary {
  const parsed = parseInput(summariseCohort360OptionsSchema, options, 'options');
  if (cohort === null || typeof cohort !== 'object' || !Array.isArray((cohort as { ratees?: unknown }).ratees)) {
    throw new LmdInputError([{ keys: ['cohort'], message: `expected the result of interpret360Cohort (received ${describeValue(cohort)})` }]);
  }
  const { minRatees } = parsed;
  const reports = cohort.ratees.map((entry) => entry.report);
  if (reports.length < minRatees) {
    throw new LmdInputError([
      { keys: ['cohort', 'ratees'], message: `a cohort summary needs at least ${minRatees} ratees, so that no figure is one person's (received ${reports.length})` },
    ]);
  }
  const first = reports[0] as Report360Figures;
  const figures = cohortFigures(reports, minRatees, parsed.priorities);
  const slices = parsed.slices === undefined ? [] : sliceProfiles(cohort, parsed.slices, minRatees, first.competencies.length);
  return { ratees: reports.length, minRatees, ...figures, slices };
}
