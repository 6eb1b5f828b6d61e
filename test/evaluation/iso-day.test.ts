// The calendar-date rule shared by qualitative records and the absence metrics (ISO 8601
// calendar dates, proleptic Gregorian calendar as JavaScript's Date uses it).
import { describe, expect, it } from 'vitest';
import { LmdInputError, qualitativeRecordSchema } from '../../src/index.js';
import { isCalendarDate, isoDate, isoDay } from '../../src/evaluation/_internal/iso-day.js';

describe('isCalendarDate, isoDay and isoDate', () => {
  it('accepts dates that exist, leap days included, and rejects those that do not', () => {
    expect(['2024-02-29', '2000-02-29', '2025-12-31', '1970-01-01'].map(isCalendarDate)).toEqual([true, true, true, true]);
    expect(['2025-02-29', '1900-02-29', '2025-02-30', '2025-13-01', '2025-00-10', '2025-01-00', '2025-1-01', ' 2025-01-01', '2025-01-01T00:00'].map(isCalendarDate)).toEqual(
      Array(9).fill(false),
    );
  });

  it('reads years 0000–0099 as written, not as 1900–1999', () => {
    expect(['0050-01-01', '0000-02-29', '0099-12-31'].map(isCalendarDate)).toEqual([true, true, true]);
    expect(isCalendarDate('0001-02-29')).toBe(false);
    expect(isoDate(isoDay('0050-06-15', ['date']))).toBe('0050-06-15');
    expect(isoDay('1970-01-02', ['date'])).toBe(1);
    expect(qualitativeRecordSchema.safeParse({ text: 'x', source: 'r1', themes: ['t'], date: '0050-01-01' }).success).toBe(true);
  });

  it('round-trips every day of a leap year and throws LmdInputError with the path for a bad date', () => {
    const first = isoDay('2024-01-01', ['date']);
    for (let day = first; day < first + 366; day += 1) expect(isoDay(isoDate(day), ['date'])).toBe(day);
    expect(() => isoDay('2025-02-30', ['input', 'date'])).toThrow(LmdInputError);
    expect(() => isoDay('2025-02-30', ['input', 'date'])).toThrow(/input\.date/);
  });
});
