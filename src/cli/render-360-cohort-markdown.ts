/**
 * The Markdown summary of a whole 360 cycle: the agreement categories, the cohort's self −
 * others differences and one line per ratee. Pure.
 *
 * @module
 */
import type { AgreementDistribution360, Feedback360Cohort } from '../lmd/feedback360/interpret-360-cohort.js';
import { raterGroupLabel } from '../lmd/feedback360/self-others-chart-spec.js';
import { counted, fixed, joinSections, signed } from './format-text.js';
import { markdownTable } from './markdown-table.js';
import { escapeMarkdownText } from './markdown-escape.js';

/**
 * The agreement categories of a cohort as a table (category, ratees).
 *
 * @param agreement - the cohort's agreement distribution
 * @returns the table
 */
export function agreementTable(agreement: AgreementDistribution360): string {
  const rows = Object.entries(agreement).map(([category, count]) => [category, String(count)]);
  return markdownTable(['Agreement category', 'Ratees'], rows, ['left', 'right']);
}

/**
 * A cohort's 360 summary as Markdown.
 *
 * @param cohort - the result of `interpret360Cohort`
 * @param organisation - the organisation's name, when known
 * @returns the Markdown text
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
  return joinSections([
    [`# 360-degree feedback cohort${organisation === undefined ? '' : `: ${escapeMarkdownText(organisation)}`}`, '', `${counted(cohort.ratees.length, 'ratee')}; minimum group size ${cohort.policy.minGroupSize}, minimum for all others ${cohort.policy.minOthersSize}, small groups: ${cohort.policy.smallGroupStrategy}.`],
    ['## Agreement categories', '', agreementTable(cohort.agreement), '', `Agreement band: self − others from ${signed(band.lower)} to ${signed(band.upper)}; others' cut-off ${fixed(band.othersCutOff)}.`],
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
