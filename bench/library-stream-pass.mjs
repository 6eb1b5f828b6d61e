// Helper of bench/cli-scale.mjs: reads an export into columns once, then times, in this one
// process, a bare single pass over the columns (the floor any 360 interpretation must pay: count,
// sum and sum of squares per ratee × group × item, and r_wg per ratee × item against the uniform
// null) and `interpret360Stream` over the same columns (reports made and dropped). Prints JSON.
import { createReadStream, readFileSync } from 'node:fs';
import { interpret360Stream, noScore360 } from '../dist/index.js';
import { surveyExportStream } from '../dist/import/index.js';

const [file, instrumentPath] = process.argv.slice(2);
const instrument = JSON.parse(readFileSync(instrumentPath, 'utf8'));
const stream = surveyExportStream({ instrument });
const readStarted = performance.now();
for await (const piece of createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 20 })) stream.push(piece);
const { ratings } = stream.finish();
const readSeconds = (performance.now() - readStarted) / 1000;

function barePass() {
  const items = instrument.items.length;
  const groups = 5;
  const ratees = ratings.rateeIds.length;
  const cells = ratees * groups * items;
  const n = new Float64Array(cells);
  const sum = new Float64Array(cells);
  const squares = new Float64Array(cells);
  for (let r = 0; r < ratings.responses; r += 1) {
    const base = (ratings.responseRatee[r] * groups + ratings.responseGroup[r]) * items;
    for (let k = ratings.responseStart[r]; k < ratings.responseStart[r + 1]; k += 1) {
      const score = ratings.score[k];
      if (score === noScore360) continue;
      const cell = base + ratings.item[k];
      n[cell] += 1;
      sum[cell] += score;
      squares[cell] += score * score;
    }
  }
  // r_wg per ratee × item over all non-self raters, against the uniform null's variance.
  const points = instrument.scale.max - instrument.scale.min + 1;
  const nullVariance = (points * points - 1) / 12;
  let total = 0;
  for (let ratee = 0; ratee < ratees; ratee += 1) {
    for (let item = 0; item < items; item += 1) {
      let count = 0;
      let s = 0;
      let q = 0;
      for (let group = 1; group < groups; group += 1) {
        const cell = (ratee * groups + group) * items + item;
        count += n[cell];
        s += sum[cell];
        q += squares[cell];
      }
      if (count < 2) continue;
      const variance = (q - (s * s) / count) / (count - 1);
      total += 1 - variance / nullVariance;
    }
  }
  return total;
}

function time(run, repeats) {
  const seconds = [];
  for (let r = 0; r < repeats; r += 1) {
    const started = performance.now();
    run();
    seconds.push((performance.now() - started) / 1000);
  }
  return Math.min(...seconds);
}

barePass();
const bare = time(barePass, 3);
let reports = 0;
const library = time(() => {
  interpret360Stream({ instrument, ratings }, () => {
    reports += 1;
  });
}, 2);
const libraryCohortReferenced = time(() => {
  interpret360Stream({ instrument, ratings, agreementRule: { kind: 'cohort-referenced' } }, () => undefined);
}, 1);
process.stdout.write(
  JSON.stringify({
    ratings: ratings.length,
    'read s (surveyExportStream)': readSeconds.toFixed(2),
    'bare pass s': bare.toFixed(3),
    'interpret360Stream s': library.toFixed(2),
    'vs bare': `${(library / bare).toFixed(1)}×`,
    'cohort-referenced s': libraryCohortReferenced.toFixed(2),
    'cohort-ref. vs bare': `${(libraryCohortReferenced / bare).toFixed(1)}×`,
    'ratings/s': Math.round(ratings.length / library),
    reports: reports / 2,
  }),
);
