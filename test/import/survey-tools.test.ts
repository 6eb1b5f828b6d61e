// Exports shaped as Qualtrics (labels and numeric codes, three header rows), SurveyMonkey (two
// header rows), Microsoft Forms, Google Forms ("Rate: [..]" matrix) and Culture Amp each read to
// exactly the ratings of the equivalent long file, with the comments of the open questions.
import { describe, expect, it } from 'vitest';
import { parseSurveyCsv, planSurveyColumns, readSurveyExport, surveyRecordReader, type SurveyExport } from '../../src/import/index.js';
import {
  cultureAmpExport,
  exportInstrument,
  googleFormsExport,
  longExport,
  microsoftFormsExport,
  qualtricsExport,
  responses,
  surveyMonkeyExport,
  type FixtureExport,
} from './fixtures/survey-exports.js';

const read = (text: string): SurveyExport => readSurveyExport(text, { instrument: exportInstrument });

const exports: readonly FixtureExport[] = [qualtricsExport('labels'), qualtricsExport('codes'), surveyMonkeyExport(), microsoftFormsExport(), googleFormsExport(), cultureAmpExport()];

describe('readSurveyExport on exports shaped as five survey tools write them', () => {
  for (const fixture of exports) {
    it(`${fixture.name}: the same ratings as the equivalent long file, and every comment`, () => {
      const wide = read(fixture.text);
      const long = read(longExport(fixture.raterIds));
      expect(long.format).toBe('long');
      expect(wide.format).toBe('wide');
      expect(wide.ratings).toEqual(long.ratings);
      expect(wide.ratings).toHaveLength(responses.length * 4);
      expect(wide.responses).toBe(responses.length);
      const expectedComments = responses.flatMap((response, index) =>
        (['keep', 'change'] as const)
          .filter((question) => response[question] !== '')
          .map((question) => ({ rateeId: response.ratee, raterId: fixture.raterIds[index], group: response.group, questionId: question, text: response[question] })),
      );
      expect(wide.comments).toEqual(expectedComments);
      expect(wide.columns.filter((column) => column.role === 'item').map((column) => column.itemId)).toEqual(['L1', 'L2', 'D1', 'D2']);
    });
  }

  it('skips Qualtrics’ three header rows and SurveyMonkey’s two by their content, and says so', () => {
    const qualtrics = read(qualtricsExport('labels').text);
    expect(qualtrics.headerRowsSkipped).toBe(2);
    expect(qualtrics.warnings.find((warning) => warning.code === 'HEADER_ROWS_SKIPPED')?.message).toMatch(/^Rows 2 and 3 were read as further header rows/);
    expect(qualtrics.columns[13]).toMatchObject({ header: 'Q1_1', role: 'item', itemId: 'L1', matchedBy: 'matrix-wording' });
    expect(qualtrics.columns[8]).toMatchObject({ header: 'ResponseId', role: 'rater', matchedBy: 'header-name' });
    const monkey = read(surveyMonkeyExport().text);
    expect(monkey.headerRowsSkipped).toBe(1);
    expect(monkey.columns[12]).toMatchObject({ header: "Asks for other people's views", itemId: 'L2', matchedBy: 'wording' });
    // "Email Address" could also be the rater: the better name wins, and the reader says so.
    expect(monkey.columns[5]).toMatchObject({ role: 'ignored' });
    expect(monkey.warnings.map((warning) => warning.code)).toContain('ROLE_COLUMN_CHOSEN');
  });

  it('reads not-observed answers and blanks as null, and keeps a reverse-scored item as answered', () => {
    const qualtrics = read(qualtricsExport('codes').text);
    expect(qualtrics.ratings.filter((rating) => rating.score === null)).toHaveLength(responses.flatMap((response) => response.scores).filter((score) => score === null).length);
    // D2 is reverse-scored: the reader leaves the 2 as it is; the pipeline turns it round once.
    expect(qualtrics.ratings.find((rating) => rating.itemId === 'D2')?.score).toBe(2);
  });

  it('keeps quotes, commas and line breaks inside an open-text answer', () => {
    const comment = read(microsoftFormsExport().text).comments.find((entry) => entry.raterId === '3');
    expect(comment?.text).toBe('She said "let\'s pause"\nand it helped; more of that');
  });

  it('invents stable rater ids from the row number for Google Forms, with a warning', () => {
    const google = read(googleFormsExport().text);
    expect(google.ratings[0]?.raterId).toBe('row-2');
    expect(google.warnings.map((warning) => warning.code)).toContain('RATER_IDS_INVENTED');
    expect(read(googleFormsExport().text)).toEqual(google);
  });

  it('states how each relationship label was read', () => {
    const google = read(googleFormsExport().text);
    expect(google.groupLabels).toContainEqual({ label: 'I report to them', group: 'direct-report', matchedBy: 'common-label', rows: 6 });
    expect(google.warnings.find((warning) => warning.code === 'GROUP_LABELS_READ')?.message).toContain('"Line manager" as manager');
  });

  it('reads rows already split into cells (from a spreadsheet, trailing blanks dropped) as it reads the text', () => {
    const fixture = cultureAmpExport();
    const rows = parseSurveyCsv(fixture.text).rows.map((row) => {
      const cells = [...row];
      while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
      return cells;
    });
    const fromRows = readSurveyExport(rows, { instrument: exportInstrument });
    const fromText = read(fixture.text);
    expect(fromRows.ratings).toEqual(fromText.ratings);
    expect(fromRows.comments).toEqual(fromText.comments);
  });

  it('reads cells a spreadsheet library hands over as numbers, booleans or null as their text', () => {
    const fixture = qualtricsExport('codes');
    const rows = parseSurveyCsv(fixture.text).rows.map((row, index) =>
      index < 3 ? row : row.map((cell) => (cell === '' ? null : /^-?\d+$/.test(cell) ? Number(cell) : cell === 'True' ? true : cell)),
    );
    expect(readSurveyExport(rows, { instrument: exportInstrument }).ratings).toEqual(read(fixture.text).ratings);
  });

  it('its two steps, as a streaming reader would call them, give the same ratings and comments', () => {
    for (const fixture of exports) {
      const rows = parseSurveyCsv(fixture.text).rows;
      const options = { instrument: exportInstrument };
      const plan = planSurveyColumns(rows.slice(0, 5), options);
      const readRow = surveyRecordReader(plan, options);
      const records = rows.slice(plan.firstResponseRow).flatMap((row, index) => (row.every((cell) => cell.trim() === '') ? [] : [readRow(row, plan.firstResponseRow + index)]));
      const whole = read(fixture.text);
      expect(records.flatMap((record) => record.ratings), fixture.name).toEqual(whole.ratings);
      expect(records.flatMap((record) => record.comments), fixture.name).toEqual(whole.comments);
      expect(plan.columns).toEqual(whole.columns);
    }
  });
});

