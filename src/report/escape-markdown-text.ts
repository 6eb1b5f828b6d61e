/**
 * Escaping for the Markdown reports. Every text that comes from the
 * user's files (ids, names, competency and item ids, comments, quotes, evaluation case text) and
 * every library message that may quote such text passes through {@link escapeMarkdownText}
 * before it reaches a report, so no input can inject HTML, a link or an image, or break a report's
 * structure in a permissive Markdown viewer. Pure.
 *
 * @module
 */

const replacements: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '\\': '\\\\',
  '[': '\\[',
  ']': '\\]',
  '`': '\\`',
  '*': '\\*',
  _: '\\_',
};

/**
 * Escapes a text from the user's data for Markdown: `&`, `<` and `>` become character references
 * (so no input can open an HTML tag or start an entity), `\`, `[`, `]`, `` ` ``, `*` and `_` get a
 * backslash (so no input can make a link, an image, code or emphasis), and line breaks become
 * spaces (so no input can start a heading, a list or a new table row). A text with none of these
 * characters is returned as it is. Table cells also have `|` escaped, by `markdownTable`.
 *
 * @param text - a text from the user's data, or a message that may quote it
 * @returns the text, inert inside a Markdown line, heading or table cell
 * @example
 * import { escapeMarkdownText } from 'lmdkit/report';
 * escapeMarkdownText('"><img src=x onerror=alert(5)>') //=> '"&gt;&lt;img src=x onerror=alert(5)&gt;'
 * escapeMarkdownText('[a](b)') //=> '\\[a\\](b)'
 * escapeMarkdownText('Sets direction') //=> 'Sets direction'
 * @see {@link markdownTable}, which escapes `|` in cells
 */
export function escapeMarkdownText(text: string): string {
  return text.replace(/\r\n?|\n/g, ' ').replace(/[&<>\\[\]`*_]/g, (character) => replacements[character] ?? character);
}
