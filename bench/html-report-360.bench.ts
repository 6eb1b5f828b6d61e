/**
 * `lmdkit 360 --format html --out-dir`: one self-contained HTML page per ratee over a whole
 * cycle. The cohort (2,000 ratees × 12 raters × 15 items, with a small peer group for every
 * tenth ratee) is interpreted once, outside the timed code; the bench renders every ratee's page
 * with `render360Html` against the baseline of `JSON.stringify` of every ratee's report (what
 * `--format json` writes), measured in the same run.
 *
 * `npm run bench` prints ratees per second and the ratio to the baseline.
 */
import { bench, describe } from 'vitest';
import { render360Html } from '../src/report/index.js';
import { interpret360Cohort, type CohortRating360, type Instrument360, type RaterGroup } from '../src/index.js';

const ratees = 2_000;

const instrument: Instrument360 = {
  scale: { min: 1, max: 5 },
  competencies: Array.from({ length: 5 }, (_, c) => ({ id: `c${c}`, name: `Competency ${c + 1}` })),
  items: Array.from({ length: 15 }, (_, i) => ({ id: `i${i}`, competencyId: `c${Math.floor(i / 3)}` })),
};

/** A deterministic cohort; every tenth ratee has only two peers (a group the report must hide). */
function generateRatings(): CohortRating360[] {
  let state = 20261122;
  const next = (): number => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state;
  };
  const rows: CohortRating360[] = [];
  for (let ratee = 0; ratee < ratees; ratee += 1) {
    const peers = ratee % 10 === 0 ? 2 : 4;
    const groups: RaterGroup[] = ['self', 'manager'];
    for (let p = 0; p < peers; p += 1) groups.push('peer');
    for (let d = 0; d < 12 - 2 - peers; d += 1) groups.push('direct-report');
    groups.forEach((group, rater) => {
      for (const item of instrument.items) {
        rows.push({ rateeId: `M${ratee}`, raterId: `M${ratee}-r${rater}`, group, itemId: item.id, score: 1 + (next() % 5) });
      }
    });
  }
  return rows;
}

const cohort = interpret360Cohort({ instrument, ratings: generateRatings() });
const options = { iterations: 5, warmupIterations: 1, time: 0, warmupTime: 0 };

describe(`rendering one page per ratee [items=${ratees}]`, () => {
  bench('baseline: JSON.stringify of every report (--format json)', () => {
    for (const { report } of cohort.ratees) JSON.stringify(report, null, 2);
  }, options);
  bench('render360Html for every ratee (--format html)', () => {
    for (const { rateeId, report } of cohort.ratees) render360Html(report, { rateeId, instrument });
  }, options);
});
