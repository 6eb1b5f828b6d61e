import * as z from 'zod';
import { assertFiniteNumbers } from '../../core/_internal/assert-finite-numbers.js';
import type { Finding } from '../../core/finding.js';
import { LmdInputError } from '../../core/input-error.js';
import { mean } from '../../core/stats/mean.js';
import { parseInput } from '../../core/parse-input.js';
import { sampleVariance } from '../../core/stats/sample-variance.js';
import type { ConfidenceInterval } from './confidence-interval.js';
import { isEssentiallyZero, pooledStandardDeviation } from '../_internal/group-statistics.js';
import { exactCorrection } from '../effect-sizes/hedges-g.js';
import { pairedDifferences } from '../_internal/paired-samples.js';
import { commonExponent, scaleDown, scaleUp, scaleUpInterval } from '../_internal/power-of-two-scale.js';
import { meanDifferenceInterval, welchSatterthwaiteDf } from './t-test.js';
import { finiteOrNull } from '../../core/_internal/finite-or-null.js';
import { deepFreeze } from '../../core/deep-freeze.js';
import { findingCodesOf, type FindingDefinition } from '../../core/finding-catalogue.js';

const cell = /* @__PURE__ */ z.union([/* @__PURE__ */ z.number(), /* @__PURE__ */ z.array(/* @__PURE__ */ z.number()).min(2)], {
  error: 'expected a group mean (a finite number) or a sample (an array of at least two finite numbers)',
});

const cellNames = ['treatedBefore', 'treatedAfter', 'comparisonBefore', 'comparisonAfter'] as const;

/**
 * The zod schema for {@link differenceInDifferences}' input: four cells, each either a group mean
 * (a finite number) or a sample (an array of at least two finite numbers).
 *
 * @example
 * differenceInDifferencesInputSchema.safeParse({ treatedBefore: 6, treatedAfter: 4, comparisonBefore: 6, comparisonAfter: 5.5 }).success //=> true
 * differenceInDifferencesInputSchema.safeParse({ treatedBefore: [6], treatedAfter: 4, comparisonBefore: 6, comparisonAfter: 5.5 }).success //=> false
 * @see {@link differenceInDifferences}
 */
export const differenceInDifferencesInputSchema = /* @__PURE__ */ z.strictObject({
  treatedBefore: cell,
  treatedAfter: cell,
  comparisonBefore: cell,
  comparisonAfter: cell,
});

/**
 * The zod schema for {@link differenceInDifferences}' options.
 *
 * @example
 * differenceInDifferencesOptionsSchema.safeParse({ design: 'paired' }).success //=> true
 * @see {@link differenceInDifferences}
 */
export const differenceInDifferencesOptionsSchema = /* @__PURE__ */ z.strictObject({
  design: /* @__PURE__ */ z.enum(['independent', 'paired']).optional(),
  confidenceLevel: /* @__PURE__ */ z.number().gt(0).lt(1).optional(),
});

/**
 * The four cells of a difference-in-differences comparison: all four group means, or all four samples.
 * @see {@link differenceInDifferences}
 */
export interface DifferenceInDifferencesInput {
  /** The pilot (treated) group before the programme: a mean, or the individual values. */
  readonly treatedBefore: number | readonly number[];
  /** The pilot group after the programme. */
  readonly treatedAfter: number | readonly number[];
  /** The comparison group over the same "before" period. */
  readonly comparisonBefore: number | readonly number[];
  /** The comparison group over the same "after" period. */
  readonly comparisonAfter: number | readonly number[];
}

/**
 * Options for {@link differenceInDifferences}; every field is optional and only matters for samples.
 * @see {@link differenceInDifferences}
 */
export interface DifferenceInDifferencesOptions {
  /**
   * `independent` (default): the before and after samples are different people (or the pairing is
   * unknown), so all four cells are treated as independent, which is conservative when the same
   * people are in fact measured twice. `paired`: the same people, in the same order, before and
   * after; each group's change scores are compared.
   */
  readonly design?: 'independent' | 'paired';
  /** Confidence level of the interval (default 0.95). */
  readonly confidenceLevel?: number;
}

/**
 * What each finding {@link differenceInDifferences} can return means: code → severity and meaning, defined once.
 * The rules take each finding's severity from here, and {@link differenceInDifferencesFindingCodes} lists the codes.
 *
 * @example
 * differenceInDifferencesFindings.DID_PARALLEL_TRENDS_ASSUMED.severity //=> 'info'
 * @see {@link differenceInDifferences}
 */
export const differenceInDifferencesFindings = /* @__PURE__ */ deepFreeze({
  DID_PARALLEL_TRENDS_ASSUMED: { severity: 'info', meaning: 'Always given: the estimate is causal only if the two groups would have changed alike without the programme.' },
  DID_MEANS_ONLY: { severity: 'advice', meaning: 'Only group means were given, so there is no standard error or interval.' },
} as const satisfies Record<string, FindingDefinition>);

/**
 * The stable codes of the findings {@link differenceInDifferences} can return, in the order of {@link differenceInDifferencesFindings},
 * which says what each means.
 *
 * @example
 * differenceInDifferencesFindingCodes.length //=> 2
 * @see {@link differenceInDifferences}
 */
export const differenceInDifferencesFindingCodes = /* @__PURE__ */ findingCodesOf(differenceInDifferencesFindings);

/**
 * One of {@link differenceInDifferencesFindingCodes}.
 * @see {@link differenceInDifferences}
 */
export type DifferenceInDifferencesFindingCode = (typeof differenceInDifferencesFindingCodes)[number];

/**
 * The result of {@link differenceInDifferences}.
 *
 * @example
 * const result = differenceInDifferences({ treatedBefore: 6, treatedAfter: 4, comparisonBefore: 6, comparisonAfter: 5.5 });
 * result.estimate //=> -1.5
 * @see {@link differenceInDifferences}
 */
export interface DifferenceInDifferencesResult {
  /** (treated after − treated before) − (comparison after − comparison before). */
  readonly estimate: number;
  /** The pilot group's change, after − before. */
  readonly treatedChange: number;
  /** The comparison group's change, after − before. */
  readonly comparisonChange: number;
  /** Whether the cells were group `means` or `samples`. */
  readonly input: 'means' | 'samples';
  /** The design applied: `independent` or `paired` for samples; `null` for means. */
  readonly design: 'independent' | 'paired' | null;
  /** Standard error of the estimate; `null` for means. */
  readonly standardError: number | null;
  /** Welch–Satterthwaite degrees of freedom; `null` for means, or when the standard error is zero. */
  readonly df: number | null;
  /** t-based confidence interval for the estimate; `null` for means, or when the standard error is zero. */
  readonly confidenceInterval: ConfidenceInterval | null;
  /** Pooled standard deviation of the two "before" samples; `null` for means, or when neither varies. */
  readonly baselineSd: number | null;
  /**
   * Morris's (2008) d_ppc2: J(n_T + n_C − 2) × estimate ÷ baselineSd, the standardised effect for a
   * pretest–posttest–control design, on the same scale as a between-group d (so it can be set
   * beside {@link effectSizeBenchmarks}); `null` for means, or when baselineSd is.
   */
  readonly dppc2: number | null;
  /** The assumptions and limits the reader should know. */
  readonly findings: readonly Finding<DifferenceInDifferencesFindingCode>[];
}

/**
 * The difference-in-differences estimate for a pilot and a comparison group: how much more the
 * pilot group changed than the comparison group over the same period,
 * (T_after − T_before) − (C_after − C_before) (Angrist & Pischke 2009, chapter 5). Subtracting the
 * comparison group's change removes what would have happened anyway (a seasonal dip in absence,
 * say), provided the two groups would otherwise have moved in parallel.
 *
 * Give either all four group **means** (the estimate only; no uncertainty can be stated honestly)
 * or all four **samples**, which also give a standard error, Welch–Satterthwaite degrees of freedom
 * and a t-based confidence interval:
 * - `design: 'independent'` (default): SE = √(Σ sᵢ² / nᵢ) over the four cells, df by
 *   Welch–Satterthwaite across the four variance terms.
 * - `design: 'paired'`: each person's change (after − before, same order) is computed first, and
 *   the two groups' mean changes compared with Welch's method (the same as
 *   `tTest(treatedChanges, comparisonChanges)`).
 *
 * With samples the result also standardises the estimate as Morris's (2008) d_ppc2: the estimate
 * divided by the pooled standard deviation of the two "before" samples, times Hedges' exact
 * correction J(n_T + n_C − 2) (Morris uses the approximation). Dividing by the spread of the raw
 * scores, not of the change scores, keeps it on the scale of a between-group d, which is what the
 * published benchmarks use; a d computed from change scores is typically much larger.
 *
 * @param input - `{ treatedBefore, treatedAfter, comparisonBefore, comparisonAfter }`, all numbers or all arrays (at least two values each)
 * @param options - `design` (default `independent`), `confidenceLevel` (default 0.95)
 * @returns `{ estimate, treatedChange, comparisonChange, input, design, standardError, df, confidenceInterval, baselineSd, dppc2, findings }`
 * @throws LmdInputError when a cell is missing or not finite, means and samples are mixed, paired samples differ in length, or
 * the values are so large (near 10³⁰⁸) that the estimate cannot be represented
 * @example
 * // Absence days per person in a quarter: the pilot team fell by 2, the comparison team by 0.5.
 * const result = differenceInDifferences({ treatedBefore: 6, treatedAfter: 4, comparisonBefore: 6, comparisonAfter: 5.5 });
 * result.estimate //=> -1.5
 * result.confidenceInterval //=> null
 * differenceInDifferences({ treatedBefore: 6, treatedAfter: [4, 5], comparisonBefore: 6, comparisonAfter: 5.5 }) //=> throws LmdInputError
 * @see {@link tTest}
 * @see Source: angrist-pischke-2009, morris-2008, welch-1947, satterthwaite-1946 in {@link references}.
 */
export function differenceInDifferences(
  input: DifferenceInDifferencesInput,
  options: DifferenceInDifferencesOptions = {},
): DifferenceInDifferencesResult {
  // Samples are checked value by value first, so that an error names the bad position.
  if (typeof input === 'object' && input !== null) {
    for (const name of cellNames) {
      const values: unknown = (input as unknown as Record<string, unknown>)[name];
      if (Array.isArray(values)) assertFiniteNumbers(values, ['input', name], 2);
    }
  }
  const cells = parseInput(differenceInDifferencesInputSchema, input, 'input');
  const validOptions = parseInput(differenceInDifferencesOptionsSchema, options, 'options');
  const parallelTrends: Finding<DifferenceInDifferencesFindingCode> = {
    code: 'DID_PARALLEL_TRENDS_ASSUMED',
    severity: differenceInDifferencesFindings.DID_PARALLEL_TRENDS_ASSUMED.severity,
    message: 'The estimate credits the programme with the difference only if both groups would have changed alike without it.',
    basis: ['angrist-pischke-2009'],
  };
  const { treatedBefore, treatedAfter, comparisonBefore, comparisonAfter } = cells;
  if (
    typeof treatedBefore === 'number' &&
    typeof treatedAfter === 'number' &&
    typeof comparisonBefore === 'number' &&
    typeof comparisonAfter === 'number'
  ) {
    const treatedChange = scaleUp(treatedAfter - treatedBefore, 0, ['input', 'treatedAfter']);
    const comparisonChange = scaleUp(comparisonAfter - comparisonBefore, 0, ['input', 'comparisonAfter']);
    return {
      estimate: scaleUp(treatedChange - comparisonChange, 0, ['input', 'treatedAfter']),
      treatedChange,
      comparisonChange,
      input: 'means',
      design: null,
      standardError: null,
      df: null,
      confidenceInterval: null,
      baselineSd: null,
      dppc2: null,
      findings: [
        parallelTrends,
        {
          code: 'DID_MEANS_ONLY',
          severity: differenceInDifferencesFindings.DID_MEANS_ONLY.severity,
          message: 'Only group means were given, so the estimate has no standard error or confidence interval; give the individual values to get them.',
          basis: ['angrist-pischke-2009'],
        },
      ],
    };
  }
  if (
    typeof treatedBefore === 'number' ||
    typeof treatedAfter === 'number' ||
    typeof comparisonBefore === 'number' ||
    typeof comparisonAfter === 'number'
  ) {
    const path = typeof treatedBefore === 'number' ? 'treatedBefore' : typeof treatedAfter === 'number' ? 'treatedAfter' : typeof comparisonBefore === 'number' ? 'comparisonBefore' : 'comparisonAfter';
    throw new LmdInputError([
      { keys: ['input', path], message: 'expected all four cells to be samples or all four to be means (received a mixture)' },
    ]);
  }
  const design = validOptions.design ?? 'independent';
  const level = validOptions.confidenceLevel ?? 0.95;
  // Work in scaled units (the data divided by a power of two, exactly) so that huge or tiny values
  // neither overflow nor underflow when squared; results in the data's units are scaled back.
  const exponent = commonExponent(treatedBefore, treatedAfter, comparisonBefore, comparisonAfter);
  const [scaledTreatedBefore, scaledTreatedAfter, scaledComparisonBefore, scaledComparisonAfter] = [
    treatedBefore,
    treatedAfter,
    comparisonBefore,
    comparisonAfter,
  ].map((values) => scaleDown(values, exponent)) as [number[], number[], number[], number[]];
  const locations = [scaledTreatedBefore, scaledTreatedAfter, scaledComparisonBefore, scaledComparisonAfter].map(mean);
  let treatedChange: number;
  let comparisonChange: number;
  let terms: { variance: number; n: number }[];
  if (design === 'paired') {
    const treatedChanges = pairedDifferences(scaledTreatedBefore, scaledTreatedAfter, ['input', 'treatedBefore'], ['input', 'treatedAfter']);
    const comparisonChanges = pairedDifferences(
      scaledComparisonBefore,
      scaledComparisonAfter,
      ['input', 'comparisonBefore'],
      ['input', 'comparisonAfter'],
    );
    treatedChange = mean(treatedChanges);
    comparisonChange = mean(comparisonChanges);
    terms = [treatedChanges, comparisonChanges].map((values) => ({ variance: sampleVariance(values), n: values.length }));
  } else {
    treatedChange = (locations[1] as number) - (locations[0] as number);
    comparisonChange = (locations[3] as number) - (locations[2] as number);
    terms = [scaledTreatedBefore, scaledTreatedAfter, scaledComparisonBefore, scaledComparisonAfter].map((values) => ({
      variance: sampleVariance(values),
      n: values.length,
    }));
  }
  const estimate = treatedChange - comparisonChange;
  const standardError = Math.sqrt(terms.reduce((total, term) => total + term.variance / term.n, 0));
  const constant = isEssentiallyZero(standardError, ...locations);
  const df = constant ? null : welchSatterthwaiteDf(terms);
  const treatedBaseline = treatedBefore.length;
  const comparisonBaseline = comparisonBefore.length;
  const pooledBaseline = pooledStandardDeviation(
    treatedBaseline,
    sampleVariance(scaledTreatedBefore),
    comparisonBaseline,
    sampleVariance(scaledComparisonBefore),
  );
  const baselineSd = isEssentiallyZero(pooledBaseline, locations[0] as number, locations[2] as number) ? null : pooledBaseline;
  const dppc2 = baselineSd === null ? null : (exactCorrection(treatedBaseline + comparisonBaseline - 2) * estimate) / baselineSd;
  const path = ['input', 'treatedAfter'];
  return {
    estimate: scaleUp(estimate, exponent, path),
    treatedChange: scaleUp(treatedChange, exponent, path),
    comparisonChange: scaleUp(comparisonChange, exponent, path),
    input: 'samples',
    design,
    standardError: constant ? 0 : scaleUp(standardError, exponent, path),
    df,
    confidenceInterval:
      df === null ? null : scaleUpInterval(meanDifferenceInterval(estimate, standardError, df, 'two-sided', level), exponent, path),
    baselineSd: baselineSd === null ? null : scaleUp(baselineSd, exponent, path),
    dppc2: dppc2 === null ? null : finiteOrNull(dppc2),
    findings: [parallelTrends],
  };
}
