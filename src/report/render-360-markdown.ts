/**
 * The Markdown report of one ratee's 360-degree feedback. Pure: it prints only what the
 * library's report publishes, so hidden groups and withheld figures never appear.
 *
 * @module
 */
import { feedbackReadinessModeratorLabels, raterGroupLabel, type Feedback360Report, type Instrument360, type RateeCycleComparison360 } from '../lmd/index.js';
import { bandHoldsZero, categoryWords, categoryWordsOffZero, sixWayWords } from './_internal/agreement-words-360.js';
import { checkComparisonAgainstView } from './_internal/check-comparison-360.js';
import { render360TrendMarkdown } from './render-360-trend-markdown.js';
import { counted } from './_internal/counted.js';
import { fixed, signed } from './_internal/format-number.js';
import { itemLabeller } from './_internal/item-label.js';
import { findingList } from './_internal/markdown-finding-list.js';
import { escapeMarkdownText } from './escape-markdown-text.js';
import { joinMarkdownSections } from './join-markdown-sections.js';
import { markdownTable } from './markdown-table.js';

/**
 * What {@link render360Markdown} needs besides the report: whose it is and the instrument (for
 * competency names and item labels).
 *
 * @see {@link render360Markdown}
 */
export interface Render360Context {
  /** The ratee the report is about. */
  readonly rateeId: string;
  /** The instrument (competency names, items). */
  readonly instrument: Instrument360;
  /** The organisation's name, when known. */
  readonly organisation?: string;
  /** The ratee's comparison with earlier cycles (an entry of {@link compareCycles360}'s `ratees`); without it there is no trend section. */
  readonly comparison?: RateeCycleComparison360;
}

const reasonText = {
  'below-minimum-group-size': 'fewer raters than the minimum group size',
  'below-minimum-on-item': 'too few of the group scored the item',
  'others-below-minimum': 'the pooled figure would rest on too few raters',
  'differs-little-from-earlier-release': 'its raters differ from an earlier report’s by too few people',
} as const;

/**
 * Lines describing the groups left out for anonymity, and why.
 *
 * @param report - the report
 * @returns the lines (a heading and a list)
 */
function hiddenGroupLines(report: Feedback360Report): string[] {
  const lines = report.hiddenGroups.map(
    (hidden) =>
      `- ${raterGroupLabel(hidden.groups, false)}: hidden, ${reasonText[hidden.reason]} (${report.policy.minGroupSize}); ` +
      'their ratings are left out of every figure, including all others.',
  );
  const withheldItems = report.items.filter((item) => item.withheld.some((entry) => entry.reason !== 'differs-little-from-earlier-release')).length;
  if (withheldItems > 0) lines.push(`- On ${counted(withheldItems, 'item')} some figures are withheld because too few raters scored them.`);
  const changedItems = report.items.filter((item) => item.withheld.some((entry) => entry.reason === 'differs-little-from-earlier-release')).length;
  if (changedItems > 0) {
    lines.push(
      `- On ${counted(changedItems, 'item')} some figures are withheld because ${reasonText['differs-little-from-earlier-release']} (fewer than ${report.policy.minGroupSize} joined or left), checked with the release ledger.`,
    );
  }
  return lines.length === 0 ? ['- nothing: every group met the minimum size.'] : lines;
}

/**
 * A ratee's 360 report as Markdown: self vs others by competency with each shown group, the
 * overall agreement, blind spots and hidden strengths, what is hidden for anonymity, readiness
 * and the findings with their sources.
 *
 * @param report - the ratee's report (from `interpret360` or `interpret360Cohort`)
 * @param context - the ratee id and instrument
 * @param headingLevel - the level of the report's heading (default 1; 2 to put it inside a
 *   larger document)
 * @returns the Markdown text, ending with a newline; user texts are escaped
 *   ({@link escapeMarkdownText})
 * @example
 * import { render360Markdown } from 'lmdkit/report';
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
 * const markdown = render360Markdown(report, { rateeId: 'M07', instrument });
 * markdown.split('\n')[0] //=> '# 360-degree feedback: M07'
 * markdown.includes('| Listening  | 5.00 | 3.50 (n=4) | +1.50 | 4.00 (n=1) | 3.33 (n=3) |') //=> true
 * markdown.includes('- Direct reports: hidden, fewer raters than the minimum group size (3)') //=> true
 * @see {@link render360Html} for the same report as a web page
 */
export function render360Markdown(report: Feedback360Report, context: Render360Context, headingLevel = 1): string {
  const h = (level: number): string => '#'.repeat(headingLevel + level - 1);
  const itemLabel = itemLabeller(context.instrument);
  const { comparison } = context;
  if (comparison !== undefined) checkComparisonAgainstView(comparison, report.competencies, 'coach');
  const trend = comparison === undefined ? [] : [render360TrendMarkdown(comparison, headingLevel + 1)];

  const shown = report.shownGroups.filter((group) => !(group.groups.length === 1 && group.groups[0] === 'self'));
  const groupColumns = shown.map((group) => raterGroupLabel(group.groups, false));
  const figure = (value: { mean: number; n: number } | null | undefined): string => (value == null ? '–' : `${fixed(value.mean)} (n=${value.n})`);
  const rows = report.competencies.map((competency) => [
    escapeMarkdownText(competency.name),
    fixed(competency.self?.mean ?? null),
    figure(competency.others),
    signed(competency.gap),
    ...shown.map((group) => figure(competency.groups.find((candidate) => candidate.groups.join() === group.groups.join()))),
  ]);
  const table = markdownTable(
    ['Competency', 'Self', 'All others', 'Gap'].concat(groupColumns),
    rows,
    ['left', 'right', 'right', 'right'].concat(groupColumns.map(() => 'right')) as ('left' | 'right')[],
  );

  const agreement = report.agreement;
  const agreementLines =
    agreement === null
      ? ['- Not classified: no self-rating or no published all-others figure.']
      : [
          `- Category: **${(bandHoldsZero(report.agreementBand) ? categoryWords : categoryWordsOffZero)[agreement.category]}** (\`${agreement.category}\`); six-way: ${sixWayWords[agreement.sixWay]} (\`${agreement.sixWay}\`); self ${fixed(agreement.self)} vs all others ` +
            `${fixed(agreement.others)} over ${counted(agreement.items, 'item')}, difference ${signed(agreement.difference)} ` +
            `(band ${signed(report.agreementBand.lower)} to ${signed(report.agreementBand.upper)}).`,
        ];
  const flagged = (items: readonly string[]): string => (items.length === 0 ? 'none' : items.map((item) => escapeMarkdownText(itemLabel(item))).join(', '));
  const gap = report.options.blindSpotGap === 1 ? '1 scale point' : `${report.options.blindSpotGap} scale points`;
  agreementLines.push(`- Blind spots (self at least ${gap} above others; the ${report.options.maxFlaggedItems} largest): ${flagged(report.blindSpots)}.`);
  agreementLines.push(`- Hidden strengths (self at least ${gap} below others; the ${report.options.maxFlaggedItems} largest): ${flagged(report.hiddenStrengths)}.`);

  const readiness = report.readiness;
  const conditions = (moderators: readonly (keyof typeof feedbackReadinessModeratorLabels)[]): string =>
    moderators.length === 0 ? 'none' : moderators.map((moderator) => feedbackReadinessModeratorLabels[moderator]).join(', ');
  const readinessLines =
    readiness === null
      ? []
      : [
          `${h(2)} Readiness to act on the feedback`,
          '',
          `- Likelihood of improvement: **${readiness.band}**; in place: ${conditions(readiness.favourable)}; missing: ${conditions(readiness.unfavourable)}; not known: ${conditions(readiness.unknown)}.`,
        ];

  const title = `${h(1)} 360-degree feedback: ${escapeMarkdownText(context.rateeId)}${context.organisation === undefined ? '' : ` (${escapeMarkdownText(context.organisation)})`}`;
  const groupsLine = `Groups shown: ${report.shownGroups.map((group) => `${raterGroupLabel(group.groups, false)} (${group.raters})`).join(', ') || 'none'}. Scale ${report.scale.min}–${report.scale.max}; gap = self − all others.`;
  return joinMarkdownSections([
    [title, '', groupsLine],
    [`${h(2)} Self and others by competency`, '', table],
    trend,
    [`${h(2)} Self-other agreement`, '', ...agreementLines],
    [`${h(2)} Hidden for anonymity`, '', ...hiddenGroupLines(report)],
    readinessLines,
    [`${h(2)} Findings`, '', ...findingList(report.findings)],
  ]);
}
