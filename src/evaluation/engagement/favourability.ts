import * as z from 'zod';
import { assertFiniteNumbers } from '../../core/_internal/assert-finite-numbers.js';
import { parseInput } from '../../core/parse-input.js';
import { failInput, percentOf, readMeasure } from '../_internal/measures.js';

/**
 * The zod schema for the options of {@link favourability}: `scalePoints` (default 5),
 * `favourableFrom` (default `scalePoints − 1`) and `unfavourableTo` (default 2).
 *
 * @example
 * favourabilityOptionsSchema.safeParse({ scalePoints: 1 }).success //=> false
 * @see {@link favourability}
 */
export const favourabilityOptionsSchema = /* @__PURE__ */ z.strictObject({
  scalePoints: /* @__PURE__ */ z.int().min(2).max(11).default(5),
  favourableFrom: /* @__PURE__ */ z.int().min(1).optional(),
  unfavourableTo: /* @__PURE__ */ z.int().min(1).optional(),
});

/**
 * The options of {@link favourability}, all optional.
 *
 * - `scalePoints` (default 5): responses run from 1 to this number.
 * - `favourableFrom` (default `scalePoints − 1`, the top two boxes): the lowest favourable response.
 * - `unfavourableTo` (default 2, the bottom two boxes): the highest unfavourable response.
 * @see {@link favourability}
 */
export type FavourabilityOptions = z.input<typeof favourabilityOptionsSchema>;

/**
 * The result of {@link favourability}: counts, percentages (0–100 numbers) and the rule applied.
 *
 * @example
 * const result: Favourability = favourability([5, 4, 3, 2]);
 * result.favourablePercent //=> 50
 * @see {@link favourability}
 */
export interface Favourability {
  /** How many responses there were. */
  readonly respondents: number;
  /** Responses at or above `favourableFrom`. */
  readonly favourable: number;
  /** Responses between the two cut-offs. */
  readonly neutral: number;
  /** Responses at or below `unfavourableTo`. */
  readonly unfavourable: number;
  /** Favourable responses as a percentage (0–100) of all responses. */
  readonly favourablePercent: number;
  /** Neutral responses as a percentage (0–100). */
  readonly neutralPercent: number;
  /** Unfavourable responses as a percentage (0–100). */
  readonly unfavourablePercent: number;
  /** The scale applied: responses 1 to this. */
  readonly scalePoints: number;
  /** The lowest favourable response applied. */
  readonly favourableFrom: number;
  /** The highest unfavourable response applied. */
  readonly unfavourableTo: number;
}

/**
 * The favourability of responses to a survey item on a 1-to-n agreement scale: the percentage
 * (0–100) of favourable responses, with the neutral and unfavourable shares beside it.
 *
 * Favourable % = responses at or above `favourableFrom` ÷ all responses × 100; unfavourable % and
 * neutral % likewise. By default, on a 5-point scale, 4 and 5 are favourable and 1 and 2
 * unfavourable (the "top two box" convention of engagement and pulse surveys, which the seed
 * suggests for measuring L&D initiatives); the cut-offs applied are echoed in the result. This is a
 * reporting convention rather than a published standard, so state the rule when you report it.
 *
 * @param responses - one or more whole-number responses from 1 to `scalePoints` (not changed)
 * @param options - the scale and cut-offs (see {@link FavourabilityOptions})
 * @returns the counts, the percentages and the rule applied
 * @throws LmdInputError when there are no responses, a response is off the scale, or the cut-offs
 * are off the scale or overlap
 * @example
 * favourability([5, 4, 4, 3, 2, 5, 4, 1]).favourablePercent //=> 62.5
 * favourability([7, 6, 2, 4], { scalePoints: 7, favourableFrom: 6 }).unfavourable //=> 1
 * favourability([6]) //=> throws LmdInputError
 * @see {@link enps}
 */
export function favourability(responses: readonly number[], options: FavourabilityOptions = {}): Favourability {
  const parsed = parseInput(favourabilityOptionsSchema, options, 'options');
  const { scalePoints } = parsed;
  const favourableFrom = parsed.favourableFrom ?? scalePoints - 1;
  const unfavourableTo = parsed.unfavourableTo ?? 2;
  readMeasure(favourableFrom, ['options', 'favourableFrom'], { min: 1, max: scalePoints });
  readMeasure(unfavourableTo, ['options', 'unfavourableTo'], { min: 1, max: scalePoints });
  if (unfavourableTo >= favourableFrom) {
    failInput(
      ['options', 'unfavourableTo'],
      `must be below favourableFrom, ${favourableFrom} (received ${unfavourableTo}); set both cut-offs for a short scale`,
    );
  }
  assertFiniteNumbers(responses, ['responses'], 1);
  let favourable = 0;
  let unfavourable = 0;
  responses.forEach((response, index) => {
    readMeasure(response, ['responses', index], { min: 1, max: scalePoints, integer: true });
    if (response >= favourableFrom) favourable += 1;
    else if (response <= unfavourableTo) unfavourable += 1;
  });
  const respondents = responses.length;
  const neutral = respondents - favourable - unfavourable;
  const percent = (count: number): number => percentOf(count, respondents, ['responses']);
  return {
    respondents,
    favourable,
    neutral,
    unfavourable,
    favourablePercent: percent(favourable),
    neutralPercent: percent(neutral),
    unfavourablePercent: percent(unfavourable),
    scalePoints,
    favourableFrom,
    unfavourableTo,
  };
}
