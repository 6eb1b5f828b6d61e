import { describe, expect, it } from 'vitest';
import {
  assessLmModel,
  lmModel,
  LmdInputError,
  type LmAssessment,
  type LmAudience,
  type LmEvidenceItem,
  type LmRequirementId,
} from '../../src/index.js';
import { frozen, roundTrip, thrownBy, unsafeJsonPaths } from '../helpers/json-safety.js';

type Support = LmEvidenceItem['supports'];

const item = (
  requirementId: LmRequirementId,
  audience: LmAudience,
  supports: Support = 'yes',
  source: LmEvidenceItem['source'] = 'interview',
): LmEvidenceItem => ({ requirementId, audience, source, supports });

/** A supporting interview and a supporting document from every audience every requirement needs. */
const fullSupport = (): LmEvidenceItem[] =>
  lmModel.indicators.flatMap((indicator) =>
    indicator.requirements.flatMap((requirement) =>
      requirement.evidenceFrom.flatMap((audience) => [item(requirement.id, audience), item(requirement.id, audience, 'yes', 'document')]),
    ),
  );

/** What the default sufficiency rule says would settle a requirement for some audiences. */
const settle = (who: string): string =>
  `accounts from at least 2 people among ${who}, or 2 kinds of source (for example an interview backed by a document, survey or observation)`;

const requirementOf = (result: LmAssessment, id: LmRequirementId) => {
  const found = result.indicators.flatMap((indicator) => indicator.requirements).find((requirement) => requirement.id === id);
  if (found === undefined) throw new Error(`no ${id} in result`);
  return found;
};
const codesFor = (result: LmAssessment, id: LmRequirementId): string[] =>
  result.findings.filter((finding) => finding.requirementId === id).map((finding) => finding.code);

describe('assessLmModel: with no evidence', () => {
  const result = assessLmModel([]);

  it('assesses nothing and does not meet the model', () => {
    expect(result.meetsModel).toBe(false);
    expect(result.counts.indicators).toEqual({ met: 0, partlyMet: 0, notMet: 0, notAssessed: 9, total: 9 });
    expect(result.counts.requirements).toEqual({ met: 0, partlyMet: 0, notMet: 0, notAssessed: 23, total: 23 });
    expect(result.counts.evidenceItems).toBe(0);
  });

  it('flags every requirement as never assessed, naming its audiences', () => {
    const notAssessed = result.findings.filter((finding) => finding.code === 'LM_REQUIREMENT_NOT_ASSESSED');
    expect(notAssessed).toHaveLength(23);
    expect(notAssessed.every((finding) => finding.severity === 'warning')).toBe(true);
    expect(notAssessed.find((finding) => finding.requirementId === 'LM4.2')?.message).toBe(
      'No evidence was recorded for LM4.2 from leaders and managers and potential leaders and managers, so it cannot be judged.',
    );
    expect(result.findings).toHaveLength(23);
  });

  it('asks for evidence from each missing audience', () => {
    expect(result.nextActions).toHaveLength(23);
    expect(result.nextActions.every((action) => action.kind === 'gather-evidence')).toBe(true);
    expect(result.nextActions[0]).toEqual({
      kind: 'gather-evidence',
      indicatorId: 'LM1',
      requirementIds: ['LM1.1'],
      audiences: ['top-managers'],
      action: `Gather evidence for LM1.1 (“${lmModel.indicators[0]?.requirements[0]?.statement}”) from top managers: ${settle('top managers')}.`,
    });
  });

  it('echoes the default rule', () => {
    expect(result.rule).toEqual({
      audienceRule: 'all',
      partlyWeight: 0.5,
      minimumSupporting: 1,
      contraryTolerance: 1,
      sufficiency: { minimumPeople: 2, minimumSources: 2, combine: 'either', countsTowardsStatus: false },
    });
  });
});

describe('assessLmModel: the whole model', () => {
  it('is met when every required audience supports every requirement', () => {
    const result = assessLmModel(fullSupport());
    expect(result.meetsModel).toBe(true);
    expect(result.counts.indicators.met).toBe(9);
    expect(result.counts.requirements.met).toBe(23);
    expect(result.findings).toEqual([]);
    expect(result.nextActions).toEqual([]);
  });

  it('is not met when a single requirement lacks evidence, and only that indicator falls', () => {
    const evidence = fullSupport().filter((entry) => entry.requirementId !== 'LM9.1');
    const result = assessLmModel(evidence);
    expect(result.meetsModel).toBe(false);
    expect(result.counts.indicators).toEqual({ met: 8, partlyMet: 0, notMet: 0, notAssessed: 1, total: 9 });
    expect(result.indicators[8]?.status).toBe('not-assessed');
  });

  it('meets an indicator only when all its requirements are met', () => {
    const evidence = [item('LM1.1', 'top-managers'), item('LM1.2', 'top-managers')];
    const result = assessLmModel(evidence);
    expect(result.indicators[0]?.status).toBe('partly-met');
    expect(requirementOf(result, 'LM1.3').status).toBe('not-assessed');
  });

  it('calls an indicator not met when its assessed requirements are all not met', () => {
    const result = assessLmModel([item('LM2.1', 'top-managers', 'no')]);
    expect(result.indicators[1]?.status).toBe('not-met');
  });
});

describe('assessLmModel: audience rules', () => {
  it('needs evidence from the audience the requirement names (LM2.2: leaders and managers)', () => {
    const result = assessLmModel([item('LM2.2', 'top-managers')]);
    const requirement = requirementOf(result, 'LM2.2');
    expect(requirement.status).toBe('not-assessed');
    expect(requirement.supplementaryAudiences).toEqual(['top-managers']);
    expect(codesFor(result, 'LM2.2')).toEqual(['LM_REQUIREMENT_NOT_ASSESSED', 'LM_UNREQUIRED_AUDIENCE']);
  });

  it('needs every audience a requirement names (LM7.1: current and potential leaders and managers)', () => {
    const result = assessLmModel([item('LM7.1', 'leaders-and-managers')]);
    const requirement = requirementOf(result, 'LM7.1');
    expect(requirement.status).toBe('partly-met');
    expect(requirement.audiencesCovered).toEqual(['leaders-and-managers']);
    expect(requirement.audiencesMissing).toEqual(['potential-leaders-and-managers']);
    const missing = result.findings.find((finding) => finding.code === 'LM_AUDIENCE_MISSING');
    expect(missing).toMatchObject({ requirementId: 'LM7.1', audience: 'potential-leaders-and-managers', severity: 'warning' });
    expect(result.nextActions.find((action) => action.requirementIds.includes('LM7.1'))).toEqual({
      kind: 'gather-evidence',
      indicatorId: 'LM7',
      requirementIds: ['LM7.1'],
      audiences: ['potential-leaders-and-managers'],
      action: `Gather evidence for LM7.1 (“${lmModel.indicators[6]?.requirements[0]?.statement}”) from potential leaders and managers: ${settle('potential leaders and managers')}.`,
    });
  });

  it('accepts one met audience under the lenient "any" rule', () => {
    const result = assessLmModel([item('LM7.1', 'leaders-and-managers')], { audienceRule: 'any' });
    expect(requirementOf(result, 'LM7.1').status).toBe('met');
    expect(result.rule.audienceRule).toBe('any');
  });

  it('takes top managers’ evidence for LM1 requirements', () => {
    const result = assessLmModel([item('LM1.1', 'top-managers'), item('LM1.2', 'top-managers'), item('LM1.3', 'top-managers')]);
    expect(result.indicators[0]?.status).toBe('met');
  });
});

describe('assessLmModel: contrary and partial evidence', () => {
  it('is met when contrary evidence does not outweigh support (1 yes, 1 no), with a warning', () => {
    const result = assessLmModel([item('LM2.1', 'top-managers'), item('LM2.1', 'top-managers', 'no')]);
    expect(requirementOf(result, 'LM2.1').status).toBe('met');
    const finding = result.findings.find((entry) => entry.code === 'LM_CONTRARY_EVIDENCE');
    expect(finding).toMatchObject({ severity: 'warning', requirementId: 'LM2.1', audience: 'top-managers' });
  });

  it('is not met when contrary evidence outweighs support (1 yes, 2 no), as a risk', () => {
    const result = assessLmModel([
      item('LM2.1', 'top-managers'),
      item('LM2.1', 'top-managers', 'no'),
      item('LM2.1', 'top-managers', 'no', 'survey'),
    ]);
    const requirement = requirementOf(result, 'LM2.1');
    expect(requirement.status).toBe('not-met');
    expect(requirement.audiences[0]).toEqual({
      audience: 'top-managers',
      status: 'not-met',
      supporting: 1,
      partlySupporting: 0,
      contrary: 2,
      support: 1,
      sources: ['interview', 'survey'],
      people: 1,
      supportingSources: ['interview'],
      sufficient: false,
    });
    expect(result.findings.find((entry) => entry.code === 'LM_CONTRARY_OUTWEIGHS')?.severity).toBe('risk');
  });

  it('suggests strengthening practice, with the indicator’s guidance, where evidence falls short', () => {
    const result = assessLmModel([item('LM2.1', 'top-managers', 'no')]);
    const action = result.nextActions.find((entry) => entry.kind === 'strengthen-practice');
    expect(action).toEqual({
      kind: 'strengthen-practice',
      indicatorId: 'LM2',
      requirementIds: ['LM2.1'],
      action: expect.stringContaining('LM2.1') as unknown as string,
      guidance: lmModel.indicators[1].toMeet,
    });
  });

  it('is not met with only contrary evidence', () => {
    expect(requirementOf(assessLmModel([item('LM8.3', 'top-managers', 'no')]), 'LM8.3').status).toBe('not-met');
  });

  it('is partly met with only partly supporting evidence, with advice', () => {
    const result = assessLmModel([item('LM8.3', 'top-managers', 'partly'), item('LM8.3', 'top-managers', 'partly')]);
    expect(requirementOf(result, 'LM8.3').status).toBe('partly-met');
    expect(codesFor(result, 'LM8.3')).toEqual(['LM_INSUFFICIENT_SUPPORT']);
  });

  it('is not met when contrary evidence outweighs partial support (1 partly = 0.5 < 1 no)', () => {
    const result = assessLmModel([item('LM8.3', 'top-managers', 'partly'), item('LM8.3', 'top-managers', 'no')]);
    expect(requirementOf(result, 'LM8.3').status).toBe('not-met');
  });

  it('counts partly supporting items at partlyWeight', () => {
    const evidence = [
      item('LM8.3', 'top-managers'),
      item('LM8.3', 'top-managers', 'partly'),
      item('LM8.3', 'top-managers', 'partly'),
      item('LM8.3', 'top-managers', 'no'),
      item('LM8.3', 'top-managers', 'no'),
    ];
    // default weight 0.5: support = 1 + 0.5 × 2 = 2, contrary 2 does not outweigh it
    expect(requirementOf(assessLmModel(evidence), 'LM8.3').status).toBe('met');
    // weight 0: support = 1, contrary 2 outweighs it
    expect(requirementOf(assessLmModel(evidence, { partlyWeight: 0 }), 'LM8.3').status).toBe('not-met');
  });

  it('allows no contrary evidence at all with contraryTolerance 0', () => {
    const evidence = [item('LM2.1', 'top-managers'), item('LM2.1', 'top-managers'), item('LM2.1', 'top-managers', 'no')];
    expect(requirementOf(assessLmModel(evidence), 'LM2.1').status).toBe('met');
    expect(requirementOf(assessLmModel(evidence, { contraryTolerance: 0 }), 'LM2.1').status).toBe('partly-met');
  });

  it('asks for minimumSupporting fully supporting items', () => {
    const result = assessLmModel([item('LM2.1', 'top-managers')], { minimumSupporting: 2 });
    expect(requirementOf(result, 'LM2.1').status).toBe('partly-met');
    expect(result.findings.find((entry) => entry.code === 'LM_INSUFFICIENT_SUPPORT')?.message).toBe(
      'For LM2.1, top managers gave 1 fully supporting item; the rule asks for at least 2.',
    );
  });
});

describe('assessLmModel: bad input', () => {
  it('rejects an unknown requirement, naming the path and value', () => {
    const error = thrownBy(() =>
      assessLmModel([item('LM1.1', 'top-managers'), { ...item('LM1.1', 'top-managers'), requirementId: 'LM1.4' as LmRequirementId }]),
    ) as LmdInputError;
    expect(error).toBeInstanceOf(LmdInputError);
    expect(error.issues[0]?.path).toBe('evidence[1].requirementId');
    expect(error.message).toContain('"LM1.4"');
  });

  it('rejects an audience outside the vocabulary', () => {
    const error = thrownBy(() => assessLmModel([item('LM1.1', 'board' as LmAudience)])) as LmdInputError;
    expect(error.issues[0]?.path).toBe('evidence[0].audience');
  });

  it('rejects an unknown source or support value, and a missing field', () => {
    expect(() => assessLmModel([{ ...item('LM1.1', 'top-managers'), source: 'rumour' as 'survey' }])).toThrow(LmdInputError);
    expect(() => assessLmModel([{ ...item('LM1.1', 'top-managers'), supports: 'maybe' as Support }])).toThrow(LmdInputError);
    const { audience: _omitted, ...noAudience } = item('LM1.1', 'top-managers');
    expect(() => assessLmModel([noAudience as LmEvidenceItem])).toThrow(/evidence\[0\]\.audience/);
  });

  it('rejects evidence that is not an array', () => {
    expect(() => assessLmModel({} as unknown as LmEvidenceItem[])).toThrow(LmdInputError);
  });

  it('rejects out-of-range and misspelt options', () => {
    expect(() => assessLmModel([], { partlyWeight: 2 })).toThrow(/options\.partlyWeight/);
    expect(() => assessLmModel([], { minimumSupporting: 0 })).toThrow(LmdInputError);
    expect(() => assessLmModel([], { contraryTolerance: Number.NaN })).toThrow(LmdInputError);
    expect(() => assessLmModel([], { partlyWieght: 1 } as never)).toThrow(/options\.partlyWieght/);
  });
});

describe('assessLmModel: purity and output', () => {
  const evidence = frozen([
    item('LM2.1', 'top-managers'),
    { ...item('LM2.2', 'leaders-and-managers', 'partly', 'survey'), note: 'Half the managers named a top manager as an example.' },
    item('LM7.1', 'people', 'no'),
  ]);

  it('does not mutate its (deeply frozen) input', () => {
    const before = JSON.stringify(evidence);
    assessLmModel(evidence, frozen({ partlyWeight: 0.25 }));
    expect(JSON.stringify(evidence)).toBe(before);
  });

  it('gives byte-identical output for the same input', () => {
    expect(JSON.stringify(assessLmModel(evidence))).toBe(JSON.stringify(assessLmModel(evidence)));
  });

  it('returns plain JSON with no NaN or undefined', () => {
    const result = assessLmModel(evidence);
    expect(unsafeJsonPaths(result)).toEqual([]);
    expect(roundTrip(result)).toEqual(result);
  });

  it('ignores keys it does not know on evidence records', () => {
    const result = assessLmModel([{ ...item('LM2.1', 'top-managers'), id: 'E-17' } as LmEvidenceItem]);
    expect(requirementOf(result, 'LM2.1').status).toBe('met');
  });
});
