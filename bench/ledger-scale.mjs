// The release ledger at the size of an organisation: four yearly cycles of 10,000 ratees (12
// raters × 60 items each; about a third of the peers and direct reports replaced each year, 1 in
// 40 answers blank), the first three published through the ledger, then the fourth interpreted
// with the ledger of the three earlier cycles against the same cycle without a ledger (the
// baseline, measured in the same run). Each run is its own process, for its peak memory.
// Run after `npm run build`: `node bench/ledger-scale.mjs [ratees]`. It asserts nothing.
import { spawnSync } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const self = fileURLToPath(import.meta.url);
const [, , mode, ...rest] = process.argv;

const instrument = {
  scale: { min: 1, max: 5 },
  competencies: Array.from({ length: 10 }, (_, c) => ({ id: `c${c}`, name: `Competency ${c + 1}` })),
  items: Array.from({ length: 60 }, (_, i) => ({ id: `i${i}`, competencyId: `c${Math.floor(i / 6)}` })),
};
const plan = ['self', 'manager', 'peer', 'peer', 'peer', 'peer', 'direct-report', 'direct-report', 'direct-report', 'direct-report', 'other', 'other'];

/** Cycle `year`'s ratings in columns: rater k of ratee r is replaced in year y when (r + k + y) % 3 === 0. */
async function cycleColumns(year, ratees) {
  const { ratingColumns360 } = await import('../dist/index.js');
  const builder = ratingColumns360(instrument);
  let state = 20261203 + year;
  const next = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state;
  };
  for (let ratee = 0; ratee < ratees; ratee += 1) {
    plan.forEach((group, rater) => {
      // The self and the manager stay; others turn over.
      let generation = 0;
      if (group !== 'self' && group !== 'manager') for (let y = 1; y <= year; y += 1) if ((ratee + rater + y) % 3 === 0) generation += 1;
      const raterId = group === 'self' ? `M${ratee}` : `M${ratee}-${group}-${rater}-g${generation}`;
      for (const item of instrument.items) {
        const roll = next() % 400;
        builder.add({ rateeId: `M${ratee}`, raterId, group, itemId: item.id, score: roll < 10 ? null : 1 + (roll % 5) });
      }
    });
  }
  return builder.finish();
}

const pseudonymise = (raterId) => createHmac('sha256', 'a bench key kept apart from the ledger').update(raterId).digest('hex');

if (mode === 'publish') {
  // Publishes cycles 1..n through the ledger and stores it.
  const [ratees, cycles, ledgerPath] = [Number(rest[0]), Number(rest[1]), rest[2]];
  const { emptyReleaseLedger, interpret360Stream } = await import('../dist/index.js');
  let ledger = emptyReleaseLedger;
  for (let year = 1; year <= cycles; year += 1) {
    const totals = interpret360Stream({ instrument, ratings: await cycleColumns(year, ratees), releases: { ledger, releaseId: `year-${year}`, pseudonymise } }, () => undefined);
    ledger = totals.ledger;
  }
  writeFileSync(ledgerPath, JSON.stringify(ledger));
  process.exit(0);
}

if (mode === 'run') {
  // Interprets cycle `year`, with the stored ledger or without one; prints seconds and withheld item figures.
  const [ratees, year, ledgerPath] = [Number(rest[0]), Number(rest[1]), rest[2]];
  const { interpret360Stream } = await import('../dist/index.js');
  const ratings = await cycleColumns(year, ratees);
  const ledger = ledgerPath === 'none' ? null : JSON.parse(readFileSync(ledgerPath, 'utf8'));
  let withheld = 0;
  const started = performance.now();
  interpret360Stream({ instrument, ratings, ...(ledger === null ? {} : { releases: { ledger, releaseId: `year-${year}`, pseudonymise } }) }, (_, report) => {
    for (const item of report.items) withheld += item.withheld.filter((entry) => entry.reason === 'differs-little-from-earlier-release').length;
  });
  process.stdout.write(JSON.stringify({ seconds: (performance.now() - started) / 1000, withheld, rss: process.resourceUsage().maxRSS * 1024 }));
  process.exit(0);
}

const ratees = Number(mode ?? 10_000);
const work = mkdtempSync(join(tmpdir(), 'lmdkit-ledger-bench-'));
const ledgerPath = join(work, 'ledger.json');
const node = (args) => {
  const result = spawnSync(process.execPath, [self, ...args], { encoding: 'utf8', maxBuffer: 1 << 24 });
  if (result.status !== 0) throw new Error(result.stderr);
  return result.stdout === '' ? null : JSON.parse(result.stdout);
};
const publishStarted = performance.now();
node(['publish', String(ratees), '3', ledgerPath]);
const publishSeconds = (performance.now() - publishStarted) / 1000;
const single = node(['run', String(ratees), '4', 'none']);
const withLedger = node(['run', String(ratees), '4', ledgerPath]);
const ledgerBytes = statSync(ledgerPath).size;
rmSync(work, { recursive: true, force: true });
console.log(`The release ledger: cycle 4 of ${ratees.toLocaleString('en-GB')} ratees, with the ledger of cycles 1-3 against without (each its own process)`);
console.table([
  { run: 'baseline: cycle 4, no ledger', s: single.seconds.toFixed(2), 'time vs baseline': '1.00×', 'peak MB': (single.rss / 1e6).toFixed(0), 'item figures withheld by the ledger': 0 },
  {
    run: 'cycle 4 with the ledger of 3 cycles',
    s: withLedger.seconds.toFixed(2),
    'time vs baseline': `${(withLedger.seconds / single.seconds).toFixed(2)}×`,
    'peak MB': (withLedger.rss / 1e6).toFixed(0),
    'item figures withheld by the ledger': withLedger.withheld,
  },
]);
console.log(`Ledger of 3 cycles: ${(ledgerBytes / 1e6).toFixed(1)} MB (${(ledgerBytes / ratees / 1000).toFixed(2)} kB a ratee); publishing the 3 cycles took ${publishSeconds.toFixed(1)} s.`);
