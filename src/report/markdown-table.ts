/**
 * Markdown pipe tables with aligned columns, readable as they are in a terminal. Pure.
 *
 * @module
 */

/**
 * How a column's cells line up in {@link markdownTable}: numbers to the right.
 *
 * @see {@link markdownTable}
 */
export type ColumnAlign = 'left' | 'right';

/**
 * A Markdown pipe table whose columns are padded to the same width, so that it reads as a table
 * in a terminal too. A `|` in a cell is escaped and a line break becomes a space; other Markdown in
 * a cell is kept, so escape text from users first ({@link escapeMarkdownText}).
 *
 * @param headers - the column headers
 * @param rows - the cells, row by row (as many as there are headers)
 * @param align - each column's alignment (default left)
 * @returns the table's lines joined with newlines (no trailing newline)
 * @example
 * import { markdownTable } from 'lmdkit/report';
 * markdownTable(['Item', 'Mean'], [['L1', '3.50']], ['left', 'right'])
 * //=> '| Item | Mean |\n| ---- | ---: |\n| L1   | 3.50 |'
 * markdownTable(['Pair'], [['a|b']]).split('\n')[2] //=> '| a\\|b |'
 * @see {@link joinMarkdownSections}
 */
export function markdownTable(headers: readonly string[], rows: readonly (readonly string[])[], align: readonly ColumnAlign[] = []): string {
  const cells = [headers, ...rows].map((row) => row.map((cell) => cell.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ')));
  const widths = headers.map((_, column) => Math.max(3, ...cells.map((row) => [...(row[column] ?? '')].length)));
  const pad = (text: string, column: number): string => {
    const room = (widths[column] as number) - [...text].length;
    return align[column] === 'right' ? ' '.repeat(room) + text : text + ' '.repeat(room);
  };
  const line = (row: readonly string[]): string => `| ${headers.map((_, column) => pad(row[column] ?? '', column)).join(' | ')} |`;
  const rule = `| ${widths.map((width, column) => (align[column] === 'right' ? `${'-'.repeat(width - 1)}:` : '-'.repeat(width))).join(' | ')} |`;
  return [line(cells[0] as string[]), rule, ...cells.slice(1).map(line)].join('\n');
}
