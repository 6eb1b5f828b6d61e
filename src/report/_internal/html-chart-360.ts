/**
 * The "self and others by competency" chart of the HTML 360 report, as inline SVG, and the table
 * that carries the same figures for readers who cannot see the chart. Both are built from the
 * report's published competency figures only, so a hidden group has no series, mark, label or
 * attribute here.
 *
 * @module
 */
import type { RaterGroup } from '../../lmd/index.js';

/** A published figure as the chart reads it. */
interface ChartFigure {
  readonly groups: readonly RaterGroup[];
  readonly mean: number;
}

/**
 * What the chart draws: the scale, the groups shown, and one row per competency (or per item),
 * each with its self, shown-group and all-others figures. A coach's report and a participant's
 * view both fit, and so do their items.
 */
export interface ChartSource360 {
  readonly scale: { readonly min: number; readonly max: number };
  readonly shownGroups: readonly { readonly groups: readonly RaterGroup[] }[];
  readonly rows: readonly {
    readonly name: string;
    readonly self: ChartFigure | null;
    readonly groups: readonly ChartFigure[];
    readonly others: ChartFigure | null;
  }[];
}

/** What a chart is about, for its ids, title, description and table: competencies (the default) or items. */
export interface ChartSubject360 {
  /** The prefix of the chart's element ids (`chart` gives `chart-title`, `chart-desc`). */
  readonly id: string;
  /** The table's id. */
  readonly tableId: string;
  /** The row noun, singular and plural. */
  readonly noun: string;
  readonly nouns: string;
  /** The row header of the table. */
  readonly rowHeader: string;
}

/** The competency chart's subject: the ids and words the page has always used. */
export const competencySubject360: ChartSubject360 = { id: 'chart', tableId: 'competency-table', noun: 'competency', nouns: 'competencies', rowHeader: 'Competency' };

/** The item chart's subject. */
export const itemSubject360: ChartSubject360 = { id: 'item-chart', tableId: 'item-table', noun: 'item', nouns: 'items', rowHeader: 'Item' };
import { escapeHtml } from './html-escape.js';
import { allOthersLabel, formatScore, groupLabel } from './html-format.js';
import { htmlPalette, seriesColours } from './html-style.js';

/** One series of the chart and one column of its table: self, a shown group, or all others. */
export interface ChartSeries360 {
  /** The `data-group` value: the group ids pooled, space-separated, or `all-others`. */
  readonly key: string;
  /** Its label (`Self`, `Manager`, `Peers + Direct reports`, `All others`). */
  readonly label: string;
  /** Its bar colour. */
  readonly colour: string;
  /** Its mean per competency, in report order; `null` when the report publishes none. */
  readonly values: readonly (number | null)[];
}

const sameGroups = (a: readonly RaterGroup[], b: readonly RaterGroup[]): boolean => a.length === b.length && a.every((group, index) => b[index] === group);

/**
 * The chart's series, in the report's group order: self (when the ratee rated themself), each
 * shown group other than self, then all others (when any all-others figure is published).
 *
 * @param report - what to draw ({@link ChartSource360})
 * @returns the series with their values per row
 */
export function chartSeries360(report: ChartSource360): ChartSeries360[] {
  const series: ChartSeries360[] = [];
  if (report.rows.some((competency) => competency.self !== null)) {
    series.push({ key: 'self', label: groupLabel(['self']), colour: seriesColours.self, values: report.rows.map((competency) => competency.self?.mean ?? null) });
  }
  for (const shown of report.shownGroups) {
    const first = shown.groups[0];
    if (first === undefined || first === 'self') continue;
    series.push({
      key: shown.groups.join(' '),
      label: groupLabel(shown.groups),
      colour: seriesColours[first],
      values: report.rows.map((competency) => competency.groups.find((figure) => sameGroups(figure.groups, shown.groups))?.mean ?? null),
    });
  }
  if (report.rows.some((competency) => competency.others !== null)) {
    series.push({
      key: 'all-others',
      label: allOthersLabel,
      colour: seriesColours['all-others'],
      values: report.rows.map((competency) => competency.others?.mean ?? null),
    });
  }
  return series;
}

/** The text a chart or table shows where the report publishes no figure. */
export const notShownText = 'not shown';

const layout = {
  width: 680,
  labelWidth: 168,
  valueWidth: 56,
  top: 6,
  headerHeight: 26,
  rowHeight: 22,
  barHeight: 14,
  blockGap: 14,
  axisHeight: 50,
} as const;

function ticksOf(min: number, max: number): number[] {
  const step = Math.max(1, Math.ceil((max - min) / 10));
  const ticks: number[] = [];
  for (let tick = min; tick <= max; tick += step) ticks.push(tick);
  if (ticks[ticks.length - 1] !== max) ticks.push(max);
  return ticks;
}

/**
 * The chart: for each competency a block of horizontal bars, one per series, each labelled with
 * its series name on the left and its value at its end (so neither colour nor position alone
 * carries a figure), on the instrument's scale with a labelled axis. `role="img"` with a title
 * and description, its marks `aria-hidden`; the table from {@link competencyTable360} follows it
 * on the page and is what a screen reader reads the figures from.
 *
 * @param report - what to draw ({@link ChartSource360}): a report's competencies, or its items
 * @param series - its series ({@link chartSeries360})
 * @param subject - competencies (default) or items: the ids, title and words
 * @returns the SVG markup
 */
export function competencyChart360(report: ChartSource360, series: readonly ChartSeries360[], subject: ChartSubject360 = competencySubject360): string {
  const { width, labelWidth, valueWidth, top, headerHeight, rowHeight, barHeight, blockGap, axisHeight } = layout;
  const { min, max } = report.scale;
  const plotStart = labelWidth;
  const plotEnd = width - valueWidth;
  const x = (value: number): number => plotStart + ((value - min) / (max - min)) * (plotEnd - plotStart);
  const blockHeight = headerHeight + series.length * rowHeight + blockGap;
  const plotBottom = top + report.rows.length * blockHeight;
  const height = plotBottom + axisHeight;
  const round = (value: number): string => String(Math.round(value * 10) / 10);
  const parts: string[] = [];
  const ticks = ticksOf(min, max);
  for (const tick of ticks) {
    parts.push(`<line x1="${round(x(tick))}" x2="${round(x(tick))}" y1="${top}" y2="${plotBottom}" stroke="${htmlPalette.grid}" stroke-width="1"/>`);
  }
  report.rows.forEach((competency, position) => {
    const blockTop = top + position * blockHeight;
    parts.push(`<text x="0" y="${blockTop + 18}" class="chart-competency" font-size="15" font-weight="600" fill="${htmlPalette.text}">${escapeHtml(competency.name)}</text>`);
    series.forEach((entry, row) => {
      const rowTop = blockTop + headerHeight + row * rowHeight;
      const baseline = rowTop + barHeight - 2;
      const group = escapeHtml(entry.key);
      parts.push(`<text x="${labelWidth - 10}" y="${baseline}" text-anchor="end" font-size="13" fill="${htmlPalette.text}">${escapeHtml(entry.label)}</text>`);
      const value = entry.values[position] ?? null;
      if (value === null) {
        parts.push(`<text x="${plotStart + 4}" y="${baseline}" font-size="13" font-style="italic" fill="${htmlPalette.mutedText}">${notShownText}</text>`);
        return;
      }
      const barWidth = Math.max(3, x(value) - plotStart);
      parts.push(`<rect data-group="${group}" x="${plotStart}" y="${rowTop}" width="${round(barWidth)}" height="${barHeight}" rx="2" fill="${entry.colour}"/>`);
      parts.push(
        `<text data-group="${group}" class="chart-value" x="${round(plotStart + barWidth + 6)}" y="${baseline}" font-size="13" font-weight="600" fill="${htmlPalette.text}">${formatScore(value)}</text>`,
      );
    });
  });
  parts.push(`<line x1="${plotStart}" x2="${plotEnd}" y1="${plotBottom}" y2="${plotBottom}" stroke="${htmlPalette.text}" stroke-width="1"/>`);
  for (const tick of ticks) {
    const tickX = round(x(tick));
    parts.push(`<line x1="${tickX}" x2="${tickX}" y1="${plotBottom}" y2="${plotBottom + 5}" stroke="${htmlPalette.text}" stroke-width="1"/>`);
    parts.push(`<text x="${tickX}" y="${plotBottom + 19}" text-anchor="middle" font-size="13" fill="${htmlPalette.text}">${tick}</text>`);
  }
  parts.push(
    `<text x="${round((plotStart + plotEnd) / 2)}" y="${plotBottom + 41}" text-anchor="middle" font-size="13" fill="${htmlPalette.mutedText}">Mean rating (${min} to ${max} scale)</text>`,
  );
  const names = series.map((entry) => entry.label).join(', ');
  const description =
    `Horizontal bars give the mean rating for each ${subject.noun} on the ${min} to ${max} scale, ` +
    `for ${escapeHtml(names)}. Each bar is labelled with its value. The table below gives the same figures.`;
  return (
    `<svg class="chart" role="img" aria-labelledby="${subject.id}-title ${subject.id}-desc" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" focusable="false">` +
    `<title id="${subject.id}-title">Self and others by ${subject.noun}</title><desc id="${subject.id}-desc">${description}</desc>` +
    // The marks and labels are hidden from assistive technology: the image has its name and
    // description, and the table after it reads the same figures (Chromium otherwise exposes every
    // label inside role="img", and some screen readers read them as well as the table).
    `<g aria-hidden="true">${parts.join('')}</g>` +
    '</svg>'
  );
}

/**
 * The chart's table alternative: one row per competency, one column per series, the same figures
 * written the same way.
 *
 * @param report - what the chart drew ({@link ChartSource360})
 * @param series - its series ({@link chartSeries360})
 * @param subject - competencies (default) or items
 * @returns the table markup
 */
export function competencyTable360(report: ChartSource360, series: readonly ChartSeries360[], subject: ChartSubject360 = competencySubject360): string {
  const head = series.map((entry) => `<th scope="col" data-group="${escapeHtml(entry.key)}">${escapeHtml(entry.label)}</th>`).join('');
  const rows = report.rows
    .map((competency, position) => {
      const cells = series
        .map((entry) => {
          const value = entry.values[position] ?? null;
          return `<td data-group="${escapeHtml(entry.key)}">${value === null ? notShownText : formatScore(value)}</td>`;
        })
        .join('');
      return `<tr><th scope="row">${escapeHtml(competency.name)}</th>${cells}</tr>`;
    })
    .join('');
  return (
    `<div class="table-wrap"><table id="${subject.tableId}">` +
    `<caption>Mean rating by ${subject.noun} (the figures in the chart above)</caption>` +
    `<thead><tr><th scope="col" class="text">${subject.rowHeader}</th>${head}</tr></thead>` +
    `<tbody>${rows}</tbody></table></div>`
  );
}
