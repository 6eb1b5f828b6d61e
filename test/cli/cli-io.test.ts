// The command's file reading and writing: messages a user can act on (audit of issue 7).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { assertOutputIsNotInput, readTextFile, writeTextFile } from '../../src/cli/cli-io.js';
import { UsageError } from '../../src/cli/cli-errors.js';

const temp = mkdtempSync(join(tmpdir(), 'lmdkit-io-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('readTextFile and writeTextFile', () => {
  it('says in plain words that a part of an --out path is a file, not a folder', () => {
    const file = join(temp, 'report.md');
    writeFileSync(file, 'x');
    expect(() => writeTextFile(join(file, 'M01.md'), 'text')).toThrow(`${join(file, 'M01.md')}: cannot write the file (a part of the path is a file, not a folder)`);
    expect(() => readTextFile(join(file, 'x.csv'), 'csv')).toThrow('cannot read the file (a part of the path is a file, not a folder)');
  });

  it('creates a missing folder for --out, and names a folder given as a file', () => {
    writeTextFile(join(temp, 'new', 'deeper', 'r.md'), 'text');
    expect(readTextFile(join(temp, 'new', 'deeper', 'r.md'), 'json')).toBe('text');
    expect(() => readTextFile(temp, 'json')).toThrow(`${temp}: cannot read the file (it is a folder, not a file)`);
    expect(() => writeTextFile(temp, 'text')).toThrow(`${temp}: cannot write the file (it is a folder, not a file)`);
  });

  it('refuses an --out that is one of the input files, which the report would overwrite', () => {
    expect(() => assertOutputIsNotInput('./e.json', ['e.json'], 'iip')).toThrow(new UsageError('--out ./e.json is an input file (e.json); writing the report there would destroy it', 'iip'));
    expect(() => assertOutputIsNotInput(join(temp, 'r.csv'), ['x.csv', null, join(temp, '.', 'r.csv')], '360')).toThrow(UsageError);
    expect(() => assertOutputIsNotInput('report.md', ['e.json', null], 'iip')).not.toThrow();
    expect(() => assertOutputIsNotInput(null, ['e.json'], 'iip')).not.toThrow();
  });
});
