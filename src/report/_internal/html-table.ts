/**
 * An accessible HTML table in a scrolling wrapper: a caption, column headers, and the first cell
 * of each row as the row's header. Cells are HTML already escaped by the caller.
 */
export function htmlTable(caption: string, head: readonly string[], rows: readonly (readonly string[])[]): string {
  return (
    `<div class="table-wrap"><table><caption>${caption}</caption><thead><tr>${head.map((cell, index) => `<th scope="col"${index === 0 ? ' class="text"' : ''}>${cell}</th>`).join('')}</tr></thead>` +
    `<tbody>${rows.map((row) => `<tr>${row.map((cell, index) => (index === 0 ? `<th scope="row">${cell}</th>` : `<td>${cell}</td>`)).join('')}</tr>`).join('')}</tbody></table></div>`
  );
}
