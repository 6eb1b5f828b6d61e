import { describe, expect, it } from 'vitest';
import {
  consultation2010,
  getLmIndicator,
  getLmRequirement,
  listLmRequirements,
  iipFramework2015,
  iipStandard2004,
  lmAudienceIds,
  lmAudiences,
  lmIndicatorIds,
  lmModel,
  lmRequirementIds,
  lmThemeCoverage,
  LmdInputError,
  references,
  widerFrameworkStatements,
  withWording,
  type LmIndicatorId,
  type LmRequirementId,
} from '../../src/index.js';
import { copiedRuns, seedsAvailable } from '../helpers/copied-runs.js';
import { isDeeplyFrozen, roundTrip, thrownBy } from '../helpers/json-safety.js';

const requirements = listLmRequirements();

describe('lmModel: the IIP Leadership & Management Model (2003) as data', () => {
  it('has 9 indicators LM1…LM9, numbered 1…9 in order', () => {
    expect(lmModel.indicators.map((indicator) => indicator.id)).toEqual([...lmIndicatorIds]);
    expect(lmModel.indicators.map((indicator) => indicator.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('has 23 evidence requirements, as many per indicator as the model lists', () => {
    expect(requirements).toHaveLength(23);
    // Appendix 2 of the 2010 report lists 3, 2, 4, 2, 2, 3, 3, 3 and 1 requirements.
    expect(lmModel.indicators.map((indicator) => indicator.requirements.length)).toEqual([3, 2, 4, 2, 2, 3, 3, 3, 1]);
  });

  it('numbers requirements within their indicator, with unique ids matching lmRequirementIds', () => {
    for (const indicator of lmModel.indicators) {
      indicator.requirements.forEach((requirement, index) => {
        expect(requirement.id).toBe(`${indicator.id}.${index + 1}`);
      });
    }
    expect(new Set(requirements.map((requirement) => requirement.id)).size).toBe(23);
    expect(requirements.map((requirement) => requirement.id)).toEqual([...lmRequirementIds]);
  });

  it('names the audiences each requirement needs, from the vocabulary', () => {
    expect(lmAudiences.map((audience) => audience.id)).toEqual([...lmAudienceIds]);
    for (const requirement of requirements) {
      expect(requirement.evidenceFrom.length).toBeGreaterThan(0);
      for (const audience of requirement.evidenceFrom) expect(lmAudienceIds).toContain(audience);
      expect(new Set(requirement.evidenceFrom).size).toBe(requirement.evidenceFrom.length);
    }
  });

  it('takes audiences named in a requirement from the requirement itself (the seed’s wording)', () => {
    // "Leaders and managers can describe how top managers inspire them…" (LM2.2)
    expect(getLmRequirement('LM2.2').evidenceFrom).toEqual(['leaders-and-managers']);
    // "Current and potential leaders and managers confirm / can describe…" (LM7.1–LM7.3)
    for (const id of ['LM7.1', 'LM7.2', 'LM7.3'] as const) {
      expect(getLmRequirement(id).evidenceFrom).toEqual(['leaders-and-managers', 'potential-leaders-and-managers']);
      expect(getLmRequirement(id).evidenceFromVerified).toBe(true);
    }
    // "Top managers can describe / are actively involved…" (LM1.1–LM1.3)
    for (const id of ['LM1.1', 'LM1.2', 'LM1.3'] as const) {
      expect(getLmRequirement(id).evidenceFrom).toEqual(['top-managers']);
    }
    // "Top managers understand the costs and benefits of the approach" (LM8.3)
    expect(getLmRequirement('LM8.3').evidenceFrom).toEqual(['top-managers']);
  });

  it('marks inferred audiences unverified', () => {
    const inferred = requirements.filter((requirement) => !requirement.evidenceFromVerified).map((requirement) => requirement.id);
    expect(inferred).toEqual(['LM3.1', 'LM3.2', 'LM3.3', 'LM3.4', 'LM4.1', 'LM5.1', 'LM5.2', 'LM6.3', 'LM8.1', 'LM8.2', 'LM9.1']);
  });

  it('defines "the requirements" and "the approach"', () => {
    expect(lmModel.definitions.requirements).toMatch(/knowledge, skills and behaviour/);
    expect(lmModel.definitions.approach).toMatch(/overall way/);
  });

  it('gives every indicator a name, what it tests and what meeting it involves', () => {
    for (const indicator of lmModel.indicators) {
      expect(indicator.name.length).toBeGreaterThan(5);
      expect(indicator.tests.length).toBeGreaterThan(10);
      expect(indicator.toMeet.length).toBeGreaterThan(0);
    }
  });

  it('is deeply frozen and survives a JSON round trip unchanged', () => {
    expect(isDeeplyFrozen(lmModel)).toBe(true);
    expect(roundTrip(lmModel)).toEqual(lmModel);
    expect(() => {
      (lmModel.indicators[0] as { name: string }).name = 'changed';
    }).toThrow(TypeError);
  });

  it('cites works that are in the bibliography', () => {
    for (const source of lmModel.sources) expect(references).toHaveProperty(source);
  });
});

describe('the mapping to The Standard and the wider framework (Appendix 2)', () => {
  const standardOf = (id: LmIndicatorId): readonly string[] => getLmIndicator(id).standard;

  it('links each indicator to the Standard statements the seed names', () => {
    expect(standardOf('LM1')).toEqual(['4.1']);
    expect(standardOf('LM2')).toEqual([]); // the seed's Standard cell for LM2 is empty
    expect(standardOf('LM3')).toEqual(['4.1']);
    expect(standardOf('LM4')).toEqual(['4.1']);
    expect(standardOf('LM5')).toEqual([]); // and for LM5
    expect(standardOf('LM6')).toEqual(['indicator-6']);
    expect(standardOf('LM7')).toEqual(['3.2']);
    expect(standardOf('LM8')).toEqual(['9.3']);
    expect(standardOf('LM9')).toEqual(['10.1', '10.2', '10.3']);
  });

  it('resolves every Standard link to a statement and to a requirement number the Standard has', () => {
    for (const indicator of lmModel.indicators) {
      for (const id of indicator.standard) {
        const statement = iipStandard2004.mappedStatements.find((entry) => entry.id === id);
        expect(statement, `${indicator.id} → ${id}`).toBeDefined();
        const standardIndicator = iipStandard2004.indicators.find((entry) => entry.number === statement?.indicator);
        expect(standardIndicator).toBeDefined();
        if (!id.startsWith('indicator-')) {
          const [number = '', requirement = ''] = id.split('.');
          expect(Number(number)).toBe(statement?.indicator);
          expect(Number(requirement)).toBeLessThanOrEqual(standardIndicator?.evidenceRequirements ?? 0);
        }
      }
    }
  });

  it('resolves every wider framework link, uses every statement, and lists none twice per indicator', () => {
    const ids = widerFrameworkStatements.map((statement) => statement.id);
    expect(new Set(ids).size).toBe(ids.length);
    const used = new Set<string>();
    for (const indicator of lmModel.indicators) {
      expect(new Set(indicator.widerFramework).size).toBe(indicator.widerFramework.length);
      for (const id of indicator.widerFramework) {
        expect(ids).toContain(id);
        used.add(id);
      }
    }
    expect([...used].sort()).toEqual([...ids].sort());
  });

  it('marks the statements in the unlabelled row after LM9 unverified', () => {
    expect(widerFrameworkStatements.filter((statement) => !statement.verified).map((statement) => statement.id)).toEqual([
      'WF30',
      'WF31',
      'WF32',
      'WF33',
    ]);
  });
});

describe('iipStandard2004', () => {
  it('has 10 indicators in Plan, Do and Review with 39 evidence requirements', () => {
    expect(iipStandard2004.indicators).toHaveLength(10);
    expect(iipStandard2004.totalEvidenceRequirements).toBe(39);
    expect(iipStandard2004.indicators.reduce((total, indicator) => total + indicator.evidenceRequirements, 0)).toBe(39);
    expect(iipStandard2004.stages.flatMap((stage) => stage.indicators)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    for (const indicator of iipStandard2004.indicators) {
      const stage = iipStandard2004.stages.find((entry) => entry.id === indicator.stage);
      expect(stage?.indicators).toContain(indicator.number);
    }
  });

  it('confirms only indicator 1’s count (6); the rest are unverified', () => {
    expect(iipStandard2004.indicators[0]).toMatchObject({ number: 1, evidenceRequirements: 6, verified: true });
    expect(iipStandard2004.indicators.slice(1).every((indicator) => !indicator.verified)).toBe(true);
  });

  it('is frozen and JSON-safe', () => {
    expect(isDeeplyFrozen(iipStandard2004)).toBe(true);
    expect(roundTrip(iipStandard2004)).toEqual(iipStandard2004);
  });
});

describe('iipFramework2015', () => {
  it('has three headings of three indicators, four levels and four grades', () => {
    expect(iipFramework2015.headings.map((heading) => heading.name)).toEqual(['Leading', 'Supporting', 'Improving']);
    expect(iipFramework2015.indicators).toHaveLength(9);
    for (const indicator of iipFramework2015.indicators) {
      const heading = iipFramework2015.headings.find((entry) => entry.id === indicator.heading);
      expect(heading?.indicators).toContain(indicator.number);
    }
    expect(iipFramework2015.levels.map((level) => level.name)).toEqual(['Developed', 'Established', 'Advanced', 'High performing']);
    expect(iipFramework2015.grades.map((grade) => grade.name)).toEqual(['Accredited', 'Silver', 'Gold', 'Platinum']);
  });

  it('marks indicators 7–9 unverified', () => {
    expect(iipFramework2015.indicators.filter((indicator) => !indicator.verified).map((indicator) => indicator.number)).toEqual([7, 8, 9]);
  });

  it('is frozen', () => {
    expect(isDeeplyFrozen(iipFramework2015)).toBe(true);
  });
});

describe('lookups', () => {
  it('finds indicators and requirements by id', () => {
    expect(getLmIndicator('LM4').name).toBe('Development is planned');
    expect(getLmRequirement('LM9.1')).toMatchObject({ id: 'LM9.1', indicatorId: 'LM9' });
    expect(Object.isFrozen(getLmRequirement('LM9.1'))).toBe(true);
    expect(listLmRequirements()[22]).toMatchObject({ id: 'LM9.1', indicatorId: 'LM9' });
    expect(isDeeplyFrozen(listLmRequirements())).toBe(true);
  });

  it('rejects unknown ids from untyped input with an LmdInputError naming the value', () => {
    const error = thrownBy(() => getLmIndicator('lm1' as LmIndicatorId)) as LmdInputError;
    expect(error).toBeInstanceOf(LmdInputError);
    expect(error.message).toContain('"lm1"');
    expect(() => getLmRequirement('LM3.5' as LmRequirementId)).toThrow(LmdInputError);
    expect(() => getLmRequirement(undefined as unknown as LmRequirementId)).toThrow(LmdInputError);
  });
});

describe('withWording', () => {
  it('attaches licensed wording by id without changing lmModel', () => {
    const model = withWording({ LM1: 'Indicator text', 'LM1.2': 'Requirement text' });
    expect(model.indicators[0]?.wording).toBe('Indicator text');
    expect(model.indicators[0]?.requirements[1]?.wording).toBe('Requirement text');
    expect('wording' in (model.indicators[1] ?? {})).toBe(false);
    expect('wording' in lmModel.indicators[0]).toBe(false);
    expect(isDeeplyFrozen(model)).toBe(true);
    expect(model.indicators[0]?.requirements[0]?.statement).toBe(lmModel.indicators[0].requirements[0].statement);
  });

  it('rejects unknown ids and empty text, naming the key', () => {
    const error = thrownBy(() => withWording({ 'LM1.4': 'x' } as never)) as LmdInputError;
    expect(error).toBeInstanceOf(LmdInputError);
    expect(error.issues[0]?.path).toContain('LM1.4');
    expect(() => withWording({ LM2: '   ' })).toThrow(LmdInputError);
  });
});

// Own words: no text lmdkit ships may repeat ten or more consecutive words of the seeds (the
// copyrighted IIP model and report). Runs where the seeds are beside the repository, as in CI.
describe.runIf(seedsAvailable)('paraphrase guard', () => {
  it('ships no run of ten words copied from the seeds', () => {
    const copied = copiedRuns({
      lmModel,
      widerFrameworkStatements,
      iipStandard2004,
      consultation2010,
      'lmThemeCoverage()': lmThemeCoverage(),
    });
    expect(copied).toEqual([]);
  });
});
