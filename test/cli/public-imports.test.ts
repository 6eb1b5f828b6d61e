// The command-line tool is a consumer of the library like any app (DESIGN.md, "Layout": src/cli/
// "imports only public entry points"): a file of src/cli/ may import other files of src/cli/, the
// library's public entry points (the root and one per `exports` subpath), Node built-ins, and the
// packages it runs with (zod for the file formats' schemas; @e965/xlsx, bundled into the command,
// for Excel files). A path into a module's
// files (`../core/parse-input.js`, `../lmd/feedback360/…`) fails this test: what the command needs
// is either public, with docs, or belongs in a module.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importedSpecifiers, withoutBlockComments } from '../helpers/imported-specifiers.js';

const root = resolve(import.meta.dirname, '../..');
const cliDir = join(root, 'src/cli');

/** The entry points a file of src/cli/ may import, from package.json `exports` (`./x` → `../x/index.js`). */
function publicEntries(): Set<string> {
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { readonly exports: Record<string, unknown> };
  const subpaths = Object.keys(manifest.exports).filter((subpath) => !subpath.endsWith('.json'));
  return new Set(subpaths.map((subpath) => (subpath === '.' ? '../index.js' : `../${subpath.slice(2)}/index.js`)));
}

/** Packages the command runs with, besides Node's own modules. */
const packages = new Set(['csv-parse', 'csv-parse/sync', 'zod', '@e965/xlsx']);

/** Why a specifier is not allowed in src/cli/, or `null` when it is. */
function problemOf(specifier: string, entries: ReadonlySet<string>): string | null {
  if (specifier.startsWith('node:') || packages.has(specifier)) return null;
  if (/^\.\/[\w.-]+\.js$/.test(specifier)) return null;
  if (entries.has(specifier)) return null;
  if (specifier.startsWith('.')) return 'a library file that is not a public entry point';
  return 'a package the command does not declare';
}

describe('src/cli/ imports the library only through its public entry points', () => {
  const entries = publicEntries();

  it('knows the entry points from package.json', () => {
    expect([...entries].sort()).toEqual(['../evaluation/index.js', '../import/index.js', '../index.js', '../indicators/index.js', '../lmd/index.js', '../report/index.js']);
  });

  it('reads the imports of the code, not of the examples in its doc comments', () => {
    const text = "/**\n * @example\n * import { x } from '../core/x.js';\n */\nimport { y } from '../index.js';\n";
    expect(importedSpecifiers(withoutBlockComments(text))).toEqual(['../index.js']);
  });

  it('tells allowed and forbidden specifiers apart', () => {
    const verdicts = ['./cli-io.js', '../index.js', '../report/index.js', 'node:fs', 'csv-parse/sync', '../core/parse-input.js', '../lmd/feedback360/rater-group.js', '../report/_internal/html-escape.js', './sub/x.js', 'lodash'].map(
      (specifier) => problemOf(specifier, entries) === null,
    );
    expect(verdicts).toEqual([true, true, true, true, true, false, false, false, false, false]);
  });

  it('finds no import of a library file other than an entry point', () => {
    const files = readdirSync(cliDir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.ts'));
    expect(files.length).toBeGreaterThan(15);
    const offenders = files.flatMap((name) =>
      importedSpecifiers(withoutBlockComments(readFileSync(join(cliDir, name), 'utf8'))).flatMap((specifier) => {
        const problem = problemOf(specifier, entries);
        return problem === null ? [] : [`${relative(root, join(cliDir, name))} imports ${specifier}: ${problem}`];
      }),
    );
    expect(offenders).toEqual([]);
  });
});
