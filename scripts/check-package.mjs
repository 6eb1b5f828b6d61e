// Checks the package as npm would publish it (`npm run check:package`; CI runs it after the
// build): packs it into a temporary directory, then lints the tarball with publint in strict
// mode (warnings count as errors; suggestions are shown but do not fail) and with Are the Types
// Wrong? under its default "strict" profile, which includes node10 resolution (we ship
// `typesVersions` for that). Exits non-zero if either reports a problem.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

/** The path of a locally installed package's command-line script. */
function binOf(packageName, command) {
  const manifestPath = require.resolve(`${packageName}/package.json`);
  const { bin } = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const script = typeof bin === 'string' ? bin : bin?.[command];
  if (typeof script !== 'string') throw new Error(`${packageName} has no "${command}" command`);
  return join(dirname(manifestPath), script);
}

/** Packs the package into `directory` and returns the tarball's path. */
function pack(directory) {
  const output = execFileSync(
    'npm',
    ['pack', '--pack-destination', directory, '--json', '--ignore-scripts', '--loglevel=error'],
    { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const [packed] = JSON.parse(output);
  console.log(`Packed ${packed.filename}: ${packed.entryCount} files, ${(packed.size / 1024).toFixed(1)} kB packed.`);
  return join(directory, packed.filename);
}

/** Runs publint on the tarball; returns whether it found no error (warnings are errors here). */
async function runPublint(tarball) {
  console.log('\n== publint (strict) ==');
  const bytes = readFileSync(tarball);
  const { messages, pkg } = await publint({
    pack: { tarball: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) },
    strict: true,
  });
  for (const message of messages) {
    console.log(`${message.type}: ${formatMessage(message, pkg)}`);
  }
  const problems = messages.filter((message) => message.type !== 'suggestion');
  console.log(problems.length === 0 ? 'publint: no problems.' : `publint: ${problems.length} problem(s).`);
  return problems.length === 0;
}

/** Runs Are the Types Wrong? on the tarball; returns whether it found no problem. */
function runAttw(tarball) {
  console.log('\n== Are the Types Wrong? ==');
  const result = spawnSync(process.execPath, [binOf('@arethetypeswrong/cli', 'attw'), tarball], {
    cwd: root,
    stdio: 'inherit',
  });
  if (result.error) throw result.error;
  return result.status === 0;
}

if (!existsSync(join(root, 'dist', 'index.js'))) {
  console.error('dist/index.js is missing: run `npm run build` before `npm run check:package`.');
  process.exit(1);
}

const workDir = mkdtempSync(join(tmpdir(), 'lmdkit-check-'));
let passed = false;
try {
  const tarball = pack(workDir);
  const publintPassed = await runPublint(tarball);
  const attwPassed = runAttw(tarball);
  passed = publintPassed && attwPassed;
  console.log(`\ncheck:package: publint ${publintPassed ? 'passed' : 'FAILED'}, attw ${attwPassed ? 'passed' : 'FAILED'}.`);
} finally {
  rmSync(workDir, { recursive: true, force: true });
}
process.exitCode = passed ? 0 : 1;
