// Every `@example` in the TSDoc of src/ is compiled and run, so that examples cannot rot
// (DESIGN.md: typedoc never runs them; this test does). So is every guide in docs/: its ```ts
// blocks run in order as one module (later blocks may use earlier blocks' names), with the same
// `//=>` assertions, and errors are reported at the guide's own line numbers.
//
// Each example becomes a module in .examples/ (git-ignored) that imports every export of
// src/index.ts, hoists the example's own `import` lines, and wraps the rest in `run()`. A line
// `expression //=> expected` becomes a deep-equality assertion (`toEqual`); the `//=>` may also
// start the next line, after a multi-line expression. `//=> throws SomeError` asserts that the
// expression throws an instance of `SomeError`. The expected value is typed as the expression's
// type, so an expected value of the wrong shape is a compile error too.
//
// All modules are type-checked in one TypeScript program (a generated tsconfig that extends
// ../tsconfig.json, so the strict settings apply) and then each is run as its own test. Lines in
// the generated modules keep the lines of the comment they came from, so every error is reported
// at its src/ file and line.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const srcDir = join(root, 'src');
const outDir = join(root, '.examples');

/** One `@example` block, as found in a doc comment. */
interface Example {
  /** `src/core/mean.ts example 1`: the test's name. */
  readonly name: string;
  /** The source file, relative to the repository and with `/` separators. */
  readonly file: string;
  /** 1-based position among the file's examples. */
  readonly index: number;
  /** The 1-based line of src/ that holds the example's first line of code. */
  readonly line: number;
  /** The example's code, with each comment line's leading ` * ` removed. */
  readonly code: string;
  /** The generated module's file name in .examples/. */
  readonly moduleName: string;
}

/** An example turned into the parts of its generated module. */
interface GeneratedExample {
  /** The example's `import` declarations, pointed at src/ where they name lmdkit. */
  readonly imports: readonly { readonly text: string; readonly line: number }[];
  /** Local names those imports declare (not imported again from src/index.ts). */
  readonly importedNames: ReadonlySet<string>;
  /** The example's code with assertions in place of `//=>` lines; same line count as the original. */
  readonly body: string;
  /** Why the example could not be turned into a module (an empty list when it could). */
  readonly problems: readonly string[];
}

/** An export of a public entry point. */
interface PublicExport {
  readonly name: string;
  readonly isValue: boolean;
  readonly hasExample: boolean;
  /** The first sentence of its TSDoc comment (before any tag), or `''` when it has none. */
  readonly summary: string;
  /** Where it is declared, as `src/…:line`. */
  readonly declaredAt: string;
}

const toPosix = (path: string): string => path.split(sep).join('/');
const lineOf = (text: string, offset: number): number => text.slice(0, offset).split('\n').length;

// ---------------------------------------------------------------------------------------------
// Finding the examples (synchronous, so that each can be its own test).

/** Every TypeScript source file under src/, in a stable order. */
function sourceFiles(): string[] {
  return readdirSync(srcDir, { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith('.ts') && !path.endsWith('.d.ts'))
    .map((path) => join(srcDir, path))
    .sort();
}

/** The `@example` blocks of one file, in order. */
function examplesIn(path: string): Example[] {
  const text = readFileSync(path, 'utf8');
  const file = toPosix(relative(root, path));
  const examples: Example[] = [];
  for (const comment of text.matchAll(/\/\*\*[\s\S]*?\*\//g)) {
    const firstLine = lineOf(text, comment.index);
    const lines = comment[0]
      .replace(/^\/\*\*/, '')
      .replace(/\*\/$/, '')
      .split('\n')
      .map((line) => line.replace(/^\s*\*(?: |$)/, ''));
    let block: { start: number; lines: string[] } | undefined;
    const finish = (): void => {
      if (block === undefined) return;
      const code = codeOf(block.lines);
      const index = examples.length + 1;
      examples.push({
        name: `${file} example ${index}`,
        file,
        index,
        line: firstLine + block.start + code.offset,
        code: code.text,
        moduleName: `${file.replace(/^src\//, '').replace(/\.ts$/, '').replaceAll('/', '--')}--example-${index}.ts`,
      });
      block = undefined;
    };
    lines.forEach((line, lineIndex) => {
      if (/^\s*@\w+/.test(line)) {
        finish();
        // Text after `@example` on the same line is a title (TSDoc), not code.
        if (/^\s*@example\b/.test(line)) block = { start: lineIndex + 1, lines: [] };
      } else {
        block?.lines.push(line);
      }
    });
    finish();
  }
  return examples;
}

/**
 * An example's code without surrounding blank lines (or, when it is fenced, only what is inside
 * the fence), and how many lines into the block it starts.
 */
function codeOf(lines: readonly string[]): { text: string; offset: number } {
  const fence = lines.findIndex((line) => line.trim().startsWith('```'));
  let start = 0;
  let end = lines.length;
  if (fence !== -1) {
    start = fence + 1;
    const close = lines.findIndex((line, index) => index >= start && line.trim().startsWith('```'));
    end = close === -1 ? lines.length : close;
  }
  while (start < end && lines[start]?.trim() === '') start += 1;
  while (end > start && lines[end - 1]?.trim() === '') end -= 1;
  return { text: lines.slice(start, end).join('\n'), offset: start };
}

/**
 * The TypeScript of one guide in docs/, as a single example: every line outside a ```ts fence is
 * blanked, so the blocks run in order as one module (a later block can use an earlier block's
 * names) and every line keeps its line number in the guide.
 */
function guideExample(path: string): Example | undefined {
  const file = toPosix(relative(root, path));
  let inside = false;
  let blocks = 0;
  const lines = readFileSync(path, 'utf8')
    .split('\n')
    .map((line) => {
      const fence = /^\s*```(\w*)/.exec(line);
      if (fence !== null) {
        if (!inside && (fence[1] === 'ts' || fence[1] === 'typescript')) blocks += 1;
        inside = !inside && (fence[1] === 'ts' || fence[1] === 'typescript');
        return '';
      }
      return inside ? line : '';
    });
  if (blocks === 0) return undefined;
  return {
    name: `${file} (its ${blocks} TypeScript block${blocks === 1 ? '' : 's'})`,
    file,
    index: 1,
    line: 1,
    code: lines.join('\n'),
    moduleName: `${file.replace(/\.md$/, '').replaceAll('/', '--')}--guide.ts`,
  };
}

/** The guides in docs/, in a stable order. */
function guideFiles(): string[] {
  const docsDir = join(root, 'docs');
  return readdirSync(docsDir)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => join(docsDir, name));
}

const examples: readonly Example[] = [
  ...sourceFiles().flatMap(examplesIn),
  ...guideFiles().flatMap((path) => guideExample(path) ?? []),
];

// ---------------------------------------------------------------------------------------------
// Turning an example into a module.

/** Where an import of lmdkit points inside this repository. */
function localSpecifier(specifier: string): string {
  if (specifier === 'lmdkit') return '../src/index.js';
  const subpath = /^lmdkit\/([\w-]+)$/.exec(specifier)?.[1];
  return subpath === undefined ? specifier : `../src/${subpath}/index.js`;
}

/** The names an import declaration binds. */
function boundNames(declaration: ts.ImportDeclaration): string[] {
  const clause = declaration.importClause;
  if (clause === undefined) return [];
  const names = clause.name === undefined ? [] : [clause.name.text];
  const bindings = clause.namedBindings;
  if (bindings === undefined) return names;
  if (ts.isNamespaceImport(bindings)) return [...names, bindings.name.text];
  return [...names, ...bindings.elements.map((element) => element.name.text)];
}

/** Hoists an example's imports and turns its `//=>` lines into assertions. */
function generate(example: Example): GeneratedExample {
  const { code } = example;
  const source = ts.createSourceFile('example.ts', code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const edits: { start: number; end: number; text: string }[] = [];
  const imports: { text: string; line: number }[] = [];
  const importedNames = new Set<string>();
  const problems: string[] = [];
  let assertions = 0;

  for (const statement of source.statements) {
    const start = statement.getStart(source);
    const line = example.line + lineOf(code, start) - 1;

    if (ts.isImportDeclaration(statement)) {
      const specifier = statement.moduleSpecifier;
      const target = ts.isStringLiteral(specifier) ? localSpecifier(specifier.text) : specifier.getText(source);
      // A guide's later blocks may import again what an earlier block imported: keep the first.
      const names = boundNames(statement);
      const clause = statement.importClause;
      const bindings = clause?.namedBindings;
      if (clause !== undefined && clause.name === undefined && bindings !== undefined && ts.isNamedImports(bindings)) {
        const fresh = bindings.elements.filter((element) => !importedNames.has(element.name.text));
        if (fresh.length > 0) {
          const list = fresh.map((element) => element.getText(source)).join(', ');
          imports.push({ text: `import ${clause.isTypeOnly ? 'type ' : ''}{ ${list} } from ${JSON.stringify(target)};`, line });
        }
      } else {
        imports.push({
          text: code.slice(start, specifier.getStart(source)) + JSON.stringify(target) + code.slice(specifier.end, statement.end),
          line,
        });
      }
      for (const name of names) importedNames.add(name);
      // Blank the import where it stood but keep its line breaks, so that lines still match src/.
      edits.push({ start, end: statement.end, text: code.slice(start, statement.end).replace(/[^\n]/g, '') });
      continue;
    }

    // `//=>` comments after this statement: on its last line, or on the lines before the next one.
    const after = [...(ts.getTrailingCommentRanges(code, statement.end) ?? []), ...(ts.getLeadingCommentRanges(code, statement.end) ?? [])]
      .map((range) => code.slice(range.pos, range.end))
      .filter((comment) => comment.startsWith('//=>'));
    if (after.length === 0) continue;
    assertions += after.length;
    const where = `${example.file}:${line}`;
    const [comment] = after;
    if (after.length > 1 || comment === undefined) {
      problems.push(`${where}: one expression is followed by ${after.length} \`//=>\` lines`);
      continue;
    }
    if (!ts.isExpressionStatement(statement)) {
      problems.push(`${where}: \`//=>\` must follow an expression statement, not a declaration or other statement`);
      continue;
    }
    const expected = comment.slice('//=>'.length).trim();
    if (expected === '') {
      problems.push(`${where}: \`//=>\` has no expected value`);
      continue;
    }
    const expression = code.slice(statement.expression.getStart(source), statement.expression.end);
    const thrown = /^throws\s+(\S.*)$/.exec(expected)?.[1];
    edits.push({
      start,
      end: statement.end,
      text:
        thrown === undefined
          ? `expectExampleValue(${JSON.stringify(where)}, () => (${expression}), (${expected}));`
          : `expectExampleThrows(${JSON.stringify(where)}, () => (${expression}), ${thrown});`,
    });
  }

  const markers = code.match(/\/\/=>/g)?.length ?? 0;
  if (markers !== assertions) {
    problems.push(
      `${example.file}:${example.line}: ${markers - assertions} \`//=>\` line(s) do not follow a complete expression statement`,
    );
  }
  if (code.trim() === '') problems.push(`${example.file}:${example.line}: the example is empty`);

  let body = code;
  for (const edit of [...edits].sort((a, b) => b.start - a.start)) {
    body = body.slice(0, edit.start) + edit.text + body.slice(edit.end);
  }
  return { imports, importedNames, body, problems };
}

/** Assertion helpers shared by the generated modules. */
const harness = `// Generated by test/package/examples.test.ts. Do not edit.
import { expect } from 'vitest';

/** Runs an example's expression, naming the example's line in src/ if it throws. */
function evaluate<T>(where: string, expression: () => T): T {
  try {
    return expression();
  } catch (error) {
    throw new Error(\`\${where}: threw \${String(error)}\`, { cause: error });
  }
}

/** \`expression //=> expected\`: the value deeply equals the expected value. */
export function expectExampleValue<T>(where: string, expression: () => T, expected: NoInfer<T>): void {
  expect(evaluate(where, expression), where).toEqual(expected);
}

/** \`expression //=> throws ErrorClass\`: evaluating the expression throws an ErrorClass. */
export function expectExampleThrows(
  where: string,
  expression: () => unknown,
  errorClass: abstract new (...args: never[]) => Error,
): void {
  let value: unknown;
  try {
    value = expression();
  } catch (error) {
    if (error instanceof errorClass) return;
    throw new Error(\`\${where}: expected a \${errorClass.name} to be thrown, but \${String(error)} was thrown\`, { cause: error });
  }
  throw new Error(\`\${where}: expected a \${errorClass.name} to be thrown, but the expression returned \${JSON.stringify(value)}\`);
}
`;

// ---------------------------------------------------------------------------------------------
// The public API, read with the TypeScript compiler.

/** Reads a tsconfig file, with its `extends` applied. */
function readConfig(path: string): ts.ParsedCommandLine {
  const host: ts.ParseConfigFileHost = {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
      throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
    },
  };
  const parsed = ts.getParsedCommandLineOfConfigFile(path, {}, host);
  if (parsed === undefined) throw new Error(`could not read ${path}`);
  return parsed;
}

/**
 * The source file of each public entry point, from package.json `exports` (`./x` → src/x/index.ts).
 * JSON subpaths (`./package.json`, the schemas `./schemas/*.json`) are data, not code entries.
 */
function entryPoints(): string[] {
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { readonly exports: Record<string, unknown> };
  return Object.keys(manifest.exports)
    .filter((subpath) => !subpath.endsWith('.json'))
    .map((subpath) => join(srcDir, subpath === '.' ? 'index.ts' : `${subpath.slice(2)}/index.ts`));
}

/** The first sentence of the first TSDoc comment (its text before any tag) of some declarations. */
function summaryOf(declarations: readonly ts.Declaration[]): string {
  for (const declaration of declarations) {
    for (const node of ts.getJSDocCommentsAndTags(declaration)) {
      if (!ts.isJSDoc(node)) continue;
      const text = (ts.getTextOfJSDocComment(node.comment) ?? '').trim();
      if (text === '') continue;
      // Up to the first full stop that ends a sentence (or the first blank line), whichever is first.
      return (text.split(/\n\s*\n/)[0] ?? '').split(/(?<=[.!?])\s/)[0]?.trim() ?? '';
    }
  }
  return '';
}

/**
 * Whether an example is a tautology: it declares a typed literal and reads it back, so it shows
 * nothing the type does not already say (DESIGN.md asks for an example that shows behaviour).
 *
 * Conservative on purpose, so that it has no false positives: the code must consist only of
 * - `const name: SomeType = <literal>` (or `<literal> satisfies SomeType`) declarations, whose
 *   initialisers call nothing (no call, `new`, function or tagged template anywhere in them), then
 * - expression statements that call nothing and use no name but the literals just declared
 *   (`name.field //=> …`, `name[0] //=> …`, `name //=> …`, `'key' in name //=> …`).
 * An example that calls a function, parses with a schema or reads exported data is never flagged.
 */
function isTautology(code: string): boolean {
  const source = ts.createSourceFile('example.ts', code, ts.ScriptTarget.Latest, true);
  const callsNothing = (node: ts.Node): boolean =>
    !(ts.isCallExpression(node) || ts.isNewExpression(node) || ts.isArrowFunction(node) || ts.isFunctionExpression(node) || ts.isTaggedTemplateExpression(node)) &&
    ts.forEachChild(node, (child) => (callsNothing(child) ? undefined : true)) === undefined;
  const declared = new Set<string>();
  let reads = 0;
  for (const statement of source.statements) {
    if (ts.isVariableStatement(statement)) {
      if (reads > 0) return false;
      for (const declaration of statement.declarationList.declarations) {
        const { name, type, initializer } = declaration;
        if (!ts.isIdentifier(name) || initializer === undefined || !callsNothing(initializer)) return false;
        if (type === undefined && !ts.isSatisfiesExpression(initializer)) return false;
        declared.add(name.text);
      }
    } else if (ts.isExpressionStatement(statement) && callsNothing(statement.expression)) {
      let usesDeclared = false;
      let usesOther = false;
      const visit = (node: ts.Node): void => {
        if (ts.isIdentifier(node)) {
          if (declared.has(node.text)) usesDeclared = true;
          else usesOther = true;
        } else if (ts.isPropertyAccessExpression(node)) {
          visit(node.expression); // the property name is not a use of another value
        } else {
          ts.forEachChild(node, visit);
        }
      };
      visit(statement.expression);
      if (usesOther || !usesDeclared) return false;
      reads += 1;
    } else {
      return false;
    }
  }
  return declared.size > 0 && reads > 0;
}

/** The exports of one entry point, each resolved to its declaration to find its TSDoc. */
function publicExports(program: ts.Program, entry: string): PublicExport[] {
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(entry);
  if (source === undefined) throw new Error(`entry point ${toPosix(relative(root, entry))} does not exist`);
  const module = checker.getSymbolAtLocation(source);
  if (module === undefined) return [];
  return checker.getExportsOfModule(module).map((symbol) => {
    const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
    const declarations = target.declarations ?? [];
    const [first] = declarations;
    const firstFile = first?.getSourceFile();
    return {
      name: symbol.name,
      isValue: (target.flags & ts.SymbolFlags.Value) !== 0,
      hasExample: declarations.some((declaration) => ts.getJSDocTags(declaration).some((tag) => tag.tagName.text === 'example')),
      summary: summaryOf(declarations),
      declaredAt:
        first === undefined || firstFile === undefined
          ? '(no declaration)'
          : `${toPosix(relative(root, firstFile.fileName))}:${firstFile.getLineAndCharacterOfPosition(first.getStart()).line + 1}`,
    };
  });
}

// ---------------------------------------------------------------------------------------------
// Generating, type-checking and running.

let apiProgram: ts.Program | undefined;
let rootExports: PublicExport[] = [];
/** The exports of `lmdkit/import`, which the root deliberately does not re-export (see root-barrel.test.ts). */
let importExports: PublicExport[] = [];
/** Entry points the root entry does not re-export: their own examples import from them. */
const subpathsOutsideRoot = ['import'] as const;
const generated = new Map<string, GeneratedExample>();
/** Type errors by generated module name; errors outside the examples are under `''`. */
const typeErrors = new Map<string, string[]>();
/** For each generated module, the src/ line of each of its lines (0-based), where there is one. */
const lineMaps = new Map<string, (number | undefined)[]>();

/** Writes an example's module to .examples/ and records which src/ line each of its lines came from. */
function writeModule(example: Example, parts: GeneratedExample): void {
  const values = rootExports.filter((entry) => entry.isValue && !parts.importedNames.has(entry.name)).map((entry) => entry.name);
  const types = rootExports.filter((entry) => !entry.isValue && !parts.importedNames.has(entry.name)).map((entry) => entry.name);
  const lines: string[] = [];
  const map: (number | undefined)[] = [];
  const add = (text: string, line?: number): void => {
    text.split('\n').forEach((part, index) => {
      lines.push(part);
      map.push(line === undefined ? undefined : line + index);
    });
  };
  add(`// Generated by test/package/examples.test.ts from ${example.name} (line ${example.line}). Do not edit.`);
  add(`import { expectExampleThrows, expectExampleValue } from './harness.js';`);
  if (values.length > 0) add(`import { ${values.join(', ')} } from '../src/index.js';`);
  if (types.length > 0) add(`import type { ${types.join(', ')} } from '../src/index.js';`);
  if (example.file.startsWith('src/import/')) {
    const own = importExports.filter((entry) => !parts.importedNames.has(entry.name));
    const ownValues = own.filter((entry) => entry.isValue).map((entry) => entry.name);
    const ownTypes = own.filter((entry) => !entry.isValue).map((entry) => entry.name);
    if (ownValues.length > 0) add(`import { ${ownValues.join(', ')} } from '../src/import/index.js';`);
    if (ownTypes.length > 0) add(`import type { ${ownTypes.join(', ')} } from '../src/import/index.js';`);
  }
  for (const hoisted of parts.imports) add(hoisted.text, hoisted.line);
  add('');
  add('export async function run(): Promise<void> {');
  add(parts.body, example.line);
  add('}');
  writeFileSync(join(outDir, example.moduleName), `${lines.join('\n')}\n`);
  lineMaps.set(example.moduleName, map);
}

/** Type-checks every generated module in one program, reusing the source files already parsed. */
function typeCheck(oldProgram: ts.Program): void {
  writeFileSync(
    join(outDir, 'tsconfig.json'),
    `${JSON.stringify({ extends: '../tsconfig.json', include: ['*.ts'], exclude: [] }, null, 2)}\n`,
  );
  const parsed = readConfig(join(outDir, 'tsconfig.json'));
  const program = ts.createProgram({ rootNames: parsed.fileNames, options: parsed.options, oldProgram });
  for (const diagnostic of [...parsed.errors, ...ts.getPreEmitDiagnostics(program)]) {
    const message = `TS${diagnostic.code}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`;
    const { file, start } = diagnostic;
    if (file === undefined || start === undefined) {
      typeErrors.set('', [...(typeErrors.get('') ?? []), message]);
      continue;
    }
    const moduleName = relative(outDir, file.fileName);
    const generatedLine = file.getLineAndCharacterOfPosition(start).line;
    const example = examples.find((candidate) => candidate.moduleName === moduleName);
    const srcLine = lineMaps.get(moduleName)?.[generatedLine];
    const located =
      example === undefined
        ? `${toPosix(relative(root, file.fileName))}:${generatedLine + 1}: ${message}`
        : srcLine === undefined
          ? `${example.name} (line ${generatedLine + 1} of .examples/${moduleName}): ${message}`
          : `${example.file}:${srcLine} (example ${example.index}): ${message}`;
    const key = example === undefined ? '' : moduleName;
    typeErrors.set(key, [...(typeErrors.get(key) ?? []), located]);
  }
}

beforeAll(() => {
  apiProgram = ts.createProgram({ rootNames: entryPoints(), options: readConfig(join(root, 'tsconfig.json')).options });
  rootExports = publicExports(apiProgram, join(srcDir, 'index.ts'));
  importExports = publicExports(apiProgram, join(srcDir, 'import/index.ts'));

  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'harness.ts'), harness);
  for (const example of examples) {
    const parts = generate(example);
    generated.set(example.moduleName, parts);
    writeModule(example, parts);
  }
  typeCheck(apiProgram);
});

describe('TSDoc examples', () => {
  it('every runtime export of every entry point has an @example, and every type export a summary', () => {
    const program = apiProgram;
    if (program === undefined) throw new Error('the public API was not read');
    const exported = entryPoints().flatMap((entry) => publicExports(program, entry));
    // Values (functions, schemas, reference data) show their behaviour in an example; types and
    // interfaces carry a one-line summary and their field docs (an example is optional there).
    const missing = exported
      .filter((entry) => entry.isValue && !entry.hasExample)
      .map((entry) => `${entry.name} (${entry.declaredAt})`);
    expect([...new Set(missing)], 'runtime exports without an @example').toEqual([]);
    const unsummarised = exported
      .filter((entry) => !entry.isValue && entry.summary === '')
      .map((entry) => `${entry.name} (${entry.declaredAt})`);
    expect([...new Set(unsummarised)], 'type exports without a one-line summary').toEqual([]);
  });

  it('no @example is a typed literal read back', () => {
    const tautologies = examples
      .filter((example) => isTautology(example.code))
      .map((example) => `${example.file}:${example.line} (example ${example.index})`);
    expect(tautologies, 'examples that declare a typed literal and only read it back: show a function\'s behaviour instead, or remove the example from the type').toEqual([]);
  });

  it('the tautology heuristic flags a typed literal read back, and nothing that shows behaviour', () => {
    expect(isTautology("const issue: LmdInputIssue = { path: 'x', message: 'y' };\nissue.path //=> 'x'")).toBe(true);
    expect(isTautology("const grade: EvidenceStrength = 'consultation';\ngrade //=> 'consultation'")).toBe(true);
    expect(isTautology("const input = { d: 1.5, n: 10 } satisfies CohensDConfidenceIntervalInput;\n'n' in input //=> true")).toBe(true);
    expect(isTautology('const options: RwgOptions = { scalePoints: 5 };\nrwg([4, 4, 5, 3, 4], options) //=> 0.75')).toBe(false);
    expect(isTautology("const id: ReferenceId = 'day-2000';\nreferences[id].authors //=> ['Day, D. V.']")).toBe(false);
    expect(isTautology('const result: IccResult = icc([[1, 2], [3, 5]]);\nresult.targets //=> 2')).toBe(false);
    expect(isTautology("const issue = { path: 'x' };\nissue.path //=> 'x'"), 'an untyped literal is not a type\'s example').toBe(false);
  });

  it('the root entry re-exports every subpath export but lmdkit/import (the examples import from the root, or from lmdkit/import)', () => {
    const program = apiProgram;
    if (program === undefined) throw new Error('the public API was not read');
    const rootNames = new Set(rootExports.map((entry) => entry.name));
    const notAtRoot = entryPoints()
      .filter((entry) => !subpathsOutsideRoot.some((subpath) => entry === join(srcDir, subpath, 'index.ts')))
      .flatMap((entry) => publicExports(program, entry).map((exported) => ({ entry, exported })))
      .filter(({ exported }) => !rootNames.has(exported.name))
      .map(({ entry, exported }) => `${exported.name} (${toPosix(relative(root, entry))})`);
    expect(notAtRoot).toEqual([]);
  });

  it('the generated modules type-check, apart from the examples themselves', () => {
    expect(typeErrors.get('') ?? [], 'type errors in the harness or in src/').toEqual([]);
  });

  for (const example of examples) {
    it(example.name, async () => {
      expect(existsSync(join(outDir, example.moduleName)), `.examples/${example.moduleName} was not generated`).toBe(true);
      const problems = generated.get(example.moduleName)?.problems ?? [];
      if (problems.length > 0) throw new Error(`${example.name} could not be turned into a test:\n${problems.join('\n')}`);

      let runtimeError: unknown;
      try {
        const loaded: unknown = await import(join(outDir, example.moduleName));
        const run = typeof loaded === 'object' && loaded !== null && 'run' in loaded ? loaded.run : undefined;
        if (typeof run !== 'function') throw new Error(`.examples/${example.moduleName} exports no run()`);
        await run();
      } catch (error) {
        runtimeError = error;
      }

      const errors = typeErrors.get(example.moduleName) ?? [];
      if (errors.length > 0) {
        const outcome = runtimeError === undefined ? 'It runs without failing.' : `When run, it fails too: ${String(runtimeError)}`;
        throw new Error(`${example.name} does not type-check:\n${errors.join('\n')}\n${outcome}`);
      }
      if (runtimeError !== undefined) {
        if (runtimeError instanceof Error) runtimeError.message = `${example.name}: ${runtimeError.message}`;
        throw runtimeError;
      }
    });
  }
});
