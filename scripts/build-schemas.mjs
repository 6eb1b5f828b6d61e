// Writes the package's JSON Schemas (`lmdkit/schemas/*.json`) for consumers that do not use
// TypeScript or zod: one per input schema, generated from the built library with zod's own
// `z.toJSONSchema`. Run at the end of `npm run build`, after both tsup builds:
//
//   node scripts/build-schemas.mjs [output directory]      (default: dist/schemas)
//
// What it writes:
// - `<name>.json` for every export of the entry points (`dist/index.js` and the `indicators`,
//   `lmd`, `evaluation` and `report` subpaths) whose name ends in `Schema` and that is a zod
//   schema, and for the command's JSON file formats (`cliFileFormatSchemas` in
//   `dist/cli/file-formats.js`, under the names given there). A file format that is itself a
//   library export (`evaluationCaseSchema`, from `lmdkit/report`) is written once, as the file
//   format, with the file format's description;
// - `index.json`: every schema's name, file and the export it comes from, and the checks its
//   zod schema makes that JSON Schema cannot express.
//
// Names. The export name less `Schema`, in kebab-case: a hyphen goes before each capital that
// follows a lower-case letter or a digit (`phillipsRoiInputSchema` → `phillips-roi-input`), and
// inside a run of capitals before its last one when a lower-case letter follows
// (`XMLParser` → `xml-parser`). Digits stay with the word they follow and never start a word of
// their own (`interpret360InputSchema` → `interpret360-input`, `cohortRating360Schema` →
// `cohort-rating360`), so the names read like the exports. Two schemas that come out under one
// name fail the build.
//
// Each file is the schema zod generates for the *input* side (`io: 'input'`: a field with a
// default is optional) in draft 2020-12, with `$schema` first, then `title` (the export name)
// and `description` (one sentence: our own for the file formats, a stock one for the rest;
// a description set with zod's `.meta()` wins).
//
// What JSON Schema cannot say. Refinements (`.refine`, `.superRefine`) run code; JSON Schema has
// no place for them, so a JSON Schema validator accepts a superset of what zod accepts. The
// build walks each zod schema and lists in the index, by data path, every:
// - `refine`: a `.refine`/`.superRefine`/`.check` (zod check kind `custom`);
// - `normalise`: a value rewritten before later checks (`.trim()` then `.min(1)`: JSON Schema
//   sees the untrimmed text, so accepts "  " where zod does not);
// - `pipe`: a schema piped into a second schema whose checks JSON Schema does not see.
// A zod construct the walker does not know, or anything `z.toJSONSchema` reports as
// unrepresentable, fails the build with a message naming the export and where in it; map one on
// purpose in `deliberateMappings` below (empty: nothing needs it today).
//
// Output is deterministic: schemas are written in name order, keys in the order zod emits them
// (which follows the source), two-space indented with a final newline; the same build writes
// byte-identical files.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as z from 'zod';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outputDirectory = resolve(process.argv[2] ?? join(root, 'dist/schemas'));

/** The package's entry points (`.` and its subpaths), as built in dist/. */
const libraryEntries = ['index.js', 'indicators/index.js', 'lmd/index.js', 'evaluation/index.js', 'report/index.js'];

/** Draft 2020-12, the target zod writes and the `$schema` of every file. */
const target = 'draft-2020-12';

/** Descriptions of the command's file formats (the library's schemas get a stock sentence). */
const fileFormatDescriptions = {
  'iip-evidence-file':
    "An organisation's evidence against the IIP Leadership & Management Model, as `lmdkit iip <evidence.json>` reads it.",
  'evaluation-case':
    "An initiative's evaluation case (workforce figures, evaluation plan, ROI inputs, qualitative records), as `lmdkit evaluate <case.json>` reads it.",
  'feedback360-settings-file':
    "A 360 cycle's anonymity policy and ratees' readiness to act on feedback, as `lmdkit 360 --settings <file>` reads it.",
  'instrument360-file':
    'A 360 instrument (scale, competencies, items) as `lmdkit 360 --instrument <file>` reads it: the library\'s instrument plus an optional `$schema` key.',
};

/**
 * JSON Schema to use for a zod construct that `z.toJSONSchema` cannot represent, keyed by
 * `<export name> <JSON Schema path of the site>` (as the build's error message gives it, e.g.
 * `probeSchema /properties/a`). Empty: every input schema is representable today.
 * Add an entry only with a comment saying why the mapping is faithful.
 */
const deliberateMappings = {};

/** The export name less `Schema`, in kebab-case (rule in the header). */
function schemaName(exportName) {
  return exportName
    .replace(/Schema$/, '')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1-$2')
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .toLowerCase();
}

/** A problem the build reports by its message alone (no stack trace), exiting with status 1. */
class SchemaBuildError extends Error {}

/**
 * Error for a zod construct the build cannot translate faithfully: `where` is a data path for the
 * walker's finds, a JSON Schema path for zod's (the key `deliberateMappings` uses).
 */
function buildError(exportName, where, problem, remedy) {
  return new SchemaBuildError(`build-schemas: ${exportName} at ${where || '/'}: ${problem}. Change the schema, or ${remedy} (scripts/build-schemas.mjs).`);
}

/** Error for a construct the walker in {@link unrepresentableChecks} does not know. */
function walkError(exportName, path, problem) {
  return buildError(exportName, `data path ${path || '/'}`, problem, 'teach unrepresentableChecks() what JSON Schema misses in it');
}

/** Def types with no children and no behaviour JSON Schema misses beyond their own checks. */
const leafTypes = new Set(['string', 'number', 'int', 'boolean', 'null', 'enum', 'literal', 'any', 'unknown', 'never', 'template_literal']);
/** Def types that wrap one `innerType` at the same data path. */
const wrapperTypes = new Set(['optional', 'nullable', 'default', 'prefault', 'readonly', 'nonoptional']);
/** Check kinds `z.toJSONSchema` turns into keywords (or that are metadata only). */
const representableChecks = new Set([
  'greater_than',
  'less_than',
  'multiple_of',
  'number_format',
  'min_length',
  'max_length',
  'length_equals',
  'min_size',
  'max_size',
  'size_equals',
  'string_format',
  'describe',
  'meta',
]);

/**
 * The checks of `schema` (and of everything inside it) that JSON Schema cannot express, as
 * `{ path, kind }` with `path` a JSON Pointer into the data (`*` for any array item or record
 * value). Throws on a construct it does not know.
 */
function unrepresentableChecks(exportName, schema) {
  const found = new Map();
  const note = (path, kind) => found.set(`${path} ${kind}`, { path, kind });
  const ancestors = new Set();

  function walk(node, path) {
    if (ancestors.has(node)) return; // recursive (lazy) schema: already being walked
    ancestors.add(node);
    const def = node._zod.def;
    const checks = def.checks ?? [];
    checks.forEach((check, index) => {
      const kind = check._zod.def.check;
      if (kind === 'custom') note(path, 'refine');
      else if (kind === 'overwrite') {
        if (index < checks.length - 1) note(path, 'normalise');
      } else if (!representableChecks.has(kind)) {
        throw walkError(exportName, path, `zod check "${kind}" is not known to the schema build`);
      }
    });
    if (leafTypes.has(def.type)) {
      // no children
    } else if (wrapperTypes.has(def.type)) {
      walk(def.innerType, path);
    } else if (def.type === 'object') {
      for (const [key, value] of Object.entries(def.shape)) walk(value, `${path}/${key.replaceAll('~', '~0').replaceAll('/', '~1')}`);
      if (def.catchall) walk(def.catchall, `${path}/*`);
    } else if (def.type === 'array') {
      walk(def.element, `${path}/*`);
    } else if (def.type === 'union') {
      for (const option of def.options) walk(option, path);
    } else if (def.type === 'intersection') {
      walk(def.left, path);
      walk(def.right, path);
    } else if (def.type === 'record') {
      walk(def.keyType, `${path}/(key)`);
      walk(def.valueType, `${path}/*`);
    } else if (def.type === 'tuple') {
      def.items.forEach((item, index) => walk(item, `${path}/${index}`));
      if (def.rest) walk(def.rest, `${path}/*`);
    } else if (def.type === 'lazy') {
      walk(node._zod.innerType, path);
    } else if (def.type === 'pipe') {
      // The input side is what z.toJSONSchema writes; anything the value is piped into is unseen.
      const inIsTransform = def.in._zod.traits.has('$ZodTransform');
      const outIsTransform = def.out._zod.traits.has('$ZodTransform');
      if (inIsTransform) throw walkError(exportName, path, 'a preprocess (transform piped into a schema) has no input-side JSON Schema');
      walk(def.in, path);
      if (!outIsTransform) note(path, 'pipe');
    } else {
      throw walkError(exportName, path, `zod type "${def.type}" is not known to the schema build`);
    }
    ancestors.delete(node);
  }

  walk(schema, '');
  return [...found.values()].sort((a, b) => a.path.localeCompare(b.path) || a.kind.localeCompare(b.kind));
}

/** The JSON Schema of one zod schema, with our header keys first. */
function jsonSchemaOf(exportName, schema, description) {
  const generated = z.toJSONSchema(schema, {
    io: 'input',
    target,
    unrepresentable: ({ path, message }) => {
      const site = `/${path.map(String).join('/')}`;
      const mapped = deliberateMappings[`${exportName} ${site}`];
      if (mapped !== undefined) return mapped;
      throw buildError(
        exportName,
        `JSON Schema path ${site}`,
        `zod cannot represent it in JSON Schema (${message})`,
        `map it on purpose in deliberateMappings under "${exportName} ${site}"`,
      );
    },
  });
  // A title set with `.meta()` gives way to the export name, which the index and the tests key on.
  const { $schema, title: _zodTitle, description: zodDescription, ...rest } = generated;
  return { $schema, title: exportName, description: zodDescription ?? description, ...rest };
}

/** Every schema to write: `{ name, exportName, source, schema, description }`. */
async function collectSchemas() {
  // Every entry point a consumer can import, not only the root: a schema exported from a subpath
  // alone would otherwise get no JSON Schema.
  const library = new Map();
  for (const entry of libraryEntries) {
    const module = await import(pathToFileURL(join(root, 'dist', entry)).href);
    for (const [exportName, value] of Object.entries(module)) {
      if (!exportName.endsWith('Schema') || !(value instanceof z.ZodType)) continue;
      const seen = library.get(exportName);
      if (seen !== undefined && seen !== value) throw new SchemaBuildError(`build-schemas: ${exportName} names two different schemas in the entry points; one name must have one meaning`);
      library.set(exportName, value);
    }
  }
  const fileFormats = await import(pathToFileURL(join(root, 'dist/cli/file-formats.js')).href);
  // The command's bundle holds its own copy of a library schema, so a file format is matched to a
  // library export by its export name (`evaluationCaseSchema`), not by object identity.
  const fileFormatExports = new Set(
    Object.entries(fileFormats)
      .filter(([key, value]) => key !== 'cliFileFormatSchemas' && Object.values(fileFormats.cliFileFormatSchemas).includes(value))
      .map(([key]) => key),
  );
  const entries = [];
  for (const [exportName, value] of library) {
    // Written below as the file format it also is, with the file format's description.
    if (fileFormatExports.has(exportName)) continue;
    const name = schemaName(exportName);
    entries.push({
      name,
      exportName,
      source: 'lmdkit',
      schema: value,
      description: `Input accepted by lmdkit's ${exportName}, generated from the zod schema.`,
    });
  }
  for (const [name, schema] of Object.entries(fileFormats.cliFileFormatSchemas)) {
    const exportName = Object.entries(fileFormats).find(([key, value]) => value === schema && key !== 'cliFileFormatSchemas')?.[0];
    if (exportName === undefined) throw new SchemaBuildError(`build-schemas: the file format "${name}" is not exported by name from src/cli/file-formats.ts`);
    const description = fileFormatDescriptions[name];
    if (description === undefined) throw new SchemaBuildError(`build-schemas: no description for the file format "${name}"; add one to fileFormatDescriptions`);
    entries.push({ name, exportName, source: 'lmdkit command-line file format', schema, description });
  }
  const byName = new Map();
  for (const entry of entries) {
    const clash = byName.get(entry.name);
    if (clash) throw new SchemaBuildError(`build-schemas: ${clash.exportName} and ${entry.exportName} both become "${entry.name}.json"; rename one`);
    byName.set(entry.name, entry);
  }
  return entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** Writes every schema and the index to `outputDirectory`. */
async function main() {
  const entries = await collectSchemas();
  const index = { $comment: 'Written by scripts/build-schemas.mjs; see its header for names and check kinds.', schemas: [] };
  const files = new Map();
  for (const { name, exportName, source, schema, description } of entries) {
    const file = `${name}.json`;
    files.set(file, jsonSchemaOf(exportName, schema, description));
    index.schemas.push({ name, file, export: exportName, source, unrepresentableChecks: unrepresentableChecks(exportName, schema) });
  }

  mkdirSync(outputDirectory, { recursive: true });
  for (const stale of readdirSync(outputDirectory)) if (stale.endsWith('.json')) rmSync(join(outputDirectory, stale));
  for (const [file, json] of files) writeFileSync(join(outputDirectory, file), `${JSON.stringify(json, null, 2)}\n`);
  writeFileSync(join(outputDirectory, 'index.json'), `${JSON.stringify(index, null, 2)}\n`);

  const withChecks = index.schemas.filter((entry) => entry.unrepresentableChecks.length > 0).length;
  console.log(
    `build-schemas: wrote ${files.size} JSON Schemas and index.json to ${outputDirectory} ` +
      `(${withChecks} with checks JSON Schema cannot express; listed in index.json).`,
  );
}

try {
  await main();
} catch (error) {
  if (!(error instanceof SchemaBuildError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
