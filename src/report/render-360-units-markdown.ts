/**
 * The Markdown of a 360 cycle rolled up by organisation unit. Pure.
 *
 * @module
 */
import { selfOtherAgreementCategoryLabels, type Instrument360, type Units360Summary } from '../lmd/index.js';
import { checkUnitsAgainstInstrument } from './_internal/check-units-against-instrument.js';
import { counted } from './_internal/counted.js';
import { fixed, signed } from './_internal/format-number.js';
import { itemLabeller } from './_internal/item-label.js';
import { figureWithheldWords, unitName, unitPriorities, unitWithheldWords } from './_internal/unit-words-360.js';
import { escapeMarkdownText } from './escape-markdown-text.js';
import { joinMarkdownSections } from './join-markdown-sections.js';
import { markdownTable, type ColumnAlign } from './markdown-table.js';
import type { Html360UnitsContext } from './render-360-units-html.js';

/**
 * A 360 cycle rolled up by organisation unit as Markdown: every unit with its number of people
 * and whether its figures are shown (and if not, why), then for the units shown their competency
 * profile, self minus others, the items rated highest and lowest, the agreement patterns and the
 * development priorities. It names units, never a person.
 *
 * @param summary - the result of {@link summariseUnits360}
 * @param context - the instrument, and optionally the organisation and the cycle (as for {@link render360UnitsHtml})
 * @returns the Markdown text, ending with a newline
 * @throws LmdInputError when the roll-up does not match the instrument
 * @example
 * import { render360UnitsMarkdown } from 'lmdkit/report';
 * const instrument = {
 *   scale: { min: 1, max: 5 },
 *   competencies: [{ id: 'listening', name: 'Listening' }],
 *   items: [{ id: 'L1', competencyId: 'listening' }],
 * };
 * const managers = ['M1', 'M2', 'M3', 'M4', 'M5', 'M6', 'M7'];
 * const cohort = interpret360Cohort({
 *   instrument,
 *   ratings: managers.flatMap((rateeId) =>
 *     ['p1', 'p2', 'p3', 'p4'].map((rater) => ({ rateeId, raterId: `${rateeId}-${rater}`, group: 'peer' as const, itemId: 'L1', score: 4 })),
 *   ),
 * });
 * const units = managers.map((rateeId, index) => ({ rateeId, path: ['Larkspur Vale', index < 5 ? 'Operations' : 'Finance'] }));
 * const markdown = render360UnitsMarkdown(summariseUnits360(cohort, units), { instrument, organisation: 'Larkspur Vale Housing' });
 * markdown.split('\n')[0] //=> '# 360-degree feedback by unit: Larkspur Vale Housing'
 * markdown.includes('| Larkspur Vale / Finance    |      2 | fewer than 5 people') //=> true
 * markdown.includes('M1') //=> false
 * @see {@link render360UnitsHtml} for the same as a web page
 */
export function render360UnitsMarkdown(summary: Units360Summary, context: Html360UnitsContext): string {
  const { instrument } = context;
  checkUnitsAgainstInstrument(summary, instrument);
  const label = itemLabeller(instrument);
  const shown = summary.units.filter((unit) => unit.figures !== null);
  const name = (path: readonly string[]) => escapeMarkdownText(unitName(path));
  const people = (count: number) => counted(count, 'person', 'people');
  const competencyNames = instrument.competencies.map((competency) => escapeMarkdownText(competency.name));
  const right = (count: number): ColumnAlign[] => ['left', ...Array.from({ length: count }, (): ColumnAlign => 'right')];
  const cycle = [context.cycleName, context.cycleDate].filter((part): part is string => part !== undefined).join(', ');
  const items = (list: readonly { readonly itemId: string; readonly othersMean: number }[]) =>
    list.length === 0 ? '–' : list.slice(0, 3).map((item) => `${escapeMarkdownText(label(item.itemId))} (${fixed(item.othersMean)})`).join('; ');
  const categories = Object.keys(selfOtherAgreementCategoryLabels) as (keyof typeof selfOtherAgreementCategoryLabels)[];
  const none = ['No unit has enough people for its figures to be shown.'];
  return joinMarkdownSections([
    [
      `# 360-degree feedback by unit${context.organisation === undefined ? '' : `: ${escapeMarkdownText(context.organisation)}`}`,
      '',
      `${cycle === '' ? '' : `${escapeMarkdownText(cycle)}. `}${people(summary.ratees)} received feedback. A unit's figures are shown only when it has at least ${people(summary.minRatees)}, and only when no figure, taken away from a larger unit's, would leave fewer than ${summary.minRatees} behind.${summary.ledger === undefined ? '' : ' Each figure was also checked against the roll-ups published before, and held back where the two together could be worked back to fewer.'} No one is named.`,
    ],
    [
      '## Units',
      '',
      markdownTable(
        ['Unit', 'People', 'Figures'],
        summary.units.map((unit) => [name(unit.path), String(unit.ratees), unit.shown ? 'shown' : escapeMarkdownText(unitWithheldWords(unit, summary.minRatees))]),
        ['left', 'right', 'left'],
      ),
    ],
    shown.length === 0
      ? ['## Competency profile by unit', '', ...none]
      : [
          '## Competency profile by unit',
          '',
          `How others rate people, averaged over a unit's people (${instrument.scale.min} to ${instrument.scale.max}). "too few": fewer than ${people(summary.minRatees)} have that figure; "held back": it could be worked back to fewer.`,
          '',
          markdownTable(['Unit', ...competencyNames], shown.map((unit) => [name(unit.path), ...(unit.figures?.competencies ?? []).map((competency) => (competency.othersMean === null ? figureWithheldWords(competency.othersWithheld) : fixed(competency.othersMean)))]), right(competencyNames.length)),
          '',
          'Self minus others, on average:',
          '',
          markdownTable(['Unit', ...competencyNames], shown.map((unit) => [name(unit.path), ...(unit.figures?.competencies ?? []).map((competency) => (competency.meanGap === null ? figureWithheldWords(competency.gapWithheld) : signed(competency.meanGap)))]), right(competencyNames.length)),
        ],
    shown.length === 0
      ? []
      : ['## Strengths and development needs by unit', '', markdownTable(['Unit', 'Rated highest', 'Rated lowest'], shown.map((unit) => [name(unit.path), items(unit.figures?.highestItems ?? []), items(unit.figures?.lowestItems ?? [])]))],
    shown.length === 0
      ? []
      : [
          '## Self-ratings against others by unit',
          '',
          markdownTable(['Unit', ...categories.map((category) => selfOtherAgreementCategoryLabels[category])], shown.map((unit) => [name(unit.path), ...categories.map((category) => String(unit.figures?.agreement[category] ?? 0))]), right(categories.length)),
        ],
    shown.length === 0
      ? []
      : ['## Development priorities by unit', '', markdownTable(['Unit', 'Competencies (people)'], shown.map((unit) => [name(unit.path), unit.figures === null ? '–' : unitPriorities(unit.figures, 3).map(escapeMarkdownText).join('; ') || '–']))],
  ]);
}
