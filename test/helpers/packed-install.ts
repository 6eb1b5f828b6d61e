// The packed package, installed as a user would install it: `npm pack` (what npm would publish),
// then `npm install <tarball>` into a fresh project outside this repository, with the zod this
// repository's lockfile pins (zod is a peer dependency) and lmdkit's own runtime dependencies
// (csv-parse, for the CLI). Shared by the smoke tests (Node ESM/CJS/TypeScript, Deno) and the
// notebook test, so that each installs the package the same way.
//
// The install prefers npm's cache (`--prefer-offline`): with a warm cache it makes no request, so
// the tests run on a machine whose registry is slow or closed. Packing and installing take about
// 2-4 s with a warm cache; create one install per test file (in `beforeAll`) and share it.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** The repository's root folder. */
export const repositoryRoot = resolve(import.meta.dirname, '../..');

/** The output fields Node attaches to the error `execFileSync` throws when a command fails. */
interface ChildProcessFailure {
  readonly status?: number | null;
  readonly signal?: string | null;
  readonly stdout?: string;
  readonly stderr?: string;
}

/** Options of {@link run}. */
export interface RunOptions {
  /** The environment of the command (default: this process's). */
  readonly env?: NodeJS.ProcessEnv;
}

/**
 * Runs a command to completion and returns its standard output; when it fails, throws an error
 * that quotes the command, its exit status and everything it wrote.
 *
 * @param command - the executable
 * @param args - its arguments
 * @param cwd - the folder to run it in
 * @param options - the environment, when not this process's
 * @returns what the command wrote to standard output
 */
export function run(command: string, args: readonly string[], cwd: string, options: RunOptions = {}): string {
  try {
    return execFileSync(command, args, {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      maxBuffer: 64 * 1024 * 1024,
      ...(options.env === undefined ? {} : { env: options.env }),
    });
  } catch (error) {
    // The message quotes all the output, so the original error is not attached as a cause.
    const failure: ChildProcessFailure = typeof error === 'object' && error !== null ? error : {};
    const exit = failure.signal ? `signal ${failure.signal}` : `exit status ${String(failure.status)}`;
    throw new Error(
      [
        `\`${[command, ...args].join(' ')}\` failed in ${cwd} (${exit})`,
        '--- stdout ---',
        failure.stdout ?? '',
        '--- stderr ---',
        failure.stderr ?? '',
      ].join('\n'),
    );
  }
}

/**
 * The version of zod this repository's lockfile resolved our zod devDependency to.
 *
 * @returns the exact version, such as `4.6.7`
 */
export function lockedZodVersion(): string {
  const lock = JSON.parse(readFileSync(join(repositoryRoot, 'package-lock.json'), 'utf8')) as {
    readonly packages?: Record<string, { readonly version?: string } | undefined>;
  };
  const version = lock.packages?.['node_modules/zod']?.version;
  if (version === undefined) throw new Error('package-lock.json does not resolve zod; run `npm install`');
  return version;
}

/** A fresh project with the packed lmdkit installed in its `node_modules`. */
export interface PackedInstall {
  /** The temporary folder holding the tarball and the project; {@link PackedInstall.remove} deletes it. */
  readonly workDir: string;
  /** The tarball `npm pack` wrote. */
  readonly tarball: string;
  /** The project: a `package.json` naming lmdkit and zod, and `node_modules`. */
  readonly projectDir: string;
  /** Deletes {@link PackedInstall.workDir} and everything in it. */
  remove(): void;
}

/** Options of {@link installPackedLmdkit}. */
export interface PackedInstallOptions {
  /** The start of the temporary folder's name (default `lmdkit-packed-`). */
  readonly prefix?: string;
  /** The project's package name (default `lmdkit-consumer`). */
  readonly projectName?: string;
}

/**
 * Packs lmdkit from the built `dist/` and installs the tarball, with the locked zod, into a new
 * project in a temporary folder. Needs `npm run build` first (`npm test` builds).
 *
 * @param options - the temporary folder's prefix and the project's name
 * @returns the install; call `remove()` when done (in `afterAll`)
 */
export function installPackedLmdkit(options: PackedInstallOptions = {}): PackedInstall {
  if (!existsSync(join(repositoryRoot, 'dist/index.js'))) {
    throw new Error('dist/index.js is missing: run `npm run build` first (`npm test` does this for you).');
  }
  const workDir = mkdtempSync(join(tmpdir(), options.prefix ?? 'lmdkit-packed-'));
  const remove = (): void => rmSync(workDir, { recursive: true, force: true });
  try {
    const packed = JSON.parse(
      run('npm', ['pack', '--pack-destination', workDir, '--json', '--ignore-scripts', '--loglevel=error'], repositoryRoot),
    ) as readonly { readonly filename: string }[];
    const filename = packed[0]?.filename;
    if (filename === undefined) throw new Error('`npm pack --json` reported no tarball');
    const tarball = join(workDir, filename);

    const projectDir = join(workDir, 'consumer');
    mkdirSync(projectDir);
    writeFileSync(
      join(projectDir, 'package.json'),
      `${JSON.stringify({ name: options.projectName ?? 'lmdkit-consumer', version: '0.0.0', private: true }, null, 2)}\n`,
    );
    run(
      'npm',
      [
        'install',
        tarball,
        `zod@${lockedZodVersion()}`,
        '--prefer-offline',
        '--no-audit',
        '--no-fund',
        '--ignore-scripts',
        '--loglevel=error',
      ],
      projectDir,
    );
    return { workDir, tarball, projectDir, remove };
  } catch (error) {
    remove();
    throw error;
  }
}

/** Deno, from the registry's `deno` package (a devDependency). */
export const denoExecutable = join(repositoryRoot, 'node_modules/.bin/deno');

/** A packed install made ready for Deno (see {@link prepareDenoProject}). */
export interface DenoProject {
  /** Deno's cache folder for this project alone (`DENO_DIR`), inside the install's temporary folder. */
  readonly denoDir: string;
  /** The environment Deno runs in. */
  readonly env: NodeJS.ProcessEnv;
  /**
   * Runs `deno` with these arguments in the project folder.
   *
   * @param args - the arguments, such as `['run', 'main.ts']`
   * @returns what Deno wrote to standard output
   */
  deno(args: readonly string[]): string;
  /**
   * The npm packages Deno has fetched into its cache; `[]` when it resolved everything from the
   * project's `node_modules`, as it must.
   *
   * @returns the names of the entries in `DENO_DIR/npm`
   */
  fetchedNpmPackages(): string[];
  /**
   * Every permission Deno was asked for in this project's runs so far, granted or not, as
   * `DENO_AUDIT_PERMISSIONS` records it (Deno 2.9 writes one JSON line per check). A denied
   * `fetch` that the code catches still shows here, where the exit status would not.
   *
   * @returns the accesses, in order, such as `{ permission: 'net', value: 'example.com:80' }`
   */
  permissionAccesses(): PermissionAccess[];
}

/** One permission check Deno recorded (see {@link DenoProject.permissionAccesses}). */
export interface PermissionAccess {
  /** The permission: `net`, `read`, `write`, `env`, `run`, `sys`, `ffi` or `import`. */
  readonly permission: string;
  /** What was asked for (a host, a path, a variable), when Deno names it. */
  readonly value: string | null;
}

/** The permission checks in a `DENO_AUDIT_PERMISSIONS` file (one JSON object a line). */
function readAudit(file: string): PermissionAccess[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const entry = JSON.parse(line) as { permission?: unknown; value?: unknown };
      return { permission: String(entry.permission), value: typeof entry.value === 'string' ? entry.value : null };
    });
}

/**
 * Makes a packed install usable by Deno without any network. A `deno.json` with
 * `"nodeModulesDir": "manual"` makes Deno resolve `npm:` specifiers from the existing
 * `node_modules` (npm installed it) and never install or fetch npm packages itself. Deno gets a
 * fresh `DENO_DIR`, no update check or prompt, no colour, and an npm registry on a closed local
 * port, so that any attempt to fetch fails loudly instead of passing quietly; and every permission
 * check is recorded (`DENO_AUDIT_PERMISSIONS`), so a denied network call that the code caught still
 * shows. Run Deno with `--cached-only --no-remote` as well.
 *
 * @param install - the packed install to prepare
 * @returns the project's Deno runner
 */
export function prepareDenoProject(install: PackedInstall): DenoProject {
  const denoDir = join(install.workDir, 'deno-dir');
  const auditFile = join(install.workDir, 'deno-permissions.jsonl');
  const accesses: PermissionAccess[] = [];
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DENO_DIR: denoDir,
    DENO_NO_UPDATE_CHECK: '1',
    DENO_NO_PROMPT: '1',
    NO_COLOR: '1',
    NPM_CONFIG_REGISTRY: 'http://127.0.0.1:9/',
    DENO_AUDIT_PERMISSIONS: auditFile,
  };
  writeFileSync(join(install.projectDir, 'deno.json'), `${JSON.stringify({ nodeModulesDir: 'manual' }, null, 2)}\n`);
  return {
    denoDir,
    env,
    deno: (args) => {
      // Each Deno process starts the audit file afresh, so collect it after every run.
      rmSync(auditFile, { force: true });
      try {
        return run(denoExecutable, args, install.projectDir, { env });
      } finally {
        if (existsSync(auditFile)) accesses.push(...readAudit(auditFile));
      }
    },
    fetchedNpmPackages: () => {
      const npmCache = join(denoDir, 'npm');
      return existsSync(npmCache) ? readdirSync(npmCache) : [];
    },
    permissionAccesses: () => accesses.slice(),
  };
}
