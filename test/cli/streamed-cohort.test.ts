// lmdkit 360 reads the export piece by piece and writes the cohort as the reports come: its
// outputs are the same bytes as the whole-cohort path (interpret360Cohort, then the renderers),
// for the sample organisation's long file and its wide export, in every format, to standard
// output and to --out; and --out-dir's cohort.json equals the standard output's.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRatingsCsv } from '../../src/cli/read-ratings-csv.js';
import { interpret360Cohort, summariseCohort360, type Instrument360 } from '../../src/index.js';
import { render360CohortHtml, render360CohortMarkdown, renderJsonReport } from '../../src/report/index.js';
import { runCliInProcess } from '../helpers/run-cli-in-process.js';

const data = (name: string): string => new URL(`../../examples/data/${name}`, import.meta.url).pathname;
const instrumentPath = data('360-instrument.json');
const instrument = JSON.parse(readFileSync(instrumentPath, 'utf8')) as Instrument360;

describe('lmdkit 360 writes the cohort as the reports come', () => {
  for (const name of ['360-ratings.csv', '360-export-wide.csv']) {
    const path = data(name);
    const cohort = interpret360Cohort({ instrument, ratings: readRatingsCsv(readFileSync(path, 'utf8'), path, instrument).rows });
    const expected = {
      json: renderJsonReport('360', { ratings: path, instrument: instrumentPath, settings: null, ratee: null }, cohort),
      markdown: render360CohortMarkdown(cohort),
      html: render360CohortHtml(summariseCohort360(cohort), { instrument }),
    };
    for (const format of ['json', 'markdown', 'html'] as const) {
      it(`${name}, --format ${format}: the same bytes as the whole-cohort path, on standard output and with --out`, () => {
        const run = runCliInProcess(['360', path, '--instrument', instrumentPath, '--format', format, '--quiet']);
        expect(run.stderr).toBe('');
        expect(run.code).toBe(0);
        expect(run.stdout).toBe(expected[format]);
        const out = join(mkdtempSync(join(tmpdir(), 'lmdkit-stream-')), `cohort.${format}`);
        expect(runCliInProcess(['360', path, '--instrument', instrumentPath, '--format', format, '--quiet', '--out', out]).code).toBe(0);
        expect(readFileSync(out, 'utf8')).toBe(expected[format]);
      });
    }
    it(`${name}: --out-dir's cohort.json is the standard output's, and parses`, () => {
      const dir = mkdtempSync(join(tmpdir(), 'lmdkit-stream-dir-'));
      expect(runCliInProcess(['360', path, '--instrument', instrumentPath, '--format', 'json', '--quiet', '--out-dir', dir]).code).toBe(0);
      const written = readFileSync(join(dir, 'cohort.json'), 'utf8');
      expect(written).toBe(expected.json);
      expect((JSON.parse(written) as { result: { ratees: unknown[] } }).result.ratees).toHaveLength(cohort.ratees.length);
    });
  }
});
