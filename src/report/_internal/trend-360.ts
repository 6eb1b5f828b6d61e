/**
 * The trend across 360 cycles: an inline SVG chart of all others' mean per competency in each
 * cycle (small multiples, one row per competency, every point labelled with its value), the table
 * that carries the same figures, and the Markdown table. Built from a comparison's published
 * figures only: a cycle that does not show a figure has no point, only the words "not shown".
 * The participant's versions print the plain reading; the coach's add the index and the
 * reliability with its source.
 *
 * @module
 */
import {
  cycleChangeReadingLabels360,
  type CycleChange360,
  type CyclePoint360,
  type ParticipantCycleComparison360,
  type RateeCycleComparison360,
} from '../../lmd/index.js';
import { fixed, signed } from './format-number.js';
import { escapeHtml } from './html-escape.js';
import { formatGap, formatScore } from './html-format.js';
import { htmlPalette, seriesColours } from './html-style.js';
import { escapeMarkdownText } from '../escape-markdown-text.js';
import { markdownTable } from '../markdown-table.js';

/** One competency's all-others series and change, as the chart and tables read them. */
interface TrendRow {
  readonly name: string;
  readonly series: readonly CyclePoint360[];
  /** The change, or `null`. */
  readonly change: number | null;
  /** The plain reading, or `null` when not compared. */
  readonly reading: CycleChange360['reading'] | null;
  /** The coach's figures, when the source is a coach's comparison. */
  readonly coach: CycleChange360 | null;
}

type AnyComparison = RateeCycleComparison360 | ParticipantCycleComparison360;

function rowsOf(comparison: AnyComparison): TrendRow[] {
  return comparison.competencies.map((competency) => {
    const others = (competency.figures as readonly (RateeCycleComparison360['competencies'][number]['figures'][number] | ParticipantCycleComparison360['competencies'][number]['figures'][number])[]).find(
      (figure) => figure.scope === 'others',
    );
    if (others === undefined) {
      return { name: competency.name, series: comparison.cycles.map((cycle) => ({ cycle, mean: null, n: null, absence: 'withheld' as const })), change: null, reading: null, coach: null };
    }
    const change = others.change;
    if (change !== null && typeof change === 'object') return { name: competency.name, series: others.series, change: change.change, reading: change.reading, coach: change };
    const plain = others as ParticipantCycleComparison360['competencies'][number]['figures'][number];
    return { name: competency.name, series: others.series, change: plain.change ?? null, reading: plain.reading ?? null, coach: null };
  });
}

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
        parts.push(`<text x="${round(x)}" y="${round(top + plotTop + plotHeight / 2 + 4)}" text-anchor="middle" font-size="12" font-style="italic" fill="${htmlPalette.mutedText}">not shown</text>`);
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
    `on the ${min} to ${max} scale; each point is labelled with its value, and a cycle that does not show a figure says "not shown". The table below gives the same figures.`;
  return (
    `<svg class="chart" role="img" aria-labelledby="trend-chart-title trend-chart-desc" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" focusable="false">` +
    `<title id="trend-chart-title">All others\u2019 rating by competency across cycles</title><desc id="trend-chart-desc">${description}</desc>` +
    `<g aria-hidden="true">${parts.join('')}</g></svg>`
  );
}

const sourceWords: Readonly<Record<NonNullable<CycleChange360['reliabilitySource']>, string>> = {
  caller: 'as given',
  'icc-earlier-cycle': 'ICC(1) of the earlier cycle, stepped up to the raters',
};

const notJudgedWords: Readonly<Record<NonNullable<CycleChange360['notJudged']>, string>> = {
  'too-few-ratees-in-earlier-cycle': 'too few ratees in the earlier cycle',
  'no-spread-in-earlier-cycle': 'no spread in the earlier cycle',
  'reliability-not-estimable': 'no usable reliability',
};

/** The columns of a trend table: the cycles, the change, the reading, and the coach's figures. */
function tableCells(comparison: AnyComparison, audience: 'participant' | 'coach'): { head: string[]; text: boolean[]; rows: { name: string; cells: string[] }[] } {
  const cycles = comparison.cycles;
  const previous = cycles[cycles.length - 2] ?? '';
  const head = [...cycles, `Change since ${previous}`, 'What it means', ...(audience === 'coach' ? ['RCI', 'Reliability'] : [])];
  // Which columns hold words (aligned left) rather than figures.
  const text = head.map((_, index) => index === cycles.length + 1 || index === cycles.length + 3);
  const rows = rowsOf(comparison).map((row) => {
    const cells = [
      ...row.series.map((point) => (point.mean === null ? 'not shown' : formatScore(point.mean))),
      row.change === null ? 'not compared' : formatGap(row.change),
      row.reading === null ? 'not compared' : cycleChangeReadingLabels360[row.reading],
    ];
    if (audience === 'coach') {
      const coach = row.coach;
      cells.push(coach?.index == null ? '' : signed(coach.index));
      cells.push(
        coach === null
          ? ''
          : coach.reliabilitySource === null
            ? coach.notJudged === null
              ? ''
              : notJudgedWords[coach.notJudged]
            : `${fixed(coach.reliability)} (${sourceWords[coach.reliabilitySource]}; SD ${fixed(coach.referenceSd)} over ${coach.referenceRatees} ratees)`,
      );
    }
    return { name: row.name, cells };
  });
  return { head, text, rows };
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

/**
 * What the trend section says before its chart.
 *
 * @param comparison - a coach's or participant's comparison
 * @param audience - who reads it
 * @returns one paragraph's text (plain, to be escaped)
 */
export function trendIntro360(comparison: AnyComparison, audience: 'participant' | 'coach'): string {
  const previous = comparison.cycles[comparison.cycles.length - 2] ?? '';
  return audience === 'participant'
    ? `How all others rated you in each cycle. A change is only read as real when it is larger than the measurement's noise: the amount ratings move from one cycle to the next even when nothing has changed. Figures one cycle does not show are not compared, so that no one's answers can be worked out.`
    : `All others' mean per competency in each cycle, and the change since ${previous} with Jacobson and Truax's reliable change index (beyond the noise when its size exceeds 1.96). Only figures both cycles publish are compared.`;
}

/**
 * The trend as a Markdown table (the same columns as {@link trendTable360}).
 *
 * @param comparison - a coach's or participant's comparison
 * @param audience - who reads it
 * @returns the table's lines
 */
export function trendMarkdown360(comparison: AnyComparison, audience: 'participant' | 'coach'): string {
  const { head, rows } = tableCells(comparison, audience);
  return markdownTable(
    ['Competency', ...head.map(escapeMarkdownText)],
    rows.map((row) => [escapeMarkdownText(row.name), ...row.cells.map(escapeMarkdownText)]),
  );
}

