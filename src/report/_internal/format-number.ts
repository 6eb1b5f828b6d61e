/**
 * How the reports write numbers: fixed decimals, an explicit sign, thousands separators, and the
 * true minus sign (U+2212) for a negative number. Pure.
 *
 * @module
 */

/** The true minus sign (U+2212) every Markdown report writes for a negative number. */
export const MINUS = '\u2212';

/** A number's text with a leading hyphen-minus as the true minus sign, and no "−0". */
function withMinus(text: string): string {
  if (/^-0(?:\.0+)?$/.test(text)) return text.slice(1);
  return text.startsWith('-') ? `${MINUS}${text.slice(1)}` : text;
}

/**
 * A number with a fixed count of decimals, or a dash for `null`; a negative number starts with
 * the true minus sign, as in {@link signed}.
 *
 * @param value - the number, or `null`
 * @param digits - decimals (default 2)
 * @returns the text
 */
export function fixed(value: number | null, digits = 2): string {
  if (value === null) return '–';
  return withMinus(value.toFixed(digits));
}

/**
 * A number with its sign always shown (`+0.40`, `−1.20`), or a dash for `null`.
 *
 * @param value - the number, or `null`
 * @param digits - decimals (default 2)
 * @returns the text
 */
export function signed(value: number | null, digits = 2): string {
  if (value === null) return '–';
  const text = fixed(value, digits);
  if (text.startsWith(MINUS)) return text;
  return /^0(\.0+)?$/.test(text) ? text : `+${text}`;
}

/**
 * An amount with thousands separators and at most `digits` decimals (`12,345.5`, `−2,120`).
 *
 * @param value - the amount
 * @param digits - the most decimals shown (default 0)
 * @returns the text
 */
export function amount(value: number, digits = 0): string {
  return withMinus(value.toLocaleString('en-GB', { maximumFractionDigits: digits, minimumFractionDigits: 0 }));
}
