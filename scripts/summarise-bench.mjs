// Summarises a vitest bench JSON report: for each group, items per second (from `[items=N]` in
// the group name) and each benchmark's time relative to the group's `baseline:` benchmark, which
// was measured in the same run. Also prints the process's peak resident memory if given.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';

const file = process.argv[2];
if (!file) {
  console.error('usage: node scripts/summarise-bench.mjs <vitest-bench-output.json>');
  process.exit(2);
}
const report = JSON.parse(readFileSync(file, 'utf8'));
const rows = [];
for (const bench of report.files ?? []) {
  for (const group of bench.groups ?? []) {
    const items = Number(/\[items=(\d+)\]/.exec(group.fullName)?.[1] ?? Number.NaN);
    const baseline = group.benchmarks.find((entry) => entry.name.startsWith('baseline:'));
    for (const entry of group.benchmarks) {
      rows.push({
        group: group.fullName.replace(/^.*?>\s*/, ''),
        benchmark: entry.name,
        'ops/s': Number(entry.hz.toFixed(2)),
        'mean ms': Number(entry.mean.toFixed(3)),
        'items/s': Number.isFinite(items) ? Math.round(entry.hz * items) : 'n/a',
        'time vs baseline': baseline ? `${(baseline.hz / entry.hz).toFixed(2)}×` : 'n/a',
      });
    }
  }
}
console.table(rows);

// Memory figures written by benchmarks that measure them (.bench/memory-*.json).
const directory = dirname(file);
const memory = readdirSync(directory)
  .filter((name) => name.startsWith('memory-') && name.endsWith('.json'))
  .map((name) => JSON.parse(readFileSync(join(directory, name), 'utf8')));
if (memory.length > 0) console.table(memory);
