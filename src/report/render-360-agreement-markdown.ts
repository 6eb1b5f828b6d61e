/**
 * The agreement categories of a 360 cohort as a Markdown table. Pure.
 *
 * @module
 */
import { selfOtherAgreementCategoryLabels, type AgreementDistribution360 } from '../lmd/index.js';
import { markdownTable } from './markdown-table.js';

/**
 * The agreement categories of a 360 cohort as a Markdown table: each category and how many
 * ratees fall in it, in the distribution's order.
 *
 * @param agreement - the cohort's agreement distribution (`interpret360Cohort(…).agreement`)
 * @returns the table's lines joined with newlines (no trailing newline)
 * @example
 * import { render360AgreementMarkdown } from 'lmdkit/report';
 * render360AgreementMarkdown({ 'over-estimator': 2, 'in-agreement-good': 5, 'in-agreement-poor': 1, 'under-estimator': 0, 'not-classified': 1 }).split('\n')[2]
 * //=> '| Rate themselves well above how others rate them           |      2 |'
 * @see {@link render360CohortMarkdown}
 */
export function render360AgreementMarkdown(agreement: AgreementDistribution360): string {
  const rows = Object.entries(agreement).map(([category, count]) => [
    (selfOtherAgreementCategoryLabels as Readonly<Record<string, string>>)[category] ?? category,
    String(count),
  ]);
  return markdownTable(['How self-ratings compare with others’', 'Ratees'], rows, ['left', 'right']);
}
