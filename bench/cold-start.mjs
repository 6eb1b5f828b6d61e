// Cold start: how long a fresh Node process takes to import each of lmdkit's entry points, against
// `node -e 0` and an import of zod alone, measured in the same run (the best of 15 runs each, as
// separate processes), and `lmdkit --version` / `--help`, which answer before the library loads.
// Run after `npm run build`: `node bench/cold-start.mjs`. It asserts nothing; it prints the figures.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const runs = 15;
const cases = [
  ['node -e 0 (baseline)', ['-e', '0']],
  ["import('zod')", ['--input-type=module', '-e', "await import('zod')"]],
  ...['', 'indicators', 'lmd', 'evaluation', 'import', 'report'].map((entry) => [
    `import('lmdkit${entry === '' ? '' : `/${entry}`}')`,
    ['--input-type=module', '-e', `await import('./dist/${entry === '' ? '' : `${entry}/`}index.js')`],
  ]),
  ['lmdkit --version', ['dist/cli/main.js', '--version']],
  ['lmdkit --help', ['dist/cli/main.js', '--help']],
];

function best(args) {
  let fastest = Number.POSITIVE_INFINITY;
  for (let run = 0; run < runs; run += 1) {
    const started = process.hrtime.bigint();
    const result = spawnSync(process.execPath, args, { cwd: root, stdio: 'ignore' });
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    if (result.status !== 0) throw new Error(`node ${args.join(' ')} exited ${result.status}`);
    fastest = Math.min(fastest, ms);
  }
  return fastest;
}

const measured = cases.map(([name, args]) => [name, best(args)]);
const baseline = measured[0][1];
const zod = measured[1][1];
console.log(`Cold start (best of ${runs} processes each)`);
console.table(
  measured.map(([name, ms]) => ({
    what: name,
    ms: ms.toFixed(0),
    'beyond node -e 0': `${(ms - baseline).toFixed(0)} ms`,
    'beyond zod': name.startsWith('import(\'lmdkit') ? `${(ms - zod).toFixed(0)} ms` : '',
  })),
);
