import * as z from 'zod';
import { LmdInputError } from '../../core/input-error.js';
import { parseInput } from '../../core/parse-input.js';
import { failUnrepresentable, intervalOfD, representable, type EffectSizeInterval } from './cohens-d-confidence-interval.js';
import { hedgesJ } from './hedges-g.js';

/**
 * The zod schema for {@link hedgesGConfidenceInterval}'s input: Hedges' `g` with two group sizes
 * `n1` and `n2`, or one size `n` for a paired g, and an optional `confidenceLevel` (default 0.95).
 *
 * @example
 * hedgesGConfidenceIntervalInputSchema.safeParse({ g: 0.5, n1: 12, n2: 12 }).success //=> true
 * hedgesGConfidenceIntervalInputSchema.safeParse({ g: 0.5, n: 1 }).success //=> false
 * @see {@link hedgesGConfidenceInterval}
 */
export const hedgesGConfidenceIntervalInputSchema = /* @__PURE__ */ z.union(
  [
    /* @__PURE__ */ z.strictObject({
      g: /* @__PURE__ */ z.number(),
      n1: /* @__PURE__ */ z.int().min(2),
      n2: /* @__PURE__ */ z.int().min(2),
      confidenceLevel: /* @__PURE__ */ z.number().gt(0).lt(1).optional(),
    }),
    /* @__PURE__ */ z.strictObject({
      g: /* @__PURE__ */ z.number(),
      n: /* @__PURE__ */ z.int().min(2),
      confidenceLevel: /* @__PURE__ */ z.number().gt(0).lt(1).optional(),
    }),
  ],
  { error: 'expected { g, n1, n2, confidenceLevel? } for two independent groups or { g, n, confidenceLevel? } for a paired g' },
);

/**
 * The input of {@link hedgesGConfidenceInterval}: `g` with `n1` and `n2`, or with `n` for a
 * paired g; `confidenceLevel` defaults to 0.95.
 * @see {@link hedgesGConfidenceInterval}
 */
export type HedgesGConfidenceIntervalInput =
  | { readonly g: number; readonly n1: number; readonly n2: number; readonly confidenceLevel?: number }
  | { readonly g: number; readonly n: number; readonly confidenceLevel?: number };

/**
 * A confidence interval for Hedges' g: g is turned back into d (g ÷ J(df)), the noncentral-t
 * interval for d is found as {@link cohensDConfidenceInterval} finds it, and both bounds are
 * multiplied by the exact {@link hedgesJ}(df) — which is what R's `effectsize::hedges_g()`
 * reports. df is n₁ + n₂ − 2 for two groups and n − 1 for a paired g.
 *
 * @param input - `{ g, n1, n2, confidenceLevel? }` or `{ g, n, confidenceLevel? }`; sizes at
 * least 2, `confidenceLevel` default 0.95 (echoed as `level`)
 * @returns `{ level, lower, upper, design, df, method }` on the g scale
 * @throws LmdInputError naming the field when g is not finite, a size is below 2 (a paired `n`
 * below 3), or confidenceLevel is not between 0 and 1
 * @example
 * const interval = hedgesGConfidenceInterval({ g: 1.08, n1: 10, n2: 10 });
 * [interval.lower.toFixed(2), interval.upper.toFixed(2)] //=> ['0.16', '1.98']
 * hedgesGConfidenceInterval({ g: 0.5, n1: 1, n2: 10 }) //=> throws LmdInputError
 * @see {@link hedgesG}
 * @see Source: hedges-olkin-1985, steiger-fouladi-1997 in {@link references}.
 */
export function hedgesGConfidenceInterval(input: HedgesGConfidenceIntervalInput): EffectSizeInterval {
  const valid = parseInput(hedgesGConfidenceIntervalInputSchema, input, 'input');
  if ('n' in valid && valid.n < 3) {
    // With one degree of freedom Hedges' correction J is 0, so g carries no information about d.
    throw new LmdInputError([
      { keys: ['input', 'n'], message: `a paired g needs at least 3 pairs, since Hedges' correction is undefined at df = 1 (received ${valid.n})` },
    ]);
  }
  const df = 'n' in valid ? valid.n - 1 : valid.n1 + valid.n2 - 2;
  const j = hedgesJ(df);
  const sizes = 'n' in valid ? { n: valid.n } : { n1: valid.n1, n2: valid.n2 };
  const d = valid.g / j;
  if (!Number.isFinite(d)) failUnrepresentable(['input', 'g'], valid.g);
  const interval = intervalOfD(d, sizes, valid.confidenceLevel ?? 0.95, ['input', 'g'], valid.g);
  return representable({ ...interval, lower: interval.lower * j, upper: interval.upper * j }, valid.g, ['input', 'g']);
}
