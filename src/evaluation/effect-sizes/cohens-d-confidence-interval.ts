import * as z from 'zod';
import { LmdInputError, type LmdInputPathKey } from '../../core/input-error.js';
import { findRootNear } from '../../core/stats/find-root.js';
import { noncentralTCdf } from '../../core/stats/noncentral-t.js';
import { normalQuantile } from '../../core/stats/normal-distribution.js';
import { parseInput } from '../../core/parse-input.js';

/**
 * The zod schema for {@link cohensDConfidenceInterval}'s input: an effect size `d` with either
 * two group sizes `n1` and `n2` (independent groups, d_s) or one size `n` (paired differences or
 * one sample, d_z), and an optional `confidenceLevel` (default 0.95, the option name {@link tTest}
 * and {@link differenceInDifferences} use too).
 *
 * @example
 * cohensDConfidenceIntervalInputSchema.safeParse({ d: 0.5, n1: 12, n2: 12 }).success //=> true
 * cohensDConfidenceIntervalInputSchema.safeParse({ d: 0.5, n: 1 }).success //=> false
 * @see {@link cohensDConfidenceInterval}
 */
export const cohensDConfidenceIntervalInputSchema = /* @__PURE__ */ z.union([
  /* @__PURE__ */ z.strictObject({
    d: /* @__PURE__ */ z.number(),
    n1: /* @__PURE__ */ z.int().min(2),
    n2: /* @__PURE__ */ z.int().min(2),
    confidenceLevel: /* @__PURE__ */ z.number().gt(0).lt(1).optional(),
  }),
  /* @__PURE__ */ z.strictObject({
    d: /* @__PURE__ */ z.number(),
    n: /* @__PURE__ */ z.int().min(2),
    confidenceLevel: /* @__PURE__ */ z.number().gt(0).lt(1).optional(),
  }),
], { error: 'expected { d, n1, n2, confidenceLevel? } for two independent groups or { d, n, confidenceLevel? } for a paired d_z' });

/**
 * The input of {@link cohensDConfidenceInterval}: `d` with `n1` and `n2` for two independent
 * groups, or with `n` for a paired d_z (or a one-sample d); `confidenceLevel` defaults to 0.95.
 * @see {@link cohensDConfidenceInterval}
 */
export type CohensDConfidenceIntervalInput =
  | { readonly d: number; readonly n1: number; readonly n2: number; readonly confidenceLevel?: number }
  | { readonly d: number; readonly n: number; readonly confidenceLevel?: number };

/**
 * A confidence interval for a standardised mean difference, with what it was computed from.
 * @see {@link cohensDConfidenceInterval}
 */
export interface EffectSizeInterval {
  /** The confidence level used (0.95 unless the caller chose another). */
  readonly level: number;
  /** The lower bound. */
  readonly lower: number;
  /** The upper bound. */
  readonly upper: number;
  /** `two-groups` (d_s from n1 and n2) or `paired` (d_z from n). */
  readonly design: 'two-groups' | 'paired';
  /** Degrees of freedom of the t statistic behind the interval. */
  readonly df: number;
  /** `noncentral-t` (exact for normal data), or `normal-approximation` when |t| exceeds 1000. */
  readonly method: 'noncentral-t' | 'normal-approximation';
}

/**
 * A confidence interval for Cohen's d by inverting the noncentral t distribution (Steiger &
 * Fouladi 1997; Cumming & Finch 2001), the exact method for normal data.
 *
 * The observed d corresponds to a t statistic, t = d / √(1/n₁ + 1/n₂) with n₁ + n₂ − 2 degrees of
 * freedom (or t = d √n with n − 1 for a paired d_z). The bounds are the noncentrality parameters δ
 * for which the observed t sits at the upper and lower (1 − level)/2 points of a noncentral t
 * distribution, found with Brent's root finder to 1e−12; each δ is converted back to the d scale.
 * This is what R's `effectsize::cohens_d()` reports (agreement with it is better than 1e−6, the
 * tolerance of its own root search; 2e−7 was the worst case observed). For Hedges' g, use {@link hedgesGConfidenceInterval}, which
 * multiplies both bounds by {@link hedgesJ}(df) as effectsize does.
 *
 * The noncentral t series needs more terms as |t| grows (about a second at |t| = 200). Beyond
 * |t| = 1000, which only arises with very large samples or implausibly large effects, the interval
 * is d ± z · SE with the large-sample standard error of Hedges & Olkin (1985),
 * SE² = 1/n₁ + 1/n₂ + d² / (2 (n₁ + n₂)) (for d_z: 1/n + d² / (2n)); `method` says which was used.
 *
 * @param input - `{ d, n1, n2, confidenceLevel? }` or `{ d, n, confidenceLevel? }`; sizes at least 2,
 * `confidenceLevel` default 0.95 (echoed as `level` in the result, as in every interval)
 * @returns `{ level, lower, upper, design, df, method }`
 * Both bounds are always finite: when an effect size is so large (of the order of 1e307) that a
 * bound would overflow, the function throws rather than return `±Infinity`.
 *
 * @throws LmdInputError naming the field when d is not finite, a size is below 2, or confidenceLevel is not between 0 and 1, or when a bound would not be a finite number
 * @example
 * const interval = cohensDConfidenceInterval({ d: 1.13, n1: 10, n2: 10 });
 * [interval.lower.toFixed(2), interval.upper.toFixed(2)] //=> ['0.17', '2.07']
 * cohensDConfidenceInterval({ d: 0.5, n1: 1, n2: 10 }) //=> throws LmdInputError
 * @see {@link cohensD}
 * @see Source: steiger-fouladi-1997, cumming-finch-2001, lenth-1989, hedges-olkin-1985 in {@link references}.
 */
export function cohensDConfidenceInterval(input: CohensDConfidenceIntervalInput): EffectSizeInterval {
  const valid = parseInput(cohensDConfidenceIntervalInputSchema, input, 'input');
  return intervalOfD(valid.d, 'n' in valid ? { n: valid.n } : { n1: valid.n1, n2: valid.n2 }, valid.confidenceLevel ?? 0.95, ['input', 'd']);
}

/**
 * The interval of {@link cohensDConfidenceInterval} for validated values; `dPath` names the field a
 * bound that cannot be represented is blamed on, and `received` the value the message quotes
 * (`input.g` and g when {@link hedgesGConfidenceInterval} calls it).
 *
 * @internal
 */
export function intervalOfD(
  d: number,
  sizes: { readonly n: number } | { readonly n1: number; readonly n2: number },
  level: number,
  dPath: readonly LmdInputPathKey[],
  received = d,
): EffectSizeInterval {
  const paired = 'n' in sizes;
  const scale = paired ? 1 / Math.sqrt(sizes.n) : Math.sqrt(1 / sizes.n1 + 1 / sizes.n2);
  const df = paired ? sizes.n - 1 : sizes.n1 + sizes.n2 - 2;
  const design = paired ? 'paired' : 'two-groups';
  const t = d / scale;
  if (Math.abs(t) > 1000) {
    const total = paired ? sizes.n : sizes.n1 + sizes.n2;
    // √(scale² + d²/2N) written as |d|·√((scale/d)² + 1/2N), so that d² cannot overflow.
    const size = Math.abs(d);
    const standardError = size * Math.sqrt((scale / size) ** 2 + 1 / (2 * total));
    const half = normalQuantile((1 + level) / 2) * standardError;
    return representable({ level, lower: d - half, upper: d + half, design, df, method: 'normal-approximation' }, received, dPath);
  }
  const bounds = noncentralityInterval(t, df, level, dPath);
  return representable({ level, lower: bounds.lower * scale, upper: bounds.upper * scale, design, df, method: 'noncentral-t' }, received, dPath);
}

/**
 * The interval as it is when both bounds are finite numbers (a negative zero read as 0), or an
 * {@link LmdInputError} on `path` when a bound lies beyond the largest representable number,
 * which only an effect size of the order of 1e307 can cause.
 *
 * @internal
 */
export function representable(interval: EffectSizeInterval, received: number, path: readonly LmdInputPathKey[]): EffectSizeInterval {
  if (!Number.isFinite(interval.lower) || !Number.isFinite(interval.upper)) failUnrepresentable(path, received);
  return { ...interval, lower: interval.lower + 0, upper: interval.upper + 0 };
}

/**
 * Throws the {@link LmdInputError} for an effect size too large for its interval to be represented.
 *
 * @internal
 */
export function failUnrepresentable(path: readonly LmdInputPathKey[], received: number): never {
  throw new LmdInputError([
    { keys: path, message: `the interval's bounds would lie beyond the largest number that can be represented (received ${received})` },
  ]);
}

/**
 * The noncentrality parameters δ_L < δ_U with P(T ≤ t; df, δ_L) = (1 + level)/2 and
 * P(T ≤ t; df, δ_U) = (1 − level)/2.
 *
 * @internal
 */
export function noncentralityInterval(t: number, df: number, level: number, dPath: readonly LmdInputPathKey[] = ['input', 'd']): { lower: number; upper: number } {
  const solve = (target: number): number => {
    const root = findRootNear((ncp) => noncentralTCdf(t, df, ncp) - target, t, 2, 1e-12);
    if (root === null) {
      throw new LmdInputError([
        { keys: dPath, message: `the confidence interval could not be computed for so large an effect (received t = ${t})` },
      ]);
    }
    return root;
  };
  return { lower: solve((1 + level) / 2), upper: solve((1 - level) / 2) };
}
