import * as z from 'zod';
import { LmdInputError, type LmdInputPathKey } from '../../core/input-error.js';
import { findRootNear } from '../../core/stats/find-root.js';
import { noncentralTCdf } from '../../core/stats/noncentral-t.js';
import { normalQuantile } from '../../core/stats/normal-distribution.js';
import { parseInput } from '../../core/parse-input.js';
import { averageSdInterval } from './average-sd-effect-size-interval.js';

/**
 * The zod schema for {@link cohensDConfidenceInterval}'s input: an effect size `d` with either
 * two group sizes `n1` and `n2` (independent groups, d_s) or one size `n` and the paired
 * `measure` it is (`'dz'`, or `'dav'` with the before–after `correlation` and an optional
 * `sdRatio`), and an optional `confidenceLevel` (default 0.95, the option name {@link tTest} and
 * {@link differenceInDifferences} use too).
 *
 * @example
 * cohensDConfidenceIntervalInputSchema.safeParse({ d: 0.5, n1: 12, n2: 12 }).success //=> true
 * cohensDConfidenceIntervalInputSchema.safeParse({ d: 0.5, n: 10, measure: 'dz' }).success //=> true
 * cohensDConfidenceIntervalInputSchema.safeParse({ d: 0.5, n: 10 }).success //=> false
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
    measure: /* @__PURE__ */ z.literal('dz'),
    confidenceLevel: /* @__PURE__ */ z.number().gt(0).lt(1).optional(),
  }),
  /* @__PURE__ */ z.strictObject({
    d: /* @__PURE__ */ z.number(),
    n: /* @__PURE__ */ z.int().min(3),
    measure: /* @__PURE__ */ z.literal('dav'),
    correlation: /* @__PURE__ */ z.number().min(-1).max(1),
    sdRatio: /* @__PURE__ */ z.number().gt(0).optional(),
    confidenceLevel: /* @__PURE__ */ z.number().gt(0).lt(1).optional(),
  }),
], {
  error:
    "expected { d, n1, n2, confidenceLevel? } for two independent groups, { d, n, measure: 'dz', confidenceLevel? } for a paired d_z, or { d, n, measure: 'dav', correlation, sdRatio?, confidenceLevel? } for a paired d_av",
});

/**
 * The input of {@link cohensDConfidenceInterval}: `d` with `n1` and `n2` for two independent
 * groups, or with `n` and `measure: 'dz'` for a paired d_z (or a one-sample d), or with `n`,
 * `measure: 'dav'` and the before–after `correlation` for a paired d_av; `confidenceLevel`
 * defaults to 0.95.
 * @see {@link cohensDConfidenceInterval}
 */
export type CohensDConfidenceIntervalInput =
  | { readonly d: number; readonly n1: number; readonly n2: number; readonly confidenceLevel?: number }
  | { readonly d: number; readonly n: number; readonly measure: 'dz'; readonly confidenceLevel?: number }
  | {
      readonly d: number;
      readonly n: number;
      readonly measure: 'dav';
      readonly correlation: number;
      readonly sdRatio?: number;
      readonly confidenceLevel?: number;
    };

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
  /** `two-groups` (d_s from n1 and n2) or `paired` (d_z or d_av from n). */
  readonly design: 'two-groups' | 'paired';
  /** Degrees of freedom of the t statistic behind the interval (for d_av, those of the two SDs, 2 (n − 1)). */
  readonly df: number;
  /**
   * `noncentral-t` (exact for normal data), `normal-approximation` when |t| exceeds 1000, or
   * `delta-method-normal` for a paired d_av or g_av (see {@link davConfidenceInterval}).
   */
  readonly method: 'noncentral-t' | 'normal-approximation' | 'delta-method-normal';
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
 * A paired input must name its measure. `measure: 'dz'` is the noncentral-t interval above.
 * `measure: 'dav'` (the d_av that {@link pairedEffectSize} reports, comparable with two-group d and
 * with published benchmarks) needs the before–after `correlation` and is the large-sample interval
 * of {@link davConfidenceInterval}: no noncentral t describes d_av, and reading it as a d_z gives an
 * interval that is far too wide when the correlation is high. A paired input without `measure` is
 * refused rather than guessed.
 *
 * @param input - `{ d, n1, n2, confidenceLevel? }`, `{ d, n, measure: 'dz', confidenceLevel? }` or
 * `{ d, n, measure: 'dav', correlation, sdRatio?, confidenceLevel? }`; sizes at least 2 (3 for d_av),
 * `confidenceLevel` default 0.95 (echoed as `level` in the result, as in every interval)
 * @returns `{ level, lower, upper, design, df, method }`
 * Both bounds are always finite: when an effect size is so large (of the order of 1e307) that a
 * bound would overflow, the function throws rather than return `±Infinity`.
 *
 * @throws LmdInputError naming the field when d is not finite, a size is below 2, or confidenceLevel is not between 0 and 1, when a paired input has no `measure`, or when a bound would not be a finite number
 * @example
 * const interval = cohensDConfidenceInterval({ d: 1.13, n1: 10, n2: 10 });
 * [interval.lower.toFixed(2), interval.upper.toFixed(2)] //=> ['0.17', '2.07']
 * const dav = cohensDConfidenceInterval({ d: 0.65, n: 30, measure: 'dav', correlation: 0.96 });
 * [dav.lower.toFixed(2), dav.upper.toFixed(2)] //=> ['0.46', '0.84']
 * cohensDConfidenceInterval({ d: 0.5, n1: 1, n2: 10 }) //=> throws LmdInputError
 * cohensDConfidenceInterval({ d: 0.65, n: 30 } as never) //=> throws LmdInputError
 * @see {@link cohensD}
 * @see Source: steiger-fouladi-1997, cumming-finch-2001, lenth-1989, hedges-olkin-1985, bonett-2008 in {@link references}.
 */
export function cohensDConfidenceInterval(input: CohensDConfidenceIntervalInput): EffectSizeInterval {
  assertPairedMeasureNamed(input, 'd', ['dz', 'dav']);
  const valid = parseInput(cohensDConfidenceIntervalInputSchema, input, 'input');
  const level = valid.confidenceLevel ?? 0.95;
  if ('measure' in valid && valid.measure === 'dav') {
    return pairedAverageSdInterval(valid.d, valid.n, valid.correlation, valid.sdRatio ?? 1, level, ['input', 'd']);
  }
  return intervalOfD(valid.d, 'n' in valid ? { n: valid.n } : { n1: valid.n1, n2: valid.n2 }, level, ['input', 'd']);
}

/**
 * Throws when a paired input (one with `n`) does not say which paired effect size it holds: d_z
 * and d_av (g_z and g_av) have different sampling distributions, and treating one as the other
 * gives an interval that is wrong by a factor of two or more when the correlation is high.
 *
 * @internal
 */
export function assertPairedMeasureNamed(input: unknown, name: 'd' | 'g', measures: readonly [string, string]): void {
  if (input === null || typeof input !== 'object' || !('n' in input) || 'measure' in input) return;
  const [z, av] = measures;
  throw new LmdInputError([
    {
      keys: ['input', 'measure'],
      message: `a paired ${name} needs its measure: '${z}' (the mean difference ÷ the SD of the differences) or '${av}' (÷ the average SD of before and after, with the before–after correlation); pairedEffectSize reports d_z, d_av and g_av (received no measure)`,
    },
  ]);
}

/**
 * The interval for a paired d_av in the shape of {@link EffectSizeInterval}.
 *
 * @internal
 */
export function pairedAverageSdInterval(
  d: number,
  n: number,
  correlation: number,
  sdRatio: number,
  level: number,
  path: readonly LmdInputPathKey[],
): EffectSizeInterval {
  const [first, second] = sdRatio <= 1 ? [1, sdRatio] : [1 / sdRatio, 1];
  const interval = averageSdInterval(d, n, correlation, first, second, null, level, path);
  return { level, lower: interval.lower, upper: interval.upper, design: 'paired', df: 2 * (n - 1), method: 'delta-method-normal' };
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
