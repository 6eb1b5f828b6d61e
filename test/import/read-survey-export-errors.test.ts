// Each unreadable shape gets an LmdInputError whose keys name the place (`['rows', row, header]`,
// `['rows', row]`, `['rows']`, `['text']`, `['options', …]`) and whose message says what was
// expected and what was found.
import { describe, expect, it } from 'vitest';
import { LmdInputError } from '../../src/core/input-error.js';
import { readSurveyExport, type ReadSurveyExportOptions } from '../../src/import/index.js';
import { thrownBy } from '../helpers/json-safety.js';
import { exportInstrument } from './fixtures/survey-exports.js';

const instrument = exportInstrument;
const header = 'Respondent,Ratee,Relationship,Listens without interrupting,Asks for other people’s views,"Gives clear direction, even under pressure",Puts off difficult decisions,What should this person keep doing?';

function issuesOf(input: string | string[][], options: Partial<ReadSurveyExportOptions> = {}): { keys: readonly (string | number)[]; message: string }[] {
  const error = thrownBy(() => readSurveyExport(input, { instrument, ...options }));
  expect(error).toBeInstanceOf(LmdInputError);
  return (error as LmdInputError).issues.map(({ keys, message }) => ({ keys, message }));
}

describe('readSurveyExport errors', () => {
  it('names row, column and the labels allowed for an answer it cannot read', () => {
    expect(issuesOf(`${header}\nr1,M01,Peer,Agree,Sometimes,4,2,\n`)).toEqual([
      {
        keys: ['rows', 1, 'Asks for other people’s views'],
        message:
          'expected a whole number from 1 to 5, one of the labels "Strongly disagree", "Disagree", "Neither agree nor disagree", "Agree", "Strongly agree", a not-observed answer ("N/A", "Don\'t know", "Not observed", "-99") or a blank (received "Sometimes")',
      },
    ]);
    expect(issuesOf(`${header}\nr1,M01,Peer,7,4,4,2,\n`)[0]?.message).toMatch(/\(received "7"\)$/);
  });

  it('rejects an ambiguous or unknown relationship label unless the caller maps it', () => {
    expect(issuesOf(`${header}\nr1,M01,Team member,4,4,4,2,\n`)).toEqual([
      { keys: ['rows', 1, 'Relationship'], message: 'this label could mean a peer or a direct report; say which group it is with groupLabels (received "Team member")' },
    ]);
    expect(issuesOf(`${header}\nr1,M01,Neighbour,4,4,4,2,\n`)[0]?.message).toMatch(/^expected one of self, manager, peer, direct-report, other, or a common relationship label .* \(received "Neighbour"\)$/);
    const mapped = readSurveyExport(`${header}\nr1,M01,Team member,4,4,4,2,\nr2,M01,I work alongside them,4,4,4,2,\n`, {
      instrument,
      groupLabels: { 'team member': 'direct-report', 'I work alongside them': 'peer' },
    });
    expect(mapped.ratings.map((rating) => rating.group)).toEqual(['direct-report', 'direct-report', 'direct-report', 'direct-report', 'peer', 'peer', 'peer', 'peer']);
    expect(mapped.groupLabels.map((entry) => entry.matchedBy)).toEqual(['option', 'option']);
  });

  it('rejects two self responses about one ratee, and a second response by one rater about one ratee', () => {
    expect(issuesOf(`${header}\nr1,M01,Self,4,4,4,2,\nr2,M01,Myself,4,4,4,2,\n`)).toEqual([
      { keys: ['rows', 2, 'Relationship'], message: 'a second self response about "M01" (the first is in rows[1]); a ratee answers about themselves once (received "Myself")' },
    ]);
    const twice = thrownBy(() => readSurveyExport(`${header}\nr1,M01,Peer,4,4,4,2,\nr1,M01,Peer,3,3,3,3,\n`, { instrument })) as LmdInputError;
    expect(twice.issues[0]).toMatchObject({ keys: ['rows', 2, 'Respondent'], seeAlso: ['rows', 1] });
    expect(twice.issues[0]?.message).toBe('the rater "r1" already answered about "M01" in rows[1]; keep one response (received a second one)');
  });

  it('names a missing ratee or group column with the headers it saw, and a table with no item', () => {
    expect(issuesOf('Respondent,Relationship,Listens without interrupting\nr1,Peer,4\n')).toEqual([
      {
        keys: ['rows', 0],
        message:
          'no column names the ratee (ratee, subject, participant, employee, "feedback for", ratee id, subject employee id …) (found "Respondent", "Relationship", "Listens without interrupting"); choose it with the option columns.ratee',
      },
    ]);
    expect(issuesOf('Ratee,Respondent,Listens without interrupting\nM01,r1,4\n')[0]?.message).toMatch(/^no column names the rater group/);
    expect(issuesOf('Ratee,Respondent,Relationship,Q9\nM01,r1,Peer,4\n')[0]).toEqual({
      keys: ['rows', 0],
      message:
        'no column matches an item of the instrument (expected an item id such as "L1", the item\'s wording, or the wording after a question number or a matrix question; a long export needs item_id and score columns; found "Ratee", "Respondent", "Relationship", "Q9")',
    });
  });

  it('explicit column choices override the guesses; a choice that matches no header is named', () => {
    const text = 'Manager being reviewed,Respondent,Relationship,Ratee,Listens without interrupting\nM01,r1,Peer,ignored,4\n';
    const read = readSurveyExport(text, { instrument, columns: { ratee: 'manager being reviewed' } });
    expect(read.ratings[0]?.rateeId).toBe('M01');
    expect(read.columns[0]).toMatchObject({ role: 'ratee', matchedBy: 'option' });
    expect(read.columns[3]).toMatchObject({ role: 'ignored' });
    expect(issuesOf(text, { columns: { rater: 'Who are you?' } })[0]).toEqual({
      keys: ['options', 'columns', 'rater'],
      message: 'no column has this header (the headers are "Manager being reviewed", "Respondent", "Relationship", "Ratee", "Listens without interrupting") (received "Who are you?")',
    });
  });

  it('rejects two columns for one item, and two equally good names for one role', () => {
    expect(issuesOf('Ratee,Relationship,L1,Q1. Listens without interrupting\nM01,Peer,4,4\n')[0]).toEqual({
      keys: ['rows', 0, 'Q1. Listens without interrupting'],
      message: 'the columns "L1" (column 3) and "Q1. Listens without interrupting" (column 4) both read as the item "L1"; expected one column per item',
    });
    // An id is a better name than a bare "Ratee": no tie, and the choice is stated.
    const chosen = readSurveyExport('Ratee,Ratee ID,Rater ID,Relationship,L1\nMary,M01,r1,Peer,4\n', { instrument });
    expect(chosen.ratings[0]?.rateeId).toBe('M01');
    expect(chosen.warnings.find((warning) => warning.code === 'ROLE_COLUMN_CHOSEN')?.message).toContain('"Ratee" (ratee: "Ratee ID" chosen)');
    expect(issuesOf('Ratee_ID,Ratee ID,Rater ID,Relationship,L1\nM01,M01,r1,Peer,4\n')[0]).toEqual({
      keys: ['rows', 0, 'Ratee ID'],
      message: 'the columns "Ratee_ID" and "Ratee ID" could both be the ratee column; keep one, or choose one with the option columns.ratee',
    });
  });

  it('names the missing columns of a long export', () => {
    expect(issuesOf('ratee_id,rater_id,item_id,score\nM01,r1,L1,4\n')).toEqual([
      {
        keys: ['rows', 0],
        message: 'missing column "rater_group" (a long export names ratee_id, rater_id, rater_group, item_id, score, or common names for them; found "ratee_id", "rater_id", "item_id", "score")',
      },
    ]);
    expect(issuesOf('ratee_id,rater_id,rater_group,item_id,score\nM01,r1,peer,X9,4\n')[0]).toEqual({
      keys: ['rows', 1, 'item_id'],
      message: "expected one of the instrument's item ids (L1, L2, D1, D2) (received \"X9\")",
    });
  });

  it('rejects an empty export, one without responses, broken CSV and a ragged row, naming the line or row', () => {
    expect(issuesOf('')).toEqual([{ keys: ['rows'], message: 'the export is empty (expected a header row, then one row per response or per rating)' }]);
    expect(issuesOf(`${header}\n`)).toEqual([{ keys: ['rows'], message: 'the export has header rows but no responses' }]);
    expect(issuesOf(`${header}\nr1,"M01,Peer,4,4,4,2,\n`)).toEqual([
      { keys: ['text'], message: 'line 2: a quoted value is never closed (expected a closing double quote before the end of the file)' },
    ]);
    expect(issuesOf(`${header}\nr1,M01,Peer,9,4,4,2,\nr2,M01,Peer,4,4,4,2\nr3,M01,Peer,x,4,4,2,\n`)).toEqual([
      { keys: ['rows', 1, 'Listens without interrupting'], message: expect.stringMatching(/\(received "9"\)$/) },
      { keys: ['rows', 2], message: 'expected 8 fields as in the header (received 7); check for a missing or extra comma or an unquoted comma in a value' },
    ]);
    // Text is read record by record: problems in the rows before a broken quote are reported first.
    const rows = Array.from({ length: 9 }, (_, index) => `r${index},M0${index},Peer,4,4,4,2,`);
    expect(issuesOf(`${header}\n${rows.join('\n')}\nr9,M01,Peer,x,4,4,2,\nr10,"M01,Peer,4,4,4,2,\n`)).toEqual([
      { keys: ['rows', 10, 'Listens without interrupting'], message: expect.stringMatching(/\(received "x"\)$/) },
      { keys: ['text'], message: 'line 12: a quoted value is never closed (expected a closing double quote before the end of the file)' },
    ]);
    // Rows from a spreadsheet may be shorter (trailing blanks dropped), but not longer.
    expect(issuesOf([['Ratee', 'Relationship', 'L1'], ['M01', 'Peer', '4', 'x']])[0]).toEqual({ keys: ['rows', 1], message: 'expected at most 3 cells as in the header (cell 4 holds "x")' });
  });

  it('validates its options and input', () => {
    expect(thrownBy(() => readSurveyExport('a', {} as never))).toBeInstanceOf(LmdInputError);
    expect((thrownBy(() => readSurveyExport('a', {} as never)) as LmdInputError).issues[0]?.keys).toEqual(['options', 'instrument']);
    expect((thrownBy(() => readSurveyExport(42 as never, { instrument })) as LmdInputError).issues[0]?.keys).toEqual(['input']);
    expect((thrownBy(() => readSurveyExport([['Ratee'], [{}]] as never, { instrument })) as LmdInputError).issues[0]?.keys).toEqual(['rows', 1, 0]);
    expect((thrownBy(() => readSurveyExport('x', { instrument, format: 'tall' as never })) as LmdInputError).issues[0]?.keys).toEqual(['options', 'format']);
  });

  it('never changes its input', () => {
    const rows = [['Ratee', 'Relationship', 'L1'], ['M01', 'Peer', '4']];
    const copy = structuredClone(rows);
    const options = { instrument: structuredClone(instrument), groupLabels: { x: 'peer' as const } };
    const optionsCopy = structuredClone(options);
    readSurveyExport(rows, options);
    expect(rows).toEqual(copy);
    expect(options).toEqual(optionsCopy);
  });
});
