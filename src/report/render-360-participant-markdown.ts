/**
 * The Markdown page for the person rated in a 360: plain language, what others saw, where self
 * and others differ, and the notes meant for them. Pure. It takes the participant's view
 * (`participantView360`), so nothing meant only for the coach can reach it.
 *
 * @module
 */
import { raterGroupLabel, type Comments360, type Instrument360, type Participant360Report, type ParticipantCycleComparison360, type ParticipantFigure360 } from '../lmd/index.js';
import { checkComparisonAgainstView } from './_internal/check-comparison-360.js';
import { render360TrendMarkdown } from './render-360-trend-markdown.js';
import { counted } from './_internal/counted.js';
import { fixed, signed } from './_internal/format-number.js';
import { itemLabeller } from './_internal/item-label.js';
import { shortCitation } from './_internal/short-citation.js';
import { escapeMarkdownText } from './escape-markdown-text.js';
import { joinMarkdownSections } from './join-markdown-sections.js';
import { markdownTable } from './markdown-table.js';

/**
 * Whose page it is and which cycle, for {@link render360ParticipantMarkdown}.
 * @see {@link render360ParticipantMarkdown}
 */
export interface Render360ParticipantContext {
  /** The instrument (competency names, item wording). */
  readonly instrument: Instrument360;
  /** The participant's name as they should see it; without it the page says "Your 360-degree feedback". */
  readonly participantName?: string;
  /** The cycle's name, for example "Leadership 360, spring 2026". */
  readonly cycleName?: string;
  /** The cycle's date (ISO `YYYY-MM-DD`), printed as given. */
  readonly cycleDate?: string;
  /** The comments the report may show ({@link publishComments360}). */
  readonly comments?: Comments360;
  /** The comparison with earlier cycles ({@link participantCycleComparison360}); without it the page has no trend section. */
  readonly comparison?: ParticipantCycleComparison360;
}

/** The "what people said" section: each question, its blocks, and a note when some were held back. */
function commentLines(comments: Comments360): string[] {
  const lines = ['## What people said'];
  for (const question of comments.questions) {
    lines.push('', `### ${escapeMarkdownText(question.text)}`, '');
    if (question.blocks.length === 0) lines.push('No comment can be shown for this question.');
    for (const block of question.blocks) {
      lines.push(`${block.groups === null ? 'From several people' : raterGroupLabel(block.groups, false)}:`, '');
      for (const text of block.comments) lines.push(`- ${escapeMarkdownText(text.replace(/\s*\r?\n\s*/g, ' '))}`);
      lines.push('');
    }
    if (question.someWithheld) lines.push(`Some comments are not shown because fewer than ${comments.minCommenters} people wrote them.`);
  }
  return lines;
}


function figureText(value: Pick<ParticipantFigure360, 'mean' | 'n'> | null | undefined): string {
  return value == null ? 'not shown' : `${fixed(value.mean)} (${counted(value.n, 'rater')})`;
}

/**
 * The 360 page for the person rated, as Markdown: how to read it, what others saw by competency,
 * the items others rate highest and lowest, where they and others see an item differently, what
 * was left out to protect raters, and notes with a "why we say this" list of sources. It prints
 * no finding code, agreement category, readiness or statistics term: it can only print what
 * {@link participantView360} keeps.
 *
 * @param view - the participant's view of a report ({@link participantView360})
 * @param context - the instrument, and optionally the participant's name and the cycle
 * @returns the Markdown text, ending with a newline; user texts are escaped ({@link escapeMarkdownText})
 * @example
 * import { render360ParticipantMarkdown } from 'lmdkit/report';
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
 * const page = render360ParticipantMarkdown(participantView360(report), { instrument, participantName: 'Sam Patel', cycleName: 'Spring 360', cycleDate: '2026-04-30' });
 * page.split('\n')[0] //=> '# Your 360-degree feedback, Sam Patel'
 * page.includes('- Listens without interrupting: you 5.00, others 3.00 (4 raters); a difference of +2.00.') //=> true
 * page.includes('estimator') || page.includes('FB360_') //=> false
 * @see {@link render360Markdown} for the coach's page
 */
export function render360ParticipantMarkdown(view: Participant360Report, context: Render360ParticipantContext): string {
  const { comparison } = context;
  if (comparison !== undefined) checkComparisonAgainstView(comparison, view.competencies, 'participant');
  const itemLabel = itemLabeller(context.instrument);
  const label = (itemId: string): string => escapeMarkdownText(itemLabel(itemId));
  const title = `# Your 360-degree feedback${context.participantName === undefined ? '' : `, ${escapeMarkdownText(context.participantName)}`}`;
  const cycle = [context.cycleName, context.cycleDate].filter((part): part is string => part !== undefined).map(escapeMarkdownText).join(', ');

  const others = view.shownGroups.filter((group) => !(group.groups.length === 1 && group.groups[0] === 'self'));
  const who = others.map((group) => `${raterGroupLabel(group.groups, false).toLowerCase()} (${counted(group.raters, 'rater')})`).join(', ');
  const intro = [
    title,
    ...(cycle === '' ? [] : ['', cycle]),
    '',
    `People who work with you rated how often they see each behaviour, from ${view.scale.min} to ${view.scale.max}; higher means more often. ` +
      (who === '' ? 'No group of raters could be shown.' : `The figures below come from ${who}.`) +
      ' Each figure is an average, so no one person’s answers can be seen.',
  ];

  const columns = others.map((group) => raterGroupLabel(group.groups, false));
  const table = markdownTable(
    ['Competency', 'You', 'All others'].concat(columns),
    view.competencies.map((competency) => [
      escapeMarkdownText(competency.name),
      fixed(competency.self?.mean ?? null),
      figureText(competency.others),
      ...others.map((group) => figureText(competency.groups.find((candidate) => candidate.groups.join() === group.groups.join()))),
    ]),
    ['left', 'right', 'right'].concat(columns.map(() => 'right')) as ('left' | 'right')[],
  );

  const itemLine = (itemId: string): string => {
    const item = view.items.find((candidate) => candidate.itemId === itemId);
    const you = item?.self == null ? '' : `you ${fixed(item.self.mean)}, `;
    return `- ${label(itemId)}: ${you}others ${figureText(item?.others)}.`;
  };
  const highest = view.highestRatedItems.length === 0 ? ['- None could be shown.'] : view.highestRatedItems.map((ranked) => itemLine(ranked.itemId));
  const lowest = view.lowestRatedItems.length === 0 ? ['- None could be shown.'] : view.lowestRatedItems.map((ranked) => itemLine(ranked.itemId));

  const higher = view.items.filter((item) => item.seenDifferently === 'self-higher');
  const lower = view.items.filter((item) => item.seenDifferently === 'self-lower');
  const differences =
    higher.length === 0 && lower.length === 0
      ? ['On no item do you and others differ by a full scale point or more.']
      : [
          ...(higher.length === 0 ? [] : ['You rated these higher than others did, worth talking through with your coach:', '', ...higher.map((item) => `${itemLine(item.itemId).slice(0, -1)}; a difference of ${signed(item.gap)}.`)]),
          ...(higher.length === 0 || lower.length === 0 ? [] : ['']),
          ...(lower.length === 0 ? [] : ['Rated higher by others than by you, strengths you may not be giving yourself credit for:', '', ...lower.map((item) => `${itemLine(item.itemId).slice(0, -1)}; a difference of ${signed(item.gap)}.`)]),
        ];
  const overall =
    view.overall === null
      ? []
      : ['', `Across ${view.overall.items === 1 ? '1 item' : `${view.overall.items} items`}, your own average is ${fixed(view.overall.self)} and others’ is ${fixed(view.overall.others)}.`];

  const leftOut = view.hiddenGroups.map(
    (hidden) => `- ${raterGroupLabel(hidden.groups, false)}: fewer than ${view.minGroupSize} took part, so their answers are left out of every figure to keep them anonymous.`,
  );
  const withheld = view.items.filter((item) => item.withheld.some((entry) => entry.reason !== 'differs-little-from-earlier-release')).length;
  if (withheld > 0) leftOut.push(`- On ${withheld === 1 ? '1 item' : `${withheld} items`} some figures are not shown because too few people answered it.`);
  const changed = view.items.filter((item) => item.withheld.some((entry) => entry.reason === 'differs-little-from-earlier-release')).length;
  if (changed > 0) {
    leftOut.push(
      `- On ${changed === 1 ? '1 item' : `${changed} items`} some figures are not shown because the people who answered are almost the same as for a figure you were shown before, so comparing the two could show what the few who joined or left said.`,
    );
  }

  // Notes about a hidden group join the section that says what was left out.
  const general = view.notes.filter((note) => note.about === 'general');
  const sources = [...new Set([...view.notes, ...(comparison?.notes ?? [])].flatMap((note) => note.basis))];
  const trend = comparison === undefined ? [] : [[render360TrendMarkdown(comparison)]];
  // Notes about a hidden group say what the lines above say; only their sources are kept, below.
  const notes = general.length === 0 ? [] : [['## Notes', '', ...general.map((note) => `- ${escapeMarkdownText(note.message)}`)]];
  const why = sources.length === 0 ? [] : [[`Why we say this: ${sources.map(shortCitation).join('; ')}.`]];

  return joinMarkdownSections([
    intro,
    ['## What others saw, by competency', '', table, ...overall],
    ...trend,
    ['## Rated highest by others', '', ...highest],
    ['## Rated lowest by others', '', ...lowest],
    ['## Where you and others see things differently', '', ...differences],
    ...(context.comments === undefined ? [] : [commentLines(context.comments)]),
    ...(leftOut.length === 0 ? [] : [['## Left out to protect your raters', '', ...leftOut]]),
    ...notes,
    ...why,
  ]);
}
