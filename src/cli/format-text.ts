/**
 * Small formatting helpers shared by the Markdown writers. Pure.
 *
 * @module
 */
import type { Finding } from '../core/finding.js';
import { references } from '../core/references.js';
import { escapeMarkdownText } from './markdown-escape.js';

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

/**
 * A count with its noun, singular for one (`1 item`, `15 items`, `0 items`).
 *
 * @param count - the count
 * @param noun - the noun in the singular
 * @param plural - the plural (default the noun with an `s`)
 * @returns the text
 */
export function counted(count: number, noun: string, plural = `${noun}s`): string {
  return `${count} ${count === 1 ? noun : plural}`;
}

/**
 * A short citation for a bibliography id: `Day (2000)`, `Atwater & Waldman (1998)`,
 * `Smither et al. (2005)`; the id itself if the bibliography does not hold it.
 *
 * @param id - a bibliography id
 * @returns the short citation
 */
export function shortCitation(id: string): string {
  const entry = Object.hasOwn(references, id) ? (references as Record<string, { authors: readonly string[]; year: number }>)[id] : undefined;
  return entry === undefined ? id : authorsAndYear(entry.authors, entry.year);
}

/**
 * A work's short in-text form, after APA 7: one or two surnames (`Day (2000)`,
 * `Atwater & Waldman (1998)`), or the first surname and "et al." for three or more
 * (`Smither et al. (2005)`). The Markdown and HTML reports both cite this way.
 *
 * @param authors - the authors as the bibliography writes them (`Surname, I.` or a body's name)
 * @param year - the year of publication
 * @returns the short citation
 */
export function authorsAndYear(authors: readonly string[], year: number): string {
  const names = authors.map((author) => author.split(',')[0]?.trim() ?? author);
  const who = names.length <= 2 ? names.join(' & ') : `${names[0] ?? ''} et al.`;
  return `${who} (${year})`;
}

/**
 * The sources of a finding, as short citations (`Sources: …`), or `''` when it names none.
 *
 * @param finding - a finding
 * @returns the text
 */
export function findingSources(finding: Finding): string {
  return finding.basis.length === 0 ? '' : ` Sources: ${finding.basis.map(shortCitation).join('; ')}.`;
}

/**
 * A bullet list of findings: severity, code, message and sources; "No findings." when empty. The
 * message is escaped ({@link escapeMarkdownText}): the library's messages may quote the user's data.
 *
 * @param findings - the findings
 * @param withSources - whether to name the sources (default true)
 * @returns the list's lines
 */
export function findingList(findings: readonly Finding[], withSources = true): string[] {
  if (findings.length === 0) return ['No findings.'];
  return findings.map((finding) => `- **${finding.severity}** \`${finding.code}\`: ${escapeMarkdownText(finding.message)}${withSources ? findingSources(finding) : ''}`);
}

/**
 * Joins report sections (each a list of lines) with one blank line between them, ending with a
 * newline.
 *
 * @param sections - the sections
 * @returns the report text
 */
export function joinSections(sections: readonly (readonly string[])[]): string {
  return `${sections
    .filter((section) => section.length > 0)
    .map((section) => section.join('\n'))
    .join('\n\n')}\n`;
}
