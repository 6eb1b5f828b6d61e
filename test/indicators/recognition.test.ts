import { describe, expect, it } from 'vitest';
import {
  accreditationGrade,
  iipRecognitionLevels2009,
  LmdInputError,
  recognitionLevel,
  type AccreditationRule,
  type FrameworkLevels,
  type RecognitionLevelInput,
} from '../../src/index.js';
import { frozen, thrownBy } from '../helpers/json-safety.js';

describe('iipRecognitionLevels2009', () => {
  it('adds 26, 76 and 126 requirements to the Standard’s 39 (65, 115, 165)', () => {
    for (const level of iipRecognitionLevels2009) {
      expect(level.totalRequirements).toBe(39 + level.additionalRequirements);
    }
    expect(iipRecognitionLevels2009.map((level) => [level.level, level.totalRequirements])).toEqual([
      ['standard', 39],
      ['bronze', 65],
      ['silver', 115],
      ['gold', 165],
    ]);
  });
});

describe('recognitionLevel', () => {
  const at = (additionalRequirementsMet: number) => recognitionLevel({ meetsStandard: true, additionalRequirementsMet });

  it.each([
    [0, 'standard'],
    [25, 'standard'],
    [26, 'bronze'],
    [75, 'bronze'],
    [76, 'silver'],
    [125, 'silver'],
    [126, 'gold'],
    [300, 'gold'],
  ] as const)('with the Standard met and %i additional requirements → %s (thresholds inclusive)', (count, level) => {
    expect(at(count)).toBe(level);
  });

  it('gives no recognition without the Standard, however much else is met', () => {
    expect(recognitionLevel({ meetsStandard: false, additionalRequirementsMet: 0 })).toBe('none');
    expect(recognitionLevel({ meetsStandard: false, additionalRequirementsMet: 165 })).toBe('none');
  });

  it('rejects negative, fractional and missing counts, and unknown keys', () => {
    const error = thrownBy(() => at(-1)) as LmdInputError;
    expect(error).toBeInstanceOf(LmdInputError);
    expect(error.issues[0]?.path).toBe('input.additionalRequirementsMet');
    expect(() => at(26.5)).toThrow(LmdInputError);
    expect(() => at(Number.NaN)).toThrow(LmdInputError);
    expect(() => recognitionLevel({ meetsStandard: true } as RecognitionLevelInput)).toThrow(LmdInputError);
    expect(() => recognitionLevel({ meetsStandard: 'yes', additionalRequirementsMet: 1 } as never)).toThrow(LmdInputError);
    expect(() => recognitionLevel({ meetsStandard: true, additionalRequirementsMet: 1, level: 'gold' } as never)).toThrow(
      LmdInputError,
    );
  });
});

describe('accreditationGrade (a caller-supplied rule)', () => {
  // An illustrative rule, not published by Investors in People.
  const rule: AccreditationRule = frozen({
    name: 'Illustrative rule (not published by IIP)',
    grades: [
      { grade: 'platinum', everyIndicatorAtLeast: 'advanced', atLeast: [{ level: 'high-performing', indicators: 5 }] },
      { grade: 'accredited', everyIndicatorAtLeast: 'developed' },
      { grade: 'silver', everyIndicatorAtLeast: 'developed', atLeast: [{ level: 'established', indicators: 5 }] },
      { grade: 'gold', everyIndicatorAtLeast: 'established', atLeast: [{ level: 'advanced', indicators: 5 }] },
    ],
  });
  const all = (level: FrameworkLevels['1']): FrameworkLevels => ({
    1: level, 2: level, 3: level, 4: level, 5: level, 6: level, 7: level, 8: level, 9: level,
  });

  it('awards the highest grade whose conditions hold', () => {
    expect(accreditationGrade(all('developed'), rule).grade).toBe('accredited');
    expect(accreditationGrade(all('established'), rule).grade).toBe('silver');
    expect(accreditationGrade(all('advanced'), rule).grade).toBe('gold');
    expect(accreditationGrade(all('high-performing'), rule).grade).toBe('platinum');
  });

  it('counts indicators at or above a level (5 established → silver, 4 → accredited)', () => {
    const five: FrameworkLevels = { ...all('developed'), 1: 'established', 2: 'established', 3: 'established', 4: 'advanced', 5: 'high-performing' };
    expect(accreditationGrade(five, rule).grade).toBe('silver');
    const four: FrameworkLevels = { ...five, 5: 'developed' };
    const result = accreditationGrade(four, rule);
    expect(result.grade).toBe('accredited');
    expect(result.checks.find((check) => check.grade === 'silver')?.shortfalls).toEqual([
      '4 indicators are at established or above; 5 needed',
    ]);
  });

  it('gives no grade when an indicator is not met, and says which', () => {
    const result = accreditationGrade({ ...all('high-performing'), 7: 'not-met' }, rule);
    expect(result.grade).toBe('none');
    expect(result.checks[0]).toEqual({
      grade: 'accredited',
      reached: false,
      shortfalls: ['indicator 7 is not-met, below developed'],
    });
  });

  it('treats grades as cumulative: a higher grade is not awarded when a lower one in the rule is missed', () => {
    const odd: AccreditationRule = {
      name: 'Odd rule',
      grades: [
        { grade: 'accredited', everyIndicatorAtLeast: 'advanced' },
        { grade: 'silver', everyIndicatorAtLeast: 'developed' },
      ],
    };
    expect(accreditationGrade(all('developed'), odd).grade).toBe('none');
  });

  it('orders checks from the lowest grade and echoes the rule name', () => {
    const result = accreditationGrade(all('advanced'), rule);
    expect(result.checks.map((check) => check.grade)).toEqual(['accredited', 'silver', 'gold', 'platinum']);
    expect(result.ruleName).toBe('Illustrative rule (not published by IIP)');
  });

  it('rejects a missing indicator, an unknown level and a malformed rule', () => {
    const { 9: _missing, ...eight } = all('developed');
    expect(thrownBy(() => accreditationGrade(eight as FrameworkLevels, rule))).toBeInstanceOf(LmdInputError);
    expect(() => accreditationGrade({ ...all('developed'), 3: 'excellent' as 'developed' }, rule)).toThrow(/levels\[?\.?"?3/);
    expect(() => accreditationGrade(all('developed'), { name: 'x', grades: [] })).toThrow(LmdInputError);
    expect(() =>
      accreditationGrade(all('developed'), {
        name: 'twice',
        grades: [
          { grade: 'gold', everyIndicatorAtLeast: 'developed' },
          { grade: 'gold', everyIndicatorAtLeast: 'advanced' },
        ],
      }),
    ).toThrow(LmdInputError);
    expect(() =>
      accreditationGrade(all('developed'), {
        name: 'bad count',
        grades: [{ grade: 'gold', everyIndicatorAtLeast: 'developed', atLeast: [{ level: 'advanced', indicators: 10 }] }],
      }),
    ).toThrow(LmdInputError);
  });
});
