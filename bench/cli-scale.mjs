// `lmdkit 360` over whole organisations: generated wide exports of 1,000 and 10,000 ratees (and
// 50,000 with LMDKIT_BENCH_LARGE=1), 12 raters × 60 items each (about 25 MB per 1,000 ratees), in
// every format, each run as its own process with its peak resident memory. Baselines measured in
// the same run, on the same file: csv-parse alone streaming the file into records, and `node -e 0`.
// A second table times the library's cohort path (`interpret360Stream` over the ratings in columns)
// against a bare single pass over the same columns: count, sum and sum of squares per ratee ×
// group × item, and r_wg per ratee × item.
//
// Run after `npm run build`: `node bench/cli-scale.mjs` (or `npm run bench:scale`). It asserts
// nothing about time; it prints the figures, and fails only when a run fails or its JSON is not JSON.
import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = join(root, 'dist/cli/main.js');
const sizes = process.env.LMDKIT_BENCH_SIZES ? process.env.LMDKIT_BENCH_SIZES.split(",").map(Number) : process.env.LMDKIT_BENCH_LARGE === "1" ? [1_000, 10_000, 50_000] : [1_000, 10_000];
const raterPlan = ['Self', 'Line manager', 'Colleague', 'Colleague', 'Peer', 'I report to them', 'I report to them', 'Direct report', 'Direct report', 'I report to them', 'Customer', 'Colleague'];
const itemCount = 60;
const labels = ['Strongly disagree', 'Disagree', 'Neither agree nor disagree', 'Agree', 'Strongly agree'];
const instrument = {
  scale: { min: 1, max: 5, labels: labels.map((label, index) => ({ value: index + 1, label })), notObserved: ['N/A'] },
  competencies: Array.from({ length: 10 }, (_, c) => ({ id: `c${c}`, name: `Competency ${c + 1}` })),
  items: Array.from({ length: itemCount }, (_, i) => ({ id: `i${i}`, competencyId: `c${Math.floor(i / 6)}`, text: `Behaviour number ${i + 1} is shown often` })),
  openQuestions: [{ id: 'keep', text: 'What should they keep doing?' }],
};

const work = mkdtempSync(join(tmpdir(), 'lmdkit-scale-'));
const instrumentPath = join(work, 'instrument.json');
writeFileSync(instrumentPath, JSON.stringify(instrument));
const rssFile = join(work, 'rss.txt');
const reporter = join(work, 'report-rss.cjs');
writeFileSync(reporter, "process.on('exit', () => require('node:fs').writeFileSync(process.env.LMDKIT_RSS_FILE, String(process.resourceUsage().maxRSS * 1024)));\n");

/** Writes a deterministic wide export of `ratees` ratees, as survey tools write them. */
async function generate(ratees, path) {
  const out = createWriteStream(path);
  let state = 20261203;
  const next = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state;
  };
  const write = (text) => (out.write(text) ? Promise.resolve() : new Promise((resolve) => out.once('drain', resolve)));
  await write(`${['Response ID', 'Who are you giving feedback on?', 'How do you work with them?', ...instrument.items.map((item, index) => `Q${index + 1}. ${item.text}`), 'What should they keep doing?'].join(',')}\r\n`);
  for (let ratee = 0; ratee < ratees; ratee += 1) {
    let chunk = '';
    raterPlan.forEach((relationship, rater) => {
      const cells = [`R_${ratee}_${rater}`, `M${ratee}`, relationship];
      for (let item = 0; item < itemCount; item += 1) {
        const roll = next() % 400;
        const score = 1 + (roll % 5);
        cells.push(roll < 10 ? 'N/A' : roll < 50 ? labels[score - 1] : String(score));
      }
      cells.push(next() % 4 === 0 ? '"Clear priorities, and time for us"' : '');
      chunk += `${cells.join(',')}\r\n`;
    });
    await write(chunk);
  }
  await new Promise((resolve) => out.end(resolve));
}

/** Runs a node command as its own process: seconds and peak resident bytes. */
function run(args, stdoutPath = '/dev/null') {
  rmSync(rssFile, { force: true });
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, ['--require', reporter, ...args], {
    env: { ...process.env, LMDKIT_RSS_FILE: rssFile },
    stdio: ['ignore', stdoutPath === '/dev/null' ? 'ignore' : 'pipe', 'pipe'],
    maxBuffer: 1 << 30,
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.status !== 0) throw new Error(`${args.join(' ')} exited ${result.status}: ${String(result.stderr).slice(0, 2000)}`);
  return { seconds, rss: Number(readFileSync(rssFile, 'utf8')) };
}

const csvParseOnly = `
const { parse } = require(${JSON.stringify(join(root, 'node_modules/csv-parse/dist/cjs/index.cjs'))});
const { createReadStream } = require('node:fs');
let records = 0;
createReadStream(process.argv[1]).pipe(parse({ bom: true, relax_column_count: true, skip_empty_lines: true })).on('data', () => { records += 1; }).on('end', () => {});
`;

/** Whether a file holds one JSON value: python3's json module reads it (Node cannot hold so long a string). */
function jsonParses(path) {
  if (statSync(path).size > 2e9) return 'not checked (over 2 GB)';
  const python = spawnSync('python3', ['-c', 'import json,sys; json.load(open(sys.argv[1])); print("ok")', path], { encoding: 'utf8' });
  if (python.error !== undefined) return 'not checked (no python3)';
  if (python.stdout.trim() !== 'ok') throw new Error(`${path} is not JSON: ${python.stderr.slice(0, 500)}`);
  return 'parses';
}

const mb = (bytes) => (bytes / 1e6).toFixed(0);
const rows = [];
const library = [];
for (const ratees of sizes) {
  const file = join(work, `export-${ratees}.csv`);
  await generate(ratees, file);
  const size = statSync(file).size;
  const baseline = run(['-e', csvParseOnly, file]);
  const bare = run(['-e', '0']);
  const add = (what, measured, note = '') =>
    rows.push({
      ratees,
      'file MB': mb(size),
      run: what,
      s: measured.seconds.toFixed(1),
      'time vs csv-parse': `${(measured.seconds / baseline.seconds).toFixed(2)}×`,
      'peak MB': mb(measured.rss),
      'peak / file': (measured.rss / size).toFixed(2),
      note,
    });
  add('node -e 0', bare);
  add('baseline: csv-parse alone, streaming records', baseline);
  const common = [cli, '360', file, '--instrument', instrumentPath, '--quiet'];
  add('lmdkit 360 (Markdown summary)', run([...common, '--format', 'markdown']));
  const jsonOut = join(work, `cohort-${ratees}.json`);
  const json = run([...common, '--format', 'json', '--out', jsonOut]);
  add('lmdkit 360 --format json --out', json, `${mb(statSync(jsonOut).size)} MB of JSON, ${jsonParses(jsonOut)}`);
  rmSync(jsonOut);
  add('lmdkit 360 --format html (organisation page)', run([...common, '--format', 'html']));
  const outDir = join(work, `out-${ratees}`);
  add('lmdkit 360 --out-dir (Markdown, participant)', run([...common, '--out-dir', outDir]), `${readdirSync(outDir).length} files`);
  rmSync(outDir, { recursive: true });
  const htmlDir = join(work, `html-${ratees}`);
  add('lmdkit 360 --out-dir --format html', run([...common, '--out-dir', htmlDir, '--format', 'html']), `${readdirSync(htmlDir).length} files`);
  rmSync(htmlDir, { recursive: true });
  // Each person's change since an earlier cycle (the same export read as 2026): the earlier cycle
  // is read first, then the current one streams with each page written as its report is made.
  const previousDir = join(work, `previous-${ratees}`);
  add('lmdkit 360 --out-dir --previous (Markdown, coach)', run([...common, '--out-dir', previousDir, '--audience', 'coach', '--previous', file, '--labels', '2026,2027']), `${readdirSync(previousDir).length} files`);
  rmSync(previousDir, { recursive: true });

  // The library's cohort path against a bare pass over the same columns, in one process.
  const libraryRun = spawnSync(process.execPath, [join(root, 'bench/library-stream-pass.mjs'), file, instrumentPath], { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (libraryRun.status !== 0) throw new Error(libraryRun.stderr);
  library.push({ ratees, ...JSON.parse(libraryRun.stdout) });
  rmSync(file);
}
rmSync(work, { recursive: true, force: true });
console.log('lmdkit 360 over whole organisations (each run its own process; peak = maximum resident set)');
console.table(rows);
console.log('The library: interpret360Stream against a bare single pass over the same columns (same process, same run)');
console.table(library);
