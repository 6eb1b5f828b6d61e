// Restores lockfile entries for platform packages that this workplace's npm registry does not
// serve: rollup's native bindings and the Deno binaries of the `deno` package.
//
// Why: `npm install` here records only the platform packages the registry has (for rollup, linux
// x64 and arm64 glibc; for deno, linux x64 glibc). npm 11's `npm ci` then refuses the lockfile as
// "out of sync", because rollup and deno list every platform package as an optional dependency. The entries added here are what a full
// registry would record, less the integrity hash: npm skips them on any machine whose os, cpu or
// libc does not match, so they are never downloaded here. Run after `npm install` changes the lock:
//
//   node scripts/complete-lockfile.mjs
//
// It is idempotent and touches only missing `@rollup/rollup-*` and `@deno/*` platform entries.
import { readFileSync, writeFileSync } from 'node:fs';

const lockPath = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(lockPath, 'utf8'));
const packages = lock.packages;

const cpuOf = { arm: 'arm', 'arm-eabi': 'arm', arm64: 'arm64', x64: 'x64', ia32: 'ia32', loong64: 'loong64', ppc64: 'ppc64', riscv64: 'riscv64', s390x: 's390x' };

/** The packages whose platform packages are completed: the parent's name and its children's prefix. */
const families = [
  { parent: 'rollup', prefix: '@rollup/rollup-' },
  { parent: 'deno', prefix: '@deno/' },
];

/**
 * Platform fields for a package named like `@rollup/rollup-linux-arm-gnueabihf`,
 * `@rollup/rollup-win32-x64-msvc` or `@deno/linux-x64-glibc` (given without its family prefix).
 */
function platformOf(suffix) {
  const [os, ...rest] = suffix.split('-');
  let abi = rest.length > 1 ? rest[rest.length - 1] : '';
  let cpu = rest.slice(0, abi ? -1 : undefined).join('-');
  if (cpu === 'arm' && abi === 'eabi') {
    cpu = 'arm-eabi';
    abi = '';
  }
  const fields = { os: [os], cpu: [cpuOf[cpu] ?? cpu] };
  if ((abi.startsWith('gnu') || abi === 'glibc') && os === 'linux') fields.libc = ['glibc'];
  if (abi.startsWith('musl')) fields.libc = ['musl'];
  return fields;
}

let added = 0;
for (const [path, entry] of Object.entries(packages)) {
  const family = families.find(({ parent }) => path === `node_modules/${parent}` || path.endsWith(`/node_modules/${parent}`));
  if (family === undefined) continue;
  const prefix = path.slice(0, -family.parent.length);
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    if (!name.startsWith(family.prefix)) continue;
    const key = `${prefix}${name}`;
    if (packages[key]) continue;
    const { os, cpu, libc } = platformOf(name.slice(family.prefix.length));
    packages[key] = { version, cpu, dev: true, ...(libc ? { libc } : {}), license: 'MIT', optional: true, os };
    added += 1;
  }
}

const sorted = Object.fromEntries(
  Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))),
);
lock.packages = sorted;
writeFileSync(lockPath, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`complete-lockfile: added ${added} missing platform entr${added === 1 ? 'y' : 'ies'}`);
