/**
 * Short in-text citations of the bibliography, as the Markdown and HTML reports write them. Pure.
 *
 * @module
 */
import { references } from '../../core/index.js';

/**
 * A short citation for a bibliography id: `Day (2000)`, `Atwater & Waldman (1998)`,
 * `Smither et al. (2005)`; the id itself if the bibliography does not hold it.
 *
 * @param id - a bibliography id
 * @returns the short citation
 */
export function shortCitation(id: string): string {
  const entry = Object.hasOwn(references, id) ? (references as Record<string, { authors: readonly string[]; year: number }>)[id] : undefined;
  return entry === undefined ? id : authorsAndYear(entry.authors, entry.year);
}

/**
 * A work's short in-text form, after APA 7: one or two surnames (`Day (2000)`,
 * `Atwater & Waldman (1998)`), or the first surname and "et al." for three or more
 * (`Smither et al. (2005)`). The Markdown and HTML reports both cite this way.
 *
 * @param authors - the authors as the bibliography writes them (`Surname, I.` or a body's name)
 * @param year - the year of publication
 * @returns the short citation
 */
export function authorsAndYear(authors: readonly string[], year: number): string {
  const names = authors.map((author) => author.split(',')[0]?.trim() ?? author);
  const who = names.length <= 2 ? names.join(' & ') : `${names[0] ?? ''} et al.`;
  return `${who} (${year})`;
}
