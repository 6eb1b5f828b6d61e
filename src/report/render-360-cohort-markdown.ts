/**
 * The Markdown summary of a whole 360 cycle: the agreement categories, the cohort's self −
 * others differences and one line per ratee. Pure.
 *
 * @module
 */
import { raterGroupLabel, type Feedback360Cohort, type Feedback360CohortTotals, type Feedback360Report } from '../lmd/index.js';
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
  return cohortMarkdown(cohort, cohort.ratees.length, cohort.ratees.map(({ rateeId, report }) => cohortMarkdownRow(rateeId, report)), organisation);
}

/** The cohort's Markdown being made ratee by ratee (see {@link render360CohortMarkdownStream}). */
export interface CohortMarkdown360Stream {
  /** Takes one ratee's report, in the cohort's order; only its table row is kept. */
  readonly add: (rateeId: string, report: Feedback360Report) => void;
  /** The whole summary, from the cohort's figures (as `interpret360Stream` returns them). */
  readonly finish: (totals: Feedback360CohortTotals) => string;
}

/**
 * {@link render360CohortMarkdown} for a cohort interpreted with `interpret360Stream`: add each
 * report as it comes (only its table row is kept, a few short strings), then finish with the
 * cohort's figures. The text is the same as {@link render360CohortMarkdown} gives for the whole
 * cohort.
 *
 * @param organisation - the organisation's name for the heading (none when left out)
 * @returns the stream: `add(rateeId, report)`, then `finish(totals)`
 * @example
 * const instrument = {
 *   scale: { min: 1, max: 5 },
 *   competencies: [{ id: 'c', name: 'Coaching' }],
 *   items: [{ id: 'i1', competencyId: 'c' }],
 * };
 * const columns = ratingColumns360(instrument);
 * for (const score of [3, 3, 4]) columns.add({ rateeId: 'ann', raterId: `p${score}${columns.length()}`, group: 'peer', itemId: 'i1', score });
 * const markdown = render360CohortMarkdownStream('Larkspur Vale');
 * const totals = interpret360Stream({ instrument, ratings: columns.finish() }, markdown.add);
 * markdown.finish(totals).split('\n')[0] //=> '# 360-degree feedback cohort: Larkspur Vale'
 * @see {@link render360CohortMarkdown}
 */
export function render360CohortMarkdownStream(organisation?: string): CohortMarkdown360Stream {
  const rows: string[][] = [];
  return {
    add: (rateeId, report) => rows.push(cohortMarkdownRow(rateeId, report)),
    finish: (totals) => cohortMarkdown(totals, totals.reported, rows, organisation),
  };
}

/** One ratee's row of the cohort's table. */
function cohortMarkdownRow(rateeId: string, report: Feedback360Report): string[] {
  return [
    escapeMarkdownText(rateeId),
    report.agreement?.category ?? 'not-classified',
    signed(report.agreement?.difference ?? null),
    report.hiddenGroups.map((hidden) => raterGroupLabel(hidden.groups, false)).join(', ') || '–',
    report.findings.map((finding) => finding.code).join(', ') || '–',
  ];
}

/** The cohort's Markdown from its figures and its table rows. */
function cohortMarkdown(
  cohort: Pick<Feedback360Cohort, 'policy' | 'agreement' | 'agreementBand' | 'differences'>,
  rateeCount: number,
  rows: readonly (readonly string[])[],
  organisation?: string,
): string {
  const differences = cohort.differences;
  const band = cohort.agreementBand;
  return joinMarkdownSections([
    [`# 360-degree feedback cohort${organisation === undefined ? '' : `: ${escapeMarkdownText(organisation)}`}`, '', `${counted(rateeCount, 'ratee')}; minimum group size ${cohort.policy.minGroupSize}, minimum for all others ${cohort.policy.minOthersSize}, small groups: ${cohort.policy.smallGroupStrategy}.`],
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
