/**
 * Joining the sections of a Markdown report. Pure.
 *
 * @module
 */

/**
 * Joins report sections (each a list of lines) with one blank line between them, ending with a
 * newline.
 *
 * @param sections - the sections
 * @returns the report text
 */
export function joinMarkdownSections(sections: readonly (readonly string[])[]): string {
  return `${sections
    .filter((section) => section.length > 0)
    .map((section) => section.join('\n'))
    .join('\n\n')}\n`;
}
