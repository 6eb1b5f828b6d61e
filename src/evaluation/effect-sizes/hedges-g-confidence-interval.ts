import * as z from 'zod';
import { LmdInputError } from '../../core/input-error.js';
import { parseInput } from '../../core/parse-input.js';
import {
  assertPairedMeasureNamed,
  failUnrepresentable,
  intervalOfD,
  pairedAverageSdInterval,
  representable,
  type EffectSizeInterval,
} from './cohens-d-confidence-interval.js';
import { hedgesJ } from './hedges-g.js';

/**
 * The zod schema for {@link hedgesGConfidenceInterval}'s input: Hedges' `g` with two group sizes
 * `n1` and `n2`, or one size `n` and the paired `measure` (`'gz'`, or `'gav'` with the before–after
 * `correlation` and an optional `sdRatio`), and an optional `confidenceLevel` (default 0.95).
 *
 * @example
 * hedgesGConfidenceIntervalInputSchema.safeParse({ g: 0.5, n1: 12, n2: 12 }).success //=> true
 * hedgesGConfidenceIntervalInputSchema.safeParse({ g: 0.5, n: 30, measure: 'gav', correlation: 0.9 }).success //=> true
 * hedgesGConfidenceIntervalInputSchema.safeParse({ g: 0.5, n: 30 }).success //=> false
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
      measure: /* @__PURE__ */ z.literal('gz'),
      confidenceLevel: /* @__PURE__ */ z.number().gt(0).lt(1).optional(),
    }),
    /* @__PURE__ */ z.strictObject({
      g: /* @__PURE__ */ z.number(),
      n: /* @__PURE__ */ z.int().min(3),
      measure: /* @__PURE__ */ z.literal('gav'),
      correlation: /* @__PURE__ */ z.number().min(-1).max(1),
      sdRatio: /* @__PURE__ */ z.number().gt(0).optional(),
      confidenceLevel: /* @__PURE__ */ z.number().gt(0).lt(1).optional(),
    }),
  ],
  {
    error:
      "expected { g, n1, n2, confidenceLevel? } for two independent groups, { g, n, measure: 'gz', confidenceLevel? } for a paired g_z, or { g, n, measure: 'gav', correlation, sdRatio?, confidenceLevel? } for a paired g_av",
  },
);

/**
 * The input of {@link hedgesGConfidenceInterval}: `g` with `n1` and `n2`, or with `n` and
 * `measure: 'gz'`, or with `n`, `measure: 'gav'` and the before–after `correlation`;
 * `confidenceLevel` defaults to 0.95.
 * @see {@link hedgesGConfidenceInterval}
 */
export type HedgesGConfidenceIntervalInput =
  | { readonly g: number; readonly n1: number; readonly n2: number; readonly confidenceLevel?: number }
  | { readonly g: number; readonly n: number; readonly measure: 'gz'; readonly confidenceLevel?: number }
  | {
      readonly g: number;
      readonly n: number;
      readonly measure: 'gav';
      readonly correlation: number;
      readonly sdRatio?: number;
      readonly confidenceLevel?: number;
    };

/**
 * A confidence interval for Hedges' g: g is turned back into d (g ÷ J(df)), the interval for d is
 * found, and both bounds are multiplied by the exact {@link hedgesJ}(df).
 *
 * - Two groups (df = n₁ + n₂ − 2) and a paired g_z (`measure: 'gz'`, df = n − 1): the
 *   noncentral-t interval of {@link cohensDConfidenceInterval}, which is what R's
 *   `effectsize::hedges_g()` reports.
 * - A paired g_av (`measure: 'gav'`, the g_av of {@link pairedEffectSize}, df = 2 (n − 1) as in
 *   its correction): the large-sample interval of {@link davConfidenceInterval}, which needs the
 *   before–after `correlation`.
 *
 * A paired input without `measure` is refused: reading a g_av as a g_z ignores the correlation
 * and, at r = 0.96 and n = 30, turns an interval of about 0.46–0.84 into 0.26–1.03.
 *
 * @param input - `{ g, n1, n2, confidenceLevel? }`, `{ g, n, measure: 'gz', confidenceLevel? }` or
 * `{ g, n, measure: 'gav', correlation, sdRatio?, confidenceLevel? }`; sizes at least 2 (a paired
 * `n` at least 3), `confidenceLevel` default 0.95 (echoed as `level`)
 * @returns `{ level, lower, upper, design, df, method }` on the g scale
 * @throws LmdInputError naming the field when g is not finite, a size is below 2 (a paired `n`
 * below 3), confidenceLevel is not between 0 and 1, or a paired input has no `measure`
 * @example
 * const interval = hedgesGConfidenceInterval({ g: 1.08, n1: 10, n2: 10 });
 * [interval.lower.toFixed(2), interval.upper.toFixed(2)] //=> ['0.16', '1.98']
 * const gav = hedgesGConfidenceInterval({ g: 0.65, n: 30, measure: 'gav', correlation: 0.96 });
 * [gav.lower.toFixed(2), gav.upper.toFixed(2)] //=> ['0.46', '0.84']
 * hedgesGConfidenceInterval({ g: 0.65, n: 30 } as never) //=> throws LmdInputError
 * hedgesGConfidenceInterval({ g: 0.5, n1: 1, n2: 10 }) //=> throws LmdInputError
 * @see {@link hedgesG}, {@link pairedEffectSizeInterval}
 * @see Source: hedges-olkin-1985, steiger-fouladi-1997, bonett-2008 in {@link references}.
 */
export function hedgesGConfidenceInterval(input: HedgesGConfidenceIntervalInput): EffectSizeInterval {
  assertPairedMeasureNamed(input, 'g', ['gz', 'gav']);
  const valid = parseInput(hedgesGConfidenceIntervalInputSchema, input, 'input');
  if ('n' in valid && valid.n < 3) {
    // With one degree of freedom Hedges' correction J is 0, so g carries no information about d.
    throw new LmdInputError([
      { keys: ['input', 'n'], message: `a paired g needs at least 3 pairs, since Hedges' correction is undefined at df = 1 (received ${valid.n})` },
    ]);
  }
  if ('measure' in valid && valid.measure === 'gav') {
    const jav = hedgesJ(2 * (valid.n - 1));
    const interval = pairedAverageSdInterval(valid.g / jav, valid.n, valid.correlation, valid.sdRatio ?? 1, valid.confidenceLevel ?? 0.95, ['input', 'g']);
    return representable({ ...interval, lower: interval.lower * jav, upper: interval.upper * jav }, valid.g, ['input', 'g']);
  }
  const df = 'n' in valid ? valid.n - 1 : valid.n1 + valid.n2 - 2;
  const j = hedgesJ(df);
  const sizes = 'n' in valid ? { n: valid.n } : { n1: valid.n1, n2: valid.n2 };
  const d = valid.g / j;
  if (!Number.isFinite(d)) failUnrepresentable(['input', 'g'], valid.g);
  const interval = intervalOfD(d, sizes, valid.confidenceLevel ?? 0.95, ['input', 'g'], valid.g);
  return representable({ ...interval, lower: interval.lower * j, upper: interval.upper * j }, valid.g, ['input', 'g']);
}
