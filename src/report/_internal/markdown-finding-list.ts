/**
 * Findings as the Markdown reports list them: severity, code, message and sources. Pure.
 *
 * @module
 */
import type { Finding } from '../../core/index.js';
import { escapeMarkdownText } from '../escape-markdown-text.js';
import { shortCitation } from './short-citation.js';

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
