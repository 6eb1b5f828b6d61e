// `lmdkit 360` run in-process on small files in a temporary folder (audit of issue 7).
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run360 } from '../../src/cli/command-360.js';

const temp = mkdtempSync(join(tmpdir(), 'lmdkit-360-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const instrument = join(temp, 'instrument.json');
writeFileSync(instrument, JSON.stringify({ scale: { min: 1, max: 5 }, competencies: [{ id: 'c', name: 'Coaching' }], items: [{ id: 'I1', competencyId: 'c' }] }));

const context = { stdout: () => undefined, progress: () => undefined, now: () => 0 };

describe('run360 --out-dir', () => {
  it('does not let the cohort file overwrite a ratee called "cohort"', () => {
    const ratings = join(temp, 'ratings.csv');
    writeFileSync(ratings, 'ratee_id,rater_id,rater_group,item_id,score\ncohort,r1,self,I1,4\nM1,r2,self,I1,3\n');
    const outDir = join(temp, 'out');
    run360({ ratings, instrument, settings: null, ratee: null, format: 'markdown', out: null, outDir, quiet: true, audience: 'coach' }, context);
    expect(readdirSync(outDir).sort()).toEqual(['M1.md', 'cohort-2.md', 'cohort.md']);
    expect(readFileSync(join(outDir, 'cohort-2.md'), 'utf8')).toMatch(/^# 360-degree feedback: cohort\n/);
    expect(readFileSync(join(outDir, 'cohort.md'), 'utf8')).toMatch(/^# 360-degree feedback cohort\n/);
  });

  it('refuses --out naming the ratings file, and leaves the file as it was', () => {
    const ratings = join(temp, 'keep.csv');
    const text = 'ratee_id,rater_id,rater_group,item_id,score\nM1,r1,self,I1,4\n';
    writeFileSync(ratings, text);
    expect(() => run360({ ratings, instrument, settings: null, ratee: null, format: 'markdown', out: ratings, outDir: null, quiet: true }, context)).toThrow('is an input file');
    expect(readFileSync(ratings, 'utf8')).toBe(text);
  });
});
