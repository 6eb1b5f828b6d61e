import { describe, expect, it } from 'vitest';
import {
  bradfordBand,
  bradfordExampleSchemes,
  bradfordFactor,
  bradfordFactorFromAbsences,
  frequencyRate,
  individualFrequencyRate,
  LmdInputError,
  lostTimeRate,
  type BradfordScheme,
} from '../../src/index.js';
import { frozen, isDeeplyFrozen, roundTrip, thrownBy, unsafeJsonPaths } from '../helpers/json-safety.js';

const errorPath = (run: () => unknown): string => {
  const error = thrownBy(run);
  expect(error).toBeInstanceOf(LmdInputError);
  return (error as LmdInputError).issues[0]?.path ?? '';
};

describe('Acas absence rates (Managing attendance and employee turnover)', () => {
  it('lost time rate = time lost ÷ time available × 100; by hand: 1,200 of 30,000 hours = 4%', () => {
    expect(lostTimeRate({ hoursLost: 1_200, hoursAvailable: 30_000 })).toBe(4);
    // In days: 500 days lost of 10,000 possible = 5%.
    expect(lostTimeRate({ hoursLost: 500, hoursAvailable: 10_000 })).toBe(5);
    expect(lostTimeRate({ hoursLost: 0, hoursAvailable: 1 })).toBe(0);
    expect(lostTimeRate({ hoursLost: 8, hoursAvailable: 8 })).toBe(100);
  });

  it('lost time rate rejects more time lost than available, and zero time available', () => {
    expect(errorPath(() => lostTimeRate({ hoursLost: 9, hoursAvailable: 8 }))).toBe('input.hoursLost');
    expect(errorPath(() => lostTimeRate({ hoursLost: 0, hoursAvailable: 0 }))).toBe('input.hoursAvailable');
  });

  it('frequency rate = spells ÷ average workers × 100; by hand: 45 spells among 150 = 30', () => {
    expect(frequencyRate({ spells: 45, averageWorkers: 150 })).toBe(30);
    expect(frequencyRate({ spells: 300, averageWorkers: 150 })).toBe(200);
    expect(errorPath(() => frequencyRate({ spells: 2.5, averageWorkers: 10 }))).toBe('input.spells');
    expect(errorPath(() => frequencyRate({ spells: 4, averageWorkers: 0 }))).toBe('input.averageWorkers');
  });

  it('individual frequency rate = workers with an absence ÷ average workers × 100; by hand: 60 of 150 = 40%', () => {
    expect(individualFrequencyRate({ workersWithAbsence: 60, averageWorkers: 150 })).toBe(40);
    expect(errorPath(() => individualFrequencyRate({ workersWithAbsence: -1, averageWorkers: 150 }))).toBe(
      'input.workersWithAbsence',
    );
  });
});

describe('bradfordFactor = S² × D (the Bradford factor, as described by the CIPD)', () => {
  it('reproduces the textbook examples for 10 days of absence', () => {
    expect(bradfordFactor({ spells: 1, days: 10 })).toBe(10);
    expect(bradfordFactor({ spells: 5, days: 10 })).toBe(250); // 5 spells of 2 days
    expect(bradfordFactor({ spells: 10, days: 10 })).toBe(1000); // 10 spells of 1 day
    expect(bradfordFactor({ spells: 0, days: 0 })).toBe(0);
    expect(bradfordFactor({ spells: 3, days: 4.5 })).toBe(40.5);
  });

  it('rejects days without spells, spells without days, and fractional spells', () => {
    expect(errorPath(() => bradfordFactor({ spells: 0, days: 4 }))).toBe('input.days');
    expect(errorPath(() => bradfordFactor({ spells: 2, days: 0 }))).toBe('input.days');
    expect(errorPath(() => bradfordFactor({ spells: 1.5, days: 3 }))).toBe('input.spells');
  });
});

describe('bradfordFactorFromAbsences (rolling window, ISO dates, no clock)', () => {
  it('counts the three textbook patterns from dated spells', () => {
    const oneLong = bradfordFactorFromAbsences({ absences: [{ start: '2025-01-06', end: '2025-01-15' }], windowEnd: '2025-03-31' });
    expect([oneLong.spells, oneLong.days, oneLong.score]).toEqual([1, 10, 10]);
    const tenShort = bradfordFactorFromAbsences({
      absences: Array.from({ length: 10 }, (_, index) => ({ start: `2025-01-${String(index * 2 + 1).padStart(2, '0')}`, days: 1 })),
      windowEnd: '2025-03-31',
    });
    expect([tenShort.spells, tenShort.days, tenShort.score]).toEqual([10, 10, 1000]);
    const fiveOfTwo = bradfordFactorFromAbsences({
      absences: ['2024-05-01', '2024-07-01', '2024-09-02', '2024-11-04', '2025-01-06'].map((start, index) => ({
        start,
        end: ['2024-05-02', '2024-07-02', '2024-09-03', '2024-11-05', '2025-01-07'][index] as string,
      })),
      windowEnd: '2025-03-31',
    });
    expect([fiveOfTwo.spells, fiveOfTwo.days, fiveOfTwo.score]).toEqual([5, 10, 250]);
  });

  it('applies the window inclusively, defaults to 365 days and echoes it', () => {
    const result = bradfordFactorFromAbsences({
      absences: [
        { start: '2024-03-31', end: '2024-03-31' }, // the day before the window: out
        { start: '2024-04-01', end: '2024-04-01' }, // the window's first day: in
        { start: '2025-03-31', days: 0.5 }, // the window's last day: in
        { start: '2025-04-01', days: 1 }, // after the window: out
      ],
      windowEnd: '2025-03-31',
    });
    expect(result.windowDays).toBe(365);
    expect(result.windowStart).toBe('2024-04-01');
    expect(result.counted.map((row) => row.index)).toEqual([1, 2]);
    expect([result.spells, result.days, result.score]).toEqual([2, 1.5, 6]);
  });

  it('counts only the days of a straddling dated spell that fall inside the window', () => {
    const result = bradfordFactorFromAbsences({
      absences: [{ start: '2025-03-28', end: '2025-04-04' }],
      windowEnd: '2025-03-31',
      windowDays: 30,
    });
    expect(result.counted).toEqual([{ index: 0, start: '2025-03-28', end: '2025-04-04', daysInWindow: 4 }]);
    expect(result.score).toBe(4);
  });

  it('counts a spell given in days only when it starts in the window', () => {
    const result = bradfordFactorFromAbsences({
      absences: [{ start: '2025-02-27', days: 5 }],
      windowEnd: '2025-03-31',
      windowDays: 31,
    });
    expect(result.spells).toBe(0);
    expect(result.score).toBe(0);
  });

  it('handles leap years: the 366 days ending 2024-12-31 start on 2024-01-01', () => {
    const result = bradfordFactorFromAbsences({ absences: [], windowEnd: '2024-12-31', windowDays: 366 });
    expect(result.windowStart).toBe('2024-01-01');
  });

  it('rejects impossible dates, both or neither of end and days, reversed spells and overlaps', () => {
    expect(errorPath(() => bradfordFactorFromAbsences({ absences: [], windowEnd: '2025-02-30' }))).toBe('input.windowEnd');
    expect(errorPath(() => bradfordFactorFromAbsences({ absences: [], windowEnd: '31/03/2025' }))).toBe('input.windowEnd');
    expect(
      errorPath(() => bradfordFactorFromAbsences({ absences: [{ start: '2025-01-01', end: '2025-01-02', days: 2 }], windowEnd: '2025-03-31' })),
    ).toBe('input.absences[0]');
    expect(errorPath(() => bradfordFactorFromAbsences({ absences: [{ start: '2025-01-01' }], windowEnd: '2025-03-31' }))).toBe(
      'input.absences[0]',
    );
    expect(
      errorPath(() => bradfordFactorFromAbsences({ absences: [{ start: '2025-01-05', end: '2025-01-02' }], windowEnd: '2025-03-31' })),
    ).toBe('input.absences[0].end');
    expect(
      errorPath(() =>
        bradfordFactorFromAbsences({
          absences: [
            { start: '2025-01-01', end: '2025-01-05' },
            { start: '2025-01-04', days: 1 },
          ],
          windowEnd: '2025-03-31',
        }),
      ),
    ).toBe('input.absences[1]');
    expect(errorPath(() => bradfordFactorFromAbsences({ absences: [], windowEnd: '2025-03-31', windowDays: 0 }))).toBe(
      'input.windowDays',
    );
  });

  it('is JSON-safe and leaves its input alone', () => {
    const input = frozen({ absences: [{ start: '2025-01-06', end: '2025-01-07' }], windowEnd: '2025-03-31' });
    const result = bradfordFactorFromAbsences(input);
    expect(unsafeJsonPaths(result)).toEqual([]);
    expect(roundTrip(result)).toEqual(result);
  });
});

describe('bradfordBand (trigger schemes are the caller’s policy)', () => {
  const [fourStep, threeStep] = bradfordExampleSchemes;

  it('ships frozen example schemes, each marked illustrative, starting at 0 and rising', () => {
    expect(isDeeplyFrozen(bradfordExampleSchemes)).toBe(true);
    for (const scheme of bradfordExampleSchemes) {
      expect(scheme.illustrative).toBe(true);
      expect(scheme.name).toMatch(/illustrative; replace with your policy/);
      expect(scheme.bands[0]?.from).toBe(0);
      scheme.bands.forEach((band, index) => {
        if (index > 0) expect(band.from).toBeGreaterThan(scheme.bands[index - 1]?.from ?? Infinity);
      });
    }
  });

  it('treats `from` as inclusive and the next band’s `from` as exclusive', () => {
    expect(bradfordBand(0, fourStep).label).toBe('No action');
    expect(bradfordBand(50, fourStep)).toMatchObject({ label: 'No action', from: 0, below: 51, index: 0 });
    expect(bradfordBand(51, fourStep).label).toBe('Informal review');
    expect(bradfordBand(250, fourStep).label).toBe('First formal stage');
    expect(bradfordBand(1000, fourStep)).toMatchObject({ label: 'Final stage', below: null, schemeId: 'example-four-step' });
    expect(bradfordBand(299.5, threeStep).label).toBe('Review meeting');
  });

  it('applies a caller’s own scheme and rejects malformed ones', () => {
    const ours: BradfordScheme = {
      id: 'ours',
      name: 'Our policy',
      bands: [
        { from: 0, label: 'Fine', action: '' },
        { from: 64, label: 'Talk', action: 'Talk.' },
      ],
    };
    expect(bradfordBand(64, ours)).toEqual({ score: 64, schemeId: 'ours', index: 1, label: 'Talk', action: 'Talk.', from: 64, below: null });
    expect(errorPath(() => bradfordBand(10, { ...ours, bands: [] }))).toBe('scheme.bands');
    expect(errorPath(() => bradfordBand(10, { ...ours, bands: [{ from: 5, label: 'x', action: '' }] }))).toBe('scheme.bands[0].from');
    expect(
      errorPath(() =>
        bradfordBand(10, {
          ...ours,
          bands: [
            { from: 0, label: 'a', action: '' },
            { from: 0, label: 'b', action: '' },
          ],
        }),
      ),
    ).toBe('scheme.bands[1].from');
    expect(errorPath(() => bradfordBand(-1, ours))).toBe('score');
    expect(errorPath(() => bradfordBand(Number.NaN, ours))).toBe('score');
  });
});
