/**
 * The trend across 360 cycles in HTML: an inline SVG chart of all others' mean per competency in
 * each cycle (small multiples, one row per competency, every point labelled with its value) and
 * the table that carries the same figures. Built from a comparison's published figures only: a
 * cycle without a figure to compare has no point, only words that say why. The participant's
 * table prints the plain reading; the coach's adds the index and the reliability with its source.
 *
 * @module
 */
import { escapeHtml } from './html-escape.js';
import { formatScore } from './html-format.js';
import { htmlPalette, seriesColours } from './html-style.js';
import { absenceText, rowsOf, tableCells, type AnyComparison } from './trend-table-360.js';

const layout = { width: 680, labelWidth: 168, panelHeight: 96, plotTop: 22, plotHeight: 60, axisHeight: 40, inset: 40 } as const;

const round = (value: number): string => String(Math.round(value * 10) / 10);

/**
 * The trend chart as inline SVG: `role="img"` with a title and description, its marks
 * `aria-hidden`; the table from {@link trendTable360} follows it and holds the same figures.
 *
 * @param comparison - a coach's or participant's comparison
 * @returns the SVG markup
 */
export function trendChart360(comparison: AnyComparison): string {
  const rows = rowsOf(comparison);
  const { width, labelWidth, panelHeight, plotTop, plotHeight, axisHeight, inset } = layout;
  const { min, max } = comparison.scale;
  const count = comparison.cycles.length;
  const start = labelWidth + inset;
  const end = width - inset;
  const xOf = (index: number): number => (count === 1 ? (start + end) / 2 : start + ((end - start) * index) / (count - 1));
  const height = rows.length * panelHeight + axisHeight;
  const colour = seriesColours['all-others'];
  const parts: string[] = [];
  rows.forEach((row, position) => {
    const top = position * panelHeight;
    const yOf = (value: number): number => top + plotTop + plotHeight - ((value - min) / (max - min)) * plotHeight;
    parts.push(`<text x="0" y="${top + plotTop + plotHeight / 2 + 5}" font-size="14" font-weight="600" fill="${htmlPalette.text}">${escapeHtml(row.name)}</text>`);
    for (const value of [min, max]) {
      parts.push(`<line x1="${labelWidth}" x2="${width}" y1="${round(yOf(value))}" y2="${round(yOf(value))}" stroke="${htmlPalette.grid}" stroke-width="1"/>`);
    }
    let path: string[] = [];
    const flush = (): void => {
      if (path.length > 1) parts.push(`<polyline points="${path.join(' ')}" fill="none" stroke="${colour}" stroke-width="2"/>`);
      path = [];
    };
    row.series.forEach((point, index) => {
      const x = xOf(index);
      if (point.mean === null) {
        flush();
        parts.push(`<text x="${round(x)}" y="${round(top + plotTop + plotHeight / 2 + 4)}" text-anchor="middle" font-size="12" font-style="italic" fill="${htmlPalette.mutedText}">${absenceText(point)}</text>`);
        return;
      }
      const y = yOf(point.mean);
      path.push(`${round(x)},${round(y)}`);
      parts.push(`<circle cx="${round(x)}" cy="${round(y)}" r="4" fill="${colour}"/>`);
      parts.push(`<text x="${round(x)}" y="${round(y - 8)}" text-anchor="middle" font-size="12" font-weight="600" fill="${htmlPalette.text}">${formatScore(point.mean)}</text>`);
    });
    flush();
  });
  const axis = rows.length * panelHeight;
  comparison.cycles.forEach((cycle, index) => {
    parts.push(`<text x="${round(xOf(index))}" y="${axis + 20}" text-anchor="middle" font-size="13" fill="${htmlPalette.text}">${escapeHtml(cycle)}</text>`);
  });
  const description =
    `For each competency, a line joins all others' mean rating in each cycle (${escapeHtml(comparison.cycles.join(', '))}), ` +
    `on the ${min} to ${max} scale; each point is labelled with its value, and a cycle without a figure to compare says why in words ("not shown", "not comparable" or "no report"). The table below gives the same figures.`;
  return (
    `<svg class="chart" role="img" aria-labelledby="trend-chart-title trend-chart-desc" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" focusable="false">` +
    `<title id="trend-chart-title">All others\u2019 rating by competency across cycles</title><desc id="trend-chart-desc">${description}</desc>` +
    `<g aria-hidden="true">${parts.join('')}</g></svg>`
  );
}

/**
 * The trend's table alternative in HTML: one row per competency, a column per cycle, the change
 * since the previous cycle and what it means (and, for the coach, the index and reliability).
 *
 * @param comparison - a coach's or participant's comparison
 * @param audience - who reads it
 * @returns the table markup
 */
export function trendTable360(comparison: AnyComparison, audience: 'participant' | 'coach'): string {
  const { head, text, rows } = tableCells(comparison, audience);
  const cls = (index: number): string => (text[index] === true ? ' class="text"' : '');
  return (
    '<div class="table-wrap"><table id="trend-table">' +
    '<caption>All others\u2019 mean rating by competency in each cycle (the figures in the chart above)</caption>' +
    `<thead><tr><th scope="col" class="text">Competency</th>${head.map((cell, index) => `<th scope="col"${cls(index)}>${escapeHtml(cell)}</th>`).join('')}</tr></thead>` +
    `<tbody>${rows.map((row) => `<tr><th scope="row">${escapeHtml(row.name)}</th>${row.cells.map((cell, index) => `<td${cls(index)}>${escapeHtml(cell)}</td>`).join('')}</tr>`).join('')}</tbody></table></div>`
  );
}

