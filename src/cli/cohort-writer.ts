/**
 * The cohort's output for `lmdkit 360`, made as the reports come, one by one, without keeping
 * them: JSON written as it goes (the same bytes `renderJsonReport` gives for the whole cohort),
 * the coaches' Markdown from one table row per ratee, the organisation's page from the few
 * figures per ratee its summary reads.
 *
 * @module
 */
import {
  summariseCohort360,
  summariseUnits360,
  type Cohort360Figures,
  type Feedback360CohortTotals,
  type Feedback360Report,
  type Instrument360,
  type RateeUnits360,
  type Report360Figures,
  type SummariseUnits360Options,
  type Units360Summary,
} from '../lmd/index.js';
import { render360CohortHtml, render360CohortMarkdownStream } from '../report/index.js';

/** The cohort's output being made: add each ratee's report, then finish with the cohort's figures. */
export interface CohortWriter {
  /** Takes one ratee's report (in the cohort's order). */
  readonly add: (rateeId: string, report: Feedback360Report) => void;
  /** Ends the output: JSON writes its end and gives `''`; Markdown and HTML give their whole text. */
  readonly finish: (totals: Feedback360CohortTotals) => string;
}

/** JSON text of a value at a depth of `depth` two-space indents, as `JSON.stringify(…, null, 2)` writes it nested. */
function nested(value: unknown, depth: number): string {
  return JSON.stringify(value, null, 2).replaceAll('\n', `\n${'  '.repeat(depth)}`);
}

/**
 * The cohort as `renderJsonReport('360', input, cohort)` writes it, written ratee by ratee: the
 * head when the first report comes (its policy, band and options are the cohort's), each ratee,
 * then the cohort's figures. The head's figures are checked against the cohort's at the end.
 */
function jsonWriter(input: Readonly<Record<string, string | null>>, write: (text: string) => void): CohortWriter {
  let head: { policy: unknown; agreementBand: unknown; options: unknown } | null = null;
  return {
    add(rateeId, report) {
      if (head === null) {
        head = { policy: report.policy, agreementBand: report.agreementBand, options: report.options };
        write(
          `{\n  "command": "360",\n  "input": ${nested(input, 1)},\n  "result": {\n    "policy": ${nested(head.policy, 2)},\n    "agreementBand": ${nested(head.agreementBand, 2)},\n    "options": ${nested(head.options, 2)},\n    "ratees": [\n      `,
        );
      } else write(',\n      ');
      write(nested({ rateeId, report }, 3));
    },
    finish(totals) {
      if (head === null) throw new Error('the cohort has no ratee to write');
      const expected = JSON.stringify({ policy: totals.policy, agreementBand: totals.agreementBand, options: totals.options });
      if (JSON.stringify(head) !== expected) throw new Error('the cohort\'s settings differ from its first report\'s');
      write(`\n    ],\n    "agreement": ${nested(totals.agreement, 2)},\n    "differences": ${nested(totals.differences, 2)}\n  }\n}\n`);
      return '';
    },
  };
}

/** Keeps what `summariseCohort360` and `summariseUnits360` read of each report ({@link Report360Figures}), and no more. */
function keptFigures(): { add: (rateeId: string, report: Feedback360Report) => void; cohort: () => Cohort360Figures } {
  const ratees: { rateeId: string; report: Report360Figures }[] = [];
  return {
    add(rateeId, report) {
      ratees.push({
        rateeId,
        report: {
          competencies: report.competencies.map(({ competencyId, name, others, gap }) => ({ competencyId, name, others: others === null ? null : { mean: others.mean }, gap })),
          items: report.items.map(({ itemId, others }) => ({ itemId, others: others === null ? null : { mean: others.mean } })),
          agreement: report.agreement === null ? null : { category: report.agreement.category },
        },
      });
    },
    cohort: () => ({ ratees }),
  };
}

/**
 * The organisation's page from what `summariseCohort360` reads of each report
 * ({@link Report360Figures}). The page is the same as from the whole reports (a test holds it to that).
 */
function htmlWriter(instrument: Instrument360): CohortWriter {
  const kept = keptFigures();
  return {
    add: kept.add,
    finish: () => render360CohortHtml(summariseCohort360(kept.cohort()), { instrument }),
  };
}

/**
 * The roll-up by unit, from the same few figures per ratee as the organisation's page.
 *
 * @param units - each ratee's unit path
 * @returns `add(rateeId, report)`, then `summary()`
 */
export function unitsWriter(
  units: RateeUnits360,
): { readonly add: (rateeId: string, report: Feedback360Report) => void; readonly summary: (options?: SummariseUnits360Options) => Units360Summary } {
  const kept = keptFigures();
  return { add: kept.add, summary: (options = {}) => summariseUnits360(kept.cohort(), units, options) };
}

/**
 * A writer of the cohort's output.
 *
 * @param kind - `json` (written as it goes), `markdown` (the coaches' summary) or `html` (the organisation's page)
 * @param input - the command's inputs, as the JSON output names them
 * @param write - where JSON goes as it is made (unused for the others)
 * @param instrument - the instrument (for the organisation's page)
 * @returns the writer
 */
export function cohortWriter(
  kind: 'json' | 'markdown' | 'html',
  input: Readonly<Record<string, string | null>>,
  write: (text: string) => void,
  instrument: Instrument360,
): CohortWriter {
  if (kind === 'json') return jsonWriter(input, write);
  if (kind === 'markdown') return render360CohortMarkdownStream();
  return htmlWriter(instrument);
}
