/**
 * The self-contained HTML page for the person rated in a 360: the same safeguards as the coach's
 * page (inline CSS and SVG, no script, no network, a strict Content Security Policy, accessible
 * charts with table alternatives) in plain words, built from the participant's view
 * (`participantView360`) so that nothing meant only for the coach can reach it.
 *
 * Pure: no Node built-ins, no clock; the same view and context give the same string.
 *
 * @module
 */
import { LmdInputError, type LmdInputIssueInit } from '../core/index.js';
import type { Comments360, Instrument360, Participant360Report, ParticipantCycleComparison360, ParticipantItem360 } from '../lmd/index.js';
import { checkComparisonAgainstView } from './_internal/check-comparison-360.js';
import { trendChart360, trendTable360 } from './_internal/trend-360.js';
import { trendIntro360 } from './_internal/trend-table-360.js';
import { commentsSection360 } from './_internal/html-comments-360.js';
import { counted } from './_internal/counted.js';
import { chartSeries360, competencyChart360, competencyTable360, type ChartSource360 } from './_internal/html-chart-360.js';
import { escapeHtml } from './_internal/html-escape.js';
import { itemsSection360 } from './_internal/html-items-360.js';
import { allOthersLabel, formatGap, formatScore, groupLabel } from './_internal/html-format.js';
import { createSourceList } from './_internal/html-sources.js';
import { htmlPage, htmlSection } from './_internal/html-page.js';
import { itemLabeller } from './_internal/item-label.js';

/**
 * Whose page it is and which cycle, for {@link render360ParticipantHtml}.
 * @see {@link render360ParticipantHtml}
 */
export interface Html360ParticipantContext {
  /** The instrument the report was built from (checked against the view). */
  readonly instrument: Instrument360;
  /** The participant's name as they should see it. */
  readonly participantName?: string;
  /** The cycle's name, for example "Leadership 360, spring 2026". */
  readonly cycleName?: string;
  /** The cycle's date (ISO `YYYY-MM-DD`), printed as given. */
  readonly cycleDate?: string;
  /** The organisation's name, shown in the header when given. */
  readonly organisation?: string;
  /** The comments the report may show ({@link publishComments360}); without them the page has no comments section. */
  readonly comments?: Comments360;
  /** The comparison with earlier cycles ({@link participantCycleComparison360}); without it the page has no trend section. */
  readonly comparison?: ParticipantCycleComparison360;
}

const section = htmlSection;

function checkViewAgainstInstrument(view: Participant360Report, instrument: Instrument360): void {
  if (view === null || typeof view !== 'object' || view.audience !== 'participant' || !Array.isArray(view.items) || !Array.isArray(view.competencies)) {
    throw new LmdInputError([{ keys: ['view'], message: 'expected the participant view of a report, from participantView360' }]);
  }
  const issues: LmdInputIssueInit[] = [];
  if (view.scale.min !== instrument.scale.min || view.scale.max !== instrument.scale.max) {
    issues.push({ keys: ['view', 'scale'], message: `must match the instrument's scale ${instrument.scale.min} to ${instrument.scale.max} (received ${view.scale.min} to ${view.scale.max})` });
  }
  const competencies = instrument.competencies.map((competency) => competency.id).join('\u0000');
  if (view.competencies.map((competency) => competency.competencyId).join('\u0000') !== competencies) {
    issues.push({ keys: ['view', 'competencies'], message: "must hold the instrument's competencies in its order" });
  }
  const itemCompetency = new Map(instrument.items.map((item) => [item.id, item.competencyId]));
  view.items.forEach((item, index) => {
    if (itemCompetency.get(item.itemId) !== item.competencyId) {
      issues.push({ keys: ['view', 'items', index, 'itemId'], message: `no item of the instrument has this id and competency (received ${JSON.stringify(item.itemId)})` });
    }
  });
  if (issues.length > 0) throw new LmdInputError(issues);
}

function summary(view: Participant360Report): string {
  const others = view.shownGroups.filter((group) => !(group.groups.length === 1 && group.groups[0] === 'self'));
  const who =
    others.length === 0
      ? '<p>No group of raters could be shown.</p>'
      : `<h3>Who gave the feedback shown here</h3><ul>${others.map((group) => `<li>${escapeHtml(groupLabel(group.groups))}: ${counted(group.raters, 'person', 'people')}</li>`).join('')}</ul>`;
  const overall =
    view.overall === null
      ? ''
      : '<dl class="key-figures">' +
        `<div><dt>Your own rating, on average</dt><dd>${formatScore(view.overall.self)}</dd></div>` +
        `<div><dt>All others\u2019 rating, on average</dt><dd>${formatScore(view.overall.others)}</dd></div>` +
        '</dl>' +
        `<p>Averages over the ${counted(view.overall.items, 'item')} where both your own rating and others\u2019 can be shown.</p>`;
  return (
    `<p>People who work with you rated how often they see each behaviour, on a scale from ${view.scale.min} to ${view.scale.max}; higher means more often. ` +
    'Every figure is an average of several people\u2019s answers, so no one person\u2019s answers can be seen.</p>' +
    overall +
    who
  );
}

function differences(view: Participant360Report, label: (itemId: string) => string): string {
  const line = (item: ParticipantItem360): string =>
    `<li>${escapeHtml(label(item.itemId))}: you ${item.self === null ? 'did not rate it' : formatScore(item.self.mean)}, others ${item.others === null ? 'not shown' : formatScore(item.others.mean)} (a difference of ${item.gap === null ? 'none' : formatGap(item.gap)})</li>`;
  const higher = view.items.filter((item) => item.seenDifferently === 'self-higher');
  const lower = view.items.filter((item) => item.seenDifferently === 'self-lower');
  if (higher.length === 0 && lower.length === 0) return '<p>On no item do you and others differ by a full scale point or more.</p>';
  return (
    (higher.length === 0 ? '' : `<h3>You rated these higher than others did</h3><p>Worth talking through with your coach: what do others see that you may not?</p><ul>${higher.map(line).join('')}</ul>`) +
    (lower.length === 0 ? '' : `<h3>Rated higher by others than by you</h3><p>Strengths you may not be giving yourself credit for.</p><ul>${lower.map(line).join('')}</ul>`)
  );
}

function leftOut(view: Participant360Report, label: (itemId: string) => string): string {
  const groups = view.hiddenGroups.map(
    (hidden) => `<li>${escapeHtml(groupLabel(hidden.groups))}: fewer than ${view.minGroupSize} took part, so their answers are left out of every figure on this page.</li>`,
  );
  const sinceEarlier = (item: Participant360Report['items'][number]): boolean => item.withheld.some((entry) => entry.reason === 'differs-little-from-earlier-release');
  const withheld = view.items.filter((item) => item.withheld.some((entry) => entry.reason !== 'differs-little-from-earlier-release'));
  const changed = view.items.filter(sinceEarlier);
  const items =
    (withheld.length === 0
      ? ''
      : `<p>On these items some figures are not shown because too few people answered them: ${withheld.map((item) => escapeHtml(label(item.itemId))).join('; ')}.</p>`) +
    (changed.length === 0
      ? ''
      : `<p>On these items some figures are not shown because the people who answered are almost the same as for a figure you were shown before, so setting the two side by side could show what the few who joined or left said: ${changed.map((item) => escapeHtml(label(item.itemId))).join('; ')}.</p>`);
  if (groups.length === 0 && items === '') return '<p>Nothing: every group of raters was large enough to be shown.</p>';
  return (groups.length === 0 ? '' : `<ul>${groups.join('')}</ul>`) + items;
}

/**
 * Renders the participant's 360 page as a self-contained, accessible HTML document: how to read
 * it and who gave feedback, their own and others' ratings by competency (chart and table), the
 * items others rate highest and lowest and every item's figures, where they and others see things
 * differently, what was left out to protect raters, and notes with a "why we say this" list of
 * sources. It carries no finding code, agreement category, readiness or statistics term.
 *
 * @param view - the participant's view ({@link participantView360})
 * @param context - the instrument, and optionally the participant's name, the cycle and the organisation
 * @returns the HTML document, deterministic for the same input
 * @throws LmdInputError when the view is not a participant view or does not match the instrument
 * @example
 * import { render360ParticipantHtml } from 'lmdkit/report';
 * const instrument = {
 *   scale: { min: 1, max: 5 },
 *   competencies: [{ id: 'listening', name: 'Listening' }],
 *   items: [{ id: 'L1', competencyId: 'listening', text: 'Listens without interrupting' }],
 * };
 * const report = interpret360({
 *   instrument,
 *   ratings: [
 *     { raterId: 'me', group: 'self', itemId: 'L1', score: 5 },
 *     ...['p1', 'p2', 'p3', 'p4'].map((raterId) => ({ raterId, group: 'peer' as const, itemId: 'L1', score: 3 })),
 *   ],
 * });
 * const html = render360ParticipantHtml(participantView360(report), { instrument, participantName: 'Sam Patel' });
 * html.includes('<title>Your 360-degree feedback, Sam Patel</title>') //=> true
 * html.includes('estimator') || html.includes('FB360_') //=> false
 * @see {@link render360Html} for the coach's page
 */
export function render360ParticipantHtml(view: Participant360Report, context: Html360ParticipantContext): string {
  checkViewAgainstInstrument(view, context.instrument);
  const { comparison } = context;
  if (comparison !== undefined) checkComparisonAgainstView(comparison, view.competencies, 'participant');
  const label = itemLabeller(context.instrument);
  const sources = createSourceList();
  const source: ChartSource360 = { scale: view.scale, shownGroups: view.shownGroups, rows: view.competencies };
  const series = chartSeries360(source);
  const chart =
    series.length === 0
      ? '<p>No competency figure can be shown.</p>'
      : `<figure aria-labelledby="chart-caption"><figcaption id="chart-caption">Your rating and others\u2019 by competency, on the ${view.scale.min} to ${view.scale.max} scale</figcaption>${competencyChart360(source, series)}</figure>` +
        competencyTable360(source, series);
  const noteList = (about: 'hidden' | 'general'): string => {
    const items = view.notes.flatMap((note, index) =>
      note.about !== about
        ? []
        : [`<li>${escapeHtml(note.message)}${note.basis.length === 0 ? '' : ` <span class="note">Why we say this: ${sources.cite(note.basis, ['view', 'notes', index, 'basis'])}.</span>`}</li>`],
    );
    return items.length === 0 ? '' : `<ul>${items.join('')}</ul>`;
  };
  // Notes about a hidden group go in the section that says what was left out, and nowhere else.
  const hiddenNotes = noteList('hidden');
  const trend =
    comparison === undefined
      ? ''
      : section(
          'trend',
          'Since the last cycle',
          `<p>${escapeHtml(trendIntro360(comparison, 'participant'))}</p>` +
            `<figure aria-labelledby="trend-caption"><figcaption id="trend-caption">All others\u2019 rating by competency in each cycle, on the ${view.scale.min} to ${view.scale.max} scale</figcaption>${trendChart360(comparison)}</figure>` +
            trendTable360(comparison, 'participant') +
            (comparison.notes.length === 0
              ? ''
              : `<ul>${comparison.notes
                  .map((note, index) => `<li>${escapeHtml(note.message)}${note.basis.length === 0 ? '' : ` <span class="note">Why we say this: ${sources.cite(note.basis, ['context', 'comparison', 'notes', index, 'basis'])}.</span>`}</li>`)
                  .join('')}</ul>`),
        );
  const generalNotes = noteList('general');
  const body = [
    section('summary', 'How to read this page', summary(view)),
    section('by-competency', 'By competency', `<p>Your own rating, each group of raters shown, and &ldquo;${allOthersLabel}&rdquo; together.</p>${chart}`),
    trend,
    section('items', 'Item by item', itemsSection360(view, label, 'you')),
    section('differences', 'Where you and others see things differently', differences(view, label)),
    context.comments === undefined ? '' : section('comments', 'What people said', commentsSection360(context.comments)),
    section('hidden', 'Left out to protect your raters', leftOut(view, label) + (hiddenNotes === '' ? '' : `<h3>Why</h3>${hiddenNotes}`)),
    generalNotes === '' ? '' : section('notes', 'Notes', generalNotes),
  ].filter((part) => part !== '');
  const sourceList = sources.render();
  if (sourceList !== '') body.push(section('sources', 'Sources', sourceList));
  const title = `Your 360-degree feedback${context.participantName === undefined ? '' : `, ${context.participantName}`}`;
  const cycle = [context.cycleName, context.cycleDate].filter((part): part is string => part !== undefined).join(', ');
  const eyebrow = context.organisation ?? '360-degree feedback';
  return htmlPage({
    title,
    eyebrow,
    lede: `${cycle === '' ? '' : `${escapeHtml(cycle)} · `}Confidential to you and your coach.`,
    sections: body,
    footer: 'Made with lmdkit from figures that keep the people who gave feedback anonymous.',
  });
}
