// The report must never be written over an input file (issue 13, item 6). The old check compared
// resolved paths, so `--out l.csv`, with l.csv a symbolic link to the ratings file r.csv, exited 0
// and replaced the ratings with the report. Files are now compared by identity (device and inode,
// after following links), for --out and for every file --out-dir would write.
import { linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { runCliInProcess } from '../helpers/run-cli-in-process.js';
import { sampleTexts } from './sample-data.js';

const root = mkdtempSync(join(tmpdir(), 'lmdkit-identity-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

let temp = '';
let n = 0;
const files: Record<'ratings' | 'instrument' | 'settings' | 'iip' | 'case', string> = { ratings: '', instrument: '', settings: '', iip: '', case: '' };

beforeEach(() => {
  n += 1;
  temp = join(root, String(n));
  mkdirSync(temp);
  const names = { ratings: 'r.csv', instrument: 'i.json', settings: 's.json', iip: 'e.json', case: 'c.json' } as const;
  for (const key of Object.keys(names) as (keyof typeof names)[]) {
    files[key] = join(temp, names[key]);
    writeFileSync(files[key], sampleTexts[key]);
  }
});

/** Expects the run to be refused as a usage error (exit 2) and every input to be as it was. */
function expectRefused(argv: string[], message: string): void {
  const run = runCliInProcess(argv);
  expect(run.code, run.stderr).toBe(2);
  expect(run.stderr).toContain(message);
  expect(run.stdout).toBe('');
  for (const key of Object.keys(files) as (keyof typeof files)[]) expect(readFileSync(files[key], 'utf8'), key).toBe(sampleTexts[key]);
}

describe('--out through a link to an input file', () => {
  it('refuses a symbolic link to the ratings CSV (it used to be overwritten with exit 0)', () => {
    const link = join(temp, 'l.csv');
    symlinkSync(files.ratings, link);
    expectRefused(['360', files.ratings, '--instrument', files.instrument, '--out', link], `--out ${link} is the input file ${files.ratings} (the same file under another name or through a link); writing the report there would destroy it`);
  });

  it('refuses a hard link to the instrument, and a symbolic link to the settings', () => {
    const hard = join(temp, 'h.json');
    linkSync(files.instrument, hard);
    expectRefused(['360', files.ratings, '--instrument', files.instrument, '--out', hard], `is the input file ${files.instrument}`);
    const soft = join(temp, 'report.md');
    symlinkSync(files.settings, soft);
    expectRefused(['360', files.ratings, '--instrument', files.instrument, '--settings', files.settings, '--out', soft], `is the input file ${files.settings}`);
  });

  it('refuses a path through a linked folder, for iip evidence and an evaluation case', () => {
    const folder = join(temp, 'folder-link');
    symlinkSync(temp, folder);
    expectRefused(['iip', files.iip, '--out', join(folder, 'e.json')], `is the input file ${files.iip}`);
    const hard = join(temp, 'case-copy.json');
    linkSync(files.case, hard);
    expectRefused(['evaluate', files.case, '--format', 'json', '--out', hard], `is the input file ${files.case}`);
  });

  it('still refuses the same path written differently, and accepts a new file', () => {
    expectRefused(['iip', files.iip, '--out', join(temp, '.', 'e.json')], `is an input file (${files.iip})`);
    const out = join(temp, 'report.md');
    const run = runCliInProcess(['iip', files.iip, '--out', out]);
    expect(run.code, run.stderr).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/^# IIP Leadership & Management assessment/);
  });
});

describe('--out-dir over an input file', () => {
  it('refuses a folder where the cohort file would replace the instrument, before writing anything', () => {
    const instrument = join(temp, 'cohort.json');
    writeFileSync(instrument, sampleTexts.instrument);
    const before = readdirSync(temp).sort();
    const run = runCliInProcess(['360', files.ratings, '--instrument', instrument, '--format', 'json', '--out-dir', temp]);
    expect(run.code, run.stderr).toBe(2);
    expect(run.stderr).toContain(`--out-dir ${temp} would write cohort.json over the input file ${instrument}; writing the reports there would destroy it`);
    expect(readFileSync(instrument, 'utf8')).toBe(sampleTexts.instrument);
    expect(readdirSync(temp).sort()).toEqual(before);
  });

  it('refuses a ratee file that is a link to an input file', () => {
    const outDir = join(temp, 'out');
    mkdirSync(outDir);
    symlinkSync(files.ratings, join(outDir, 'M07.md'));
    const run = runCliInProcess(['360', files.ratings, '--instrument', files.instrument, '--out-dir', outDir]);
    expect(run.code, run.stderr).toBe(2);
    expect(run.stderr).toContain(`would write M07.md over the input file ${files.ratings}`);
    expect(readFileSync(files.ratings, 'utf8')).toBe(sampleTexts.ratings);
    expect(readdirSync(outDir)).toEqual(['M07.md']);
  });
});
