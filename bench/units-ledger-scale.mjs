// Roll-ups by unit checked against the release ledger, at the size of an organisation: four
// yearly cycles of 10,000 ratees in about 720 units (organisation → directorates of 10
// departments → departments of 7 teams → teams of about 16), 10 competencies and 60 items. Each year
// about 10 % of people leave, as many join and 5 % move team; 1 person in 50 has no figure on a
// given competency or item. The first three cycles are rolled up through the ledger; then the
// fourth is rolled up with the ledger of the three earlier cycles, against the same roll-up with
// no ledger (the baseline, measured in the same run). Each run is its own process, for its peak
// memory. Run after `npm run build`: `node bench/units-ledger-scale.mjs [ratees]`. It asserts
// nothing; it prints times, memory and how much the ledger withheld.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const self = fileURLToPath(import.meta.url);
const [, , mode, ...rest] = process.argv;
const competencies = Array.from({ length: 10 }, (_, c) => `c${c}`);
const items = Array.from({ length: 60 }, (_, i) => `i${i}`);
const categories = ['over-estimator', 'in-agreement-good', 'in-agreement-poor', 'under-estimator'];

/** A deterministic generator (Park–Miller). */
function generator(seed) {
  let state = seed % 2147483647 || 1;
  return () => {
    state = (state * 48271) % 2147483647;
    return state / 2147483647;
  };
}

/** The teams: one per 16 people, 7 to a department and 10 departments to a directorate. */
function teamsFor(ratees) {
  const teams = [];
  for (let t = 0; t < Math.max(7, Math.round(ratees / 16)); t += 1) {
    const department = Math.floor(t / 7);
    teams.push(['Org', `Directorate ${Math.floor(department / 10)}`, `Department ${department}`, `Team ${t}`]);
  }
  return teams;
}

/** The people of cycle `year` (0 … 3): id → team, with leavers, joiners and movers year on year. */
function peopleOf(year, ratees) {
  const teams = teamsFor(ratees);
  const random = generator(20261203);
  let next = ratees;
  let people = new Map(Array.from({ length: ratees }, (_, index) => [`M${index}`, Math.floor(random() * teams.length)]));
  for (let y = 1; y <= year; y += 1) {
    const after = new Map();
    for (const [id, team] of people) {
      const roll = random();
      if (roll < 0.1) continue;
      after.set(id, roll < 0.15 ? Math.floor(random() * teams.length) : team);
    }
    while (after.size < ratees) after.set(`M${(next += 1)}`, Math.floor(random() * teams.length));
    people = after;
  }
  return people;
}

/** The cycle's figures as the roll-up reads them, and each ratee's unit. */
function cycleOf(year, ratees) {
  const people = peopleOf(year, ratees);
  const teams = teamsFor(ratees);
  const random = generator(7 + year);
  const cohort = { ratees: [] };
  const units = [];
  for (const [rateeId, team] of people) {
    cohort.ratees.push({
      rateeId,
      report: {
        competencies: competencies.map((competencyId) => ({ competencyId, name: competencyId, others: random() < 0.02 ? null : { mean: 1 + random() * 4 }, gap: random() < 0.1 ? null : random() * 2 - 1 })),
        items: items.map((itemId) => ({ itemId, others: random() < 0.02 ? null : { mean: 1 + random() * 4 } })),
        agreement: random() < 0.1 ? null : { category: categories[Math.floor(random() * categories.length)] },
      },
    });
    units.push({ rateeId, path: teams[team] });
  }
  return { cohort, units };
}

if (mode === 'publish') {
  // Cycles 0 … year − 1 through the ledger, which is written to `file`.
  const [ratees, years, file] = rest;
  const { emptyReleaseLedger, summariseUnits360 } = await import('../dist/index.js');
  let ledger = emptyReleaseLedger;
  for (let year = 0; year < Number(years); year += 1) {
    const { cohort, units } = cycleOf(year, Number(ratees));
    ledger = summariseUnits360(cohort, units, { releases: { ledger, releaseId: `${2026 + year}` } }).ledger;
  }
  writeFileSync(file, JSON.stringify(ledger));
  process.exit(0);
}

if (mode === 'run') {
  const [ratees, year, file] = rest;
  const { releaseLedgerSchema, summariseUnits360 } = await import('../dist/index.js');
  const { cohort, units } = cycleOf(Number(year), Number(ratees));
  const ledger = file === '-' ? null : releaseLedgerSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  const started = performance.now();
  const summary = summariseUnits360(cohort, units, ledger === null ? {} : { releases: { ledger, releaseId: `${2026 + Number(year)}` } });
  const seconds = (performance.now() - started) / 1000;
  const count = (reason) =>
    summary.units.reduce((sum, unit) => sum + (unit.withheld === reason ? 1 : 0), 0);
  const figures = summary.units.flatMap((unit) => unit.figures?.competencies ?? []);
  const withheldFigures = figures.filter((competency) => competency.othersWithheld === 'differs-little-from-earlier-release').length;
  process.stdout.write(
    JSON.stringify({
      seconds,
      rss: process.resourceUsage().maxRSS * 1024,
      units: summary.units.length,
      shown: summary.units.filter((unit) => unit.shown).length,
      byLedger: count('differs-little-from-earlier-release'),
      competencyFiguresOfShownUnits: figures.length,
      competencyFiguresByLedger: withheldFigures,
    }),
  );
  process.exit(0);
}

const ratees = Number(mode ?? 10_000);
const dir = mkdtempSync(join(tmpdir(), 'lmdkit-units-ledger-bench-'));
const mb = (bytes) => `${(bytes / 1e6).toFixed(0)} MB`;
try {
  const file = join(dir, 'ledger.json');
  const started = performance.now();
  const published = spawnSync(process.execPath, [self, 'publish', String(ratees), '3', file], { stdio: ['ignore', 'inherit', 'inherit'] });
  if (published.status !== 0) throw new Error('publishing the three earlier cycles failed');
  const publishSeconds = (performance.now() - started) / 1000;
  const run = (ledgerFile) => {
    const result = spawnSync(process.execPath, [self, 'run', String(ratees), '3', ledgerFile], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
    if (result.status !== 0) throw new Error('the roll-up failed');
    return JSON.parse(result.stdout);
  };
  const plain = run('-');
  const checked = run(file);
  console.log(`Roll-ups by unit with the release ledger: ${ratees.toLocaleString('en-GB')} ratees, ${plain.units} units, cycle 4`);
  console.log('| Roll-up | Time | Ratio | Peak RSS | Units shown | Withheld by the ledger |');
  console.log('| --- | --- | --- | --- | --- | --- |');
  console.log(`| without a ledger (baseline) | ${plain.seconds.toFixed(2)} s | 1.00× | ${mb(plain.rss)} | ${plain.shown} | – |`);
  console.log(
    `| with the ledger of 3 earlier cycles | ${checked.seconds.toFixed(2)} s | ${(checked.seconds / plain.seconds).toFixed(2)}× | ${mb(checked.rss)} | ${checked.shown} | ${checked.byLedger} units; ${checked.competencyFiguresByLedger} of ${checked.competencyFiguresOfShownUnits} competency figures of shown units |`,
  );
  console.log(`The ledger of 3 cycles: ${mb(statSync(file).size)}; publishing them took ${publishSeconds.toFixed(1)} s.`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
