/**
 * How the HTML 360 report writes numbers and names: one place, so the page, its chart, its table
 * and the tests that read them agree to the character.
 *
 * @module
 */
import type { FindingSeverity } from '../../core/index.js';
import { raterGroupLabel, type RaterGroup } from '../../lmd/index.js';
import { fixed, signed } from './format-number.js';

/**
 * A mean rating as the page writes it: two decimals, no locale, so the same number is always the
 * same text (`3.67`), with the true minus sign (U+2212) when negative: the Markdown reports'
 * {@link fixed}, so both write a figure alike.
 *
 * @param value - a finite number
 * @returns the number with two decimals, a true minus sign when negative
 */
export function formatScore(value: number): string {
  return fixed(value);
}

/**
 * A difference (self − others) as the page writes it: two decimals with an explicit sign
 * (`+0.83`, `−0.50`, `0.00`); the Markdown reports' {@link signed}.
 *
 * @param value - a finite number
 * @returns the signed number
 */
export function formatGap(value: number): string {
  return signed(value);
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

/** How each finding severity is written on the page (a word, never a colour alone). */
export const severityLabels: Readonly<Record<FindingSeverity, string>> = {
  info: 'For information',
  advice: 'Advice',
  warning: 'Warning',
  risk: 'Risk',
};
