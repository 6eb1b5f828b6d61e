// The root entry point (`lmdkit`, src/index.ts) re-lists every module's public names by hand. This
// test pins that list to the union of the module barrels, so a name added to (or dropped from) a
// module cannot silently be missing from (or left behind in) the root: the runtime exports must be
// the same names with the same values, and the exported types the same names naming the same
// declarations. It also checks that no name means two different things in two modules, which
// would make the union ambiguous.
import { join, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import * as root from '../../src/index.js';
import * as core from '../../src/core/index.js';
import * as evaluation from '../../src/evaluation/index.js';
import * as indicators from '../../src/indicators/index.js';
import * as lmd from '../../src/lmd/index.js';
import * as report from '../../src/report/index.js';

const repository = resolve(import.meta.dirname, '../..');
const barrelFiles = {
  core: 'src/core/index.ts',
  indicators: 'src/indicators/index.ts',
  lmd: 'src/lmd/index.ts',
  evaluation: 'src/evaluation/index.ts',
  report: 'src/report/index.ts',
} as const;
const rootFile = 'src/index.ts';
type ModuleName = keyof typeof barrelFiles;

const modules: Record<ModuleName, Record<string, unknown>> = { core, indicators, lmd, evaluation, report };

/** Names that two modules export with different meanings, as `name: a, b`. */
function conflicts<Meaning>(exportsByModule: Record<string, ReadonlyMap<string, Meaning>>): string[] {
  const seen = new Map<string, { module: string; meaning: Meaning }>();
  const found: string[] = [];
  for (const [module, exports] of Object.entries(exportsByModule)) {
    for (const [name, meaning] of exports) {
      const earlier = seen.get(name);
      if (earlier === undefined) seen.set(name, { module, meaning });
      else if (earlier.meaning !== meaning) found.push(`${name}: ${earlier.module}, ${module}`);
    }
  }
  return found;
}

/** The union of several maps of exports (the first meaning of a name wins). */
function union<Meaning>(exportsByModule: Record<string, ReadonlyMap<string, Meaning>>): Map<string, Meaning> {
  const all = new Map<string, Meaning>();
  for (const exports of Object.values(exportsByModule)) for (const [name, meaning] of exports) if (!all.has(name)) all.set(name, meaning);
  return all;
}

const sorted = (names: Iterable<string>): string[] => [...names].sort();

// `lmdkit/import` (src/import/) is deliberately not re-exported from the root: the survey reader
// is a subpath of its own, so that the root stays zod and lmdkit alone at runtime, and an app that
// never reads exports never loads it. It is not one of the barrels above.
describe('lmdkit/import stays out of the root entry', () => {
  it('the root exports none of its names, and no root file imports it', async () => {
    const surveyImport = (await import('../../src/import/index.js')) as Record<string, unknown>;
    const rootNames = new Set(Object.keys(root));
    expect(Object.keys(surveyImport).filter((name) => rootNames.has(name))).toEqual([]);
    const rootText = ts.sys.readFile(join(repository, rootFile)) ?? '';
    expect(rootText).not.toMatch(/from '\.\/import\//);
  });
});

describe('the root barrel equals the union of the module barrels (runtime exports)', () => {
  const moduleExports = Object.fromEntries(
    Object.entries(modules).map(([name, exports]) => [name, new Map(Object.entries(exports))]),
  ) as Record<ModuleName, Map<string, unknown>>;
  const rootExports = new Map(Object.entries(root as Record<string, unknown>));
  const expected = union(moduleExports);

  it('no name is exported by two modules with different values', () => {
    expect(conflicts(moduleExports)).toEqual([]);
  });

  it('the root exports exactly the names of the modules, no more and no fewer', () => {
    expect(expected.size).toBeGreaterThan(200);
    expect(sorted(rootExports.keys())).toEqual(sorted(expected.keys()));
  });

  it('each root export is the very value its module exports', () => {
    const different = [...rootExports].filter(([name, value]) => expected.has(name) && expected.get(name) !== value).map(([name]) => name);
    expect(different).toEqual([]);
  });

  it('the comparison can fail: a name with two values is reported', () => {
    const a = new Map([['x', 1], ['y', 2]]);
    const b = new Map([['x', 1], ['y', 3]]);
    expect(conflicts({ a, b })).toEqual(['y: a, b']);
  });
});

describe('the root barrel equals the union of the module barrels (type exports)', () => {
  // Every export, types included, as the compiler sees it: each name resolved through the
  // re-exports to the symbol that declares it, so two barrels agree only when they name the
  // same declaration. Binding and resolving aliases needs no full type check, so this is quick.
  const files = [rootFile, ...Object.values(barrelFiles)].map((file) => join(repository, file));
  const configPath = join(repository, 'tsconfig.build.json');
  const config = ts.getParsedCommandLineOfConfigFile(configPath, {}, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
      throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
    },
  });
  if (config === undefined) throw new Error(`cannot read ${configPath}`);
  const program = ts.createProgram({ rootNames: files, options: { ...config.options, noEmit: true } });
  const checker = program.getTypeChecker();

  /** Each exported name of a barrel and the declaration it resolves to. */
  function exportsOf(file: string): Map<string, ts.Symbol> {
    const source = program.getSourceFile(join(repository, file));
    if (source === undefined) throw new Error(`${file} is not in the program`);
    const moduleSymbol = checker.getSymbolAtLocation(source);
    if (moduleSymbol === undefined) throw new Error(`${file} is not a module`);
    return new Map(
      checker.getExportsOfModule(moduleSymbol).map((symbol) => {
        const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
        return [symbol.name, target] as const;
      }),
    );
  }

  const moduleExports = Object.fromEntries(
    Object.entries(barrelFiles).map(([name, file]) => [name, exportsOf(file)]),
  ) as Record<ModuleName, Map<string, ts.Symbol>>;
  const rootExports = exportsOf(rootFile);
  const expected = union(moduleExports);
  const typeOnly = (exports: ReadonlyMap<string, ts.Symbol>): string[] =>
    sorted([...exports].filter(([, symbol]) => !(symbol.flags & ts.SymbolFlags.Value)).map(([name]) => name));

  it('no name is exported by two modules naming different declarations', () => {
    expect(conflicts(moduleExports)).toEqual([]);
  });

  it('the root exports exactly the types (and values) of the modules, no more and no fewer', () => {
    expect(typeOnly(expected).length).toBeGreaterThan(200);
    expect(typeOnly(rootExports)).toEqual(typeOnly(expected));
    expect(sorted(rootExports.keys())).toEqual(sorted(expected.keys()));
  });

  it('each root export names the same declaration as its module does', () => {
    const different = [...rootExports].filter(([name, symbol]) => expected.has(name) && expected.get(name) !== symbol).map(([name]) => name);
    expect(different).toEqual([]);
  });

  it('the compiler sees the runtime exports as values', () => {
    const values = sorted([...rootExports].filter(([, symbol]) => symbol.flags & ts.SymbolFlags.Value).map(([name]) => name));
    expect(values).toEqual(sorted(Object.keys(root)));
  });
});
