// The JSON syntax scanner on deeply nested input (issue 13, item 8): about 5,000 levels of "["
// overflowed the call stack of the old recursive scanner and the command exited 70. The scanner
// is now iterative and stops at MAX_JSON_DEPTH levels with a message naming the line and column.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findJsonSyntaxProblem, MAX_JSON_DEPTH } from '../../src/cli/json-syntax-error.js';
import { parseJsonText } from '../../src/cli/read-json-input.js';
import { runCliInProcess } from '../helpers/run-cli-in-process.js';
import { inputFileErrorMessage } from './input-file-error-message.js';
import { dataDir } from './sample-data.js';

const temp = mkdtempSync(join(tmpdir(), 'lmdkit-depth-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const arrays = (levels: number): string => `${'['.repeat(levels)}${']'.repeat(levels)}`;
const objects = (levels: number): string => `${'{"a":'.repeat(levels)}1${'}'.repeat(levels)}`;

describe('findJsonSyntaxProblem on deep nesting', () => {
  it('accepts nesting up to the limit and agrees with JSON.parse there', () => {
    expect(MAX_JSON_DEPTH).toBe(1000);
    for (const text of [arrays(MAX_JSON_DEPTH), objects(MAX_JSON_DEPTH)]) {
      expect(findJsonSyntaxProblem(text)).toBeNull();
      expect(() => JSON.parse(text)).not.toThrow();
    }
  });

  it.each([
    ['arrays', arrays],
    ['objects', objects],
  ])('stops at the opening bracket one level past the limit for %s of 5,000 and 200,000 levels, without overflowing', (_, nested) => {
    for (const levels of [MAX_JSON_DEPTH + 1, 5_000, 200_000]) {
      const text = nested(levels);
      const opening = text[0] === '[' ? MAX_JSON_DEPTH : MAX_JSON_DEPTH * '{"a":'.length;
      expect(findJsonSyntaxProblem(text)).toEqual({
        offset: opening,
        message: `arrays and objects are nested more than ${MAX_JSON_DEPTH.toLocaleString('en-GB')} levels deep here; no lmdkit file needs more than a few levels (is this the right file?)`,
        kind: 'too-deep',
      });
    }
  });

  it('still reports a syntax error inside deep nesting at its place', () => {
    expect(findJsonSyntaxProblem(`${'['.repeat(500)}1,]${']'.repeat(499)}`)).toMatchObject({ offset: 502, kind: 'syntax' });
  });

  it('names the file, line and column, and does not call it invalid JSON', () => {
    const text = `\n  ${arrays(200_000)}`;
    expect(inputFileErrorMessage(() => parseJsonText(text, 'deep.json'))).toBe(
      `deep.json line 2, column ${3 + MAX_JSON_DEPTH}: arrays and objects are nested more than 1,000 levels deep here; no lmdkit file needs more than a few levels (is this the right file?)`,
    );
  });
});

describe('every JSON input of the command on deep nesting', () => {
  const instrument = join(dataDir, '360-instrument.json');
  const ratings = join(dataDir, '360-ratings.csv');
  const cases: [string, (file: string) => string[]][] = [
    ['an instrument', (file) => ['360', ratings, '--instrument', file]],
    ['a settings file', (file) => ['360', ratings, '--instrument', instrument, '--settings', file]],
    ['an iip evidence file', (file) => ['iip', file]],
    ['an evaluation case', (file) => ['evaluate', file]],
  ];

  it.each(cases)('rejects %s nested 5,000 or 200,000 levels deep with exit 1, naming the file and place, and writes nothing', (_, argv) => {
    for (const [name, text] of [
      ['arrays-5000.json', arrays(5_000)],
      ['objects-5000.json', objects(5_000)],
      ['arrays-200000.json', arrays(200_000)],
      ['objects-200000.json', `{"x":${objects(200_000)}}`],
    ] as const) {
      const file = join(temp, name);
      writeFileSync(file, text);
      const outDir = join(temp, `out-${name}`);
      const run = runCliInProcess([...argv(file), '--out', join(outDir, 'report.md')]);
      expect(run.code, run.stderr).toBe(1);
      expect(run.stderr).toMatch(new RegExp(`^lmdkit: ${file.replace(/[.\\]/g, '\\$&')} line 1, column \\d+: arrays and objects are nested more than 1,000 levels deep`));
      expect(existsSync(outDir)).toBe(false);
    }
  });

  it('holds in the built command too (5,000 levels of "[" exited 70 before)', () => {
    const main = resolve(import.meta.dirname, '../../dist/cli/main.js');
    const file = join(temp, 'built.json');
    writeFileSync(file, arrays(5_000));
    const run = spawnSync(process.execPath, [main, 'iip', file], { encoding: 'utf8', env: { ...process.env, LMDKIT_DEBUG: '' } });
    expect(run.status, run.stderr).toBe(1);
    expect(run.stderr).toBe(`lmdkit: ${file} line 1, column 1001: arrays and objects are nested more than 1,000 levels deep here; no lmdkit file needs more than a few levels (is this the right file?)\n`);
    expect(readdirSync(temp)).not.toContain('report.md');
  });
});
