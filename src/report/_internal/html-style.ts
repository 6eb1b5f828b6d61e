/**
 * The look of the HTML 360 report: a named palette (tested against the WCAG 2.2 contrast minimums:
 * 4.5:1 for text, 3:1 for chart marks) and the page's inline style sheet, in relative units so the
 * page reflows at 200% zoom, with print styles.
 *
 * Source: W3C, Web Content Accessibility Guidelines (WCAG) 2.2, success criteria 1.4.3 (contrast,
 * minimum), 1.4.11 (non-text contrast), 1.4.1 (use of colour) and 1.4.10 (reflow).
 *
 * @module
 */
import type { FindingSeverity } from '../../core/index.js';
import type { RaterGroup } from '../../lmd/index.js';

/** The page's colours. Text colours are for use on `background` and `panel`. */
export const htmlPalette = {
  /** The page background. */
  background: '#ffffff',
  /** The background of the header and callouts. */
  panel: '#f4f2ec',
  /** Body text. */
  text: '#1f2328',
  /** Secondary text (captions, codes, notes). */
  mutedText: '#565e66',
  /** Headings and links. */
  accent: '#1d4e89',
  /** Hairlines and table rules (decorative; not needed to read anything). */
  rule: '#d5d2c8',
  /** Chart gridlines (decorative). */
  grid: '#e3e1da',
} as const;

/** The colour of each series' bars in the chart: the group's own, or the pooled all-others figure. */
export const seriesColours: Readonly<Record<RaterGroup | 'all-others', string>> = {
  self: '#1d4e89',
  manager: '#8a4b08',
  peer: '#2f6f3e',
  'direct-report': '#6b3fa0',
  other: '#9c2f5a',
  'all-others': '#4a5560',
};

/** The background of each severity's badge; the badge text is white and says the severity in words. */
export const severityColours: Readonly<Record<FindingSeverity, string>> = {
  info: '#1d4e89',
  advice: '#2f6f3e',
  warning: '#8a4b08',
  risk: '#a4262c',
};

/** The text colour on severity badges. */
export const badgeText = '#ffffff';

/**
 * The page's style sheet (inline: the page loads nothing). Sizes are in `rem`/`em`/`%` so that
 * text and layout scale with the reader's zoom and font size.
 *
 * @returns the CSS text
 */
export function reportStyleSheet(): string {
  const p = htmlPalette;
  return `
:root { color-scheme: light; }
* { box-sizing: border-box; }
html { font-size: 100%; -webkit-text-size-adjust: 100%; }
body { margin: 0; background: ${p.background}; color: ${p.text};
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  line-height: 1.55; }
.skip-link { position: absolute; left: -100rem; top: 0; padding: 0.5rem 1rem; background: ${p.background}; color: ${p.accent}; }
.skip-link:focus { left: 1rem; top: 1rem; z-index: 1; outline: 0.2rem solid ${p.accent}; }
header.report-header { background: ${p.panel}; border-bottom: 0.0625rem solid ${p.rule}; }
.wrap { max-width: 52rem; margin: 0 auto; padding: 0 1.25rem; }
header.report-header .wrap { padding-top: 1.75rem; padding-bottom: 1.5rem; }
.eyebrow { margin: 0 0 0.25rem; color: ${p.mutedText}; font-size: 0.875rem; letter-spacing: 0.04em; text-transform: uppercase; }
h1 { margin: 0; font-size: 1.875rem; line-height: 1.25; font-weight: 650; color: ${p.text}; overflow-wrap: anywhere; }
.lede { margin: 0.75rem 0 0; color: ${p.mutedText}; max-width: 42rem; }
main { padding-bottom: 3rem; }
section { margin-top: 2.5rem; }
h2 { margin: 0 0 0.75rem; font-size: 1.375rem; line-height: 1.3; color: ${p.accent}; font-weight: 650;
  padding-bottom: 0.375rem; border-bottom: 0.0625rem solid ${p.rule}; }
h3 { margin: 1.5rem 0 0.5rem; font-size: 1.0625rem; line-height: 1.35; }
p, ul, ol, dl { margin: 0 0 0.875rem; }
li { margin-bottom: 0.375rem; }
a { color: ${p.accent}; text-underline-offset: 0.15em; }
a:focus-visible { outline: 0.15rem solid ${p.accent}; outline-offset: 0.1rem; }
.note { color: ${p.mutedText}; font-size: 0.9375rem; }
.key-figures { display: grid; grid-template-columns: repeat(auto-fit, minmax(10rem, 1fr)); gap: 0.75rem; margin: 0 0 1rem; }
.key-figures div { background: ${p.panel}; border-radius: 0.375rem; padding: 0.75rem 1rem; }
.key-figures dt { font-size: 0.875rem; color: ${p.mutedText}; }
.key-figures dd { margin: 0.125rem 0 0; font-size: 1.5rem; font-weight: 650; font-variant-numeric: tabular-nums; }
.callout { background: ${p.panel}; border-left: 0.25rem solid ${p.accent}; padding: 0.875rem 1rem; border-radius: 0 0.375rem 0.375rem 0; margin: 0 0 1rem; }
.callout p:last-child { margin-bottom: 0; }
figure { margin: 0 0 1.25rem; }
figcaption { font-weight: 600; margin-bottom: 0.5rem; }
.chart { display: block; width: 100%; height: auto; background: ${p.background}; }
.table-wrap { overflow-x: auto; margin: 0 0 1.25rem; }
table { border-collapse: collapse; width: 100%; font-variant-numeric: tabular-nums; }
caption { text-align: left; font-weight: 600; padding-bottom: 0.5rem; }
th, td { padding: 0.4rem 0.6rem; border-bottom: 0.0625rem solid ${p.rule}; text-align: right; vertical-align: top; }
th[scope="row"], td.text, th.text { text-align: left; }
thead th { border-bottom: 0.125rem solid ${p.text}; font-weight: 600; }
th[scope="row"] { font-weight: 500; }
.findings { list-style: none; padding: 0; }
.findings li { border: 0.0625rem solid ${p.rule}; border-radius: 0.375rem; padding: 0.75rem 1rem; margin-bottom: 0.75rem; }
.badge { display: inline-block; padding: 0.05rem 0.5rem; border-radius: 0.25rem; color: ${badgeText}; font-size: 0.8125rem; font-weight: 650; letter-spacing: 0.02em; margin-right: 0.5rem; }
${severityRules()}
.finding-message { margin: 0.375rem 0 0.25rem; }
.finding-meta { margin: 0; color: ${p.mutedText}; font-size: 0.875rem; }
code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: 0.9em; overflow-wrap: anywhere; }
.sources li { overflow-wrap: anywhere; }
footer { border-top: 0.0625rem solid ${p.rule}; color: ${p.mutedText}; font-size: 0.875rem; padding: 1rem 0 2rem; }
@media (max-width: 30rem) { h1 { font-size: 1.5rem; } .wrap { padding: 0 0.875rem; } table { font-size: 0.875rem; } th, td { padding: 0.35rem 0.3rem; } }
.item-detail { margin-top: 1rem; }
.item-detail summary { cursor: pointer; font-weight: 600; padding: 0.5rem 0; }
@media print {
  @page { margin: 1.5cm; }
  body { font-size: 10.5pt; }
  .skip-link { display: none; }
  header.report-header { background: none; border-bottom: 0.0625rem solid #000000; }
  .wrap { max-width: none; padding: 0; }
  section { margin-top: 1.25rem; }
  h2, h3 { break-after: avoid; page-break-after: avoid; }
  figure, table, .findings li, .callout, .key-figures { break-inside: avoid; page-break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
  /* Browsers drop background colours when printing unless asked: white badge text would vanish. */
  .badge { background: none; color: #000000; border: 0.0625rem solid #000000; }
  .table-wrap { overflow: visible; }
}
`.trim();
}

function severityRules(): string {
  return (Object.keys(severityColours) as FindingSeverity[]).map((severity) => `.badge-${severity} { background: ${severityColours[severity]}; }`).join('\n');
}
