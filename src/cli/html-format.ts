/**
 * How the HTML 360 report writes numbers and names: one place, so the page, its chart, its table
 * and the tests that read them agree to the character.
 *
 * @module
 */
import type { FindingSeverity } from '../core/finding.js';
import type { RaterGroup } from '../lmd/feedback360/rater-group.js';
import { raterGroupLabel } from '../lmd/feedback360/self-others-chart-spec.js';

/** The minus sign the page writes (U+2212), wider and clearer than a hyphen. */
export const minusSign = '\u2212';

/**
 * A mean rating as the page writes it: two decimals, no locale, so the same number is always the
 * same text (`3.67`).
 *
 * @param value - a finite number
 * @returns the number with two decimals, a true minus sign when negative
 */
export function formatScore(value: number): string {
  const text = value.toFixed(2);
  if (text === '-0.00') return '0.00';
  return text.startsWith('-') ? `${minusSign}${text.slice(1)}` : text;
}

/**
 * A difference (self − others) as the page writes it: two decimals with an explicit sign
 * (`+0.83`, `−0.50`, `0.00`).
 *
 * @param value - a finite number
 * @returns the signed number
 */
export function formatGap(value: number): string {
  const text = formatScore(value);
  return text === '0.00' || text.startsWith(minusSign) ? text : `+${text}`;
}

/**
 * The label of a group or merged set of groups (`Manager`, `Peers + Direct reports`), as the
 * library's chart spec labels them, except that the `other` group is `Other raters`: on a page
 * that also shows "All others", a group called "Others" would be misread.
 *
 * @param groups - the groups pooled
 * @returns their label
 */
export function groupLabel(groups: readonly RaterGroup[]): string {
  return groups.map((group) => (group === 'other' ? 'Other raters' : raterGroupLabel([group], false))).join(' + ');
}

/** The label of the pooled all-others figure. */
export const allOthersLabel = 'All others';

/**
 * `1 rater`, `5 raters`.
 *
 * @param count - how many
 * @param noun - the singular noun
 * @returns the count and the noun, plural unless the count is 1
 */
export function countOf(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** How each finding severity is written on the page (a word, never a colour alone). */
export const severityLabels: Readonly<Record<FindingSeverity, string>> = {
  info: 'For information',
  advice: 'Advice',
  warning: 'Warning',
  risk: 'Risk',
};
