import * as z from 'zod';
import { describeValue } from '../../core/describe-value.js';
import { LmdInputError, type LmdInputPathKey } from '../../core/input-error.js';

/**
 * What one numeric field of an HR-metric input must be: finite, at least `min` (strictly more when
 * `minExclusive`), at most `max` (default {@link MEASURE_CEILING}), and a whole number when `integer`.
 *
 * @internal
 */
export interface MeasureRule {
  readonly min: number;
  readonly minExclusive?: boolean;
  readonly max?: number;
  readonly integer?: boolean;
}

/**
 * The largest value a metric input accepts unless its rule says otherwise (10¹⁵): far above any
 * real headcount, hour count or budget, and low enough that the arithmetic stays finite.
 *
 * @internal
 */
export const MEASURE_CEILING = 1e15;

/** Throws an {@link LmdInputError} with one issue. @internal */
export function failInput(path: readonly LmdInputPathKey[], message: string): never {
  throw new LmdInputError([{ keys: path, message }]);
}

/** Whether a value breaks a rule; returns the message to report, or `null`. */
function breach(value: unknown, rule: MeasureRule): string | null {
  if (typeof value !== 'number' || !Number.isFinite(value)) return 'expected a finite number';
  if (rule.integer === true && !Number.isInteger(value)) return 'expected a whole number';
  if (rule.minExclusive === true ? value <= rule.min : value < rule.min) {
    return `expected a number ${rule.minExclusive === true ? 'greater than' : 'of at least'} ${rule.min}`;
  }
  const max = rule.max ?? MEASURE_CEILING;
  if (value > max) return `expected a number of at most ${max}`;
  return null;
}

/**
 * Checks a single number against a rule, without zod (for the hot numeric helpers).
 *
 * @internal
 */
export function readMeasure(value: unknown, path: readonly LmdInputPathKey[], rule: MeasureRule): number {
  const problem = breach(value, rule);
  if (problem !== null) failInput(path, `${problem} (received ${describeValue(value)})`);
  // Adding 0 reads a negative zero as 0, so it cannot reach a result.
  return (value as number) + 0;
}

/**
 * Checks a plain object of numbers against one rule per key, without zod, so that a consumer who
 * imports only a metric does not bundle zod. Unknown keys are rejected, as a strict zod object would.
 *
 * @internal
 */
export function readMeasures<Key extends string>(
  input: unknown,
  name: readonly LmdInputPathKey[],
  rules: Readonly<Record<Key, MeasureRule>>,
): Record<Key, number> {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    failInput(name, `expected an object (received ${describeValue(input)})`);
  }
  const record = input as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (!Object.hasOwn(rules, key)) failInput([...name, key], 'this key is not recognised (check its spelling)');
  }
  const result = {} as Record<Key, number>;
  for (const key of Object.keys(rules) as Key[]) {
    result[key] = readMeasure(record[key], [...name, key], rules[key]);
  }
  return result;
}

/**
 * Builds the zod schema equivalent of a table of {@link MeasureRule}s, so the exported schema and
 * the hand-written check cannot drift apart.
 *
 * @internal
 */
export function measuresSchema<Key extends string>(
  rules: Readonly<Record<Key, MeasureRule>>,
): z.ZodObject<Record<Key, z.ZodNumber>, z.core.$strict> {
  const shape = {} as Record<Key, z.ZodNumber>;
  for (const key of Object.keys(rules) as Key[]) {
    const rule = rules[key];
    let field = rule.integer === true ? z.int() : z.number();
    field = rule.minExclusive === true ? field.gt(rule.min) : field.min(rule.min);
    field = field.max(rule.max ?? MEASURE_CEILING);
    shape[key] = field;
  }
  return z.strictObject(shape);
}

/**
 * Returns a computed result, or throws naming `path` when it is not finite (a denominator so close
 * to 0 that the result overflows), so no metric ever returns Infinity or NaN.
 *
 * @internal
 */
export function finiteResult(value: number, path: readonly LmdInputPathKey[], received: number): number {
  if (!Number.isFinite(value)) {
    failInput(path, `is too small for the result to be represented (received ${describeValue(received)})`);
  }
  return value + 0;
}

/**
 * `part × 100 ÷ whole`: a percentage as a 0–100 number. Multiplying first keeps round figures
 * round (18 of 150 is exactly 12). Throws, naming `wholePath`, when the result would not be finite.
 *
 * @internal
 */
export function percentOf(part: number, whole: number, wholePath: readonly LmdInputPathKey[]): number {
  return finiteResult((part * 100) / whole, wholePath, whole);
}
