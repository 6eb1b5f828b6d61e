/**
 * The self-contained HTML page of a whole 360 cycle for the organisation (the group report): the
 * competency profile with its spread, the items rated highest and lowest across the cohort, how
 * self-ratings compare with others' across the cohort, the shared development priorities, and
 * slices. It is built from `summariseCohort360`, which names no one and keeps every figure to at
 * least its minimum number of ratees. Same safeguards as the 360 pages: inline CSS and SVG, no
 * script, no network, a strict Content Security Policy, a table beside every chart.
 *
 * Pure: no Node built-ins, no clock.
 *
 * @module
 */
import { LmdInputError } from '../core/index.js';
import { selfOtherAgreementCategoryLabels, type Cohort360Summary, type Instrument360 } from '../lmd/index.js';
import { counted } from './_internal/counted.js';
import { chartSeries360, competencyChart360, competencyTable360, type ChartSource360 } from './_internal/html-chart-360.js';
import { escapeHtml } from './_internal/html-escape.js';
import { formatGap, formatScore } from './_internal/html-format.js';
import { htmlPage, htmlSection } from './_internal/html-page.js';
import { htmlTable } from './_internal/html-table.js';
import { itemLabeller } from './_internal/item-label.js';

/**
 * What {@link render360CohortHtml} needs besides the summary.
 * @see {@link render360CohortHtml}
 */
export interface Html360CohortContext {
  /** The instrument of the cycle (item wording, checked against the summary). */
  readonly instrument: Instrument360;
  /** The organisation's name. */
  readonly organisation?: string;
  /** The cycle's name. */
  readonly cycleName?: string;
  /** The cycle's date (ISO `YYYY-MM-DD`), printed as given. */
  readonly cycleDate?: string;
}

const section = htmlSection;

const table = htmlTable;

/**
 * Renders the cohort (group) report of a 360 cycle as a self-contained, accessible HTML page for
 * the organisation. It names no ratee and shows no figure resting on fewer than the summary's
 * minimum number of ratees.
 *
 * @param summary - the result of {@link summariseCohort360}
 * @param context - the instrument, and optionally the organisation and the cycle
 * @returns the HTML document, deterministic for the same input
 * @throws LmdInputError when the summary does not match the instrument
 * @example
 * import { render360CohortHtml } from 'lmdkit/report';
 * const instrument = {
 *   scale: { min: 1, max: 5 },
 *   competencies: [{ id: 'listening', name: 'Listening' }],
 *   items: [{ id: 'L1', competencyId: 'listening', text: 'Listens without interrupting' }],
 * };
 * const cohort = interpret360Cohort({
 *   instrument,
 *   ratings: ['M1', 'M2', 'M3', 'M4', 'M5'].flatMap((rateeId) =>
 *     ['p1', 'p2', 'p3', 'p4'].map((rater) => ({ rateeId, raterId: `${rateeId}-${rater}`, group: 'peer' as const, itemId: 'L1', score: 4 })),
 *   ),
 * });
 * const html = render360CohortHtml(summariseCohort360(cohort), { instrument, organisation: 'Larkspur Vale Housing' });
 * html.includes('<title>360-degree feedback across the organisation: Larkspur Vale Housing</title>') //=> true
 * html.includes('M1') //=> false
 * @see {@link render360Html} for one person's page
 */
export function render360CohortHtml(summary: Cohort360Summary, context: Html360CohortContext): string {
  if (summary === null || typeof summary !== 'object' || !Array.isArray(summary.competencies)) {
    throw new LmdInputError([{ keys: ['summary'], message: 'expected a cohort summary, from summariseCohort360' }]);
  }
  const { instrument } = context;
  if (summary.competencies.map((competency) => competency.competencyId).join('\u0000') !== instrument.competencies.map((competency) => competency.id).join('\u0000')) {
    throw new LmdInputError([{ keys: ['summary', 'competencies'], message: "must hold the instrument's competencies in its order" }]);
  }
  const label = itemLabeller(instrument);
  const notShown = `not shown (fewer than ${summary.minRatees} people)`;

  const source: ChartSource360 = {
    scale: instrument.scale,
    shownGroups: [],
    rows: summary.competencies.map((competency) => ({
      name: competency.name,
      self: null,
      groups: [],
      others: competency.othersMean === null ? null : { groups: ['manager', 'peer', 'direct-report', 'other'], mean: competency.othersMean },
    })),
  };
  const series = chartSeries360(source);
  const profile =
    `<p>For each competency, the average over the people rated of how others rate them, on the ${instrument.scale.min} to ${instrument.scale.max} scale, and how much people differ (the standard deviation). ` +
    `Each person\u2019s figure is the one their own report shows, so every rule that protects their raters holds here too.</p>` +
    (series.length === 0 ? '<p>No competency has enough people with a figure to be shown.</p>' : `<figure aria-labelledby="chart-caption"><figcaption id="chart-caption">How others rate people, by competency</figcaption>${competencyChart360(source, series)}</figure>${competencyTable360(source, series)}`) +
    table(
      'Competency profile',
      ['Competency', 'People', 'Average', 'Spread (SD)', 'Self minus others, on average'],
      summary.competencies.map((competency) => [
        escapeHtml(competency.name),
        String(competency.ratees),
        competency.othersMean === null ? notShown : formatScore(competency.othersMean),
        competency.othersSd === null ? '–' : formatScore(competency.othersSd),
        competency.meanGap === null ? '–' : formatGap(competency.meanGap),
      ]),
    );

  const itemRows = (items: Cohort360Summary['highestItems']): string[][] => items.map((item) => [escapeHtml(label(item.itemId)), formatScore(item.othersMean), String(item.ratees)]);
  const items =
    summary.highestItems.length === 0
      ? '<p>Too few people have figures on the items to rank them.</p>'
      : '<h3>Shared strengths</h3>' +
        table('Items others rate highest, on average across people', ['Item', 'Average', 'People'], itemRows(summary.highestItems)) +
        '<h3>Shared development needs</h3>' +
        table('Items others rate lowest, on average across people', ['Item', 'Average', 'People'], itemRows(summary.lowestItems));

  const agreement = table(
    'How people\u2019s own ratings compare with others\u2019 (counts of people; no one is named)',
    ['Pattern', 'People'],
    (Object.keys(selfOtherAgreementCategoryLabels) as (keyof typeof selfOtherAgreementCategoryLabels)[]).map((category) => [escapeHtml(selfOtherAgreementCategoryLabels[category]), String(summary.agreement[category] ?? 0)]),
  );

  const priorities = summary.competencies
    .map((competency, position) => ({ competency, position }))
    .filter(({ competency }) => competency.priorityFor > 0)
    .sort((a, b) => b.competency.priorityFor - a.competency.priorityFor || a.position - b.position);
  const prioritySection =
    priorities.length === 0
      ? '<p>No competency stands out.</p>'
      : '<p>How many people have each competency among the ones others rate lowest for them: a guide to where shared development (a programme, a learning set) would reach most people.</p>' +
        table('Development priorities across the cohort', ['Competency', 'People for whom it is a priority'], priorities.map(({ competency }) => [escapeHtml(competency.name), String(competency.priorityFor)]));

  const slices =
    summary.slices.length === 0
      ? ''
      : section(
          'slices',
          'By part of the organisation',
          `<p>A part with fewer than ${summary.minRatees} people has no figures, and a figure is also left out where the people outside the parts shown would be too few, so that no figure can be worked back to a few people.</p>` +
            table(
              'Average of how others rate people, by part of the organisation',
              ['Part'].concat(summary.competencies.map((competency) => escapeHtml(competency.name))),
              summary.slices.map((slice) => [escapeHtml(slice.name), ...slice.othersMeans.map((value) => (value === null ? (slice.shown ? 'not shown' : notShown) : formatScore(value)))]),
            ),
        );

  const title = `360-degree feedback across the organisation${context.organisation === undefined ? '' : `: ${context.organisation}`}`;
  const cycle = [context.cycleName, context.cycleDate].filter((part): part is string => part !== undefined).join(', ');
  const body = [
    section(
      'summary',
      'Summary',
      `<p>${counted(summary.ratees, 'person', 'people')} received feedback in this cycle. Every figure on this page rests on at least ${summary.minRatees} of them, and no one is named.</p>`,
    ),
    section('profile', 'Competency profile', profile),
    section('items', 'Strengths and development needs', items),
    section('agreement', 'Self-ratings against others\u2019', agreement),
    section('priorities', 'Development priorities', prioritySection),
    slices,
  ].filter((part) => part !== '');
  return htmlPage({
    title,
    eyebrow: 'Group report',
    lede: `${cycle === '' ? '' : `${escapeHtml(cycle)} · `}${counted(summary.competencies.length, 'competency', 'competencies')} · no one is named.`,
    sections: body,
    footer: 'Made with lmdkit from the figures of each person\u2019s own report, under their anonymity rules.',
  });
}
