/**
 * The agreement categories of a 360 cohort as a Markdown table. Pure.
 *
 * @module
 */
import type { AgreementDistribution360 } from '../lmd/index.js';
import { markdownTable } from './markdown-table.js';

/**
 * The agreement categories of a cohort as a table (category, ratees).
 *
 * @param agreement - the cohort's agreement distribution
 * @returns the table
 */
export function render360AgreementMarkdown(agreement: AgreementDistribution360): string {
  const rows = Object.entries(agreement).map(([category, count]) => [category, String(count)]);
  return markdownTable(['Agreement category', 'Ratees'], rows, ['left', 'right']);
}
