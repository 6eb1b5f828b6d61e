/**
 * The shell every HTML page of lmdkit shares: the document head with the strict Content Security
 * Policy and the inline style sheet, a skip link, the header, the main content and the footer.
 * Pure.
 *
 * @module
 */
import { escapeHtml } from './html-escape.js';
import { reportStyleSheet } from './html-style.js';

/**
 * The Content Security Policy every page writes into its `<meta>`: nothing may load; inline
 * styles and `data:` images only.
 */
export const pageContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

/** What a page puts in its shell; `eyebrow`, `title` are plain text, `lede`, `footer` and `sections` markup. */
export interface HtmlPageParts {
  readonly title: string;
  readonly eyebrow: string;
  readonly lede: string;
  readonly sections: readonly string[];
  readonly footer: string;
}

/**
 * A complete HTML document around the page's sections (the first section is the skip link's
 * target, `#summary`).
 *
 * @param parts - the title, the eyebrow above it, the lede under it, the sections and the footer
 * @returns the document, ending with a newline
 */
export function htmlPage(parts: HtmlPageParts): string {
  return (
    '<!doctype html>\n' +
    '<html lang="en-GB">\n<head>\n<meta charset="utf-8">\n' +
    '<meta name="viewport" content="width=device-width, initial-scale=1">\n' +
    `<meta http-equiv="Content-Security-Policy" content="${pageContentSecurityPolicy}">\n` +
    '<meta name="referrer" content="no-referrer">\n' +
    `<title>${escapeHtml(parts.title)}</title>\n<style>\n${reportStyleSheet()}\n</style>\n</head>\n<body>\n` +
    '<a class="skip-link" href="#summary">Skip to the summary</a>\n' +
    `<header class="report-header"><div class="wrap"><p class="eyebrow">${escapeHtml(parts.eyebrow)}</p><h1>${escapeHtml(parts.title)}</h1>` +
    `<p class="lede">${parts.lede}</p></div></header>\n` +
    `<main class="wrap">\n${parts.sections.join('\n')}\n</main>\n` +
    `<footer><div class="wrap">${parts.footer}</div></footer>\n` +
    '</body>\n</html>\n'
  );
}

/**
 * A page section with its heading, labelled for assistive technology.
 *
 * @param id - the section's id (and its heading's, with `-heading`)
 * @param heading - the heading (markup)
 * @param body - the content (markup)
 * @returns the section
 */
export function htmlSection(id: string, heading: string, body: string): string {
  return `<section id="${id}" aria-labelledby="${id}-heading"><h2 id="${id}-heading">${heading}</h2>${body}</section>`;
}
