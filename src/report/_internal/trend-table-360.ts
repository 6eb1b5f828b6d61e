/**
 * The rows of the trend across 360 cycles as text: all others' series and change per competency,
 * the columns of the trend tables (HTML and Markdown alike), the trend's introduction and its
 * Markdown table. No HTML here, so that the Markdown renderers do not carry the chart's code.
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
import { escapeMarkdownText } from '../escape-markdown-text.js';
import { markdownTable } from '../markdown-table.js';

/** One competency's all-others series and change, as the chart and tables read them. */
export interface TrendRow {
  readonly name: string;
  readonly series: readonly CyclePoint360[];
  /** The change, or `null`. */
  readonly change: number | null;
  /** The plain reading, or `null` when not compared. */
  readonly reading: CycleChange360['reading'] | null;
  /** The coach's figures, when the source is a coach's comparison. */
  readonly coach: CycleChange360 | null;
}

/** A coach's or a participant's comparison. */
export type AnyComparison = RateeCycleComparison360 | ParticipantCycleComparison360;

/**
 * Each competency's all-others series and change.
 *
 * @param comparison - a coach's or participant's comparison
 * @returns one row per competency
 */
export function rowsOf(comparison: AnyComparison): TrendRow[] {
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

/**
 * What a cycle's place in the trend says when it has no point: `not shown` when that cycle's
 * report does not show the figure, `no report` when it has none about the person, `not
 * comparable` when it shows a figure that is not the same one (other groups pooled, another
 * number of items, or no counterpart of the question).
 *
 * @param point - the cycle's point
 * @returns the words
 */
export function absenceText(point: CyclePoint360): string {
  switch (point.absence) {
    case 'ratee-absent':
      return 'no report';
    case 'different-groups-pooled':
    case 'different-items-averaged':
    case 'item-not-linked':
      return 'not comparable';
    default:
      return 'not shown';
  }
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
/**
 * The head and cells of a trend table.
 *
 * @param comparison - a coach's or participant's comparison
 * @param audience - who reads it
 * @returns the column heads, which columns hold words, and the rows
 */
export function tableCells(comparison: AnyComparison, audience: 'participant' | 'coach'): { head: string[]; text: boolean[]; rows: { name: string; cells: string[] }[] } {
  const cycles = comparison.cycles;
  const previous = cycles[cycles.length - 2] ?? '';
  const head = [...cycles, `Change since ${previous}`, 'What it means', ...(audience === 'coach' ? ['RCI', 'Reliability'] : [])];
  // Which columns hold words (aligned left) rather than figures.
  const text = head.map((_, index) => index === cycles.length + 1 || index === cycles.length + 3);
  const rows = rowsOf(comparison).map((row) => {
    const cells = [
      ...row.series.map((point) => (point.mean === null ? absenceText(point) : fixed(point.mean))),
      row.change === null ? 'not compared' : signed(row.change),
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

