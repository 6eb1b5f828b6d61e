// lmdkit 360 --units: the roll-up by organisation unit, the same as the library's
// summariseUnits360 over the whole cohort, in every format; refused with --ratee and --out-dir;
// a bad units file named by its line.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRatingsCsv } from '../../src/cli/read-ratings-csv.js';
import { parseUnitsCsv } from '../../src/import/index.js';
import { interpret360Cohort, summariseUnits360, type Instrument360 } from '../../src/index.js';
import { render360UnitsHtml, render360UnitsMarkdown, renderJsonReport } from '../../src/report/index.js';
import { runCliInProcess } from '../helpers/run-cli-in-process.js';

const data = (name: string): string => new URL(`../../examples/data/${name}`, import.meta.url).pathname;
const instrumentPath = data('360-instrument.json');
const exportPath = data('360-export-wide.csv');
const unitsPath = data('360-units.csv');
const instrument = JSON.parse(readFileSync(instrumentPath, 'utf8')) as Instrument360;

describe('lmdkit 360 --units', () => {
  const cohort = interpret360Cohort({ instrument, ratings: readRatingsCsv(readFileSync(exportPath, 'utf8'), exportPath, instrument).rows });
  const summary = summariseUnits360(cohort, parseUnitsCsv(readFileSync(unitsPath, 'utf8')));
  const expected = {
    markdown: render360UnitsMarkdown(summary, { instrument }),
    html: render360UnitsHtml(summary, { instrument }),
    json: renderJsonReport('360', { ratings: exportPath, instrument: instrumentPath, settings: null, ratee: null, units: unitsPath }, summary),
  };
  for (const format of ['markdown', 'html', 'json'] as const) {
    it(`--format ${format}: the library's roll-up of the whole cohort`, () => {
      const run = runCliInProcess(['360', exportPath, '--instrument', instrumentPath, '--units', unitsPath, '--format', format, '--quiet']);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expect(run.stdout).toBe(expected[format]);
    });
  }

  it('holds back the sample\'s small units and the one that would reveal them', () => {
    const shown = summary.units.filter((unit) => unit.withheld === null).map((unit) => unit.path.join(' / '));
    expect(shown).toStrictEqual(['Larkspur Vale Housing', 'Larkspur Vale Housing / Operations', 'Larkspur Vale Housing / Operations / North team', 'Larkspur Vale Housing / Operations / Repairs team']);
    expect(expected.markdown).not.toMatch(/\bM\d\d\b/);
  });

  it('is refused with --ratee or --out-dir, and names the line of a bad units file', () => {
    expect(runCliInProcess(['360', exportPath, '--instrument', instrumentPath, '--units', unitsPath, '--ratee', 'M07']).code).toBe(2);
    expect(runCliInProcess(['360', exportPath, '--instrument', instrumentPath, '--units', unitsPath, '--out-dir', tmpdir()]).code).toBe(2);
    const bad = join(mkdtempSync(join(tmpdir(), 'lmdkit-units-')), 'units.csv');
    writeFileSync(bad, 'ratee,unit\nM01,Larkspur Vale Housing\nM02,\n');
    const run = runCliInProcess(['360', exportPath, '--instrument', instrumentPath, '--units', bad]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${bad} line 3, column "unit": expected a unit path`);
    writeFileSync(bad, 'ratee,unit\nM01,Larkspur Vale Housing\n');
    const missing = runCliInProcess(['360', exportPath, '--instrument', instrumentPath, '--units', bad]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/every ratee of the cycle needs a unit/);
  });
});
