/**
 * Reports: pure renderers that turn lmdkit's results into text an app can store, send or show:
 * the self-contained HTML page and the Markdown report of one ratee's 360-degree feedback, the
 * Markdown summary of a 360 cohort, of an Investors in People L&M assessment and of an evaluation
 * case, and the JSON envelope the `lmdkit` command writes. Also {@link evaluateCase}, which runs
 * the evaluation functions over one evaluation case to give what
 * {@link renderEvaluationMarkdown} renders, and the Markdown building blocks the renderers use
 * (escaping, tables, sections), for apps that compose their own reports around them.
 *
 * No Node built-ins, no clock, no I/O: every function returns a string (or plain data) and the
 * same input gives the same bytes, in Node, browsers, Deno and notebooks. Every renderer shows
 * only what the result publishes, so a group hidden for anonymity never reaches a report.
 *
 * Import from `lmdkit/report` or `lmdkit`.
 *
 * @module report
 */
export { render360Html, html360ContentSecurityPolicy } from './render-360-html.js';
export type { Html360Context } from './render-360-html.js';
export { render360Markdown } from './render-360-markdown.js';
export type { Render360Context } from './render-360-markdown.js';
export { render360ParticipantMarkdown } from './render-360-participant-markdown.js';
export { render360ParticipantHtml } from './render-360-participant-html.js';
export { render360CohortHtml } from './render-360-cohort-html.js';
export { renderDevelopmentPlanMarkdown } from './render-development-plan-markdown.js';
export { renderDevelopmentPlanHtml } from './render-development-plan-html.js';
export type { DevelopmentPlanHtmlContext } from './render-development-plan-html.js';
export type { Html360CohortContext } from './render-360-cohort-html.js';
export type { Html360ParticipantContext } from './render-360-participant-html.js';
export type { Render360ParticipantContext } from './render-360-participant-markdown.js';
export { render360CohortMarkdown, render360CohortMarkdownStream } from './render-360-cohort-markdown.js';
export type { CohortMarkdown360Stream } from './render-360-cohort-markdown.js';
export { render360AgreementMarkdown } from './render-360-agreement-markdown.js';
export { renderIipMarkdown } from './render-iip-markdown.js';
export type { RenderIipOptions } from './render-iip-markdown.js';
export { evaluationCaseSchema } from './evaluation-case-schema.js';
export type { EvaluationCase, EvaluationCaseInput } from './evaluation-case-schema.js';
export { evaluateCase } from './evaluate-case.js';
export type { CaseEvaluation, GroupRates, RateChange } from './evaluate-case.js';
export { renderEvaluationMarkdown } from './render-evaluation-markdown.js';
export type { RenderEvaluationOptions } from './render-evaluation-markdown.js';
export { renderJsonReport } from './render-json-report.js';
export { escapeMarkdownText } from './escape-markdown-text.js';
export { markdownTable } from './markdown-table.js';
export type { ColumnAlign } from './markdown-table.js';
export { joinMarkdownSections } from './join-markdown-sections.js';
export { render360UnitsHtml } from './render-360-units-html.js';
export type { Html360UnitsContext } from './render-360-units-html.js';
export { render360UnitsMarkdown } from './render-360-units-markdown.js';
export { render360TrendMarkdown } from './render-360-trend-markdown.js';
