/**
 * The Markdown summary of a whole 360 cycle: the agreement categories, the cohort's self −
 * others differences and one line per ratee. Pure.
 *
 * @module
 */
import { raterGroupLabel, type Feedback360Cohort } from '../lmd/index.js';
import { counted } from './_internal/counted.js';
import { fixed, signed } from './_internal/format-number.js';
import { escapeMarkdownText } from './escape-markdown-text.js';
import { joinMarkdownSections } from './join-markdown-sections.js';
import { markdownTable } from './markdown-table.js';
import { render360AgreementMarkdown } from './render-360-agreement-markdown.js';

/**
 * A cohort's 360 summary as Markdown.
 *
 * The summary has the policy applied, the agreement categories
 * ({@link render360AgreementMarkdown}) with the band, the mean and standard deviation of the
 * self − others differences, and one row per ratee (agreement, difference, hidden groups, finding
 * codes). It names no rater and prints no figure a ratee's report does not publish.
 *
 * @param cohort - the result of `interpret360Cohort`
 * @param organisation - the organisation's name, when known
 * @returns the Markdown text, ending with a newline
 * @example
 * import { render360CohortMarkdown } from 'lmdkit/report';
 * const instrument = {
 *   scale: { min: 1, max: 5 },
 *   competencies: [{ id: 'listening', name: 'Listening' }],
 *   items: [{ id: 'L1', competencyId: 'listening' }],
 * };
 * const scores = { self: 5, manager: 4, peer: 3 } as const;
 * const cohort = interpret360Cohort({
 *   instrument,
 *   ratings: ['M07', 'M08'].flatMap((rateeId) =>
 *     (['self', 'manager', 'peer', 'peer', 'peer'] as const).map((group, index) => ({ rateeId, raterId: `${rateeId}-${index}`, group, itemId: 'L1', score: scores[group] })),
 *   ),
 * });
 * const markdown = render360CohortMarkdown(cohort, 'Larkspur Vale Housing');
 * markdown.split('\n')[0] //=> '# 360-degree feedback cohort: Larkspur Vale Housing'
 * markdown.includes('Over 2 ratees: mean +1.75, standard deviation 0.00.') //=> true
 * @see {@link render360Markdown} for one ratee
 */
export function render360CohortMarkdown(cohort: Feedback360Cohort, organisation?: string): string {
  const differences = cohort.differences;
  const band = cohort.agreementBand;
  const rows = cohort.ratees.map(({ rateeId, report }) => [
    escapeMarkdownText(rateeId),
    report.agreement?.category ?? 'not-classified',
    signed(report.agreement?.difference ?? null),
    report.hiddenGroups.map((hidden) => raterGroupLabel(hidden.groups, false)).join(', ') || '–',
    report.findings.map((finding) => finding.code).join(', ') || '–',
  ]);
  return joinMarkdownSections([
    [`# 360-degree feedback cohort${organisation === undefined ? '' : `: ${escapeMarkdownText(organisation)}`}`, '', `${counted(cohort.ratees.length, 'ratee')}; minimum group size ${cohort.policy.minGroupSize}, minimum for all others ${cohort.policy.minOthersSize}, small groups: ${cohort.policy.smallGroupStrategy}.`],
    ['## Agreement categories', '', render360AgreementMarkdown(cohort.agreement), '', `Agreement band: self − others from ${signed(band.lower)} to ${signed(band.upper)}; others' cut-off ${fixed(band.othersCutOff)}.`],
    [
      '## Self − others differences',
      '',
      differences === null
        ? 'No ratee has both a self-rating and a published all-others figure.'
        : `Over ${counted(differences.n, 'ratee')}: mean ${signed(differences.mean)}, standard deviation ${fixed(differences.sd)}.`,
    ],
    ['## Ratees', '', markdownTable(['Ratee', 'Agreement', 'Self − others', 'Hidden groups', 'Findings'], rows, ['left', 'left', 'right', 'left', 'left'])],
  ]);
}
