import { describe, expect, it } from 'vitest';
import { readRatingsCsv } from '../../src/cli/read-ratings-csv.js';
import type { Instrument360 } from '../../src/lmd/feedback360/instrument-360.js';
import { inputFileErrorMessage } from './input-file-error-message.js';

const instrument: Instrument360 = {
  scale: { min: 1, max: 5 },
  competencies: [{ id: 'c', name: 'Coaching' }],
  items: [
    { id: 'I1', competencyId: 'c' },
    { id: 'I2', competencyId: 'c' },
  ],
};

const read = (text: string) => readRatingsCsv(text, 'ratings.csv', instrument);

/** The message of the error reading `text` throws. */
function errorOf(text: string): string {
  return inputFileErrorMessage(() => read(text));
}

const header = 'ratee_id,rater_id,rater_group,item_id,score';

describe('readRatingsCsv', () => {
  it('reads rows, keeps each row’s file line and turns a blank score into null', () => {
    const csv = read(`${header}\nm1,r1,self,I1,4\n\nm1,r2,peer,I2,\n`);
    expect(csv.rows).toEqual([
      { rateeId: 'm1', raterId: 'r1', group: 'self', itemId: 'I1', score: 4 },
      { rateeId: 'm1', raterId: 'r2', group: 'peer', itemId: 'I2', score: null },
    ]);
    expect([csv.lineOf(0), csv.lineOf(1)]).toEqual([2, 4]);
  });

  it('matches headers whatever their case, spacing, hyphens or underscores, in any order, ignoring extra columns', () => {
    for (const names of [
      'Ratee ID,Rater ID,Rater Group,Item ID,Score',
      'rateeId,raterId,raterGroup,itemId,score',
      'RATEE-ID,rater_id,Rater-Group,item id,SCORE',
    ]) {
      expect(read(`${names}\nm1,r1,self,I1,3\n`).rows).toEqual([{ rateeId: 'm1', raterId: 'r1', group: 'self', itemId: 'I1', score: 3 }]);
    }
    const csv = read('Comment,Score,Item ID,Rater Group,Rater ID,Ratee ID,Submitted\n"nice, really",2,I2,Peer,r9,m2,2026-01-01\n');
    expect(csv.rows).toEqual([{ rateeId: 'm2', raterId: 'r9', group: 'peer', itemId: 'I2', score: 2 }]);
    expect(csv.columns.score).toBe('Score');
  });

  it('matches rater groups the same forgiving way', () => {
    const labels = ['Self', 'MANAGER', 'peer', 'Direct report', 'direct_report', 'DirectReport', ' other '];
    const rows = read([header, ...labels.map((label, n) => `m1,r${n},"${label}",I1,3`)].join('\n')).rows;
    expect(rows.map((row) => row.group)).toEqual(['self', 'manager', 'peer', 'direct-report', 'direct-report', 'direct-report', 'other']);
  });

  it('reads Windows line endings and counts lines across quoted line breaks and blank lines', () => {
    expect(read(`${header}\r\nm1,r1,self,I1,4\r\n`).rows).toHaveLength(1);
    const text = `Comment,${header}\n"two\nlines",m1,r1,self,I1,4\n\n"",m1,r2,peer,I1,x\n`;
    expect(errorOf(text)).toBe('ratings.csv line 5, column "score": expected a whole number from 1 to 5 or a blank (received "x")');
    const csv = read(text.replace(',x', ',2'));
    expect([csv.lineOf(0), csv.lineOf(1)]).toEqual([3, 5]);
  });

  it('skips a byte order mark and trims cells', () => {
    expect(read(`\uFEFF${header}\n m1 , r1 , self , I1 , 5 \n`).rows[0]).toEqual({ rateeId: 'm1', raterId: 'r1', group: 'self', itemId: 'I1', score: 5 });
  });

  it('names the file, line, column and what was expected for a bad score, group or item', () => {
    expect(errorOf(`${header}\nm1,r1,self,I1,4\nm1,r2,peer,I1,4.5\n`)).toBe(
      'ratings.csv line 3, column "score": expected a whole number from 1 to 5 or a blank (received "4.5")',
    );
    expect(errorOf(`${header}\nm1,r1,self,I1,6\n`)).toBe('ratings.csv line 2, column "score": expected a whole number from 1 to 5 or a blank (received "6")');
    expect(errorOf(`Ratee,Rater,Group,Item,Score\nm1,r1,neighbour,I1,3\n`.replace('Ratee,Rater,Group,Item', 'Ratee ID,Rater ID,Rater Group,Item ID'))).toBe(
      // "boss" is a common label for the manager now (issue 15); an unknown label is still named.
      'ratings.csv line 2, column "Rater Group": expected one of self, manager, peer, direct-report, other, or a common relationship label such as "Line manager", "Colleague", "I report to them" or "Self-assessment"; map any other label to a group with groupLabels (received "neighbour")',
    );
    expect(errorOf(`${header}\nm1,r1,self,X9,3\n`)).toBe(
      'ratings.csv line 2, column "item_id": expected one of the instrument\'s item ids (I1, I2) (received "X9")',
    );
    expect(errorOf(`${header}\n,r1,self,I1,3\n`)).toBe('ratings.csv line 2, column "ratee_id": expected a ratee id on one line (received "")');
    // A quoted line break would split the ratee's Markdown heading and file name (the record ends on line 3).
    expect(errorOf(`${header}\n"M0\n7",r1,self,I1,3\n`)).toBe('ratings.csv line 3, column "ratee_id": expected a ratee id on one line (received "M0\\n7")');
  });

  it('collects up to ten distinct problems and counts the rest', () => {
    const rows = Array.from({ length: 14 }, (_, n) => `m1,r${n},self,I1,${n + 6}`);
    const lines = errorOf([header, ...rows].join('\n')).split('\n');
    expect(lines).toHaveLength(11);
    expect(lines[9]).toBe('ratings.csv line 11, column "score": expected a whole number from 1 to 5 or a blank (received "15")');
    expect(lines[10]).toBe('… and 4 more problems');
  });

  it('says a problem repeated on many rows once, with its count and its first lines (issue 20)', () => {
    const rows = Array.from({ length: 824 }, (_, n) => `m1,r${n},peer,I1,x`);
    const lines = errorOf([header, ...rows, 'm1,rx,self,I1,9'].join('\n')).split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^ratings\.csv, 824 rows: column "score": .*"x".*; first on lines 2, 3, 4$/);
    expect(lines[1]).toMatch(/^ratings\.csv line 826, column "score": .*"9"/);
  });

  it('reports malformed CSV with its line: an unterminated quote, a stray quote, a ragged row', () => {
    expect(errorOf(`${header}\nm1,r1,self,I1,3\nm1,"r2,peer,I1,3\n`)).toBe(
      'ratings.csv line 3: a quoted value is never closed (expected a closing double quote before the end of the file)',
    );
    expect(errorOf(`${header}\nm1,r1,self,I1,3\nm1,r"2,peer,I1,3\n`)).toMatch(/^ratings\.csv line 3: a double quote appears inside an unquoted value/);
    expect(errorOf(`${header}\nm1,r1,self,I1,3\nm1,r2,peer,I1\n`)).toBe(
      'ratings.csv line 3: expected 5 fields as in the header (received 4); check for a missing or extra comma or an unquoted comma in a value',
    );
  });

  it('names the delimiter the file uses in messages about fields (a semicolon file is not told about commas)', () => {
    const semicolons = `${header.replaceAll(',', ';')}\nm1;r1;self;I1;3\nm1;r2;peer;I1\n`;
    expect(errorOf(semicolons)).toBe(
      'ratings.csv line 3: expected 5 fields as in the header (received 4); check for a missing or extra semicolon or an unquoted semicolon in a value',
    );
    const tabs = `${header.replaceAll(',', '\t')}\nm1\tr1\tself\tI1\t3\nm1\t"r2"x\tpeer\tI1\t3\n`;
    expect(errorOf(tabs)).toBe('ratings.csv line 3: unexpected text after a closing double quote (expected a tab or the end of the line)');
  });

  it('keeps the row errors found before a malformed line', () => {
    expect(errorOf(`${header}\nm1,r1,self,I1,9\nm1,r2,peer,I1\n`).split('\n')).toEqual([
      'ratings.csv line 2, column "score": expected a whole number from 1 to 5 or a blank (received "9")',
      'ratings.csv line 3: expected 5 fields as in the header (received 4); check for a missing or extra comma or an unquoted comma in a value',
    ]);
  });

  it('explains an empty file, a header without rows, and missing or doubled columns', () => {
    // Worded for wide and long exports alike since issue 15 (the reader is lmdkit/import's).
    expect(errorOf('')).toBe('ratings.csv: the export is empty (expected a header row, then one row per response or per rating)');
    expect(errorOf('\n\n')).toMatch(/the export is empty/);
    expect(errorOf(`${header}\n`)).toBe('ratings.csv: the export has a header but no ratings');
    // "rater" is a common name for the rater column now.
    expect(errorOf('ratee_id,rater,rater_group,item_id\nm1,r1,self,I1\n')).toBe(
      'ratings.csv line 1: missing column "score" (a long export names ratee_id, rater_id, rater_group, item_id, score, or common names for them; found "ratee_id", "rater", "rater_group", "item_id")',
    );
    expect(errorOf('ratee_id,rater_group,item_id,score\nm1,self,I1,3\n')).toMatch(/^ratings\.csv line 1: missing column "rater_id" /);
    expect(errorOf('ratee_id,Ratee ID,rater_id,rater_group,item_id,score\n')).toBe(
      'ratings.csv line 1, column "Ratee ID": the columns "ratee_id" and "Ratee ID" could both be the ratee column; keep one, or choose one with the option columns.ratee',
    );
  });

  // Audit of issue 7: files as Excel and survey tools really write them.
  it('reads a file Excel saved with ";" or tab as the delimiter (decimal-comma locales, "Text")', () => {
    const semicolon = read(`\uFEFFratee_id;rater_id;rater_group;item_id;score\r\nm1;"r;1";self;I1;4\r\nm1;r2;Peer;I2;\r\n`);
    expect(semicolon.rows).toEqual([
      { rateeId: 'm1', raterId: 'r;1', group: 'self', itemId: 'I1', score: 4 },
      { rateeId: 'm1', raterId: 'r2', group: 'peer', itemId: 'I2', score: null },
    ]);
    expect(read(`Ratee ID\tRater ID\tRater group\tItem ID\tScore\nm1\tr1\tself\tI1\t2\n`).rows[0]?.score).toBe(2);
    // A comma in the header keeps the comma as the delimiter.
    expect(errorOf('ratee_id;rater_id;rater_group;item_id;score,x\nm1;r1;self;I1;4,\n')).toMatch(/^ratings\.csv line 1: no column matches an item of the instrument .*; found "ratee_id;rater_id;rater_group;item_id;sc…", "x"\)$/);
  });

  it('names a binary or UTF-16 file as not text, without dumping its bytes', () => {
    const utf16 = Buffer.from(`\uFEFF${header}\nm1,r1,self,I1,4\n`, 'utf16le').toString('utf8');
    expect(errorOf(utf16)).toBe(
      'ratings.csv: not a text file (it holds NUL bytes: a binary file, or text saved as UTF-16 "Unicode Text"); expected a CSV file saved as UTF-8',
    );
    expect(errorOf('\u007fELF\u0002\u0001\u0001\u0000\u0000')).toMatch(/^ratings\.csv: not a text file/);
  });

  it('reads a whole score written with a zero decimal (4.0), and rejects 4.5, 1e1, NaN, 0 and -1', () => {
    expect(read(`${header}\nm1,r1,self,I1,4.0\nm1,r2,peer,I1, 3.00 \n`).rows.map((row) => row.score)).toEqual([4, 3]);
    for (const bad of ['4.5', '1e1', 'NaN', '0', '-1', '4.', '.0', 'Infinity']) {
      expect(errorOf(`${header}\nm1,r1,self,I1,${bad}\n`)).toBe(`ratings.csv line 2, column "score": expected a whole number from 1 to 5 or a blank (received "${bad}")`);
    }
  });

  it('shortens a long or wide header in the missing-columns message', () => {
    const wide = Array.from({ length: 30 }, (_, index) => `column ${index} ${'x'.repeat(50)}`).join(',');
    const message = errorOf(`${wide}\n${Array.from({ length: 30 }, () => 'a').join(',')}\n`);
    expect(message).toContain('… (30 in all)');
    expect(message.length).toBeLessThan(1000);
  });

  it('reads rater groups in the plural, as survey tools and the reports themselves label them', () => {
    const text = `${header}\nm1,r1,Self,I1,4\nm1,r2,Peers,I1,4\nm1,r3,Direct Reports,I1,4\nm1,r4,Others,I1,3\nm1,r5,Managers,I1,3\n`;
    expect(read(text).rows.map((row) => row.group)).toEqual(['self', 'peer', 'direct-report', 'other', 'manager']);
    // Common relationship labels are read from the rater's side since issue 15; an ambiguous one is named.
    expect(read(`${header}\nm1,r1,Line manager,I1,4\nm1,r2,I report to them,I1,4\n`).rows.map((row) => row.group)).toEqual(['manager', 'direct-report']);
    expect(errorOf(`${header}\nm1,r1,Team member,I1,4\n`)).toBe(
      'ratings.csv line 2, column "rater_group": this label could mean a peer or a direct report; say which group it is with groupLabels (received "Team member")',
    );
  });
});
