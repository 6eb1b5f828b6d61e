/**
 * Sources for the HTML reports: each bibliography id a finding or rule rests on is cited in the
 * text by author and year, linked to one entry in a sources list at the end of the page, resolved
 * through lmdkit's bibliography (`references`).
 *
 * @module
 */
import { LmdInputError, references, type Citation, type LmdInputPathKey } from '../../core/index.js';
import { escapeHtml } from './html-escape.js';
import { authorsAndYear } from './short-citation.js';

/** Cites works while a page is written and lists them, in order of first citation, at its end. */
export interface SourceList {
  /**
   * Cites works in running text.
   *
   * @param ids - bibliography ids
   * @param path - where the ids came from, for the error message
   * @returns links such as `Smither, London &amp; Reilly (2005)`, joined with semicolons
   * @throws LmdInputError when an id is not in the bibliography
   */
  cite(ids: readonly string[], path: readonly LmdInputPathKey[]): string;
  /**
   * The sources list: one `<li>` per cited work, with the anchor the citations link to.
   *
   * @returns the list markup, or an empty string when nothing was cited
   */
  render(): string;
}

function lookUp(id: string, path: readonly LmdInputPathKey[]): Citation {
  if (Object.hasOwn(references, id)) return (references as Readonly<Record<string, Citation>>)[id] as Citation;
  throw new LmdInputError([{ keys: path, message: `no work in lmdkit's bibliography has this id (received ${JSON.stringify(id)})` }]);
}

/**
 * A citation's short form, as the Markdown reports write it ({@link authorsAndYear}):
 * `Day (2000)`, `Atwater & Waldman (1998)`, `Smither et al. (2005)`.
 *
 * @param citation - a bibliography entry
 * @returns its authors' surnames (or body) and year
 */
export function shortCitation(citation: Citation): string {
  return authorsAndYear(citation.authors, citation.year);
}

/** The anchor of a work in the sources list. */
const anchorOf = (id: string): string => `source-${id}`;

/**
 * Starts a sources list for one page.
 *
 * @returns an empty list that records what is cited
 */
export function createSourceList(): SourceList {
  const cited: Citation[] = [];
  return {
    cite(ids, path) {
      return ids
        .map((id, index) => {
          const citation = lookUp(id, [...path, index]);
          if (!cited.includes(citation)) cited.push(citation);
          return `<a href="#${escapeHtml(anchorOf(citation.id))}">${escapeHtml(shortCitation(citation))}</a>`;
        })
        .join('; ');
    },
    render() {
      if (cited.length === 0) return '';
      const items = cited.map((citation) => {
        const doi = citation.doi === undefined ? '' : ` doi: <code>${escapeHtml(citation.doi)}</code>.`;
        const unverified = citation.verified ? '' : ' <span class="note">(Details not confirmed against the original.)</span>';
        return (
          `<li id="${escapeHtml(anchorOf(citation.id))}">${escapeHtml(citation.authors.join('; '))} (${citation.year}). ` +
          `<cite>${escapeHtml(citation.title)}</cite>${/[.?!]$/.test(citation.title) ? '' : '.'} ${escapeHtml(citation.outlet)}.${doi}${unverified}</li>`
        );
      });
      return `<ol class="sources">${items.join('')}</ol>`;
    },
  };
}
