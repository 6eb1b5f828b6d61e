/**
 * Joining the sections of a Markdown report. Pure.
 *
 * @module
 */

/**
 * Joins report sections (each a list of lines) with one blank line between them, ending with a
 * newline; an empty section is left out. The renderers build their reports this way, and an app
 * can join their outputs (each `trimEnd()`-ed) into one document the same way.
 *
 * @param sections - the sections
 * @returns the report text
 * @example
 * import { joinMarkdownSections } from 'lmdkit/report';
 * joinMarkdownSections([['# Title'], [], ['Body', 'more']]) //=> '# Title\n\nBody\nmore\n'
 * @see {@link markdownTable}
 */
export function joinMarkdownSections(sections: readonly (readonly string[])[]): string {
  return `${sections
    .filter((section) => section.length > 0)
    .map((section) => section.join('\n'))
    .join('\n\n')}\n`;
}
