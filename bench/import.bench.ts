/**
 * `lmdkit/import` over a whole organisation's wide export: 10,000 ratees × 12 raters (120,000
 * responses) × 60 items, with a response id, the ratee, a relationship label in the rater's words,
 * answers as numbers, about one in ten as the instrument's labels and one in forty "N/A", and one
 * open question — about 33 MB of CSV. Measured against the baseline of csv-parse alone splitting
 * the same text into records (`parse(text, { bom: true, skip_empty_lines: true, relax_column_count: true })`),
 * in the same run: `parseSurveyCsv` (the reader's own splitter) and `readSurveyExport` (splitting,
 * planning the columns, reading every answer and label, checking across rows; 7,200,000 ratings).
 *
 * `npm run bench` prints responses per second and the ratio to the baseline.
 */
import { parse } from 'csv-parse/sync';
import { bench, describe } from 'vitest';
import { parseSurveyCsv, readSurveyExport } from '../src/import/index.js';
import type { Instrument360 } from '../src/index.js';

const ratees = 10_000;
const raterPlan = ['Self', 'Line manager', 'Colleague', 'Colleague', 'Peer', 'I report to them', 'I report to them', 'Direct report', 'Direct report', 'I report to them', 'Customer', 'Colleague'];
const itemCount = 60;
const labels = ['Strongly disagree', 'Disagree', 'Neither agree nor disagree', 'Agree', 'Strongly agree'];

const instrument: Instrument360 = {
  scale: { min: 1, max: 5, labels: labels.map((label, index) => ({ value: index + 1, label })), notObserved: ['N/A'] },
  competencies: Array.from({ length: 10 }, (_, c) => ({ id: `c${c}`, name: `Competency ${c + 1}` })),
  items: Array.from({ length: itemCount }, (_, i) => ({ id: `i${i}`, competencyId: `c${Math.floor(i / 6)}`, text: `Behaviour number ${i + 1} is shown often` })),
  openQuestions: [{ id: 'keep', text: 'What should they keep doing?' }],
};

/** A deterministic wide export in the shape survey tools write. */
function generateExport(): { text: string; responses: number } {
  let state = 20261203;
  const next = (): number => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state;
  };
  const header = ['Response ID', 'Who are you giving feedback on?', 'How do you work with them?', ...instrument.items.map((item, index) => `Q${index + 1}. ${item.text as string}`), 'What should they keep doing?'];
  const lines = [header.join(',')];
  for (let ratee = 0; ratee < ratees; ratee += 1) {
    raterPlan.forEach((relationship, rater) => {
      const cells = [`R_${ratee}_${rater}`, `M${ratee}`, relationship];
      for (let item = 0; item < itemCount; item += 1) {
        const roll = next() % 400;
        const score = 1 + (roll % 5);
        cells.push(roll < 10 ? 'N/A' : roll < 50 ? (labels[score - 1] as string) : String(score));
      }
      cells.push(next() % 4 === 0 ? '"Clear priorities, and time for us"' : '');
      lines.push(cells.join(','));
    });
  }
  return { text: `${lines.join('\r\n')}\r\n`, responses: lines.length - 1 };
}

const { text, responses } = generateExport();
// Each run takes seconds and allocates millions of rows; a few iterations give a ratio measured in the same run.
const options = { iterations: 3, warmupIterations: 1, time: 0, warmupTime: 0 };

describe(`reading a wide export of ${ratees} ratees (${(text.length / 1e6).toFixed(1)} MB) [items=${responses}]`, () => {
  bench('baseline: csv-parse parse(text) into records', () => {
    parse(text, { bom: true, skip_empty_lines: true, relax_column_count: true });
  }, options);
  bench('parseSurveyCsv (the reader’s own CSV splitter)', () => {
    parseSurveyCsv(text);
  }, options);
  bench('readSurveyExport (split, plan, read every answer, check across rows)', () => {
    readSurveyExport(text, { instrument });
  }, options);
});
