// Report files are written all or nothing (issue 13, item 9). --out-dir over the ratee ids aaa, a
// 300-character id and ccc exited 1 with ENAMETOOLONG but left aaa.md behind and no cohort file.
// Every file name is now checked before anything is written, and the files are written under
// temporary names and renamed into place only once all of them have been written.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { reportFileNameProblem } from '../../src/cli/report-file-names.js';
import { runCliInProcess } from '../helpers/run-cli-in-process.js';

const root = mkdtempSync(join(tmpdir(), 'lmdkit-write-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

let temp = '';
let n = 0;
let instrument = '';
beforeEach(() => {
  n += 1;
  temp = join(root, String(n));
  mkdirSync(temp);
  instrument = join(temp, 'instrument.json');
  writeFileSync(instrument, JSON.stringify({ scale: { min: 1, max: 5 }, competencies: [{ id: 'c', name: 'Coaching' }], items: [{ id: 'I1', competencyId: 'c' }] }));
});

/** A ratings file with one self-rating for each ratee id. */
function ratingsOf(...rateeIds: string[]): string {
  const file = join(temp, 'ratings.csv');
  writeFileSync(file, ['ratee_id,rater_id,rater_group,item_id,score', ...rateeIds.map((id, index) => `"${id.replace(/"/g, '""')}",r${index},self,I1,4`)].join('\n'));
  return file;
}

describe('--out-dir file names are checked before anything is written', () => {
  it('refuses a ratee id too long for a file name, and writes none of the files (it used to leave aaa.md)', () => {
    const long = 'b'.repeat(300);
    const ratings = ratingsOf('aaa', long, 'ccc');
    const outDir = join(temp, 'out');
    const run = runCliInProcess(['360', ratings, '--instrument', instrument, '--out-dir', outDir]);
    expect(run.code, run.stderr).toBe(1);
    expect(run.stderr).toBe(
      `lmdkit: ${ratings}: the ratee id "${'b'.repeat(60)}…" cannot name a report file in --out-dir: the name ${'b'.repeat(60)}….md would be 303 bytes long in UTF-8, more than the 255 a file name may have; change the id in the file, or write this ratee alone with --ratee and --out\n`,
    );
    expect(existsSync(outDir)).toBe(false);
  });

  it.each([
    ['CON', 'CON.md is a device name on Windows (CON, PRN, AUX, NUL, COM1 to COM9, LPT1 to LPT9, with any extension)'],
    ['lpt1', 'lpt1.md is a device name on Windows'],
    ['Aux.notes', 'Aux.notes.md is a device name on Windows'],
  ])('refuses the ratee id %s, which Windows reserves', (rateeId, reason) => {
    const ratings = ratingsOf('aaa', rateeId);
    const outDir = join(temp, 'out');
    mkdirSync(outDir);
    const run = runCliInProcess(['360', ratings, '--instrument', instrument, '--out-dir', outDir]);
    expect(run.code, run.stderr).toBe(1);
    expect(run.stderr).toContain(`the ratee id "${rateeId}" cannot name a report file in --out-dir: the name ${reason}`);
    expect(readdirSync(outDir)).toEqual([]);
  });

  it('gives ids that differ only in case or in characters made safe the same files on every system', () => {
    const ratings = ratingsOf('Ann', 'ann', 'a/n/n', 'José', 'Josë');
    const outDir = join(temp, 'out');
    const run = runCliInProcess(['360', ratings, '--instrument', instrument, '--out-dir', outDir]);
    expect(run.code, run.stderr).toBe(0);
    expect(readdirSync(outDir).sort()).toEqual(['Ann.md', 'Jos_-2.md', 'Jos_.md', 'a_n_n.md', 'ann-2.md', 'cohort.md']);
  });
});

describe('reportFileNameProblem', () => {
  it('names what Windows, macOS or Linux would refuse or change in a file name', () => {
    expect(reportFileNameProblem('M07.md')).toBeNull();
    expect(reportFileNameProblem('con-2.md')).toBeNull();
    expect(reportFileNameProblem('COM10.md')).toBeNull();
    expect(reportFileNameProblem(`${'é'.repeat(126)}.md`)).toBeNull(); // 255 bytes
    expect(reportFileNameProblem(`${'é'.repeat(127)}.md`)).toMatch(/would be 257 bytes long in UTF-8, more than the 255/);
    expect(reportFileNameProblem('a:b.md')).toMatch(/holds ":", which Windows does not allow in a file name/);
    expect(reportFileNameProblem('a\u0001b.md')).toMatch(/holds "\\u0001", which Windows does not allow/);
    for (const char of '<>"/\\|?*') expect(reportFileNameProblem(`a${char}.md`)).toMatch(/which Windows does not allow/);
    expect(reportFileNameProblem('report.')).toMatch(/ends in a dot or a space, which Windows drops/);
    expect(reportFileNameProblem('report ')).toMatch(/ends in a dot or a space/);
    expect(reportFileNameProblem('nul')).toMatch(/is a device name on Windows/);
    expect(reportFileNameProblem('Com9.tar.gz')).toMatch(/is a device name on Windows/);
  });
});

describe('all or nothing', () => {
  it('writes nothing new when one file cannot be written, and leaves no temporary file', () => {
    const ratings = ratingsOf('aaa', 'bbb', 'ccc');
    const outDir = join(temp, 'out');
    mkdirSync(join(outDir, 'bbb.md'), { recursive: true }); // a folder where a report should go
    writeFileSync(join(outDir, 'aaa.md'), 'an older report');
    const run = runCliInProcess(['360', ratings, '--instrument', instrument, '--out-dir', outDir]);
    expect(run.code, run.stderr).toBe(1);
    expect(run.stderr).toBe(`lmdkit: ${join(outDir, 'bbb.md')}: cannot write the file (it is a folder, not a file); no report file was written\n`);
    expect(readdirSync(outDir).sort()).toEqual(['aaa.md', 'bbb.md']);
    expect(readFileSync(join(outDir, 'aaa.md'), 'utf8')).toBe('an older report');
  });

  it('writes --out through a temporary file, following a link to the file it names', () => {
    const ratings = ratingsOf('aaa');
    const target = join(temp, 'reports', 'cohort.md');
    mkdirSync(join(temp, 'reports'));
    writeFileSync(target, 'old');
    const link = join(temp, 'latest.md');
    symlinkSync(target, link);
    const run = runCliInProcess(['360', ratings, '--instrument', instrument, '--out', link]);
    expect(run.code, run.stderr).toBe(0);
    expect(readFileSync(target, 'utf8')).toMatch(/^# 360-degree feedback cohort\n/);
    expect(readdirSync(join(temp, 'reports'))).toEqual(['cohort.md']);
    const failed = runCliInProcess(['360', ratings, '--instrument', instrument, '--out', join(temp, 'reports')]);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain('cannot write the file (it is a folder, not a file)');
    expect(readdirSync(temp).sort()).toEqual(['instrument.json', 'latest.md', 'ratings.csv', 'reports']);
    expect(readdirSync(join(temp, 'reports'))).toEqual(['cohort.md']);
  });

  it('removes the folders it created when the write fails', () => {
    const ratings = ratingsOf('aaa', 'b'.repeat(300));
    const run = runCliInProcess(['360', ratings, '--instrument', instrument, '--out-dir', join(temp, 'new', 'deeper')]);
    expect(run.code).toBe(1);
    expect(existsSync(join(temp, 'new'))).toBe(false);
  });
});
