/**
 * The Markdown report of an IIP Leadership & Management assessment. Pure.
 *
 * @module
 */
import type { Finding } from '../core/index.js';
import { lmAudiences, lmEvidenceSourceLabels, lmStatusLabels, type LmAssessment, type LmAudience, type LmRequirementResult, type LmStatus } from '../indicators/index.js';
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
    lmStatusLabels[indicator.status],
    requirementsByStatus(indicator.requirements),
  ]);
  const main = brief ? assessment.findings.filter((finding) => isMain(finding)) : assessment.findings;
  const rest = assessment.findings.length - main.length;
  const findings = brief ? briefFindings(main) : findingList(main, true);
  if (brief && rest > 0) findings.push(`- … and ${rest} more (advice and information): run \`lmdkit iip\` for all of them.`);
  const { minimumPeople, minimumSources, combine } = assessment.sufficiency;
  const allRequirements = assessment.indicators.flatMap((indicator) => indicator.requirements);
  const metThin = new Set(assessment.findings.filter((finding) => finding.code === 'LM_MET_ON_THIN_EVIDENCE').map((finding) => finding.requirementId));
  const sufficiencyLine =
    `Evidence is taken as sufficient for an audience when it comes from at least ${counted(minimumPeople, 'person', 'people')} ${combine === 'both' ? 'and' : 'or'} ${counted(minimumSources, 'kind of source', 'kinds of source')} ` +
    `(lmdkit’s reading of assessment practice, not a published threshold); ${metThin.size} of the ${allRequirements.length} requirements are supported on less for some audience.`;
  const restsOnRows = allRequirements.map((requirement) => [
    requirement.id,
    lmStatusLabels[requirement.status],
    String(requirement.restsOn.people),
    requirement.restsOn.sources.map((source) => lmEvidenceSourceLabels[source]).join(', ') || '–',
    requirement.restsOn.audiences.map(audienceLabel).join(', ') || '–',
    requirement.restsOn.people + requirement.restsOn.sources.length === 0 ? '–' : requirement.sufficient ? 'yes' : 'no',
  ]);
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
      'Requirements are numbered within their indicator: 3 under LM1 is LM1.3.',
      '',
      sufficiencyLine,
    ],
    brief
      ? []
      : [
          `${h(2)} What each requirement rests on`,
          '',
          markdownTable(['Requirement', 'Status', 'People', 'Sources', 'Audiences', 'Sufficient'], restsOnRows, ['left', 'left', 'right', 'left', 'left', 'left']),
        ],
    [`${h(2)} ${brief ? 'Main findings (basis: Investors in People UK (2003), the L&M Model)' : 'Findings'}`, '', ...findings],
    [`${h(2)} Next actions`, '', ...actions],
  ]);
}

/** One line per indicator: the requirements to strengthen, the evidence to gather and the requirements to corroborate. */
function briefActions(assessment: LmAssessment): string[] {
  const lines = new Map<string, string[]>();
  const corroborate = new Map<string, string[]>();
  for (const action of assessment.nextActions) {
    if (action.kind === 'corroborate-evidence') {
      const parts = corroborate.get(action.indicatorId) ?? [];
      parts.push(`${action.requirementIds.join(', ')} (${action.audiences.map(audienceLabel).join(', ')})`);
      corroborate.set(action.indicatorId, parts);
      if (!lines.has(action.indicatorId)) lines.set(action.indicatorId, []);
      continue;
    }
    const parts = lines.get(action.indicatorId) ?? [];
    parts.push(
      action.kind === 'strengthen-practice'
        ? `strengthen practice for ${action.requirementIds.join(', ')}`
        : `gather evidence for ${action.requirementIds.join(', ')} from ${action.audiences.map(audienceLabel).join(', ')}`,
    );
    lines.set(action.indicatorId, parts);
  }
  return [...lines].map(([indicatorId, parts]) => {
    const thin = corroborate.get(indicatorId);
    const all = thin === undefined ? parts : [...parts, `corroborate ${thin.join(', ')} with more people or kinds of source`];
    return `- ${indicatorId}: ${all.join('; ')}.`;
  });
}

/** An audience's name in lower case, for running text. */
function audienceLabel(audience: LmAudience): string {
  return (lmAudiences.find((entry) => entry.id === audience)?.name ?? audience).toLowerCase();
}

/** An indicator's requirements grouped by status, in plain words: "1, 2 met; 3 partly met". */
function requirementsByStatus(requirements: readonly LmRequirementResult[]): string {
  const order: readonly LmStatus[] = ['met', 'partly-met', 'not-met', 'not-assessed'];
  return order
    .map((status) => {
      const numbers = requirements.filter((requirement) => requirement.status === status).map((requirement) => requirement.id.slice(requirement.id.indexOf('.') + 1));
      return numbers.length === 0 ? '' : `${numbers.join(', ')} ${lmStatusLabels[status]}`;
    })
    .filter((part) => part !== '')
    .join('; ');
}

/**
 * The brief list of findings: each finding once, except that a code given more than three times
 * is shown by its first finding and a count of the rest, so that one repeated warning does not
 * crowd out the others.
 */
function briefFindings(findings: readonly Finding[]): string[] {
  const byCode = new Map<string, Finding[]>();
  for (const finding of findings) byCode.set(finding.code, [...(byCode.get(finding.code) ?? []), finding]);
  const lines: string[] = [];
  const shown = new Set<string>();
  for (const finding of findings) {
    const same = byCode.get(finding.code) ?? [];
    if (same.length <= 3) {
      lines.push(...findingList([finding], false));
      continue;
    }
    if (shown.has(finding.code)) continue;
    shown.add(finding.code);
    const others = same.slice(1).map((entry) => (entry as Finding & { requirementId?: string }).requirementId ?? '').filter((id) => id !== '');
    lines.push(...findingList([finding], false).map((line) => `${line} Similar findings: ${same.length - 1} more${others.length === 0 ? '' : ` (${[...new Set(others)].join(', ')})`}.`));
  }
  return lines;
}

function isMain(finding: Finding): boolean {
  return finding.severity === 'risk' || finding.severity === 'warning';
}
