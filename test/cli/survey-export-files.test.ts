// `lmdkit 360 EXPORT` on wide exports, as .csv and as .xlsx (issue 15): the same ratings and
// comments from both; --explain, --column, --group-label and --sheet; every unreadable file exit 1
// with a message naming the line or row and the column, never a stack trace. The .xlsx files are
// made here with the same spreadsheet library the command reads them with (SheetJS, @e965/xlsx).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from '@e965/xlsx';
import { afterAll, describe, expect, it } from 'vitest';
import { readSurveyFile } from '../../src/cli/command-360.js';
import { parseSurveyCsv } from '../../src/import/index.js';
import { runCliInProcess } from '../helpers/run-cli-in-process.js';
import { cultureAmpExport, exportInstrument, googleFormsExport, microsoftFormsExport, qualtricsExport, surveyMonkeyExport } from '../import/fixtures/survey-exports.js';

const temp = mkdtempSync(join(tmpdir(), 'lmdkit-export-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const instrument = join(temp, 'instrument.json');
writeFileSync(instrument, JSON.stringify(exportInstrument));

function write(name: string, content: string | Uint8Array): string {
  const path = join(temp, name);
  writeFileSync(path, content);
  return path;
}

/** A workbook of sheets, each from rows of text: cells that read as numbers are stored as numbers, as Excel keeps them. */
function workbook(sheets: Record<string, readonly (readonly string[])[]>): Uint8Array {
  const book = XLSX.utils.book_new();
  for (const [name, rows] of Object.entries(sheets)) {
    const typed = rows.map((row) => row.map((cell) => (/^-?\d+(\.\d+)?$/.test(cell) && !/^0\d/.test(cell) ? Number(cell) : cell)));
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(typed), name);
  }
  return XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Uint8Array;
}

const STACK = /\n\s+at /;

describe('lmdkit 360 on wide exports, .csv and .xlsx', () => {
  for (const fixture of [qualtricsExport('labels'), qualtricsExport('codes'), surveyMonkeyExport(), microsoftFormsExport(), googleFormsExport(), cultureAmpExport()]) {
    it(`${fixture.name}: the same ratings and comments from the .csv and the .xlsx`, () => {
      const csv = write(`${fixture.name}.csv`, fixture.text);
      const xlsx = write(`${fixture.name}.xlsx`, workbook({ Responses: parseSurveyCsv(fixture.text).rows }));
      const fromCsv = readSurveyFile(csv, exportInstrument);
      const fromXlsx = readSurveyFile(xlsx, exportInstrument);
      expect(fromXlsx.rows).toEqual(fromCsv.rows);
      expect(fromXlsx.comments).toEqual(fromCsv.comments);
      expect(fromCsv.rows.length).toBeGreaterThan(0);
      const runCsv = runCliInProcess(['360', csv, '--instrument', instrument, '--quiet']);
      const runXlsx = runCliInProcess(['360', xlsx, '--instrument', instrument, '--quiet']);
      expect(runCsv.code, runCsv.stderr).toBe(0);
      expect(runXlsx.stdout).toBe(runCsv.stdout);
    });
  }

  it('--explain prints how each column was read and stops', () => {
    const csv = write('explain.csv', qualtricsExport('labels').text);
    const run = runCliInProcess(['360', csv, '--instrument', instrument, '--explain']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain(`${csv}: a wide export (one row per response, a column per question), 3 header rows.`);
    expect(run.stdout).toContain('"Q1_1" → item L1 (matrix-wording)');
    expect(run.stdout).toContain('"ResponseId" → rater (header-name)');
    expect(run.stdout).toContain('"Line manager" → manager (common-label, 2 rows)');
    expect(run.stdout).toContain('HEADER_ROWS_SKIPPED');
    expect(run.stdout).toMatch(/Read 17 responses: 68 ratings and \d+ comments about 2 ratees\./);
    expect(run.stdout).not.toContain('# 360-degree feedback');
  });

  it('--explain still shows the columns when a row cannot be read, then fails with the row', () => {
    const text = googleFormsExport().text.replace('I report to them', 'Team member');
    const csv = write('explain-bad.csv', text);
    const run = runCliInProcess(['360', csv, '--instrument', instrument, '--explain']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('"Rate: [Listens without interrupting]" → item L1 (matrix-wording)');
    expect(run.stderr).toMatch(/column "What is your relationship to this person\?": this label could mean a peer or a direct report/);
  });

  it('--column and --group-label correct the guesses', () => {
    const text = ['Manager being reviewed,Your staff number,Working relationship,Listens without interrupting', 'M01,e1,I work alongside them,4', 'M01,e2,Self,3'].join('\n');
    const csv = write('corrected.csv', text);
    const failing = runCliInProcess(['360', csv, '--instrument', instrument, '--quiet']);
    expect(failing.code).toBe(1);
    expect(failing.stderr).toContain('no column names the ratee');
    const run = runCliInProcess([
      '360', csv, '--instrument', instrument, '--explain',
      '--column', 'ratee=manager being reviewed', '--column', 'rater=Your staff number', '--group-label', 'I work alongside them=peer',
    ]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('"Manager being reviewed" → ratee (option)');
    expect(run.stdout).toContain('"I work alongside them" → peer (option, 1 row)');
    const usage = runCliInProcess(['360', csv, '--instrument', instrument, '--group-label', 'I work alongside them=colleague']);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('--group-label expects a label, =, and one of self, manager, peer, direct-report, other');
    const wrongColumn = runCliInProcess(['360', csv, '--instrument', instrument, '--column', 'ratee=Who?']);
    expect(wrongColumn.code).toBe(1);
    expect(wrongColumn.stderr).toContain(`${csv}: --column ratee: no column has this header`);
  });

  it('--sheet reads a named sheet; a missing sheet is named with the sheets there are', () => {
    const rows = parseSurveyCsv(cultureAmpExport().text).rows;
    const xlsx = write('two-sheets.xlsx', workbook({ Notes: [['Exported for the 2026 cycle']], Responses: rows }));
    const first = runCliInProcess(['360', xlsx, '--instrument', instrument, '--quiet']);
    expect(first.code).toBe(1);
    expect(first.stderr).not.toMatch(STACK);
    const named = runCliInProcess(['360', xlsx, '--instrument', instrument, '--sheet', 'Responses', '--quiet']);
    expect(named.code, named.stderr).toBe(0);
    const missing = runCliInProcess(['360', xlsx, '--instrument', instrument, '--sheet', 'Answers']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe(`lmdkit: ${xlsx}: no sheet is named "Answers" (the workbook has "Notes", "Responses"); check --sheet\n`);
  });

  it('names the line of a CSV and the row of a sheet, with multi-line cells before the bad row', () => {
    const fixture = microsoftFormsExport();
    // The third response has a comment over two lines; break the fifth response's first answer.
    const rows = parseSurveyCsv(fixture.text).rows;
    const bad = rows.map((row, index) => (index === 5 ? row.map((cell, column) => (column === 8 ? 'Sometimes' : cell)) : row));
    const text = bad.map((row) => row.map((cell) => (/[",\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell)).join(',')).join('\r\n');
    const csv = write('bad-answer.csv', text);
    const xlsx = write('bad-answer.xlsx', workbook({ Sheet1: bad }));
    const fromCsv = runCliInProcess(['360', csv, '--instrument', instrument]);
    expect(fromCsv.code).toBe(1);
    // Record 5 is on line 7: the header is line 1, and response 3's comment spans lines 4–5.
    expect(fromCsv.stderr).toBe(
      `lmdkit: ${csv} line 7, column "Listens without interrupting": expected a whole number from 1 to 5, one of the labels "Strongly disagree", "Disagree", "Neither agree nor disagree", "Agree", "Strongly agree", a not-observed answer ("N/A", "Don't know", "Not observed", "-99") or a blank (received "Sometimes")\n`,
    );
    const fromXlsx = runCliInProcess(['360', xlsx, '--instrument', instrument]);
    expect(fromXlsx.stderr).toContain(`${xlsx} row 6, column "Listens without interrupting": expected a whole number`);
  });

  it('refuses a file that is neither UTF-8 text nor a workbook, and a broken workbook, without a stack trace', () => {
    const broken = write('broken.xlsx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]));
    const run = runCliInProcess(['360', broken, '--instrument', instrument]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^lmdkit: .*broken\.xlsx: not an Excel workbook that can be read/);
    expect(run.stderr).not.toMatch(STACK);
    const csvWithSheet = runCliInProcess(['360', write('plain.csv', cultureAmpExport().text), '--instrument', instrument, '--sheet', 'x']);
    expect(csvWithSheet.stderr).toContain('--sheet is for Excel workbooks');
  });

  it('shows the reader’s warnings on standard error unless --quiet', () => {
    const csv = write('google.csv', googleFormsExport().text);
    const run = runCliInProcess(['360', csv, '--instrument', instrument]);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('No column names the rater, so each response is given the rater id "row-N"');
    expect(runCliInProcess(['360', csv, '--instrument', instrument, '--quiet']).stderr).toBe('');
  });
});
