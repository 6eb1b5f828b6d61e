// How the HTML 360 report tests look for a hidden rater group: its id or its label, as a word, in
// any text outside the "What is hidden and why" section, or as a token of any attribute value
// (data-group, id, class, aria-*) anywhere on the page. Titles of cited works (in <cite>) are the
// bibliography's words, not the report's ("Do managers see themselves as others see them?"). Shared by the string-level tests, the
// property test and the Chromium test, so all three apply one definition of a leak.
import { formatGap, formatScore } from '../../src/report/_internal/html-format.js';
import type { Feedback360Report } from '../../src/lmd/feedback360/feedback360-report.js';
import type { RaterGroup } from '../../src/lmd/feedback360/rater-group.js';

// A word, not part of a hyphenated compound such as "self-other agreement" (a bibliography title).
const word = (source: string, flags = 'i'): RegExp => new RegExp(`(?<![\\w-])${source}(?![\\w-])`, flags);
/** The words that would name a group in running text. */
const namePatterns: Readonly<Record<RaterGroup, readonly RegExp[]>> = {
  self: [word('self')],
  manager: [word('managers?')],
  peer: [word('peers?')],
  'direct-report': [word('direct[- ]reports?')],
  // "other" as a word (the page's label is "Other raters"), and the library's label "Others"
  // except in the pooled figure's "All others".
  other: [word('other'), word('(?<!\\ball )Others', '')],
};

/** The patterns that find a group's name in a text. */
export function groupNamePatterns(group: RaterGroup): readonly RegExp[] {
  return namePatterns[group];
}

/** A text that names one of the groups, with the pattern that matched, or `null`. */
export function namedGroup(text: string, groups: readonly RaterGroup[]): string | null {
  for (const group of groups) {
    for (const pattern of namePatterns[group]) {
      const match = pattern.exec(text);
      if (match !== null) return `${group}: "${match[0]}" in "${text.slice(Math.max(0, match.index - 60), match.index + 60)}"`;
    }
  }
  return null;
}

/**
 * Whether an attribute value names a group: its id as a token (`data-group="peer direct-report"`),
 * or its name as a word, as running text would (`aria-label="Peers: 1.50"`, `title="Other raters"`):
 * assistive technology reads such attributes aloud.
 */
export function attributeNamesGroup(value: string, groups: readonly RaterGroup[]): boolean {
  const asToken = value.split(/[\s,;#]+/).some((token) => (groups as readonly string[]).includes(token) || groups.some((group) => token.startsWith(`${group}-`) || token.endsWith(`-${group}`)));
  return asToken || namedGroup(value, groups) !== null;
}

const hiddenSection = /<section id="hidden"[\s\S]*?<\/section>/;

/** The page without its "What is hidden and why" section. */
export function withoutHiddenSection(html: string): string {
  if (!hiddenSection.test(html)) throw new Error('the page has no "What is hidden and why" section');
  return html.replace(hiddenSection, '');
}

const entities: Readonly<Record<string, string>> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

/** The text of a piece of markup (tags dropped, the page's few entities decoded), without the style sheet. */
export function textOf(html: string): string {
  return html
    .replace(/<style[\s\S]*?<\/style>/g, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(amp|lt|gt|quot|#39);/g, (entity) => entities[entity] ?? entity)
    .replace(/&[a-z]+;/g, ' ');
}

/** Every attribute value in a piece of markup. */
export function attributeValues(html: string): string[] {
  return [...html.matchAll(/\s[\w:-]+="([^"]*)"/g)].map((match) => match[1] ?? '');
}

/**
 * Every way a page shows a hidden group at string level: its name in text outside the hidden
 * section, a token in any attribute, a table header or chart label for it.
 */
export function leaksInHtml(html: string, hidden: readonly RaterGroup[]): string[] {
  if (hidden.length === 0) return [];
  const problems: string[] = [];
  const named = namedGroup(textOf(withoutHiddenSection(html).replace(/<cite>[^<]*<\/cite>/g, ' ')), hidden);
  if (named !== null) problems.push(`text outside the hidden section names ${named}`);
  for (const value of attributeValues(html)) {
    if (attributeNamesGroup(value, hidden)) problems.push(`an attribute names a hidden group: "${value}"`);
  }
  return problems;
}

/** The numbers a page may publish with decimals: the report's figures, written as the page writes them. */
export function publishedNumbers(report: Feedback360Report): Set<string> {
  const numbers = new Set<string>();
  const add = (value: number | null | undefined): void => {
    if (value === null || value === undefined) return;
    numbers.add(formatScore(value));
    numbers.add(formatGap(value));
  };
  for (const competency of report.competencies) {
    add(competency.self?.mean);
    add(competency.others?.mean);
    add(competency.gap);
    for (const figure of competency.groups) add(figure.mean);
  }
  for (const item of report.items) {
    add(item.self?.mean);
    add(item.others?.mean);
    add(item.gap);
    for (const figure of item.groups) add(figure.mean);
  }
  add(report.agreement?.self);
  add(report.agreement?.others);
  add(report.agreement?.difference);
  add(report.agreementBand.lower);
  add(report.agreementBand.upper);
  add(report.agreementBand.othersCutOff);
  return numbers;
}

/** A number with two decimals as the page writes figures (`3.17`, `+0.83`, `−0.50`). */
export const figurePattern = /(?<![\d.])[+\u2212-]?\d+\.\d{2}(?![\d.])/g;

/** The attributes the page may carry. No `title` (a tooltip could hold a raw value), no `data-*` but `data-group`. */
const allowedAttributes = new Set(
  'lang charset name content http-equiv class id href scope role aria-labelledby aria-hidden data-group viewBox width height x y x1 x2 y1 y2 rx fill stroke stroke-width font-size font-weight font-style text-anchor focusable'.split(' '),
);

/**
 * Every figure or count on a page that the report does not publish: a two-decimal number that is
 * none of the report's figures, a count of raters other than a shown unit's size, the pooled
 * all-others count or the policy's minimums, and any attribute outside the page's known set (a
 * `title` tooltip or a `data-n` would carry a number no reader sees). Empty for a sound page.
 */
export function unpublishedNumbersInHtml(html: string, report: Feedback360Report): string[] {
  const problems: string[] = [];
  const text = textOf(html.replace(/<cite>[^<]*<\/cite>/g, ' '));
  const published = publishedNumbers(report);
  for (const figure of text.match(figurePattern) ?? []) {
    if (!published.has(figure)) problems.push(`the figure ${figure} is not one the report publishes`);
  }
  const counts = new Set([
    ...report.shownGroups.map((shown) => shown.raters),
    report.agreement?.othersN ?? -1,
    report.policy.minGroupSize,
    report.policy.minOthersSize,
  ]);
  for (const match of text.matchAll(/(\d+)\s+raters?\b/g)) {
    if (!counts.has(Number(match[1]))) problems.push(`the count "${match[0]}" is not one the report publishes`);
  }
  for (const match of html.matchAll(/\s([\w:-]+)="/g)) {
    const name = match[1] ?? '';
    if (!allowedAttributes.has(name)) problems.push(`the attribute ${name} is not one the page uses`);
  }
  return problems;
}
