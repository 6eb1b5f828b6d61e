import * as z from 'zod';
import { describeValue } from '../../core/describe-value.js';
import { LmdInputError } from '../../core/input-error.js';
import { parseInput } from '../../core/parse-input.js';
import { feedbackReadinessInputSchema } from './feedback-readiness.js';
import type { Feedback360Options, Feedback360Report } from './feedback360-report.js';
import { policyWithDefaults } from './anonymity/anonymity-policy.js';
import { instrument360Schema } from './instrument-360.js';
import { interpretRatees, readinessLookup, splitRatings } from './interpret-ratees.js';
import { openReleaseRun, splitReleases, type Releases360 } from './anonymity/check-release.js';
import type { ReleaseLedger } from './anonymity/release-ledger.js';
import { optionalNorms, optionsWithDefaults } from './settings-360.js';
import type { AnonymityPolicy } from './anonymity/anonymity-policy.js';
import type { CohortRating360 } from './rating-360.js';
import { selfOtherAgreementRuleSchema, type AgreementBand, type SelfOtherAgreementCategory } from './self-other-agreement.js';

/**
 * The zod schema for the cohort-referenced agreement rule: the norm-referenced rule with the
 * mean and sd of the self − others differences taken from the cohort itself. `k` defaults to 0.5;
 * `othersCutOff` defaults to the cohort's mean of others' overall ratings.
 *
 * @example
 * cohortReferencedRuleSchema.parse({ kind: 'cohort-referenced' }).k //=> 0.5
 * @see {@link interpret360Cohort}
 */
export const cohortReferencedRuleSchema = /* @__PURE__ */ z.strictObject({
  kind: /* @__PURE__ */ z.literal('cohort-referenced'),
  k: /* @__PURE__ */ z.number().finite().min(0).default(0.5),
  othersCutOff: /* @__PURE__ */ z.number().finite().optional(),
});

/**
 * The zod schema for the settings of {@link interpret360Cohort} (everything but `ratings`, which
 * are checked row by row with the equivalent of {@link cohortRating360Schema}, for speed).
 *
 * @example
 * interpret360CohortSettingsSchema.safeParse({ instrument: {} }).success //=> false
 * @see {@link interpret360Cohort}
 */
export const interpret360CohortSettingsSchema = /* @__PURE__ */ z.strictObject({
  instrument: instrument360Schema,
  policy: policyWithDefaults,
  agreementRule: /* @__PURE__ */ z.union([selfOtherAgreementRuleSchema, cohortReferencedRuleSchema]).optional(),
  norms: optionalNorms,
  options: optionsWithDefaults,
  readiness: /* @__PURE__ */ z.record(/* @__PURE__ */ z.string(), feedbackReadinessInputSchema).optional(),
});

/**
 * The input of {@link interpret360Cohort}: a whole cycle's ratings, one row per rater × item with
 * the ratee's id, plus the settings {@link interpret360} takes. `readiness` is keyed by ratee id.
 * @see {@link interpret360Cohort}
 */
export type Interpret360CohortInput = z.input<typeof interpret360CohortSettingsSchema> & {
  readonly ratings: readonly CohortRating360[];
  /** The release ledger's check, with the ledger so far: see {@link releases360SettingsSchema}. */
  readonly releases?: Releases360;
};

/**
 * How a cohort's ratees fall into the agreement categories; `not-classified` counts ratees with no
 * self-rating or no published all-others figure.
 * @see {@link interpret360Cohort}
 */
export type AgreementDistribution360 = Record<SelfOtherAgreementCategory | 'not-classified', number>;

/**
 * The result of {@link interpret360Cohort}.
 *
 * @example
 * const cohort: Feedback360Cohort = interpret360Cohort({
 *   instrument: { scale: { min: 1, max: 5 }, competencies: [{ id: 'c', name: 'Coaching' }], items: [{ id: 'i', competencyId: 'c' }] },
 *   ratings: ['p1', 'p2', 'p3'].map((raterId) => ({ rateeId: 'm1', raterId, group: 'peer' as const, itemId: 'i', score: 3 })),
 * });
 * cohort.ratees.length //=> 1
 * cohort.agreement['not-classified'] //=> 1
 * @see {@link interpret360Cohort}
 */
export interface Feedback360Cohort {
  /** The anonymity policy applied to every ratee. */
  readonly policy: AnonymityPolicy;
  /** The agreement band applied to every ratee (for the cohort-referenced rule, from the cohort's differences). */
  readonly agreementBand: AgreementBand;
  /** The display options applied. */
  readonly options: Feedback360Options;
  /** One report per ratee, in order of each ratee's first row. */
  readonly ratees: readonly { readonly rateeId: string; readonly report: Feedback360Report }[];
  /** How many ratees fall in each agreement category. */
  readonly agreement: AgreementDistribution360;
  /** The cohort's self − others differences (ratees with both), or `null` when there are none. */
  readonly differences: { readonly n: number; readonly mean: number; readonly sd: number | null } | null;
  /** With `releases`: the ledger after this release, to keep for the next one; absent otherwise. */
  readonly ledger?: ReleaseLedger;
}

/**
 * Finds each ratee's rows. Exports usually hold each ratee's rows together; then each ratee is a
 * run `[starts[r], starts[r + 1])` of the rows and `order` is `null`. Otherwise `order` lists the
 * row numbers ratee by ratee (a counting sort) and `starts` indexes into it.
 */
function groupRowsByRatee(rows: readonly unknown[]): { ids: string[]; order: Int32Array | null; starts: Int32Array } {
  const rateeNumber = new Map<string, number>();
  const ids: string[] = [];
  const rateeOfRow = new Int32Array(rows.length);
  const counts: number[] = [];
  let previousId: string | null = null;
  let previous = -1;
  let contiguous = true;
  for (let row = 0; row < rows.length; row += 1) {
    const value = rows[row] as { rateeId?: unknown } | null;
    const rateeId = value !== null && typeof value === 'object' ? value.rateeId : undefined;
    if (typeof rateeId !== 'string' || rateeId.length === 0) {
      const isRecord = value !== null && typeof value === 'object' && !Array.isArray(value);
      throw new LmdInputError([
        isRecord
          ? { keys: ['ratings', row, 'rateeId'], message: `expected a non-empty string (received ${describeValue(rateeId)})` }
          : { keys: ['ratings', row], message: `expected an object (received ${describeValue(value)})` },
      ]);
    }
    let ratee: number;
    if (rateeId === previousId) ratee = previous;
    else {
      const known = rateeNumber.get(rateeId);
      if (known === undefined) {
        ratee = ids.length;
        rateeNumber.set(rateeId, ratee);
        ids.push(rateeId);
        counts.push(0);
      } else {
        ratee = known;
        contiguous = false;
      }
      previousId = rateeId;
      previous = ratee;
    }
    rateeOfRow[row] = ratee;
    counts[ratee] = (counts[ratee] as number) + 1;
  }
  const starts = new Int32Array(ids.length + 1);
  for (let ratee = 0; ratee < ids.length; ratee += 1) starts[ratee + 1] = (starts[ratee] as number) + (counts[ratee] as number);
  if (contiguous) return { ids, order: null, starts };
  const next = starts.slice(0, ids.length);
  const order = new Int32Array(rows.length);
  for (let row = 0; row < rows.length; row += 1) {
    const ratee = rateeOfRow[row] as number;
    order[next[ratee] as number] = row;
    next[ratee] = (next[ratee] as number) + 1;
  }
  return { ids, order, starts };
}

/**
 * Interprets a whole 360 cycle at once: one {@link interpret360} report per ratee, under one
 * policy and rule, with the cohort's distribution of agreement categories. The norm-referenced
 * rule can take its cut-offs from the cohort itself: pass `{ kind: 'cohort-referenced', k? }` and
 * the band is the cohort's mean self − others difference ± k sd (sample sd over ratees who have
 * both figures; at least two are needed).
 *
 * Rows are checked one by one with a hand-written equivalent of {@link cohortRating360Schema}
 * (a whole organisation's cycle runs to millions of rows), with the same checks as
 * {@link interpret360} and errors naming `ratings[row]`. Every report carries the same anonymity
 * guarantees as {@link interpret360}.
 *
 * @param input - the instrument, every ratee's ratings and the shared settings
 * @returns the reports, the agreement distribution and the cohort's differences
 * @throws LmdInputError for malformed settings or rows, or a cohort-referenced rule with fewer
 *   than two classifiable ratees
 * @example
 * const instrument = {
 *   scale: { min: 1, max: 5 },
 *   competencies: [{ id: 'c', name: 'Coaching' }],
 *   items: [{ id: 'i1', competencyId: 'c' }],
 * };
 * const rows = (rateeId: string, self: number, others: number[]): CohortRating360[] => [
 *   { rateeId, raterId: `${rateeId}-self`, group: 'self', itemId: 'i1', score: self },
 *   ...others.map((score, n) => ({ rateeId, raterId: `${rateeId}-p${n}`, group: 'peer' as const, itemId: 'i1', score })),
 * ];
 * const cohort = interpret360Cohort({
 *   instrument,
 *   ratings: [...rows('ann', 5, [3, 3, 3, 3]), ...rows('bo', 3, [3, 4, 3, 4]), ...rows('cy', 2, [4, 4, 4, 4])],
 * });
 * cohort.agreement
 * //=> { 'over-estimator': 1, 'in-agreement-good': 1, 'in-agreement-poor': 0, 'under-estimator': 1, 'not-classified': 0 }
 * @see {@link interpret360}; Fleenor et al. (2010) `fleenor-smither-atwater-braddy-sturm-2010` on
 *   norm-referenced agreement.
 */
export function interpret360Cohort(input: Interpret360CohortInput): Feedback360Cohort {
  const { input: rest, releases } = splitReleases(input);
  const { rows, settings } = splitRatings(rest);
  const parsed = parseInput(interpret360CohortSettingsSchema, settings, '');
  const grouping = groupRowsByRatee(rows);
  const readinessOf = readinessLookup(parsed.readiness, grouping.ids);
  const run = releases === undefined ? null : openReleaseRun(releases, parsed.instrument, parsed.policy.minGroupSize, null);
  const cohort = interpretRatees(parsed, rows, grouping, true, readinessOf, run);
  return run === null ? cohort : { ...cohort, ledger: run.ledger() };
}
