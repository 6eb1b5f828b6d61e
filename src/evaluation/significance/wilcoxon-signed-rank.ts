import * as z from 'zod';
import { assertFiniteNumbers } from '../../core/_internal/assert-finite-numbers.js';
import type { Finding } from '../../core/finding.js';
import { LmdInputError } from '../../core/input-error.js';
import { normalCdf } from '../../core/stats/normal-distribution.js';
import { parseInput } from '../../core/parse-input.js';
import { alternativeHypotheses, type AlternativeHypothesis } from './alternative-hypothesis.js';
import { deepFreeze } from '../../core/deep-freeze.js';
import { findingCodesOf, type FindingDefinition } from '../../core/finding-catalogue.js';

/**
 * The zod schema for {@link wilcoxonSignedRank}'s options.
 *
 * @example
 * wilcoxonSignedRankOptionsSchema.safeParse({ exact: false, correct: false }).success //=> true
 * wilcoxonSignedRankOptionsSchema.safeParse({ exact: 'yes' }).success //=> false
 * @see {@link wilcoxonSignedRank}
 */
export const wilcoxonSignedRankOptionsSchema = /* @__PURE__ */ z.strictObject({
  alternative: /* @__PURE__ */ z.enum(alternativeHypotheses).optional(),
  exact: /* @__PURE__ */ z.boolean().optional(),
  correct: /* @__PURE__ */ z.boolean().optional(),
});

/**
 * Options for {@link wilcoxonSignedRank}; every field is optional.
 * @see {@link wilcoxonSignedRank}
 */
export interface WilcoxonSignedRankOptions {
  /** The alternative about the differences' location (default `two-sided`). */
  readonly alternative?: AlternativeHypothesis;
  /**
   * Whether to use the exact distribution. Default, as in R: exact when there are fewer than 50
   * non-zero differences and no ties or zeros. Exact is impossible with ties or zeros, and is not
   * computed above 1000 differences; asking for it then falls back to the normal approximation,
   * with a finding that says so.
   */
  readonly exact?: boolean;
  /** Whether the normal approximation uses the continuity correction (default `true`, as in R). */
  readonly correct?: boolean;
}

/**
 * What each finding {@link wilcoxonSignedRank} can return means: code → severity and meaning, defined once.
 * The rules take each finding's severity from here, and {@link wilcoxonSignedRankFindingCodes} lists the codes.
 *
 * @example
 * wilcoxonSignedRankFindings.WILCOXON_CANNOT_REACH_05.severity //=> 'warning'
 * @see {@link wilcoxonSignedRank}
 */
export const wilcoxonSignedRankFindings = /* @__PURE__ */ deepFreeze({
  WILCOXON_CANNOT_REACH_05: { severity: 'warning', meaning: 'With so few non-zero differences, even the most extreme result gives p above .05.' },
  WILCOXON_EXACT_UNAVAILABLE: { severity: 'info', meaning: 'An exact p was asked for but ties or zeros rule it out (or n is above 1000).' },
  WILCOXON_ZEROS_DROPPED: { severity: 'info', meaning: 'Zero differences were dropped before ranking, as R does.' },
} as const satisfies Record<string, FindingDefinition>);

/**
 * The stable codes of the findings {@link wilcoxonSignedRank} can return, in the order of {@link wilcoxonSignedRankFindings},
 * which says what each means.
 *
 * @example
 * wilcoxonSignedRankFindingCodes.includes('WILCOXON_CANNOT_REACH_05') //=> true
 * @see {@link wilcoxonSignedRank}
 */
export const wilcoxonSignedRankFindingCodes = /* @__PURE__ */ findingCodesOf(wilcoxonSignedRankFindings);

/**
 * One of {@link wilcoxonSignedRankFindingCodes}.
 * @see {@link wilcoxonSignedRank}
 */
export type WilcoxonSignedRankFindingCode = (typeof wilcoxonSignedRankFindingCodes)[number];

/**
 * The result of {@link wilcoxonSignedRank}.
 *
 * @example
 * const result = wilcoxonSignedRank([1.5, 2, -0.5, 3, 2.5, 4]);
 * [result.wPlus, result.wMinus, result.exact] //=> [20, 1, true]
 * @see {@link wilcoxonSignedRank}
 */
export interface WilcoxonSignedRankResult {
  /** Sum of the ranks of the positive differences (R's statistic V). */
  readonly wPlus: number;
  /** Sum of the ranks of the negative differences; wPlus + wMinus = n (n + 1) / 2. */
  readonly wMinus: number;
  /** The p-value for the chosen alternative. */
  readonly p: number;
  /** Whether p comes from the exact null distribution (`false`: the normal approximation). */
  readonly exact: boolean;
  /** Number of non-zero differences ranked. */
  readonly n: number;
  /** Number of zero differences dropped. */
  readonly zeros: number;
  /** Whether any absolute differences were tied (their ranks averaged). */
  readonly ties: boolean;
  /** The smallest p-value the exact test can give with n differences: 2 / 2ⁿ two-sided (at most 1), 1 / 2ⁿ one-sided. */
  readonly minimumAttainableP: number;
  /** The alternative applied. */
  readonly alternative: AlternativeHypothesis;
  /** Whether the continuity correction was applied (only ever with the normal approximation). */
  readonly continuityCorrection: boolean;
  /** What the reader should know about this result. */
  readonly findings: readonly Finding<WilcoxonSignedRankFindingCode>[];
}

/**
 * Wilcoxon's signed-rank test on paired differences (after − before), with the exact p-value for
 * small samples, following R's `wilcox.test(x)` rule for rule.
 *
 * Zero differences are dropped; the absolute values of the rest are ranked (ties get the average
 * rank); W⁺ is the sum of the ranks of the positive differences. When there are fewer than 50
 * non-zero differences and no ties or zeros, p comes from the exact null distribution of W⁺
 * (each of the 2ⁿ sign patterns equally likely), found by counting the subsets of ranks 1…n with
 * each sum (counts are exact integers up to n = 52; `exact: true` is honoured up to n = 1000); two-sided p = min(1, 2 × the smaller tail). Otherwise p uses the normal approximation
 * with mean n (n + 1) / 4, variance n (n + 1)(2n + 1) / 24 − Σ(t³ − t) / 48 over tied groups of
 * size t, and a continuity correction of ½ towards the mean (Hollander, Wolfe & Chicken 2014);
 * `exact` is then `false`.
 *
 * Small pilots: with n ≤ 5 non-zero differences the two-sided test cannot reach p < .05 however
 * large the change (the smallest possible p is 2 / 2ⁿ, .0625 at n = 5); the result then carries
 * the finding `WILCOXON_CANNOT_REACH_05`, and `minimumAttainableP` always states the floor.
 *
 * @param differences - paired differences (after − before), finite numbers, at least one non-zero
 * @param options - `alternative` (default `two-sided`), `exact` (default: R's rule), `correct` (default `true`)
 * @returns `{ wPlus, wMinus, p, exact, n, zeros, ties, minimumAttainableP, alternative, continuityCorrection, findings }`
 * @throws LmdInputError when a difference is not a finite number, or every difference is zero
 * @example
 * const result = wilcoxonSignedRank([1.5, 2, -0.5, 3, 2.5, 4]);
 * result.p //=> 0.0625
 * wilcoxonSignedRank([1, 2, 3, 4, 5]).findings[0]?.code //=> 'WILCOXON_CANNOT_REACH_05'
 * wilcoxonSignedRank([0, 0]) //=> throws LmdInputError
 * @see {@link tTest} with `variant: 'paired'` for the parametric test
 * @see Source: wilcoxon-1945, hollander-wolfe-chicken-2014 in {@link references}.
 */
export function wilcoxonSignedRank(
  differences: readonly number[],
  options: WilcoxonSignedRankOptions = {},
): WilcoxonSignedRankResult {
  assertFiniteNumbers(differences, ['differences'], 1);
  const valid = parseInput(wilcoxonSignedRankOptionsSchema, options, 'options');
  const alternative = valid.alternative ?? 'two-sided';
  const correct = valid.correct ?? true;
  const nonZero = differences.filter((value) => value !== 0);
  const zeros = differences.length - nonZero.length;
  const n = nonZero.length;
  if (n === 0) {
    throw new LmdInputError([
      { keys: ['differences'], message: `every difference is zero, so there is nothing to rank (received ${differences.length} zeros)` },
    ]);
  }
  const { ranks, tieCorrection } = averageRanks(nonZero.map(Math.abs));
  let wPlus = 0;
  nonZero.forEach((value, index) => {
    if (value > 0) wPlus += ranks[index] as number;
  });
  const total = (n * (n + 1)) / 2;
  const ties = tieCorrection > 0;
  const exactPossible = !ties && zeros === 0 && n <= MAXIMUM_EXACT_N;
  const exact = (valid.exact ?? n < 50) && exactPossible;
  const findings: Finding<WilcoxonSignedRankFindingCode>[] = [];
  const minimumAttainableP = Math.min(1, (alternative === 'two-sided' ? 2 : 1) / 2 ** n);
  if (minimumAttainableP > 0.05) {
    findings.push({
      code: 'WILCOXON_CANNOT_REACH_05',
      severity: wilcoxonSignedRankFindings.WILCOXON_CANNOT_REACH_05.severity,
      message: `With ${n} non-zero difference${n === 1 ? '' : 's'} the smallest p-value this test can give is ${roundForMessage(minimumAttainableP)}, so it cannot show a change at the 5% level however large the change.`,
      basis: ['wilcoxon-1945'],
    });
  }
  if (valid.exact === true && !exactPossible) {
    findings.push({
      code: 'WILCOXON_EXACT_UNAVAILABLE',
      severity: wilcoxonSignedRankFindings.WILCOXON_EXACT_UNAVAILABLE.severity,
      message:
        n > MAXIMUM_EXACT_N
          ? `An exact p-value is not computed for more than ${MAXIMUM_EXACT_N} differences, so the normal approximation was used.`
          : 'An exact p-value cannot be computed with tied or zero differences, so the normal approximation was used.',
      basis: ['hollander-wolfe-chicken-2014'],
    });
  }
  if (zeros > 0) {
    findings.push({
      code: 'WILCOXON_ZEROS_DROPPED',
      severity: wilcoxonSignedRankFindings.WILCOXON_ZEROS_DROPPED.severity,
      message: `${zeros} zero difference${zeros === 1 ? ' was' : 's were'} dropped before ranking, leaving ${n}.`,
      basis: ['wilcoxon-1945'],
    });
  }
  const p = exact
    ? exactSignedRankP(wPlus, n, alternative)
    : normalSignedRankP(wPlus, n, tieCorrection, alternative, correct);
  return {
    wPlus,
    wMinus: total - wPlus,
    p,
    exact,
    n,
    zeros,
    ties,
    minimumAttainableP,
    alternative,
    continuityCorrection: !exact && correct,
    findings,
  };
}

/** The largest n for which the exact distribution is counted (its cost grows as n³). */
const MAXIMUM_EXACT_N = 1000;

function roundForMessage(value: number): string {
  return Number(value.toPrecision(2)).toString();
}

/** Average ranks of positive values (ties share the mean rank) and Σ(t³ − t) over tied groups. */
function averageRanks(values: readonly number[]): { ranks: number[]; tieCorrection: number } {
  const order = values.map((value, index) => ({ value, index })).sort((x, y) => x.value - y.value);
  const ranks = new Array<number>(values.length).fill(0);
  let tieCorrection = 0;
  let start = 0;
  while (start < order.length) {
    let end = start;
    while (end + 1 < order.length && (order[end + 1] as { value: number }).value === (order[start] as { value: number }).value) {
      end += 1;
    }
    const rank = (start + end + 2) / 2;
    for (let position = start; position <= end; position += 1) ranks[(order[position] as { index: number }).index] = rank;
    const size = end - start + 1;
    tieCorrection += size * size * size - size;
    start = end + 1;
  }
  return { ranks, tieCorrection };
}

/**
 * The number of subsets of {1, …, n} with each sum 0 … n (n + 1) / 2: the exact null distribution
 * of W⁺ times 2ⁿ. Counts stay exact in doubles for n ≤ 52 (2ⁿ ≤ 2⁵³).
 *
 * @internal
 */
export function signedRankCounts(n: number): number[] {
  const total = (n * (n + 1)) / 2;
  const counts = new Array<number>(total + 1).fill(0);
  counts[0] = 1;
  for (let rank = 1; rank <= n; rank += 1) {
    const reach = (rank * (rank + 1)) / 2;
    for (let value = reach; value >= rank; value -= 1) {
      counts[value] = (counts[value] as number) + (counts[value - rank] as number);
    }
  }
  return counts;
}

function exactSignedRankP(wPlus: number, n: number, alternative: AlternativeHypothesis): number {
  const counts = signedRankCounts(n);
  const all = 2 ** n;
  let atMost = 0;
  let atLeast = 0;
  counts.forEach((count, value) => {
    if (value <= wPlus) atMost += count;
    if (value >= wPlus) atLeast += count;
  });
  const lower = atMost / all;
  const upper = atLeast / all;
  if (alternative === 'less') return lower;
  if (alternative === 'greater') return upper;
  return Math.min(1, 2 * Math.min(lower, upper));
}

function normalSignedRankP(
  wPlus: number,
  n: number,
  tieCorrection: number,
  alternative: AlternativeHypothesis,
  correct: boolean,
): number {
  const centred = wPlus - (n * (n + 1)) / 4;
  const sigma = Math.sqrt((n * (n + 1) * (2 * n + 1)) / 24 - tieCorrection / 48);
  let correction = 0;
  if (correct) {
    if (alternative === 'two-sided') correction = Math.sign(centred) * 0.5;
    else correction = alternative === 'greater' ? 0.5 : -0.5;
  }
  const z = (centred - correction) / sigma;
  if (alternative === 'less') return normalCdf(z);
  if (alternative === 'greater') return normalCdf(-z);
  return Math.min(1, 2 * Math.min(normalCdf(z), normalCdf(-z)));
}
