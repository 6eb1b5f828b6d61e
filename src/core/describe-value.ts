const MAX_LENGTH = 60;

/**
 * A short, printable description of any value, for error messages.
 *
 * Strings are quoted, numbers keep `NaN` and `Infinity` visible, objects are shown as JSON cut to
 * 60 characters, and a missing value reads `undefined`.
 *
 * @param value - anything a caller passed
 * @returns a one-line description, at most about 60 characters
 * @example
 * describeValue('boss') //=> '"boss"'
 * describeValue(Number.NaN) //=> 'NaN'
 * describeValue(undefined) //=> 'undefined'
 * @see {@link LmdInputError}
 */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean') return String(value);
  if (typeof value === 'symbol' || typeof value === 'function') return typeof value;
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = Object.prototype.toString.call(value);
  }
  return text.length > MAX_LENGTH ? `${text.slice(0, MAX_LENGTH - 1)}…` : text;
}
