import { assertNumberInRange } from '../_internal/assert-number-in-range.js';
import { assertOptionsObject } from '../_internal/assert-options-object.js';
import { LmdInputError } from '../input-error.js';

/**
 * The input of {@link reliableChange}: one person's scores at two times and the measure's
 * spread and reliability.
 *
 * @example
 * const input: ReliableChangeInput = { before: 3.2, after: 3.9, sd: 0.6, reliability: 0.85 };
 * reliableChange(input).reliable //=> true
 * @see {@link reliableChange}
 */
export interface ReliableChangeInput {
  /** The score at the first measurement. */
  readonly before: number;
  /** The score at the second measurement. */
  readonly after: number;
  /** The standard deviation of the measure in a reference group (usually the first measurement's), above 0. */
  readonly sd: number;
  /** The measure's reliability (test–retest or internal consistency), from 0 up to (not including) 1. */
  readonly reliability: number;
}

/**
 * The result of {@link reliableChange}.
 *
 * @example
 * const result: ReliableChangeResult = reliableChange({ before: 50, after: 60, sd: 10, reliability: 0.8 });
 * result.direction //=> 'increase'
 * @see {@link reliableChange}
 */
export interface ReliableChangeResult {
  /** The reliable change index, (after − before) / S_diff. */
  readonly index: number;
  /** The change itself, after − before, in the measure's units. */
  readonly change: number;
  /** The standard error of measurement, sd·√(1 − reliability). */
  readonly standardError: number;
  /** The standard error of the difference between two scores, √2 times the standard error. */
  readonly standardErrorOfDifference: number;
  /** The criterion |index| must exceed: 1.96, a two-sided 95 % level. */
  readonly criterion: 1.96;
  /** Whether |index| > 1.96 (strictly): a change unlikely to be measurement error alone. */
  readonly reliable: boolean;
  /** The sign of the change, whether or not it is reliable. */
  readonly direction: 'increase' | 'decrease' | 'none';
}

/**
 * Jacobson & Truax's (1991) reliable change index: whether one person's change between two
 * measurements is larger than the measure's unreliability would produce by itself.
 *
 * The standard error of measurement is SE = sd·√(1 − r), the standard error of a difference
 * S_diff = √2·SE = sd·√(2(1 − r)), and RCI = (after − before) / S_diff. The change is reliable at
 * the 95 % level when |RCI| > 1.96; exactly 1.96 is not reliable. Whether an increase is an
 * improvement depends on the measure, so the result reports the `direction` and leaves the
 * judgement to the caller. For 360 feedback, use the sd of the ratings across ratees (or of a
 * norm group) and a reliability such as ICC(1,k) of the rater group or alpha of the scale.
 *
 * Source: jacobson-truax-1991.
 *
 * @param input - `before`, `after`, `sd` (above 0) and `reliability` (from 0 up to 1, not 1)
 * @returns the index, S_diff, the criterion, whether the change is reliable and its direction
 * @throws LmdInputError when a score is not a finite number, `sd` is not above 0 or `reliability`
 * is not in [0, 1)
 * @example
 * Math.round(reliableChange({ before: 3.2, after: 3.9, sd: 0.6, reliability: 0.85 }).index * 100) / 100 //=> 2.13
 * reliableChange({ before: 0, after: 1.96, sd: 1, reliability: 0.5 }).reliable //=> false
 * reliableChange({ before: 3, after: 4, sd: 0.6, reliability: 1 }) //=> throws LmdInputError
 * @see {@link percentileRank}
 */
export function reliableChange(input: ReliableChangeInput): ReliableChangeResult {
  assertOptionsObject(input, ['input']);
  assertNumberInRange(input.before, ['input', 'before'], {});
  assertNumberInRange(input.after, ['input', 'after'], {});
  assertNumberInRange(input.sd, ['input', 'sd'], { min: 0, minExclusive: true });
  assertNumberInRange(input.reliability, ['input', 'reliability'], { min: 0, max: 1, maxExclusive: true });
  // Adding 0 turns a negative zero into 0, so that a JSON round trip returns an equal result.
  const change = input.after - input.before + 0;
  const standardError = input.sd * Math.sqrt(1 - input.reliability);
  const standardErrorOfDifference = input.sd * Math.sqrt(2 * (1 - input.reliability));
  const index = change / standardErrorOfDifference + 0;
  if (!Number.isFinite(index)) {
    throw new LmdInputError([
      { keys: ['input', 'sd'], message: `expected a standard deviation large enough to divide by (received ${input.sd})` },
    ]);
  }
  return {
    index,
    change,
    standardError,
    standardErrorOfDifference,
    criterion: 1.96,
    reliable: Math.abs(index) > 1.96,
    direction: change > 0 ? 'increase' : change < 0 ? 'decrease' : 'none',
  };
}
