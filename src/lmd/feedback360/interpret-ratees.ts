import type * as z from 'zod';
import { describeValue } from '../../core/describe-value.js';
import { LmdInputError } from '../../core/input-error.js';
import type { AnonymityPolicy } from './anonymity/anonymity-policy.js';
import type { FeedbackReadinessInput } from './feedback-readiness.js';
import type { Feedback360Options, Feedback360Report } from './feedback360-report.js';
import { indexInstrument } from './instrument-index.js';
import type { Instrument360 } from './instrument-360.js';
import type { AgreementDistribution360, cohortReferencedRuleSchema, Feedback360Cohort } from './interpret-360-cohort.js';
import { collectRatings, type CollectedRatings } from './collect-ratings.js';
import type { InstrumentIndex } from './instrument-index.js';
import { aggregateCollected, type RateeAggregate } from './ratee-aggregate.js';
import type { ReleaseRun } from './anonymity/check-release.js';
import type { RateeReleaseGate } from './anonymity/_internal/ratee-release-gate.js';
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

/** What the pipeline needs of a cycle's settings, as their schemas give them. @internal */
export interface PipelineSettings {
  readonly instrument: Instrument360;
  readonly policy: AnonymityPolicy;
  readonly agreementRule?: z.output<typeof selfOtherAgreementRuleSchema> | z.output<typeof cohortReferencedRuleSchema> | undefined;
  readonly norms?: z.output<typeof optionalNorms> | undefined;
  readonly options: Feedback360Options;
}

/** Where each ratee's ratings come from: ratee ids, and a way to check and collect one ratee's ratings. @internal */
export interface RateeSource {
  readonly ids: readonly string[];
  readonly collect: (ratee: number, index: InstrumentIndex) => CollectedRatings;
}

/**
 * The cohort's figures the pipeline keeps while reports are handed on: small (two numbers per
 * ratee at most), and mergeable across shards of one cycle by concatenation.
 *
 * @internal
 */
export interface CohortTally {
  readonly policy: Feedback360Report['policy'];
  readonly agreementBand: AgreementBand;
  readonly options: Feedback360Options;
  readonly agreement: AgreementDistribution360;
  readonly differences: Feedback360Cohort['differences'];
}

/** A source for rows held as objects, grouped by ratee. @internal */
export function rowSource(rows: readonly unknown[], grouping: RateeGrouping, withRatee: boolean): RateeSource {
  const { ids, order, starts } = grouping;
  return {
    ids,
    collect(ratee, index) {
      const from = starts[ratee] as number;
      const to = starts[ratee + 1] as number;
      const selection = order === null ? { positions: null, start: from, end: to, withRatee } : { positions: order.subarray(from, to), start: 0, end: 0, withRatee };
      return collectRatings(index, rows, selection);
    },
  };
}

/**
 * The one 360 pipeline, for one ratee or a whole cycle: each ratee's rows are collected (and
 * validated), aggregated under the anonymity policy and reported; under a cohort-referenced
 * agreement rule the band comes from the whole cohort first. {@link interpret360} runs it with a
 * single ratee; {@link interpret360Cohort} with every ratee of the cycle, keeping every report;
 * {@link interpret360Stream} hands each report on as it is made and keeps none.
 *
 * Each report goes to `emit` as soon as it is made. Under a cohort-referenced rule the band needs
 * every ratee first: with `keepAggregates` the aggregates are kept until then (fast, memory grows
 * with the cohort); without, each ratee is aggregated twice (memory stays flat).
 *
 * @internal
 */
export function runRatees(
  parsed: PipelineSettings,
  source: RateeSource,
  readinessOf: (rateeId: string) => FeedbackReadinessInput | null,
  emit: (rateeId: string, report: Feedback360Report) => void,
  keepAggregates: boolean,
  wanted: (ratee: number) => boolean = () => true,
  // Release ledger hook (issue 18): each reported ratee's figures are checked against earlier
  // releases. A ratee aggregated twice is checked twice; the check gives the same answer again.
  release: ReleaseRun | null = null,
): CohortTally {
  const { ids } = source;
  const gate = (ratee: number): RateeReleaseGate | null => (release === null || !wanted(ratee) ? null : release.forRatee(ids[ratee] as string));
  const index = indexInstrument(parsed.instrument);
  const rule = parsed.agreementRule;
  const fixedRule = rule === undefined || rule.kind === 'cohort-referenced' ? undefined : rule;
  const provisional = settingsFor(parsed.instrument, index, { ...parsed, agreementRule: fixedRule });
  const cohortReferenced = rule !== undefined && rule.kind === 'cohort-referenced';
  const aggregates: (RateeAggregate | null)[] = [];
  const differences: number[] = [];
  const othersOverall: number[] = [];
  const agreement = Object.fromEntries(
    (selfOtherAgreementCategories as readonly (SelfOtherAgreementCategory | 'not-classified')[]).concat(['not-classified']).map((category) => [category, 0]),
  ) as AgreementDistribution360;
  let policy: Feedback360Report['policy'] | null = null;
  const report = (settings: typeof provisional, ratee: number, aggregate: RateeAggregate): void => {
    const rateeId = ids[ratee] as string;
    const made = buildRateeReport(settings, aggregate, readinessOf(rateeId));
    policy ??= made.policy;
    agreement[made.agreement?.category ?? 'not-classified'] += 1;
    emit(rateeId, made);
  };
  for (let ratee = 0; ratee < ids.length; ratee += 1) {
    const aggregate = aggregateCollected(provisional, source.collect(ratee, index), gate(ratee));
    if (aggregate.overall !== null) {
      differences.push(aggregate.overall.self - aggregate.overall.others);
      othersOverall.push(aggregate.overall.others);
    }
    if (cohortReferenced) {
      if (keepAggregates) aggregates.push(wanted(ratee) ? aggregate : null);
    } else if (wanted(ratee)) report(provisional, ratee, aggregate);
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
    for (let ratee = 0; ratee < ids.length; ratee += 1) {
      if (!wanted(ratee)) continue;
      const aggregate = keepAggregates ? (aggregates[ratee] as RateeAggregate) : aggregateCollected(provisional, source.collect(ratee, index), gate(ratee));
      if (keepAggregates) aggregates[ratee] = null;
      report(settings, ratee, aggregate);
    }
  }
  return {
    policy: policy ?? { ...settings.policy, exemptGroups: [...settings.policy.exemptGroups] },
    agreementBand: { ...settings.band },
    options: { ...settings.options },
    agreement,
    differences: summary,
  };
}

/**
 * The one 360 pipeline over rows held as objects, keeping every report: see {@link runRatees}.
 *
 * @internal
 */
export function interpretRatees(
  parsed: PipelineSettings,
  rows: readonly unknown[],
  grouping: RateeGrouping,
  withRatee: boolean,
  readinessOf: (rateeId: string) => FeedbackReadinessInput | null,
  release: ReleaseRun | null = null,
): Feedback360Cohort {
  const ratees: { rateeId: string; report: Feedback360Report }[] = [];
  const tally = runRatees(parsed, rowSource(rows, grouping, withRatee), readinessOf, (rateeId, report) => ratees.push({ rateeId, report }), true, undefined, release);
  return { policy: tally.policy, agreementBand: tally.agreementBand, options: tally.options, ratees, agreement: tally.agreement, differences: tally.differences };
}

/**
 * Each ratee's readiness from a record keyed by ratee id, after checking that every key is a
 * ratee of the cycle (errors name `readiness.<id>`).
 *
 * @internal
 */
export function readinessLookup(
  readiness: Readonly<Record<string, FeedbackReadinessInput>> | undefined,
  rateeIds: readonly string[],
): (rateeId: string) => FeedbackReadinessInput | null {
  if (readiness === undefined) return () => null;
  const known = new Set(rateeIds);
  for (const rateeId of Object.keys(readiness)) {
    if (!known.has(rateeId)) {
      throw new LmdInputError([{ keys: ['readiness', rateeId], message: `no ratings are about this ratee (received ${describeValue(rateeId)})` }]);
    }
  }
  // Own properties only: a ratee called "constructor" must not pick up Object.prototype's member.
  return (rateeId) => (Object.hasOwn(readiness, rateeId) ? (readiness[rateeId] ?? null) : null);
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
