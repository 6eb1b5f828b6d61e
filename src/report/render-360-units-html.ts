/**
 * The self-contained HTML page of a 360 cycle rolled up by organisation unit: which units are
 * shown and why the others are not, each shown unit's competency profile, the items its people
 * are rated highest and lowest on, how self-ratings compare with others', and its development
 * priorities. It is built from `summariseUnits360`, which names no one and withholds every unit
 * and figure that could be worked back to fewer than its minimum of people. Same safeguards as
 * the other 360 pages: inline CSS, no script, no network, a strict Content Security Policy.
 *
 * Pure: no Node built-ins, no clock.
 *
 * @module
 */
import { selfOtherAgreementCategoryLabels, type Instrument360, type Units360Summary } from '../lmd/index.js';
import { checkUnitsAgainstInstrument } from './_internal/check-units-against-instrument.js';
import { counted } from './_internal/counted.js';
import { escapeHtml } from './_internal/html-escape.js';
import { formatGap, formatScore } from './_internal/html-format.js';
import { htmlPage, htmlSection } from './_internal/html-page.js';
import { htmlTable } from './_internal/html-table.js';
import { itemLabeller } from './_internal/item-label.js';
import { figureWithheldWords, unitName, unitPriorities, unitWithheldWords } from './_internal/unit-words-360.js';

/**
 * What {@link render360UnitsHtml} needs besides the roll-up.
 * @see {@link render360UnitsHtml}
 */
export interface Html360UnitsContext {
  /** The instrument of the cycle (competency and item wording, checked against the roll-up). */
  readonly instrument: Instrument360;
  /** The organisation's name. */
  readonly organisation?: string;
  /** The cycle's name. */
  readonly cycleName?: string;
  /** The cycle's date (ISO `YYYY-MM-DD`), printed as given. */
  readonly cycleDate?: string;
}

/**
 * Renders a 360 cycle rolled up by organisation unit as a self-contained, accessible HTML page
 * for the organisation. It names units, never a person, and shows only what the roll-up
 * publishes: every unit with its number of people, and the figures of the units shown.
 *
 * @param summary - the result of {@link summariseUnits360}
 * @param context - the instrument, and optionally the organisation and the cycle
 * @returns the HTML document, deterministic for the same input
 * @throws LmdInputError when the roll-up does not match the instrument
 * @example
 * import { render360UnitsHtml } from 'lmdkit/report';
 * const instrument = {
 *   scale: { min: 1, max: 5 },
 *   competencies: [{ id: 'listening', name: 'Listening' }],
 *   items: [{ id: 'L1', competencyId: 'listening', text: 'Listens without interrupting' }],
 * };
 * const managers = ['M1', 'M2', 'M3', 'M4', 'M5', 'M6', 'M7'];
 * const cohort = interpret360Cohort({
 *   instrument,
 *   ratings: managers.flatMap((rateeId) =>
 *     ['p1', 'p2', 'p3', 'p4'].map((rater) => ({ rateeId, raterId: `${rateeId}-${rater}`, group: 'peer' as const, itemId: 'L1', score: 4 })),
 *   ),
 * });
 * const units = managers.map((rateeId, index) => ({ rateeId, path: ['Larkspur Vale', index < 5 ? 'Operations' : 'Finance'] }));
 * const html = render360UnitsHtml(summariseUnits360(cohort, units), { instrument, organisation: 'Larkspur Vale Housing' });
 * html.includes('<title>360-degree feedback by unit: Larkspur Vale Housing</title>') //=> true
 * html.includes('Larkspur Vale / Finance</th><td>2</td><td>fewer than 5 people') //=> true
 * html.includes('M1') //=> false
 * @see {@link render360CohortHtml} for the whole cycle without units
 */
export function render360UnitsHtml(summary: Units360Summary, context: Html360UnitsContext): string {
  const { instrument } = context;
  checkUnitsAgainstInstrument(summary, instrument);
  const label = itemLabeller(instrument);
  const shown = summary.units.filter((unit) => unit.figures !== null);
  const people = (count: number) => counted(count, 'person', 'people');

  const unitsTable = htmlTable(
    'Units, their people, and what is shown',
    ['Unit', 'People', 'Figures'],
    summary.units.map((unit) => [escapeHtml(unitName(unit.path)), String(unit.ratees), unit.shown ? 'shown' : escapeHtml(unitWithheldWords(unit, summary.minRatees))]),
  );
  const none = `<p>No unit has enough people for its figures to be shown.</p>`;
  const profile =
    shown.length === 0
      ? none
      : `<p>For each competency, the average over a unit\u2019s people of how others rate them, on the ${instrument.scale.min} to ${instrument.scale.max} scale; each person\u2019s figure is the one their own report shows. \u201cToo few\u201d: fewer than ${people(summary.minRatees)} have that figure; \u201cheld back\u201d: it could be worked back to fewer.</p>` +
        htmlTable(
          'How others rate people, by unit and competency',
          ['Unit'].concat(instrument.competencies.map((competency) => escapeHtml(competency.name))),
          shown.map((unit) => [
            escapeHtml(unitName(unit.path)),
            ...(unit.figures?.competencies ?? []).map((competency) => (competency.othersMean === null ? figureWithheldWords(competency.othersWithheld) : formatScore(competency.othersMean))),
          ]),
        ) +
        htmlTable(
          'Self minus others, on average, by unit and competency',
          ['Unit'].concat(instrument.competencies.map((competency) => escapeHtml(competency.name))),
          shown.map((unit) => [
            escapeHtml(unitName(unit.path)),
            ...(unit.figures?.competencies ?? []).map((competency) => (competency.meanGap === null ? figureWithheldWords(competency.gapWithheld) : formatGap(competency.meanGap))),
          ]),
        );
  const itemList = (items: readonly { readonly itemId: string; readonly othersMean: number }[]) =>
    items.length === 0 ? '\u2013' : items.slice(0, 3).map((item) => `${escapeHtml(label(item.itemId))} (${formatScore(item.othersMean)})`).join('<br>');
  const items =
    shown.length === 0
      ? none
      : htmlTable(
          'Items others rate highest and lowest, on average across a unit\u2019s people',
          ['Unit', 'Rated highest', 'Rated lowest'],
          shown.map((unit) => [escapeHtml(unitName(unit.path)), itemList(unit.figures?.highestItems ?? []), itemList(unit.figures?.lowestItems ?? [])]),
        );
  const categories = Object.keys(selfOtherAgreementCategoryLabels) as (keyof typeof selfOtherAgreementCategoryLabels)[];
  const agreement =
    shown.length === 0
      ? none
      : htmlTable(
          'How people\u2019s own ratings compare with others\u2019, by unit (counts of people; no one is named)',
          ['Unit'].concat(categories.map((category) => escapeHtml(selfOtherAgreementCategoryLabels[category]))),
          shown.map((unit) => [escapeHtml(unitName(unit.path)), ...categories.map((category) => String(unit.figures?.agreement[category] ?? 0))]),
        );
  const priorities =
    shown.length === 0
      ? none
      : '<p>The competencies most often among the ones others rate lowest for a unit\u2019s people, with how many people: where shared development would reach most of them.</p>' +
        htmlTable(
          'Development priorities by unit',
          ['Unit', 'Competencies (people)'],
          shown.map((unit) => [escapeHtml(unitName(unit.path)), unit.figures === null ? '\u2013' : unitPriorities(unit.figures, 3).map(escapeHtml).join('<br>') || '\u2013']),
        );

  const title = `360-degree feedback by unit${context.organisation === undefined ? '' : `: ${context.organisation}`}`;
  const cycle = [context.cycleName, context.cycleDate].filter((part): part is string => part !== undefined).join(', ');
  return htmlPage({
    title,
    eyebrow: 'Group report by unit',
    lede: `${cycle === '' ? '' : `${escapeHtml(cycle)} · `}${counted(summary.units.length, 'unit')}, ${counted(shown.length, 'shown', 'shown')} · no one is named.`,
    sections: [
      htmlSection(
        'summary',
        'Summary',
        `<p>${people(summary.ratees)} received feedback in this cycle. A unit\u2019s figures are shown only when it has at least ${people(summary.minRatees)}, and only when no figure, taken away from a larger unit\u2019s, would leave fewer than ${summary.minRatees} behind; otherwise the unit is held back.${summary.ledger === undefined ? '' : ` Each figure was also checked against the roll-ups published before, and held back where the two together could be worked back to fewer.`} No one is named.</p>` +
          unitsTable,
      ),
      htmlSection('profile', 'Competency profile by unit', profile),
      htmlSection('items', 'Strengths and development needs by unit', items),
      htmlSection('agreement', 'Self-ratings against others\u2019 by unit', agreement),
      htmlSection('priorities', 'Development priorities by unit', priorities),
    ],
    footer: 'Made with lmdkit from the figures of each person\u2019s own report, under their anonymity rules, with small and complementary units held back.',
  });
}
