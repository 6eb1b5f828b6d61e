// lmdkit 360 --previous: one person's change since earlier cycles, from the sample's 2026 and 2027
// exports, the same as the library's compareCycles360 over the whole 2026 cohort; the participant
// reads the plain reading and the trend, the coach the index too.
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRatingsCsv } from '../../src/cli/read-ratings-csv.js';
import { compareCycles360, interpret360Cohort, type Instrument360 } from '../../src/index.js';
import { runCliInProcess } from '../helpers/run-cli-in-process.js';

const data = (name: string): string => new URL(`../../examples/data/${name}`, import.meta.url).pathname;
const instrumentPath = data('360-instrument.json');
const instrument = JSON.parse(readFileSync(instrumentPath, 'utf8')) as Instrument360;
const earlierPath = data('360-export-wide.csv');
const currentPath = data('360-export-wide-2027.csv');
const cohortOf = (path: string) => interpret360Cohort({ instrument, ratings: readRatingsCsv(readFileSync(path, 'utf8'), path, instrument).rows });
const base = ['360', currentPath, '--instrument', instrumentPath, '--previous', earlierPath, '--labels', '2026,2027', '--ratee', 'M07', '--quiet'];

describe('lmdkit 360 --previous', () => {
  const expected = compareCycles360({ earlier: [{ label: '2026', ratees: cohortOf(earlierPath).ratees }], current: { label: '2027', ratees: cohortOf(currentPath).ratees } }).ratees.find(
    (entry) => entry.rateeId === 'M07',
  );

  it("gives the coach the library's comparison for the ratee, in the JSON", () => {
    const run = runCliInProcess([...base, '--audience', 'coach', '--format', 'json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const output = JSON.parse(run.stdout) as { input: Record<string, string>; result: { comparison: unknown } };
    expect(output.result.comparison).toStrictEqual(JSON.parse(JSON.stringify(expected)));
    expect(output.input).toMatchObject({ previous: earlierPath, labels: '2026, 2027' });
  });

  it('shows the participant the trend and the plain reading, in Markdown and HTML, with no index', () => {
    const markdown = runCliInProcess([...base, '--format', 'markdown']);
    expect(markdown.code).toBe(0);
    expect(markdown.stdout).toMatch(/2026/);
    expect(markdown.stdout).toMatch(/noise/);
    expect(markdown.stdout).not.toMatch(/RCI|reliable change index/i);
    const html = runCliInProcess([...base, '--format', 'html']);
    expect(html.code).toBe(0);
    expect(html.stdout).toContain('<svg');
    expect(html.stdout).toMatch(/2027/);
  });

  it('with --out-dir, writes each person\'s page with their change, the same as --ratee does', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lmdkit-previous-'));
    const run = runCliInProcess(['360', currentPath, '--instrument', instrumentPath, '--previous', earlierPath, '--labels', '2026,2027', '--out-dir', dir, '--quiet']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(readdirSync(dir)).toHaveLength(21);
    const alone = runCliInProcess([...base, '--format', 'markdown']);
    expect(readFileSync(join(dir, 'M07.md'), 'utf8')).toBe(alone.stdout);
    expect(readFileSync(join(dir, 'M01.md'), 'utf8')).toMatch(/Since the last cycle/);
  });

  it('needs --ratee or --out-dir, and labels that match the cycles', () => {
    expect(runCliInProcess(['360', currentPath, '--instrument', instrumentPath, '--previous', earlierPath]).code).toBe(2);
    const oneLabel = runCliInProcess(['360', currentPath, '--instrument', instrumentPath, '--previous', earlierPath, '--labels', '2027', '--ratee', 'M07']);
    expect(oneLabel.code).toBe(2);
    expect(oneLabel.stderr).toContain('--labels names 2 cycles');
    expect(runCliInProcess(['360', currentPath, '--instrument', instrumentPath, '--labels', '2026,2027', '--ratee', 'M07']).code).toBe(2);
  });
});
