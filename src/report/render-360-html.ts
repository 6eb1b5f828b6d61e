/**
 * The self-contained HTML page for one ratee's 360-degree feedback report (`lmdkit 360 --format
 * html`): inline CSS and SVG, no script, no network, a strict Content Security Policy; headings in
 * order, a table alternative to the chart, contrast to WCAG 2.2 AA. It shows only what the report
 * publishes: a hidden group has no figure, mark, column, label or attribute on the page, and is
 * named only in the "What is hidden and why" section.
 *
 * Pure: no Node built-ins, no clock; the same report and context give the same string.
 *
 * @module
 */
import { joinWithAnd } from '../core/_internal/join-with-and.js';
import type { Comments360, Feedback360Finding, Feedback360Report, Instrument360, RateeCycleComparison360, SelfOtherAgreementCategory } from '../lmd/index.js';
import { checkComparisonAgainstView } from './_internal/check-comparison-360.js';
import { trendChart360, trendTable360 } from './_internal/trend-360.js';
import { trendIntro360 } from './_internal/trend-table-360.js';
import { commentsSection360 } from './_internal/html-comments-360.js';
import {
  bandHoldsZero,
  categoryMeanings,
  categoryMeaningsOffZero,
  categoryWords,
  categoryWordsOffZero,
  sixWayWords,
  tolerance,
} from './_internal/agreement-words-360.js';
import { checkReportAgainstInstrument } from './_internal/check-report-against-instrument.js';
import { counted } from './_internal/counted.js';
import { chartSeries360, competencyChart360, competencyTable360, type ChartSource360 } from './_internal/html-chart-360.js';
import { itemsSection360 } from './_internal/html-items-360.js';
import { escapeHtml } from './_internal/html-escape.js';
import { findingList, readinessSummary } from './_internal/html-findings-360.js';
import { allOthersLabel, formatGap, formatScore, groupLabel, severityLabels } from './_internal/html-format.js';
import { LmdInputError } from '../core/index.js';
import { hiddenSection360, hiddenSectionFindingCodes } from './_internal/html-hidden-360.js';
import { createSourceList, type SourceList } from './_internal/html-sources.js';
import { htmlPage, htmlSection, pageContentSecurityPolicy } from './_internal/html-page.js';
import { itemLabeller } from './_internal/item-label.js';

/**
 * What {@link render360Html} needs besides the report: whose it is, the instrument it was built
 * from, and optional labels.
 *
 * @see {@link render360Html}
 */
export interface Html360Context {
  /** The ratee's id (shown in the title; escaped). */
  readonly rateeId: string;
  /** The instrument the report was built from (checked against the report). */
  readonly instrument: Instrument360;
  /** The organisation's name, shown in the header when given. */
  readonly organisation?: string;
  /** The page title; default `360-degree feedback: ${rateeId}`. */
  readonly title?: string;
  /** The comments the report may show ({@link publishComments360}); without them the page has no comments section. */
  readonly comments?: Comments360;
  /** The ratee's comparison with earlier cycles (an entry of {@link compareCycles360}'s `ratees`); without it the page has no trend section. */
  readonly comparison?: RateeCycleComparison360;
}

/**
 * The Content Security Policy {@link render360Html} writes into the page's `<meta>`: nothing may
 * load; inline styles and `data:` images only. A server that sends the page can send the same
 * policy as a header.
 *
 * @example
 * html360ContentSecurityPolicy.startsWith("default-src 'none'") //=> true
 * @see {@link render360Html}
 */
export const html360ContentSecurityPolicy = pageContentSecurityPolicy;

interface Page {
  readonly report: Feedback360Report;
  readonly context: Html360Context;
  readonly sources: SourceList;
  readonly itemLabel: (itemId: string) => string;
}

const section = htmlSection;

function summarySection({ report }: Page): string {
  const parts: string[] = [];
  const { agreement } = report;
  if (agreement === null) {
    parts.push(
      `<p>Overall agreement cannot be judged: ${report.competencies.some((competency) => competency.self !== null) ? `no item has both a self-rating and an &ldquo;${allOthersLabel}&rdquo; figure` : 'there is no self-rating'}.</p>`,
    );
  } else {
    parts.push(`<p class="callout"><strong>Overall agreement: ${escapeHtml(wordsOf(report)[agreement.category])}.</strong></p>`);
    parts.push(
      '<dl class="key-figures">' +
        `<div><dt>Self, overall</dt><dd>${formatScore(agreement.self)}</dd></div>` +
        `<div><dt>${allOthersLabel}, overall</dt><dd>${formatScore(agreement.others)}</dd></div>` +
        `<div><dt>Gap (self &minus; others)</dt><dd>${formatGap(agreement.difference)}</dd></div>` +
        '</dl>',
    );
    parts.push(
      `<p>Means over the ${counted(agreement.items, 'item')} where both a self-rating and an &ldquo;${allOthersLabel}&rdquo; figure are shown, on the ${report.scale.min} to ${report.scale.max} scale. ` +
        `&ldquo;${allOthersLabel}&rdquo; there pools ${counted(agreement.othersN, 'rater')}: ${escapeHtml(joinWithAnd(agreement.othersGroups.map((group) => groupLabel([group]))))}.</p>`,
    );
  }
  const who = report.shownGroups.map((shown) => {
    const note = shown.identifiable ? ' (shown whatever the number, so identifiable)' : shown.merged ? ' (groups shown together)' : '';
    return `<li><span data-group="${escapeHtml(shown.groups.join(' '))}">${escapeHtml(groupLabel(shown.groups))}</span>: ${counted(shown.raters, 'rater')}${note}</li>`;
  });
  parts.push(
    who.length === 0
      ? '<p>No rater group is shown.</p>'
      : `<h3>Who gave feedback that is shown</h3><ul>${who.join('')}</ul><p class="note">Some ratings may not be shown; see <a href="#hidden">What is hidden and why</a>.</p>`,
  );
  return section('summary', 'Summary', parts.join(''));
}

function chartSection({ report }: Page): string {
  const source: ChartSource360 = { scale: report.scale, shownGroups: report.shownGroups, rows: report.competencies };
  const series = chartSeries360(source);
  if (series.length === 0) return section('by-competency', 'Self and others by competency', '<p>No competency figure is shown.</p>');
  return section(
    'by-competency',
    'Self and others by competency',
    '<p>Mean rating for each competency: the ratee\u2019s own rating, each group shown, and all others together. Each competency figure averages the shown item figures of its items.</p>' +
      `<figure aria-labelledby="chart-caption"><figcaption id="chart-caption">Self and others by competency, on the ${report.scale.min} to ${report.scale.max} scale</figcaption>${competencyChart360(source, series)}</figure>` +
      competencyTable360(source, series),
  );
}

function bandText(report: Feedback360Report): string {
  return `${formatGap(report.agreementBand.lower)} to ${formatGap(report.agreementBand.upper)}`;
}

function wordsOf(report: Feedback360Report): Readonly<Record<SelfOtherAgreementCategory, string>> {
  return bandHoldsZero(report.agreementBand) ? categoryWords : categoryWordsOffZero;
}

/** How a gap reads against the band, as the library flags items: above or below it beyond the tolerance, else in line. */
function reading(gap: number | null, report: Feedback360Report): string {
  const band = report.agreementBand;
  if (gap === null) return 'No gap: self or all others not shown';
  const inWords = bandHoldsZero(band);
  if (gap - band.upper > tolerance) return inWords ? 'Self higher than others' : 'Above the agreement band';
  if (band.lower - gap > tolerance) return inWords ? 'Self lower than others' : 'Below the agreement band';
  return 'In line';
}

function gapsSection({ report }: Page): string {
  const rows = report.competencies.map(
    (competency) =>
      `<tr><th scope="row">${escapeHtml(competency.name)}</th>` +
      `<td>${competency.self === null ? 'not shown' : formatScore(competency.self.mean)}</td>` +
      `<td>${competency.others === null ? 'not shown' : formatScore(competency.others.mean)}</td>` +
      `<td>${competency.gap === null ? 'none' : formatGap(competency.gap)}</td>` +
      `<td class="text">${reading(competency.gap, report)}</td></tr>`,
  );
  return section(
    'gaps',
    'Gaps by competency',
    `<p>The gap is the self-rating minus the &ldquo;${allOthersLabel}&rdquo; rating. A positive gap means the ratee rates themself higher than others do; a negative gap, lower. ` +
      `Gaps from ${bandText(report)} (both included) count as in line.</p>` +
      '<div class="table-wrap"><table><caption>Self minus all others, by competency</caption>' +
      `<thead><tr><th scope="col" class="text">Competency</th><th scope="col">Self</th><th scope="col">${allOthersLabel}</th><th scope="col">Gap</th><th scope="col" class="text">Reading</th></tr></thead>` +
      `<tbody>${rows.join('')}</tbody></table></div>`,
  );
}

/** "1 scale point" or "N scale points". */
function pointsText(points: number): string {
  return points === 1 ? '1 scale point' : `${formatScore(points)} scale points`;
}

function flaggedTable(page: Page, ids: readonly string[], caption: string): string {
  const rows = ids.map((itemId) => {
    const item = page.report.items.find((candidate) => candidate.itemId === itemId);
    return (
      `<tr><th scope="row">${page.itemLabel(itemId)}</th>` +
      `<td>${item?.self === null || item?.self === undefined ? 'not shown' : formatScore(item.self.mean)}</td>` +
      `<td>${item?.others === null || item?.others === undefined ? 'not shown' : formatScore(item.others.mean)}</td>` +
      `<td>${item?.gap === null || item?.gap === undefined ? 'none' : formatGap(item.gap)}</td></tr>`
    );
  });
  return (
    `<div class="table-wrap"><table><caption>${caption}</caption>` +
    `<thead><tr><th scope="col" class="text">Item (competency)</th><th scope="col">Self</th><th scope="col">${allOthersLabel}</th><th scope="col">Gap</th></tr></thead>` +
    `<tbody>${rows.join('')}</tbody></table></div>`
  );
}

function flagsSection(page: Page): string {
  const { report } = page;
  const parts: string[] = [
    `<p>Item by item, a <strong>blind spot</strong> is an item the ratee rates at least ${pointsText(report.options.blindSpotGap)} higher than &ldquo;${allOthersLabel}&rdquo; do, ` +
      `and a <strong>hidden strength</strong> one they rate at least that much lower; only the ${report.options.maxFlaggedItems} largest gaps of each kind are shown. Both are prompts for a conversation, not verdicts.</p>`,
  ];
  if (report.competencies.every((competency) => competency.self === null)) {
    parts.push('<p>Without a self-rating there are no blind spots or hidden strengths to show.</p>');
    return section('flags', 'Blind spots and hidden strengths', parts.join(''));
  }
  parts.push('<h3>Blind spots</h3>');
  parts.push(report.blindSpots.length === 0 ? '<p>No item is a blind spot.</p>' : flaggedTable(page, report.blindSpots, `${counted(report.blindSpots.length, 'item')} rated higher by self than by others, largest gap first`));
  parts.push('<h3>Hidden strengths</h3>');
  parts.push(
    report.hiddenStrengths.length === 0 ? '<p>No item is a hidden strength.</p>' : flaggedTable(page, report.hiddenStrengths, `${counted(report.hiddenStrengths.length, 'item')} rated lower by self than by others, largest gap first`),
  );
  return section('flags', 'Blind spots and hidden strengths', parts.join(''));
}

function agreementSection(page: Page): string {
  const { report, sources } = page;
  const { agreement, agreementBand: band, scale } = report;
  const points = scale.max - scale.min + 1;
  const isDefault = Math.abs(band.lower + band.upper) <= tolerance && Math.abs(band.upper - 0.1 * points) <= tolerance;
  const parts: string[] = [];
  if (agreement === null) {
    parts.push('<p>No category is given: it needs a self-rating and at least one item with an &ldquo;All others&rdquo; figure.</p>');
  } else {
    parts.push(
      `<p><strong>Category: ${escapeHtml(wordsOf(report)[agreement.category])}.</strong> ${escapeHtml((bandHoldsZero(band) ? categoryMeanings : categoryMeaningsOffZero)[agreement.category])}</p>` +
        `<p>In the six-way split, which also divides over- and under-estimators by how others rate: ${escapeHtml(sixWayWords[agreement.sixWay])}.</p>`,
    );
  }
  const cutOff =
    band.othersCutOff === null
      ? 'No cut-off between rated well and rated low was set.'
      : `An &ldquo;${allOthersLabel}&rdquo; mean of ${formatScore(band.othersCutOff)} or more counts as rated well; below it, as rated low.`;
  parts.push(
    `<h3>The rule applied</h3><p>The overall self-rating is compared with the overall &ldquo;${allOthersLabel}&rdquo; rating. ` +
      `A gap from ${bandText(report)}, both ends included, counts as agreement${isDefault ? ` (lmdkit\u2019s default: a tenth of the scale\u2019s ${points} points either side)` : ''}; ` +
      `above it the ratee is an over-estimator, below it an under-estimator. ${cutOff}</p>` +
      `<p class="note">Sources: ${sources.cite(['yammarino-atwater-1997', 'fleenor-smither-atwater-braddy-sturm-2010'], ['agreement'])}</p>`,
  );
  parts.push(raterDisagreementText(page));
  return section('agreement', 'Agreement', parts.join(''));
}

/**
 * Where the raters of a shown group are far apart on an item (the report's `raterDisagreement`
 * flag), so that the finding "on N items raters within a group are k or more points apart" can be
 * followed to the items. Names only shown groups: the flag exists only on published figures.
 */
function raterDisagreementText({ report, itemLabel, sources }: Page): string {
  const flagged = report.items.flatMap((item) => {
    const groups = item.groups.filter((figure) => figure.raterDisagreement).map((figure) => groupLabel(figure.groups));
    return groups.length === 0 ? [] : [`<li>${itemLabel(item.itemId)}: ${escapeHtml(joinWithAnd(groups))}</li>`];
  });
  const spread = report.options.disagreementSpread;
  const rule = `raters within a group count as disagreeing on an item when two of their scores are ${spread} or more points apart`;
  return (
    '<h3>Where raters within a group disagree</h3>' +
    (flagged.length === 0
      ? `<p>On no item are a shown group’s raters far apart (${rule}).</p>`
      : `<p>On these items the raters of a group are far apart, so the group’s mean hides real differences in how the ratee is seen (${rule}):</p><ul>${flagged.join('')}</ul>`) +
    `<p class="note">Source: ${sources.cite(['ccl-benchmarks-360'], ['raterDisagreement'])}</p>`
  );
}

function trendSection({ report, sources }: Page, comparison: RateeCycleComparison360): string {
  const findings = comparison.findings.map((finding, index) => {
    const cited = finding.basis.length === 0 ? '' : ` · Sources: ${sources.cite(finding.basis, ['context', 'comparison', 'findings', index, 'basis'])}`;
    return (
      `<li><span class="badge badge-${escapeHtml(finding.severity)}">${escapeHtml(severityLabels[finding.severity] ?? finding.severity)}</span>` +
      `<p class="finding-message">${escapeHtml(finding.message)}</p>` +
      `<p class="finding-meta">Code <code>${escapeHtml(finding.code)}</code> · for ${escapeHtml(finding.audience)}${cited}</p></li>`
    );
  });
  return section(
    'trend',
    'Change across cycles',
    `<p>${escapeHtml(trendIntro360(comparison, 'coach'))}</p>` +
      `<figure aria-labelledby="trend-caption"><figcaption id="trend-caption">All others\u2019 rating by competency in each cycle, on the ${report.scale.min} to ${report.scale.max} scale</figcaption>${trendChart360(comparison)}</figure>` +
      trendTable360(comparison, 'coach') +
      (findings.length === 0 ? '' : `<ul class="findings">${findings.join('')}</ul>`),
  );
}

type IndexedFinding = { readonly finding: Feedback360Finding; readonly index: number };

function findingsSection({ report, sources }: Page, shown: readonly IndexedFinding[], movedCount: number): string {
  const parts: string[] = [];
  if (report.readiness !== null) parts.push(readinessSummary(report.readiness));
  parts.push('<p>Most important first. Each finding gives its stable code and the research it rests on.</p>');
  parts.push(shown.length === 0 ? '<p>No findings.</p>' : findingList(shown, sources));
  if (movedCount > 0) parts.push(`<p class="note">${counted(movedCount, 'finding')} about anonymity ${movedCount === 1 ? 'is' : 'are'} under <a href="#hidden">What is hidden and why</a>.</p>`);
  return section('findings', 'Findings', parts.join(''));
}

/**
 * Renders one ratee's 360 report as a self-contained, accessible HTML page: a summary, the self
 * and others chart by competency with its table, gaps by competency, blind spots and hidden
 * strengths, agreement with its rule and the items where a group's raters disagree, findings (the
 * readiness findings included) with their sources, what is hidden for anonymity and why, and the
 * sources list.
 *
 * @param report - a report from `interpret360` (or one ratee's from `interpret360Cohort`)
 * @param context - the ratee's id, the instrument the report was built from, optional organisation and title
 * @returns the HTML document, deterministic for the same input
 * @throws LmdInputError when the report does not match the instrument (scale, competencies in
 *   order, item ids and their competencies, flagged items), a finding cites a work not in the
 *   bibliography, or the ratee id is blank
 * @example
 * import { render360Html } from 'lmdkit/report';
 * const instrument = {
 *   scale: { min: 1, max: 5 },
 *   competencies: [{ id: 'listening', name: 'Listening' }],
 *   items: [{ id: 'L1', competencyId: 'listening' }],
 * };
 * const report = interpret360({
 *   instrument,
 *   ratings: [
 *     { raterId: 'me', group: 'self', itemId: 'L1', score: 5 },
 *     { raterId: 'boss', group: 'manager', itemId: 'L1', score: 4 },
 *     { raterId: 'p1', group: 'peer', itemId: 'L1', score: 3 },
 *     { raterId: 'p2', group: 'peer', itemId: 'L1', score: 4 },
 *     { raterId: 'p3', group: 'peer', itemId: 'L1', score: 3 },
 *     { raterId: 'd1', group: 'direct-report', itemId: 'L1', score: 2 },
 *   ],
 * });
 * const html = render360Html(report, { rateeId: 'M07', instrument });
 * html.startsWith('<!doctype html>') //=> true
 * html.includes('<title>360-degree feedback: M07</title>') //=> true
 * // The direct reports (one rater) are named only where the page says what is hidden and why.
 * html.split('id="hidden"')[0]?.includes('Direct report') //=> false
 * render360Html(report, { rateeId: ' ', instrument }) //=> throws LmdInputError
 * @see {@link render360Markdown} for the same report as Markdown
 */
export function render360Html(report: Feedback360Report, context: Html360Context): string {
  checkReportAgainstInstrument(report, context);
  const { comparison } = context;
  if (comparison !== undefined) {
    checkComparisonAgainstView(comparison, report.competencies, 'coach');
    if (comparison.rateeId !== context.rateeId) {
      throw new LmdInputError([{ keys: ['context', 'comparison', 'rateeId'], message: `must be the report's ratee ${JSON.stringify(context.rateeId)} (received ${JSON.stringify(comparison.rateeId)})` }]);
    }
  }
  const label = itemLabeller(context.instrument);
  const itemLabel = (itemId: string): string => escapeHtml(label(itemId));
  const page: Page = { report, context, sources: createSourceList(), itemLabel };

  const indexed = report.findings.map((finding, index) => ({ finding, index }));
  const moved = indexed.filter(({ finding }) => hiddenSectionFindingCodes.includes(finding.code));
  const shown = indexed.filter(({ finding }) => !hiddenSectionFindingCodes.includes(finding.code));

  const title = context.title ?? `360-degree feedback: ${context.rateeId}`;
  // Sections in reading order; the sources list is rendered last, after every section has cited.
  const body = [
    summarySection(page),
    chartSection(page),
    ...(comparison === undefined ? [] : [trendSection(page, comparison)]),
    gapsSection(page),
    section('items', 'Item by item', itemsSection360(report, label, 'the ratee')),
    flagsSection(page),
    ...(context.comments === undefined ? [] : [section('comments', 'What people said', commentsSection360(context.comments))]),
    agreementSection(page),
    findingsSection(page, shown, moved.length),
    section('hidden', 'What is hidden and why', hiddenSection360(report, itemLabel, moved, page.sources)),
  ];
  const sourceList = page.sources.render();
  if (sourceList !== '') body.push(section('sources', 'Sources', sourceList));
  const eyebrow = context.organisation === undefined ? '360-degree feedback report' : context.organisation;
  const counts = `${counted(report.competencies.length, 'competency', 'competencies')}, ${counted(report.items.length, 'item')}`;
  return htmlPage({
    title,
    eyebrow,
    lede:
      `Ratee <strong>${escapeHtml(context.rateeId)}</strong> · ${counts} · rated on a ${report.scale.min} to ${report.scale.max} scale. ` +
      'Confidential: it shows only figures that protect the anonymity of the people who gave feedback.',
    sections: body,
    footer: 'Made with lmdkit from this report\u2019s published figures only. No rating of a hidden group is in this file.',
  });
}
