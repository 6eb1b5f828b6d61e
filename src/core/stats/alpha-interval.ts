import * as z from 'zod';
import { assertNumberInRange } from '../_internal/assert-number-in-range.js';
import { parseInput } from '../parse-input.js';
import { fQuantile } from './f-distribution.js';

/**
 * The zod schema for {@link alphaInterval}'s options: `n` respondents (at least 2), `k` items (at
 * least 2) and an optional `level` (default 0.95).
 *
 * @example
 * alphaIntervalOptionsSchema.safeParse({ n: 50, k: 8 }).success //=> true
 * alphaIntervalOptionsSchema.safeParse({ n: 1, k: 8 }).success //=> false
 * @see {@link alphaInterval}
 */
export const alphaIntervalOptionsSchema = /* @__PURE__ */ z.strictObject({
  n: /* @__PURE__ */ z.int().min(2),
  k: /* @__PURE__ */ z.int().min(2),
  level: /* @__PURE__ */ z.number().gt(0).lt(1).optional(),
});

/**
 * The options of {@link alphaInterval}.
 * @see {@link alphaIntervalOptionsSchema}
 */
export interface AlphaIntervalOptions {
  /** How many respondents the alpha was computed from, at least 2. */
  readonly n: number;
  /** How many items, at least 2. */
  readonly k: number;
  /** The confidence level, between 0 and 1 (default 0.95). */
  readonly level?: number;
}

/**
 * A confidence interval for coefficient alpha.
 * @see {@link alphaInterval}
 */
export interface AlphaInterval {
  /** The alpha given. */
  readonly alpha: number;
  /** The lower bound. */
  readonly lower: number;
  /** The upper bound. */
  readonly upper: number;
  /** The confidence level used. */
  readonly level: number;
  /** The degrees of freedom of the F distribution behind it, n − 1 and (n − 1)(k − 1). */
  readonly df1: number;
  /** See `df1`. */
  readonly df2: number;
}

/**
 * Feldt's (1965) confidence interval for coefficient alpha: (1 − α̂) / (1 − α) follows an F
 * distribution with n − 1 and (n − 1)(k − 1) degrees of freedom, so the bounds are
 * 1 − (1 − α̂) · F_{1−p/2} (lower) and 1 − (1 − α̂) · F_{p/2} (upper), with p = 1 − level. Equal to R's
 * `psych::alpha.ci(alpha, n.obs = n, n.var = k, p.val = 1 − level)`. The interval assumes
 * complete data; with pairwise-missing data, pass the number of respondents as `n` and read the
 * interval as approximate.
 *
 * Source: feldt-1965; checked against psych (revelle-psych-2022).
 *
 * @param alpha - coefficient alpha, a finite number below 1
 * @param options - `{ n, k, level? }`
 * @returns `{ alpha, lower, upper, level, df1, df2 }`
 * @throws LmdInputError when alpha is not a finite number below 1, or an option is out of range
 * @example
 * const interval = alphaInterval(0.8, { n: 50, k: 8 });
 * [interval.lower.toFixed(3), interval.upper.toFixed(3)] //=> ['0.704', '0.874']
 * alphaInterval(1, { n: 50, k: 8 }) //=> throws LmdInputError
 * @see {@link cronbachAlpha}
 * @see Source: feldt-1965 in {@link references}.
 */
export function alphaInterval(alpha: number, options: AlphaIntervalOptions): AlphaInterval {
  assertNumberInRange(alpha, ['alpha'], { max: 1, maxExclusive: true });
  const valid = parseInput(alphaIntervalOptionsSchema, options, 'options');
  const level = valid.level ?? 0.95;
  const df1 = valid.n - 1;
  const df2 = (valid.n - 1) * (valid.k - 1);
  const tail = (1 - level) / 2;
  const lower = 1 - (1 - alpha) * fQuantile(1 - tail, df1, df2);
  const upper = 1 - (1 - alpha) * fQuantile(tail, df1, df2);
  return { alpha: alpha + 0, lower: lower + 0, upper: upper + 0, level, df1, df2 };
}
