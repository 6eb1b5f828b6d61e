/**
 * Placeholder for the HTML 360 report (issue 7): another helper writes the real page; this one
 * has the same signature and returns a minimal escaped page so that `--format html` can be wired
 * and tested. Replaced at merge.
 *
 * @module
 */
import type { Feedback360Report } from '../lmd/feedback360/feedback360-report.js';
import type { Instrument360 } from '../lmd/feedback360/instrument-360.js';

/** What the HTML report is rendered with besides the report itself. */
export interface Render360HtmlContext {
  /** The ratee the report is about. */
  readonly rateeId: string;
  /** The instrument (competency names, items). */
  readonly instrument: Instrument360;
  /** The organisation's name, when known. */
  readonly organisation?: string;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * A self-contained HTML page for one ratee's 360 report (placeholder: the report as JSON in a
 * `<pre>`).
 *
 * @param report - the ratee's report
 * @param context - the ratee id, instrument and organisation
 * @returns the HTML text
 */
export function render360Html(report: Feedback360Report, context: Render360HtmlContext): string {
  const title = escapeHtml(`360-degree feedback: ${context.rateeId}${context.organisation === undefined ? '' : ` (${context.organisation})`}`);
  return `<!doctype html>\n<html lang="en-GB">\n<head><meta charset="utf-8"><title>${title}</title></head>\n<body>\n<h1>${title}</h1>\n<pre>${escapeHtml(JSON.stringify(report, null, 2))}</pre>\n</body>\n</html>\n`;
}
