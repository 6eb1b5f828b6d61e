/**
 * The Markdown report of an IIP Leadership & Management assessment. Pure.
 *
 * @module
 */
import type { Finding } from '../core/index.js';
import type { LmAssessment } from '../indicators/index.js';
import { counted } from './_internal/counted.js';
import { findingList } from './_internal/markdown-finding-list.js';
import { escapeMarkdownText } from './escape-markdown-text.js';
import { joinMarkdownSections } from './join-markdown-sections.js';
import { markdownTable } from './markdown-table.js';

/**
 * What {@link renderIipMarkdown} shows besides the assessment, and how much of it.
 *
 * @see {@link renderIipMarkdown}
 */
export interface RenderIipOptions {
  /** The organisation's name. */
  readonly organisation: string;
  /** The assessment date, when the file gives one. */
  readonly assessedOn?: string;
  /**
   * Whether to show only the main findings (risks and warnings, the rest counted) and the next
   * actions without their guidance, as the demo does (default `false`: everything).
   */
  readonly brief?: boolean;
  /** The level of the report's heading (default 1). */
  readonly headingLevel?: number;
}

/**
 * An IIP L&M assessment as Markdown: the overall result, each indicator's status and
 * requirements, findings and next actions.
 *
 * @param assessment - the result of `assessLmModel`
 * @param options - the organisation and how much to show
 * @returns the Markdown text, ending with a newline
 * @example
 * import { renderIipMarkdown } from 'lmdkit/report';
 * const assessment = assessLmModel([{ requirementId: 'LM1.1', audience: 'top-managers', source: 'interview', supports: 'yes' }]);
 * const markdown = renderIipMarkdown(assessment, { organisation: 'Larkspur Vale Housing' });
 * markdown.split('\n')[0] //=> '# IIP Leadership & Management assessment: Larkspur Vale Housing'
 * markdown.split('\n')[2]
 * //=> '1 evidence item. Model not met: indicators 0 met, 1 partly met, 0 not met, 8 not assessed; requirements 1 met, 0 partly met, 0 not met, 22 not assessed.'
 * @see {@link assessLmModel}
 */
export function renderIipMarkdown(assessment: LmAssessment, options: RenderIipOptions): string {
  const level = options.headingLevel ?? 1;
  const h = (depth: number): string => '#'.repeat(level + depth - 1);
  const brief = options.brief ?? false;
  const counts = assessment.counts;
  const statusCounts = (tally: typeof counts.indicators): string =>
    `${tally.met} met, ${tally.partlyMet} partly met, ${tally.notMet} not met, ${tally.notAssessed} not assessed`;
  const rows = assessment.indicators.map((indicator) => [
    indicator.id,
    indicator.name,
    indicator.status,
    indicator.requirements.map((requirement) => `${requirement.id.slice(requirement.id.indexOf('.') + 1)}:${statusMark(requirement.status)}`).join(' '),
  ]);
  const main = brief ? assessment.findings.filter((finding) => isMain(finding)) : assessment.findings;
  const rest = assessment.findings.length - main.length;
  const findings = findingList(main, !brief);
  if (brief && rest > 0) findings.push(`- … and ${rest} more (advice and information): run \`lmdkit iip\` for all of them.`);
  const actions =
    assessment.nextActions.length === 0
      ? ['- none: every indicator is met.']
      : brief
        ? briefActions(assessment)
        : assessment.nextActions.flatMap((action) => [
            `- ${action.indicatorId} (${action.requirementIds.join(', ')}): ${escapeMarkdownText(action.action)}`,
            ...(action.kind === 'strengthen-practice' ? action.guidance.map((line) => `  - ${escapeMarkdownText(line)}`) : []),
          ]);
  return joinMarkdownSections([
    [
      `${h(1)} IIP Leadership & Management assessment: ${escapeMarkdownText(options.organisation)}`,
      '',
      `${options.assessedOn === undefined ? '' : `Assessed on ${escapeMarkdownText(options.assessedOn)}; `}${counted(counts.evidenceItems, 'evidence item')}. ` +
        `Model ${assessment.meetsModel ? 'met' : 'not met'}: indicators ${statusCounts(counts.indicators)}; requirements ${statusCounts(counts.requirements)}.`,
    ],
    [
      `${h(2)} Indicators`,
      '',
      markdownTable(['Indicator', 'Name', 'Status', 'Requirements'], rows),
      '',
      'Requirements: + met, ~ partly met, − not met, ? not assessed.',
    ],
    [`${h(2)} ${brief ? 'Main findings (basis: Investors in People UK (2003), the L&M Model)' : 'Findings'}`, '', ...findings],
    [`${h(2)} Next actions`, '', ...actions],
  ]);
}

/** One line per indicator: the requirements to strengthen and the evidence to gather. */
function briefActions(assessment: LmAssessment): string[] {
  const lines = new Map<string, string[]>();
  for (const action of assessment.nextActions) {
    const parts = lines.get(action.indicatorId) ?? [];
    parts.push(
      action.kind === 'strengthen-practice'
        ? `strengthen practice for ${action.requirementIds.join(', ')}`
        : `gather evidence for ${action.requirementIds.join(', ')} from ${action.audiences.map((audience) => audience.replace(/-/g, ' ')).join(', ')}`,
    );
    lines.set(action.indicatorId, parts);
  }
  return [...lines].map(([indicatorId, parts]) => `- ${indicatorId}: ${parts.join('; ')}.`);
}

function statusMark(status: string): string {
  return status === 'met' ? '+' : status === 'partly-met' ? '~' : status === 'not-met' ? '−' : '?';
}

function isMain(finding: Finding): boolean {
  return finding.severity === 'risk' || finding.severity === 'warning';
}
