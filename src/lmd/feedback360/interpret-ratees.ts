import type * as z from 'zod';
import { describeValue } from '../../core/describe-value.js';
import { LmdInputError } from '../../core/input-error.js';
import type { AnonymityPolicy } from './anonymity/anonymity-policy.js';
import type { FeedbackReadinessInput } from './feedback-readiness.js';
import type { Feedback360Options, Feedback360Report } from './feedback360-report.js';
import { indexInstrument } from './instrument-index.js';
import type { Instrument360 } from './instrument-360.js';
import type { AgreementDistribution360, cohortReferencedRuleSchema, Feedback360Cohort } from './interpret-360-cohort.js';
import type { ReleaseRun } from './anonymity/check-release.js';
import { aggregateRatee, type RateeAggregate } from './ratee-aggregate.js';
import { buildRateeReport } from './ratee-report.js';
import { roundOff, selfOtherAgreementCategories, type AgreementBand, type SelfOtherAgreementCategory, type selfOtherAgreementRuleSchema } from './self-other-agreement.js';
import { settingsFor, type optionalNorms } from './settings-360.js';

// The one 360 pipeline that interpret360 (one ratee) and interpret360Cohort (a whole cycle) both
// run, so that the two cannot drift: rows → aggregates under the anonymity policy (each row
// validated once, on the way in) → reports.

/**
 * The ratings rows and the rest of a 360 input, after checking that the input is an object and
 * its ratings an array. The rows are validated once, row by row, as they are collected; the rest
 * by the entry point's settings schema.
 *
 * @internal
 */
export function splitRatings(input: unknown): { rows: readonly unknown[]; settings: Record<string, unknown> } {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    throw new LmdInputError([{ keys: [], message: `expected an object (received ${describeValue(input)})` }]);
  }
  const { ratings: rows, ...settings } = input as Record<string, unknown>;
  if (!Array.isArray(rows)) {
    throw new LmdInputError([{ keys: ['ratings'], message: `expected an array of rating rows (received ${describeValue(rows)})` }]);
  }
  return { rows, settings };
}

/** Which rows belong to which ratee: ids in order of appearance, and each ratee's rows. @internal */
export interface RateeGrouping {
  /** Ratee ids, in order of first appearance. */
  readonly ids: readonly string[];
  /** Row numbers ratee by ratee, or `null` when every ratee's rows are already contiguous. */
  readonly order: Int32Array | null;
  /** Where each ratee's rows start (in `order`, or in the rows when `order` is null); one more entry than ratees. */
  readonly starts: Int32Array;
}

/**
 * The one 360 pipeline, for one ratee or a whole cycle: each ratee's rows are collected (and
 * validated), aggregated under the anonymity policy and reported; under a cohort-referenced
 * agreement rule the band comes from the whole cohort first. {@link interpret360} runs it with a
 * single ratee; {@link interpret360Cohort} with every ratee of the cycle.
 *
 * @internal
 */
export function interpretRatees(
  parsed: {
    readonly instrument: Instrument360;
    readonly policy: AnonymityPolicy;
    readonly agreementRule?: z.output<typeof selfOtherAgreementRuleSchema> | z.output<typeof cohortReferencedRuleSchema> | undefined;
    readonly norms?: z.output<typeof optionalNorms> | undefined;
    readonly options: Feedback360Options;
  },
  rows: readonly unknown[],
  grouping: RateeGrouping,
  withRatee: boolean,
  readinessOf: (rateeId: string) => FeedbackReadinessInput | null,
  // Release ledger hook (issue 18): each ratee's figures are checked against earlier releases.
  release: ReleaseRun | null = null,
): Feedback360Cohort {
  const { ids, order, starts } = grouping;
  const index = indexInstrument(parsed.instrument);
  const rule = parsed.agreementRule;
  const fixedRule = rule === undefined || rule.kind === 'cohort-referenced' ? undefined : rule;
  const provisional = settingsFor(parsed.instrument, index, { ...parsed, agreementRule: fixedRule });
  const aggregates: RateeAggregate[] = [];
  const differences: number[] = [];
  const othersOverall: number[] = [];
  const ratees: { rateeId: string; report: Feedback360Report }[] = [];
  const cohortReferenced = rule !== undefined && rule.kind === 'cohort-referenced';
  for (let ratee = 0; ratee < ids.length; ratee += 1) {
    const from = starts[ratee] as number;
    const to = starts[ratee + 1] as number;
    const selection = order === null ? { positions: null, start: from, end: to, withRatee } : { positions: order.subarray(from, to), start: 0, end: 0, withRatee };
    const aggregate = aggregateRatee(provisional, rows, selection, release?.forRatee(ids[ratee] as string));
    if (aggregate.overall !== null) {
      differences.push(aggregate.overall.self - aggregate.overall.others);
      othersOverall.push(aggregate.overall.others);
    }
    if (cohortReferenced) aggregates.push(aggregate);
    else ratees.push({ rateeId: ids[ratee] as string, report: buildRateeReport(provisional, aggregate, readinessOf(ids[ratee] as string)) });
  }

  const summary = summarise(differences);
  let settings = provisional;
  if (rule !== undefined && rule.kind === 'cohort-referenced') {
    if (summary === null || summary.sd === null) {
      throw new LmdInputError([
        {
          keys: ['agreementRule'],
          message: `the cohort-referenced rule needs at least two ratees with both self and others' figures (received ${differences.length})`,
        },
      ]);
    }
    const band: AgreementBand = {
      lower: roundOff(summary.mean - rule.k * summary.sd),
      upper: roundOff(summary.mean + rule.k * summary.sd),
      othersCutOff: rule.othersCutOff ?? (summarise(othersOverall)?.mean as number),
    };
    settings = { ...provisional, band };
    aggregates.forEach((aggregate, ratee) => {
      ratees.push({ rateeId: ids[ratee] as string, report: buildRateeReport(settings, aggregate, readinessOf(ids[ratee] as string)) });
    });
  }

  const agreement = Object.fromEntries(
    (selfOtherAgreementCategories as readonly (SelfOtherAgreementCategory | 'not-classified')[]).concat(['not-classified']).map((category) => [category, 0]),
  ) as AgreementDistribution360;
  for (const { report } of ratees) {
    const category = report.agreement?.category ?? 'not-classified';
    agreement[category] += 1;
  }
  return {
    policy: ratees[0]?.report.policy ?? { ...settings.policy, exemptGroups: [...settings.policy.exemptGroups] },
    agreementBand: { ...settings.band },
    options: { ...settings.options },
    ratees,
    agreement,
    differences: summary,
  };
}

function summarise(values: readonly number[]): { n: number; mean: number; sd: number | null } | null {
  if (values.length === 0) return null;
  let total = 0;
  for (const value of values) total += value;
  const mean = total / values.length;
  if (values.length < 2) return { n: values.length, mean, sd: null };
  let squares = 0;
  for (const value of values) squares += (value - mean) * (value - mean);
  return { n: values.length, mean, sd: Math.sqrt(squares / (values.length - 1)) };
}
