/**
 * `lmdkit 360`'s CSV reading over a large cycle: a 1,000,000-row ratings export (about 4,450
 * ratees × 15 raters × 15 items) read with the command's reader (`readRatingsCsv`, which reads through `lmdkit/import`: forgiving
 * header and group matching, checks against the instrument; line numbers found only for messages) against
 * the baseline of a bare csv-parse `parse(text, { columns: true })` of the same text, measured in
 * the same run. A second group adds the cohort interpretation, as the command runs it.
 *
 * `npm run bench` prints rows per second and the ratio to the baseline.
 */
import { parse } from 'csv-parse/sync';
import { bench, describe } from 'vitest';
import { readRatingsCsv } from '../src/cli/read-ratings-csv.js';
import { interpret360Cohort, type Instrument360 } from '../src/index.js';

const rowsWanted = 1_000_000;
const raterPlan = ['self', 'manager', 'peer', 'peer', 'peer', 'Peer', 'direct-report', 'Direct report', 'direct-report', 'direct-report', 'other', 'other', 'peer', 'direct-report', 'other'];

const instrument: Instrument360 = {
  scale: { min: 1, max: 5 },
  competencies: Array.from({ length: 5 }, (_, c) => ({ id: `c${c}`, name: `Competency ${c + 1}` })),
  items: Array.from({ length: 15 }, (_, i) => ({ id: `i${i}`, competencyId: `c${Math.floor(i / 3)}` })),
};

/** A deterministic export in the sample's shape: one row per rater × item, about 1 in 40 scores blank. */
function generateCsv(): { text: string; rows: number } {
  let state = 20261122;
  const next = (): number => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state;
  };
  const lines = ['ratee_id,rater_id,rater_group,item_id,score'];
  for (let ratee = 0; lines.length - 1 < rowsWanted; ratee += 1) {
    raterPlan.forEach((group, rater) => {
      for (const item of instrument.items) {
        if (lines.length - 1 >= rowsWanted) return;
        const roll = next() % 400;
        const score = roll < 10 ? '' : String(1 + (roll % 5));
        lines.push(`M${ratee},M${ratee}-r${rater},${group},${item.id},${score}`);
      }
    });
  }
  return { text: `${lines.join('\n')}\n`, rows: lines.length - 1 };
}

const { text, rows } = generateCsv();
// Each run takes seconds; a few iterations are enough for a ratio measured in the same run.
const options = { iterations: 3, warmupIterations: 1, time: 0, warmupTime: 0 };

describe(`reading a ratings CSV [items=${rows}]`, () => {
  bench('baseline: csv-parse parse(text, { columns: true })', () => {
    parse(text, { columns: true });
  }, options);
  bench('readRatingsCsv (header matching and checks; line numbers only for messages)', () => {
    readRatingsCsv(text, 'ratings.csv', instrument);
  }, options);
});

describe(`reading and interpreting a ratings CSV [items=${rows}]`, () => {
  bench('baseline: csv-parse parse(text, { columns: true })', () => {
    parse(text, { columns: true });
  }, options);
  bench('readRatingsCsv + interpret360Cohort (as lmdkit 360 runs)', () => {
    interpret360Cohort({ instrument, ratings: readRatingsCsv(text, 'ratings.csv', instrument).rows });
  }, options);
});
