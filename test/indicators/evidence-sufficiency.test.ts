// Issue 20, from the assessor's side: an IIP requirement is not "met" on one person's word.
// Assessors rest a judgement on what a sample of people say, cross-checked between sources
// (interviews, documents, surveys, observation) and between audiences; one interview is a lead.
// lmdkit's sufficiency rule (two people or two kinds of source per audience, by default) is its
// own reading of that practice and is echoed with `verified: false`.
import { describe, expect, it } from 'vitest';
import {
  assessLmModel,
  lmAssessmentFindings,
  lmEvidencePeopleOf,
  lmModel,
  LmdInputError,
  type LmAssessment,
  type LmAudience,
  type LmEvidenceItem,
  type LmRequirementId,
} from '../../src/index.js';

const interview = (requirementId: LmRequirementId, audience: LmAudience, person?: string): LmEvidenceItem => ({
  requirementId,
  audience,
  source: 'interview',
  supports: 'yes',
  ...(person === undefined ? {} : { person }),
});

/** Every audience of every requirement, one supporting item each, made by `make`. */
const everyAudience = (make: (requirementId: LmRequirementId, audience: LmAudience) => LmEvidenceItem[]): LmEvidenceItem[] =>
  lmModel.indicators.flatMap((indicator) => indicator.requirements.flatMap((requirement) => requirement.evidenceFrom.flatMap((audience) => make(requirement.id, audience))));

const requirementOf = (result: LmAssessment, id: LmRequirementId) => {
  const found = result.indicators.flatMap((indicator) => indicator.requirements).find((requirement) => requirement.id === id);
  if (found === undefined) throw new Error(`no ${id}`);
  return found;
};

describe('evidence sufficiency (assessLmModel)', () => {
  it('flags a requirement met on one interview with one person, and says what it rests on', () => {
    const result = assessLmModel([interview('LM2.1', 'top-managers', 'd1')]);
    const requirement = requirementOf(result, 'LM2.1');
    expect(requirement.status).toBe('met');
    expect(requirement.sufficient).toBe(false);
    expect(requirement.restsOn).toEqual({ people: 1, sources: ['interview'], audiences: ['top-managers'] });
    expect(requirement.statement).toBe('Top managers themselves learn and develop.');
    const thin = result.findings.filter((finding) => finding.code === 'LM_MET_ON_THIN_EVIDENCE');
    expect(thin).toHaveLength(1);
    expect(thin[0]).toMatchObject({ requirementId: 'LM2.1', audience: 'top-managers', severity: lmAssessmentFindings.LM_MET_ON_THIN_EVIDENCE.severity });
    expect(thin[0]?.message).toBe(
      'For LM2.1, the support from top managers rests on 1 person and 1 kind of source (interview); the sufficiency rule asks for at least 2 people or 2 kinds of source, so treat it as a lead to corroborate.',
    );
    // The next action names the requirement in the project's words and what would settle it.
    const action = result.nextActions.find((entry) => entry.kind === 'corroborate-evidence');
    expect(action).toMatchObject({ indicatorId: 'LM2', requirementIds: ['LM2.1'], audiences: ['top-managers'] });
    expect(action?.action).toBe(
      'Corroborate LM2.1 (“Top managers themselves learn and develop.”): the support from top managers rests on 1 person and 1 kind of source (interview); ' +
        'seek accounts from at least 2 people among top managers, or 2 kinds of source (for example an interview backed by a document, survey or observation).',
    );
  });

  it('does not flag the same requirement with the evidence from two people, or from two kinds of source', () => {
    for (const evidence of [
      [interview('LM2.1', 'top-managers', 'd1'), interview('LM2.1', 'top-managers', 'd2')],
      [interview('LM2.1', 'top-managers', 'd1'), { ...interview('LM2.1', 'top-managers'), source: 'document' as const }],
    ]) {
      const result = assessLmModel(evidence);
      expect(requirementOf(result, 'LM2.1').sufficient).toBe(true);
      expect(result.findings.map((finding) => finding.code)).not.toContain('LM_MET_ON_THIN_EVIDENCE');
      expect(result.nextActions.filter((entry) => entry.kind === 'corroborate-evidence')).toEqual([]);
    }
  });

  it('counts one person once however many interviews they gave, and a survey by its respondents', () => {
    const twice = assessLmModel([interview('LM2.1', 'top-managers', 'd1'), interview('LM2.1', 'top-managers', ' d1 ')]);
    expect(requirementOf(twice, 'LM2.1').restsOn.people).toBe(1);
    expect(requirementOf(twice, 'LM2.1').sufficient).toBe(false);
    const survey = assessLmModel([{ requirementId: 'LM2.2', audience: 'leaders-and-managers', source: 'survey', supports: 'yes', people: 14 }]);
    expect(requirementOf(survey, 'LM2.2')).toMatchObject({ sufficient: true, restsOn: { people: 14, sources: ['survey'] } });
    expect(
      lmEvidencePeopleOf([
        { requirementId: 'LM2.1', audience: 'top-managers', source: 'document', supports: 'yes' },
        { requirementId: 'LM2.1', audience: 'top-managers', source: 'observation', supports: 'yes' },
      ]),
    ).toBe(1);
    expect(() => lmEvidencePeopleOf([{ requirementId: 'LM2.1', audience: 'top-managers', source: 'interview', supports: 'yes', people: 0 }])).toThrow(LmdInputError);
  });

  it('the issue’s case: one "yes" interview per audience per requirement meets the model only with a warning on every requirement', () => {
    const thin = assessLmModel(everyAudience((requirementId, audience) => [interview(requirementId, audience)]));
    expect(thin.counts.evidenceItems).toBe(31);
    expect(thin.meetsModel).toBe(true);
    const flagged = new Set(thin.findings.filter((finding) => finding.code === 'LM_MET_ON_THIN_EVIDENCE').map((finding) => finding.requirementId));
    expect(flagged.size).toBe(23);
    expect(thin.nextActions.filter((entry) => entry.kind === 'corroborate-evidence')).toHaveLength(23);
    // Counted towards the status, the same evidence meets nothing: every requirement is partly met.
    const strict = assessLmModel(everyAudience((requirementId, audience) => [interview(requirementId, audience)]), { sufficiency: { countsTowardsStatus: true } });
    expect(strict.meetsModel).toBe(false);
    expect(strict.counts.requirements).toEqual({ met: 0, partlyMet: 23, notMet: 0, notAssessed: 0, total: 23 });
    // Two named people per audience settle every requirement.
    const sampled = assessLmModel(everyAudience((requirementId, audience) => [interview(requirementId, audience, `${audience}-1`), interview(requirementId, audience, `${audience}-2`)]));
    expect(sampled.meetsModel).toBe(true);
    expect(sampled.findings).toEqual([]);
    expect(sampled.nextActions).toEqual([]);
  });

  it('weighs contrary evidence as before: support from two people outweighed by contrary items is not met', () => {
    const result = assessLmModel([
      interview('LM2.1', 'top-managers', 'd1'),
      { ...interview('LM2.1', 'top-managers', 'd2'), supports: 'no' },
      { ...interview('LM2.1', 'top-managers', 'd3'), supports: 'no', source: 'survey' },
    ]);
    expect(requirementOf(result, 'LM2.1').status).toBe('not-met');
    // People and sources are counted over the supporting items only.
    expect(requirementOf(result, 'LM2.1').restsOn).toEqual({ people: 1, sources: ['interview'], audiences: ['top-managers'] });
    expect(result.findings.map((finding) => finding.code)).not.toContain('LM_MET_ON_THIN_EVIDENCE');
  });

  it('is configurable, echoes the rule with verified: false, and asks for both when told to', () => {
    const both = assessLmModel([interview('LM2.1', 'top-managers', 'd1'), interview('LM2.1', 'top-managers', 'd2')], { sufficiency: { combine: 'both' } });
    expect(requirementOf(both, 'LM2.1').sufficient).toBe(false);
    expect(both.sufficiency).toMatchObject({ minimumPeople: 2, minimumSources: 2, combine: 'both', countsTowardsStatus: false, verified: false });
    expect(both.sufficiency.note).toMatch(/lmdkit’s reading/);
    const lenient = assessLmModel([interview('LM2.1', 'top-managers', 'd1')], { sufficiency: { minimumPeople: 1 } });
    expect(requirementOf(lenient, 'LM2.1').sufficient).toBe(true);
    expect(() => assessLmModel([], { sufficiency: { minimumSources: 5 } })).toThrow(LmdInputError);
  });

  it('next actions for unmet requirements name the statement and the evidence that would settle it', () => {
    const result = assessLmModel([{ ...interview('LM1.3', 'top-managers'), supports: 'partly' }]);
    const strengthen = result.nextActions.find((entry) => entry.kind === 'strengthen-practice');
    expect(strengthen?.action).toContain('LM1.3 (“Top managers take an active part in defining the organisation’s approach to effective leadership and management.”)');
    const gather = result.nextActions.find((entry) => entry.kind === 'gather-evidence' && entry.requirementIds[0] === 'LM1.1');
    expect(gather?.action).toContain('accounts from at least 2 people among top managers');
  });
});
