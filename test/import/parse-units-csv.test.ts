import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseUnitsCsv } from '../../src/import/index.js';
import { LmdInputError } from '../../src/index.js';

const errorOf = (run: () => unknown): LmdInputError => {
  try {
    run();
  } catch (error) {
    if (error instanceof LmdInputError) return error;
    throw error;
  }
  throw new Error('expected an LmdInputError');
};

describe('parseUnitsCsv', () => {
  it('reads the sample organisation: 20 managers in 3 departments and 6 teams', () => {
    const units = parseUnitsCsv(readFileSync(new URL('../../examples/data/360-units.csv', import.meta.url), 'utf8'));
    expect(units).toHaveLength(20);
    expect(units.find((unit) => unit.rateeId === 'M07')?.path).toEqual(['Larkspur Vale Housing', 'Operations', 'North team']);
    expect(new Set(units.map((unit) => unit.path[1])).size).toBe(3);
    expect(new Set(units.map((unit) => unit.path.join(' / '))).size).toBe(6);
  });

  it('takes the columns in any order and case, other columns, quotes, semicolons and CRLF', () => {
    expect(parseUnitsCsv('\uFEFFName;Unit_Path;Ratee_ID\r\nAnn;"Org / Ops";M1\r\n')).toEqual([{ rateeId: 'M1', path: ['Org', 'Ops'] }]);
  });

  it('names the row and column of each problem, rows counted from the header as 0', () => {
    expect(errorOf(() => parseUnitsCsv('ratee,team\nM1,Org\n')).issues[0]?.keys).toEqual(['rows', 0]);
    expect(errorOf(() => parseUnitsCsv('')).issues[0]?.keys).toEqual(['text']);
    const empty = errorOf(() => parseUnitsCsv('ratee,unit\nM1,Org\n,Org\nM3,\nM4,Org // Ops\n'));
    expect(empty.issues.map((issue) => issue.keys)).toEqual([['rows', 2, 'ratee'], ['rows', 3, 'unit'], ['rows', 4, 'unit']]);
    const twice = errorOf(() => parseUnitsCsv('ratee,unit\nM1,Org\nM2,Org\nM1,Org / Ops\n'));
    expect(twice.issues[0]).toMatchObject({ keys: ['rows', 3, 'ratee'], seeAlso: ['rows', 1] });
    expect(twice.message).toContain('already has a unit, at rows[1]');
    const elsewhere = errorOf(() => parseUnitsCsv('ratee,unit\nM1,Org\nM2,Other / Ops\n'));
    expect(elsewhere.issues[0]?.keys).toEqual(['rows', 2, 'unit']);
    expect(elsewhere.message).toContain("'Other'");
    expect(errorOf(() => parseUnitsCsv('ratee,unit\nM1,Org / Ops\nM2,Org / ops\n')).issues[0]?.keys).toEqual(['rows', 2, 'unit']);
  });
});
