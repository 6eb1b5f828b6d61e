// The JSON Schemas shipped as `lmdkit/schemas/*.json` (written by scripts/build-schemas.mjs at the
// end of `npm run build`). Checked with Ajv, an independent JSON Schema validator, in strict mode
// on the 2020-12 draft: every file compiles, there is one for every exported zod schema, the
// sample organisation's files are accepted, and zod and Ajv give the same verdict on broken
// variants of them. Where they may not agree (a `.refine` or a trim JSON Schema cannot express),
// the schema's entry in index.json must say so.
//
// Formats: the schemas use only `date` (zod's `z.iso.date()`), which also carries an exact
// `pattern`; `ajv-formats` is not installed, so the test adds `date` as a plain regex and Ajv's
// strict mode fails on any other format a future schema brings in.
//
// Strict mode is on except `strictRequired`, a lint Ajv leaves off by default: zod writes a
// record with enum keys (`frameworkLevelsSchema`: all nine indicators) as `propertyNames` +
// `additionalProperties` + `required`, valid 2020-12 that the lint flags because the required
// keys are not also listed under `properties`.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as z from 'zod';
import * as library from '../../src/index.js';
import * as evaluationEntry from '../../src/evaluation/index.js';
import * as reportEntry from '../../src/report/index.js';
import * as indicatorsEntry from '../../src/indicators/index.js';
import * as lmdEntry from '../../src/lmd/index.js';
import { cliFileFormatSchemas } from '../../src/cli/file-formats.js';

const root = resolve(import.meta.dirname, '../..');
const schemaDirectory = join(root, 'dist/schemas');
const dataDirectory = join(root, 'examples/data');

/** One entry of dist/schemas/index.json. */
interface IndexEntry {
  readonly name: string;
  readonly file: string;
  readonly export: string;
  readonly source: string;
  readonly unrepresentableChecks: readonly { readonly path: string; readonly kind: string }[];
}

/** A JSON value as read from a file. */
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function readJson(path: string): Json {
  return JSON.parse(readFileSync(path, 'utf8')) as Json;
}

function readIndex(): readonly IndexEntry[] {
  return (JSON.parse(readFileSync(join(schemaDirectory, 'index.json'), 'utf8')) as { schemas: IndexEntry[] }).schemas;
}

/** Schema files in a directory (index.json is not a schema). */
function schemaFiles(directory: string): string[] {
  return readdirSync(directory)
    .filter((file) => file.endsWith('.json') && file !== 'index.json')
    .sort();
}

const ajv = new Ajv2020({ strict: true, strictRequired: false, allErrors: true });
ajv.addFormat('date', /^\d{4}-\d{2}-\d{2}$/);
const validators = new Map<string, ValidateFunction>();

/** Ajv's validator for the schema published under `name`, compiled once. */
function validatorOf(name: string): ValidateFunction {
  let validate = validators.get(name);
  if (validate === undefined) {
    validate = ajv.compile(readJson(join(schemaDirectory, `${name}.json`)) as object);
    validators.set(name, validate);
  }
  return validate;
}

/** Ajv's verdict, with its errors when it rejects (for the failure message). */
function ajvVerdict(name: string, data: Json): { valid: boolean; errors: string } {
  const validate = validatorOf(name);
  const valid = validate(data);
  return { valid, errors: valid ? '' : ajv.errorsText(validate.errors) };
}

/** The zod schemas each sample file is checked against, by published name. */
const zodSchemas = {
  instrument360: library.instrument360Schema,
  'cohort-rating360': library.cohortRating360Schema,
  'iip-evidence-file': cliFileFormatSchemas['iip-evidence-file'],
  'evaluation-case': cliFileFormatSchemas['evaluation-case'],
  'feedback360-settings-file': cliFileFormatSchemas['feedback360-settings-file'],
} as const;
type SampleName = keyof typeof zodSchemas;

/** Marks a field to delete in {@link changed}. */
const remove = Symbol('remove');

/** A deep copy of `data` with the value at `path` replaced (or deleted, with {@link remove}). */
function changed(data: Json, path: readonly (string | number)[], value: Json | typeof remove): Json {
  const copy = structuredClone(data);
  let parent: Json = copy;
  for (const key of path.slice(0, -1)) {
    const next: Json | undefined = Array.isArray(parent) ? parent[Number(key)] : typeof parent === 'object' && parent !== null ? parent[key] : undefined;
    if (next === undefined) throw new Error(`test data has nothing at ${path.join('.')}`);
    parent = next;
  }
  const last = path[path.length - 1];
  if (last === undefined || typeof parent !== 'object' || parent === null) throw new Error(`cannot change ${path.join('.')}`);
  if (Array.isArray(parent)) {
    if (value === remove) parent.splice(Number(last), 1);
    else parent[Number(last)] = value;
  } else {
    if (!(String(last) in parent)) {
      if (value === remove) throw new Error(`test data has no ${path.join('.')} to remove`);
    }
    if (value === remove) delete parent[String(last)];
    else parent[String(last)] = value;
  }
  return copy;
}

/** The sample files, read once. */
const samples = {
  instrument: readJson(join(dataDirectory, '360-instrument.json')),
  iipEvidence: readJson(join(dataDirectory, 'iip-evidence.json')),
  evaluationCase: readJson(join(dataDirectory, 'evaluation-case.json')),
  settings: readJson(join(dataDirectory, '360-settings.json')),
};

/** The ratings CSV as `cohortRating360Schema` rows (blank score → null, as the CLI reads it). */
function ratingRows(): Json[] {
  const records = parse(readFileSync(join(dataDirectory, '360-ratings.csv'), 'utf8'), { columns: true, skip_empty_lines: true }) as Record<
    string,
    string
  >[];
  return records.map((record) => ({
    rateeId: record['ratee_id'] ?? '',
    raterId: record['rater_id'] ?? '',
    group: record['rater_group'] ?? '',
    itemId: record['item_id'] ?? '',
    score: record['score'] === '' || record['score'] === undefined ? null : Number(record['score']),
  }));
}

beforeAll(() => {
  if (!existsSync(join(schemaDirectory, 'index.json'))) {
    throw new Error('dist/schemas/index.json is missing: run `npm run build` (it writes the JSON Schemas) before this test');
  }
});

describe('the published files', () => {
  it('compiles every schema file with Ajv in strict mode (draft 2020-12)', () => {
    const failures: string[] = [];
    for (const file of schemaFiles(schemaDirectory)) {
      try {
        validatorOf(file.replace(/\.json$/, ''));
      } catch (error) {
        failures.push(`${file}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    expect(failures).toEqual([]);
    expect(schemaFiles(schemaDirectory).length).toBeGreaterThan(60);
  });

  it('lists exactly the files present in index.json, in name order, each file named after its schema', () => {
    const index = readIndex();
    expect(index.map((entry) => entry.file).sort()).toEqual(schemaFiles(schemaDirectory));
    for (const entry of index) expect(entry.file).toBe(`${entry.name}.json`);
    const names = index.map((entry) => entry.name);
    expect(names).toEqual([...names].sort());
  });

  it('has a JSON Schema for every zod schema exported by an entry point (root or subpath), and for each command file format', () => {
    const names = [library, indicatorsEntry, lmdEntry, evaluationEntry, reportEntry]
      .flatMap((entry) => Object.entries(entry))
      .filter(([name, value]) => name.endsWith('Schema') && value instanceof z.ZodType)
      .map(([name]) => name);
    const exported = [...new Set(names)].sort();
    // A library schema that is also a command file format (evaluationCaseSchema, from
    // lmdkit/report) is published once, as the file format with its own description.
    const published = readIndex()
      .filter((entry) => entry.source === 'lmdkit' || exported.includes(entry.export))
      .map((entry) => entry.export)
      .sort();
    const missing = exported.filter((name) => !published.includes(name));
    expect(missing, 'exported zod schemas without a JSON Schema (run `npm run build`?)').toEqual([]);
    expect(published).toEqual(exported);

    const fileFormats = readIndex()
      .filter((entry) => entry.source !== 'lmdkit')
      .map((entry) => entry.name)
      .sort();
    expect(fileFormats).toEqual(Object.keys(cliFileFormatSchemas).sort());
  });

  it('names each schema after its export in kebab-case, digits staying with the word before them', () => {
    const nameOf = new Map(readIndex().map((entry) => [entry.export, entry.name]));
    expect(nameOf.get('interpret360InputSchema')).toBe('interpret360-input');
    expect(nameOf.get('lmEvidenceSchema')).toBe('lm-evidence');
    expect(nameOf.get('phillipsRoiInputSchema')).toBe('phillips-roi-input');
    expect(nameOf.get('cohortRating360Schema')).toBe('cohort-rating360');
    expect(nameOf.get('cohensDConfidenceIntervalInputSchema')).toBe('cohens-d-confidence-interval-input');
    expect(nameOf.get('tTestOptionsSchema')).toBe('t-test-options');
    expect(nameOf.get('iipEvidenceFileSchema')).toBe('iip-evidence-file');
  });

  it('starts every file with $schema, title (the export name) and a one-sentence description', () => {
    for (const entry of readIndex()) {
      const json = readJson(join(schemaDirectory, entry.file));
      if (typeof json !== 'object' || json === null || Array.isArray(json)) throw new Error(`${entry.file} is not an object`);
      expect(Object.keys(json).slice(0, 3), entry.file).toEqual(['$schema', 'title', 'description']);
      expect(json['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(json['title']).toBe(entry.export);
      expect(json['description'], entry.file).toMatch(/^[A-Z][^\n]*\.$/);
    }
  });

  it('ships the files in the package: npm pack lists them and lmdkit/schemas/*.json resolves through exports', () => {
    const packed = JSON.parse(
      execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts', '--loglevel=error'], {
        cwd: root,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      }),
    ) as { files: { path: string }[] }[];
    const inTarball = new Set((packed[0]?.files ?? []).map((file) => file.path));
    const expected = ['index.json'].concat(schemaFiles(schemaDirectory)).map((file) => `dist/schemas/${file}`);
    expect(expected.filter((path) => !inTarball.has(path))).toEqual([]);

    // Self-reference: resolving our own package name goes through package.json `exports`.
    const require = createRequire(join(root, 'package.json'));
    expect(require.resolve('lmdkit/schemas/lm-evidence.json')).toBe(join(schemaDirectory, 'lm-evidence.json'));
    expect(require.resolve('lmdkit/schemas/index.json')).toBe(join(schemaDirectory, 'index.json'));
  });
});

describe('the sample organisation', () => {
  const accepted: [string, SampleName, () => Json][] = [
    ['360-instrument.json', 'instrument360', () => samples.instrument],
    ['iip-evidence.json', 'iip-evidence-file', () => samples.iipEvidence],
    ['evaluation-case.json', 'evaluation-case', () => samples.evaluationCase],
    ['360-settings.json', 'feedback360-settings-file', () => samples.settings],
  ];

  it.each(accepted)('%s is accepted by %s, by zod and by Ajv', (_file, name, data) => {
    expect(zodSchemas[name].safeParse(data()).error).toBeUndefined();
    expect(ajvVerdict(name, data())).toEqual({ valid: true, errors: '' });
  });

  it('every row of 360-ratings.csv is accepted by cohort-rating360, by zod and by Ajv', () => {
    const rows = ratingRows();
    expect(rows).toHaveLength(3240);
    expect(rows.some((row) => typeof row === 'object' && row !== null && !Array.isArray(row) && row['score'] === null)).toBe(true);
    const rejected = rows.flatMap((row, index) => {
      const zodOk = zodSchemas['cohort-rating360'].safeParse(row).success;
      const ajvResult = ajvVerdict('cohort-rating360', row);
      return zodOk && ajvResult.valid ? [] : [`row ${index + 2}: zod ${String(zodOk)}, ajv ${ajvResult.errors}`];
    });
    expect(rejected).toEqual([]);
  });

  it('the $schema keys of the sample files point at the published schema files', () => {
    expect((samples.iipEvidence as Record<string, Json>)['$schema']).toBe('../../dist/schemas/iip-evidence-file.json');
    expect((samples.evaluationCase as Record<string, Json>)['$schema']).toBe('../../dist/schemas/evaluation-case.json');
    expect((samples.settings as Record<string, Json>)['$schema']).toBe('../../dist/schemas/feedback360-settings-file.json');
  });
});

/** A broken variant of a sample: the field to change and its new value (or {@link remove}). */
type Variant = readonly [label: string, path: readonly (string | number)[], value: Json | typeof remove];

describe('zod and Ajv agree on broken files', () => {
  const row: Json = { rateeId: 'M01', raterId: 'r0001', group: 'self', itemId: 'D1', score: 4 };
  const cases: readonly [SampleName, () => Json, readonly Variant[]][] = [
    [
      'instrument360',
      () => samples.instrument,
      [
        ['wrong type', ['scale', 'min'], '1'],
        ['missing required field', ['items'], remove],
        ['extra field in a strict object', ['scale', 'step'], 1],
        ['out-of-range number', ['scale', 'max'], 1000],
        ['non-integer scale point', ['scale', 'min'], 1.5],
        ['empty list', ['competencies'], []],
      ],
    ],
    [
      'cohort-rating360',
      () => row,
      [
        ['wrong type', ['score'], '4'],
        ['missing required field', ['rateeId'], remove],
        ['extra field in a strict object', ['comment'], 'great'],
        ['non-integer score', ['score'], 3.5],
        ['bad enum', ['group'], 'boss'],
        ['empty id', ['itemId'], ''],
      ],
    ],
    [
      'iip-evidence-file',
      () => samples.iipEvidence,
      [
        ['wrong type', ['organisation'], 5],
        ['missing required field', ['evidence'], remove],
        ['extra field in a strict object', ['assessor'], 'Jo'],
        ['out-of-range number', ['options'], { partlyWeight: 2 }],
        ['bad enum', ['evidence', 0, 'supports'], 'maybe'],
        ['impossible date', ['assessedOn'], '2026-02-30'],
        ['unknown requirement id', ['evidence', 0, 'requirementId'], 'LM10.1'],
      ],
    ],
    [
      'evaluation-case',
      () => samples.evaluationCase,
      [
        ['wrong type', ['workforce', 'pilot', 'before', 'leavers'], '9'],
        ['missing required field', ['plan'], remove],
        ['extra field in a strict object', ['initiative', 'owner'], 'HR'],
        ['out-of-range number', ['workforce', 'pilot', 'before', 'averageHeadcount'], -1],
        ['bad enum', ['initiative', 'template'], 'book-club'],
        ['out-of-range attribution', ['roi', 'benefits', 0, 'attribution'], 1.5],
      ],
    ],
    [
      'feedback360-settings-file',
      () => samples.settings,
      [
        // Every field of this format is optional, so it has no "missing required field" variant.
        ['wrong type', ['policy', 'minGroupSize'], '3'],
        ['extra field in a strict object', ['policy', 'hideManagers'], true],
        ['out-of-range number', ['policy', 'minGroupSize'], 2],
        ['bad enum', ['policy', 'smallGroupStrategy'], 'drop'],
        ['wrong type in a record value', ['readiness', 'M04', 'coaching'], 'yes'],
        ['empty record key', ['readiness', ''], {}],
      ],
    ],
  ];

  const flat = cases.flatMap(([name, base, variants]) => variants.map(([label, path, value]) => [name, label, base, path, value] as const));
  it.each(flat)('%s, %s: both reject', (name, _label, base, path, value) => {
    const data = changed(base(), path, value);
    expect(zodSchemas[name].safeParse(data).success, 'zod').toBe(false);
    expect(ajvVerdict(name, data).valid, 'Ajv').toBe(false);
  });
});

describe('where JSON Schema cannot follow zod', () => {
  // Each variant breaks only a refinement or a trim-then-check: zod rejects it, Ajv (rightly, for
  // what JSON Schema can say) accepts it, and index.json lists the check at that data path.
  const cases: readonly [SampleName, () => Json, Variant, { path: string; kind: string }][] = [
    ['instrument360', () => samples.instrument, ['scale max not above min', ['scale', 'max'], 1], { path: '/scale', kind: 'refine' }],
    [
      'evaluation-case',
      () => samples.evaluationCase,
      ['more hours lost than available', ['workforce', 'pilot', 'before', 'hoursLost'], 60000],
      { path: '/workforce/pilot/before', kind: 'refine' },
    ],
    ['evaluation-case', () => samples.evaluationCase, ['blank organisation', ['organisation'], '   '], { path: '/organisation', kind: 'normalise' }],
    ['iip-evidence-file', () => samples.iipEvidence, ['blank organisation', ['organisation'], '  '], { path: '/organisation', kind: 'normalise' }],
    [
      'feedback360-settings-file',
      () => samples.settings,
      ['exempt groups without self', ['policy', 'exemptGroups'], ['manager']],
      { path: '/policy/exemptGroups', kind: 'refine' },
    ],
  ];

  it.each(cases)('%s: zod rejects, Ajv accepts, index.json lists the check', (name, base, [, path, value], listed) => {
    const data = changed(base(), path, value);
    expect(zodSchemas[name].safeParse(data).success, 'zod').toBe(false);
    expect(ajvVerdict(name, data)).toEqual({ valid: true, errors: '' });
    const entry = readIndex().find((candidate) => candidate.name === name);
    expect(entry?.unrepresentableChecks).toContainEqual(listed);
  });

  it('lists no such check for a schema without refinements or trims, and some for one with them', () => {
    const byName = new Map(readIndex().map((entry) => [entry.name, entry.unrepresentableChecks]));
    expect(byName.get('cohort-rating360')).toEqual([]);
    expect(byName.get('lm-evidence')).toEqual([]);
    expect(byName.get('instrument360')).toEqual([
      { path: '', kind: 'refine' },
      { path: '/scale', kind: 'refine' },
    ]);
  });
});

describe('the build script', () => {
  const directories: string[] = [];
  afterAll(() => {
    for (const directory of directories) rmSync(directory, { recursive: true, force: true });
  });

  it('writes byte-identical files on every run, the same as dist/schemas', () => {
    const runs = [0, 1].map(() => {
      const directory = mkdtempSync(join(tmpdir(), 'lmdkit-schemas-'));
      directories.push(directory);
      execFileSync(process.execPath, [join(root, 'scripts/build-schemas.mjs'), directory], { cwd: root, encoding: 'utf8', stdio: 'pipe' });
      return directory;
    });
    const [first, second] = runs as [string, string];
    const files = ['index.json'].concat(schemaFiles(first));
    expect(['index.json'].concat(schemaFiles(second))).toEqual(files);
    for (const file of files) {
      const bytes = readFileSync(join(first, file));
      expect(readFileSync(join(second, file)).equals(bytes), file).toBe(true);
      expect(readFileSync(join(schemaDirectory, file)).equals(bytes), `dist/schemas/${file} is stale: run \`npm run build\``).toBe(true);
    }
  });
});
