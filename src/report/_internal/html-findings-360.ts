/**
 * Findings and readiness as the HTML 360 report writes them: each finding with its severity in
 * words (the badge colour only repeats it), its message, its stable code and its sources.
 *
 * @module
 */
import { joinWithAnd } from '../../core/_internal/join-with-and.js';
import { feedbackReadinessModeratorLabels, type Feedback360Finding, type FeedbackReadiness, type FeedbackReadinessModerator } from '../../lmd/index.js';
import { escapeHtml } from './html-escape.js';
import { severityLabels } from './html-format.js';
import type { SourceList } from './html-sources.js';

/**
 * A list of findings.
 *
 * @param findings - the findings, in the order to show them, each with its index in `report.findings`
 * @param sources - the page's sources list, which records what is cited
 * @returns the list markup
 */
export function findingList(findings: readonly { readonly finding: Feedback360Finding; readonly index: number }[], sources: SourceList): string {
  const items = findings.map(({ finding, index }) => {
    const cited = finding.basis.length === 0 ? '' : ` · Sources: ${sources.cite(finding.basis, ['report', 'findings', index, 'basis'])}`;
    return (
      `<li><span class="badge badge-${escapeHtml(finding.severity)}">${escapeHtml(severityLabels[finding.severity] ?? finding.severity)}</span>` +
      `<p class="finding-message">${escapeHtml(finding.message)}</p>` +
      `<p class="finding-meta">Code <code>${escapeHtml(finding.code)}</code>${cited}</p></li>`
    );
  });
  return `<ul class="findings">${items.join('')}</ul>`;
}


const bandWords: Readonly<Record<FeedbackReadiness['band'], string>> = {
  unknown: 'not known (too little is known to judge)',
  low: 'low',
  moderate: 'moderate',
  high: 'high',
};

/**
 * A paragraph on how ready the ratee's situation is for the feedback to help: the band and the
 * conditions known to be in place, known to be missing, and not known.
 *
 * @param readiness - the report's readiness judgement
 * @returns the paragraph markup
 */
export function readinessSummary(readiness: FeedbackReadiness): string {
  const words = (moderators: readonly FeedbackReadinessModerator[]): string => joinWithAnd(moderators.map((moderator) => feedbackReadinessModeratorLabels[moderator] ?? moderator));
  const parts: string[] = [];
  if (readiness.favourable.length > 0) parts.push(`In place: ${escapeHtml(words(readiness.favourable))}.`);
  if (readiness.unfavourable.length > 0) parts.push(`Missing: ${escapeHtml(words(readiness.unfavourable))}.`);
  if (readiness.unknown.length > 0) parts.push(`Not known: ${escapeHtml(words(readiness.unknown))}.`);
  return (
    `<div class="callout"><p><strong>How likely the feedback is to lead to improvement: ${escapeHtml(bandWords[readiness.band] ?? readiness.band)}.</strong> ` +
    `This reads the conditions under which 360-degree feedback has been followed by improvement.</p><p>${parts.join(' ')}</p></div>`
  );
}
