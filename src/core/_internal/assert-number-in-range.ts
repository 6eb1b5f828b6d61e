import { describeValue } from '../describe-value.js';
import { LmdInputError, type LmdInputPathKey } from '../input-error.js';

/** The bounds a single numeric argument must respect. @internal */
export interface NumberRange {
  /** The lowest allowed value (inclusive unless `minExclusive`). */
  readonly min?: number;
  /** The highest allowed value (inclusive unless `maxExclusive`). */
  readonly max?: number;
  /** Whether `min` itself is excluded. */
  readonly minExclusive?: boolean;
  /** Whether `max` itself is excluded. */
  readonly maxExclusive?: boolean;
  /** Whether the value must be a whole number. */
  readonly integer?: boolean;
}

/**
 * Checks that one argument is a finite number within a range, and throws an {@link LmdInputError}
 * naming the argument's path and value when it is not. Used by the hot numeric helpers for their
 * scalar arguments and options.
 *
 * @param value - the argument to check
 * @param path - where it sits, for the error (`options.scalePoints`)
 * @param range - the bounds it must respect
 * @throws LmdInputError when the value is not a finite number in range
 * @internal
 */
export function assertNumberInRange(value: unknown, path: readonly LmdInputPathKey[], range: NumberRange): asserts value is number {
  const fail = (expectation: string): never => {
    throw new LmdInputError([{ keys: path, message: `expected ${expectation} (received ${describeValue(value)})` }]);
  };
  if (typeof value !== 'number' || !Number.isFinite(value)) fail('a finite number');
  const number = value as number;
  if (range.integer === true && !Number.isInteger(number)) fail('a whole number');
  const { min, max } = range;
  if (min !== undefined && (range.minExclusive === true ? number <= min : number < min)) {
    fail(`a number ${range.minExclusive === true ? 'above' : 'of at least'} ${min}`);
  }
  if (max !== undefined && (range.maxExclusive === true ? number >= max : number > max)) {
    fail(`a number ${range.maxExclusive === true ? 'below' : 'of at most'} ${max}`);
  }
}
