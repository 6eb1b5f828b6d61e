import * as z from 'zod';
import { parseInput } from '../../core/parse-input.js';
import { developmentPlanReportSchema, type DevelopmentPlanReport } from './plan-development-schemas.js';

/**
 * The spread of one competency's others' means across the ratees of a cycle.
 * @see {@link competencySpread360}
 */
export interface CompetencySpread360 {
  /** The competency. */
  readonly competencyId: string;
  /** Ratees with an others' figure on it. */
  readonly n: number;
  /** The mean of their others' means. */
  readonly mean: number;
  /** The sample sd (n − 1) of their others' means, or `null` below two ratees. */
  readonly sd: number | null;
}

const reportsSchema = /* @__PURE__ */ z.array(developmentPlanReportSchema).min(1);

/**
 * The mean and standard deviation of each competency's others' mean across a cycle's ratees: the
 * reference spread a reliable change is measured against (Jacobson & Truax 1991 use the spread of
 * a reference group), for `remeasurement.referenceSd` in {@link planDevelopment}. A competency
 * withheld from a ratee's report is left out for that ratee; competencies are listed in the first
 * report's order, then any others in the order met.
 *
 * @param reports - the cycle's reports (from {@link interpret360Cohort}: `cohort.ratees.map((r) => r.report)`), at least one; not changed
 * @returns one row per competency
 * @throws LmdInputError when `reports` is empty or a report is malformed
 * @example
 * const instrument = { scale: { min: 1, max: 5 }, competencies: [{ id: 'c', name: 'Coaching' }], items: [{ id: 'i', competencyId: 'c' }] };
 * const reportOf = (score: number) => interpret360({
 *   instrument,
 *   ratings: ['p1', 'p2', 'p3', 'p4'].map((raterId) => ({ raterId, group: 'peer' as const, itemId: 'i', score })),
 * });
 * competencySpread360([reportOf(3), reportOf(4), reportOf(5)]) //=> [{ competencyId: 'c', n: 3, mean: 4, sd: 1 }]
 * competencySpread360([]) //=> throws LmdInputError
 * @see {@link planDevelopment}
 * @see Jacobson & Truax (1991) `jacobson-truax-1991`
 */
export function competencySpread360(reports: readonly DevelopmentPlanReport[]): CompetencySpread360[] {
  const parsed = parseInput(reportsSchema, reports, 'reports');
  const means = new Map<string, number[]>();
  for (const report of parsed) {
    for (const competency of report.competencies) {
      const list = means.get(competency.competencyId) ?? [];
      if (competency.others !== null) list.push(competency.others.mean);
      means.set(competency.competencyId, list);
    }
  }
  return [...means]
    .filter(([, values]) => values.length > 0)
    .map(([competencyId, values]) => {
      const mean = values.reduce((total, value) => total + value, 0) / values.length;
      const sd =
        values.length < 2 ? null : Math.sqrt(values.reduce((total, value) => total + (value - mean) ** 2, 0) / (values.length - 1));
      return { competencyId, n: values.length, mean, sd };
    });
}
