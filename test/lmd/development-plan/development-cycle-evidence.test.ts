// developmentCycleEvidence: a cycle's facts become L&M evidence items assessLmModel accepts, for
// LM6.1, LM7.2, LM7.3, LM8.1 and LM9.1, never claiming more than the facts show.
import { describe, expect, it } from 'vitest';
import { assessLmModel, developmentCycleEvidence, lmEvidenceItemSchema, LmdInputError, type DevelopmentCycleFacts } from '../../../src/index.js';
import { thrownBy } from '../../helpers/json-safety.js';

const full: DevelopmentCycleFacts = {
  leaders: 20,
  receivedFeedback: 20,
  coached: 18,
  goalsSet: 18,
  followUpDone: 17,
  regular: true,
  instrumentMatchesRequirements: true,
  evaluation: { reRated: 18, improvedReliably: 15, declinedReliably: 1 },
  improvements: ['Coaching arranged before feedback for everyone who rates themselves far above others'],
};

function supports(facts: DevelopmentCycleFacts): Record<string, string> {
  return Object.fromEntries(developmentCycleEvidence(facts).evidence.map((item) => [item.requirementId, item.supports]));
}

describe('developmentCycleEvidence', () => {
  it('gives items assessLmModel accepts, each noting its requirement', () => {
    const { evidence, notClaimed } = developmentCycleEvidence(full);
    expect(notClaimed).toEqual([]);
    for (const item of evidence) {
      expect(lmEvidenceItemSchema.safeParse(item).success).toBe(true);
      expect(item.note?.startsWith(`${item.requirementId} (`)).toBe(true);
    }
    const assessment = assessLmModel(evidence);
    expect(assessment.counts.evidenceItems).toBe(5);
    // LM6.1 needs only leaders and managers: met by the records of a full, coached, regular cycle.
    expect(assessment.indicators[5]?.requirements[0]?.status).toBe('met');
  });

  it('claims LM6.1 fully only for a regular, coached cycle on the organisation’s requirements reaching most leaders', () => {
    expect(supports(full)['LM6.1']).toBe('yes');
    expect(supports({ ...full, regular: false })['LM6.1']).toBe('partly');
    expect(supports({ ...full, instrumentMatchesRequirements: false })['LM6.1']).toBe('partly');
    expect(supports({ ...full, coached: 10 })['LM6.1']).toBe('partly');
    // 15 of 20 is 75 %, below the default 80 %; a 70 % rule accepts it.
    expect(supports({ ...full, receivedFeedback: 15, coached: 15, goalsSet: 15, followUpDone: 15, evaluation: undefined })['LM6.1']).toBe('partly');
    expect(
      developmentCycleEvidence({ ...full, receivedFeedback: 15, coached: 15, goalsSet: 15, followUpDone: 15, evaluation: undefined }, { minimumShare: 0.7 }).evidence[0]?.supports,
    ).toBe('yes');
  });

  it('never claims coached development without coaching (LM7.3), nor development without goals (LM7.2)', () => {
    const uncoached = developmentCycleEvidence({ ...full, coached: 0 });
    expect(uncoached.evidence.map((item) => item.requirementId)).not.toContain('LM7.3');
    expect(uncoached.notClaimed).toEqual([{ requirementId: 'LM7.3', reason: 'No one was coached on their feedback, so nothing in the facts shows development shaped to each person’s needs.' }]);
    expect(JSON.stringify(uncoached.evidence)).not.toMatch(/coached on their own feedback/);
    const noGoals = developmentCycleEvidence({ ...full, goalsSet: 0 });
    expect(noGoals.evidence.map((item) => item.requirementId)).not.toContain('LM7.2');
    expect(noGoals.notClaimed.map((entry) => entry.requirementId)).toEqual(['LM7.2']);
  });

  it('never gives more than partial support where the requirement asks for leaders’ own account (LM7.2, LM7.3)', () => {
    expect(supports(full)['LM7.2']).toBe('partly');
    expect(supports(full)['LM7.3']).toBe('partly');
  });

  it('reads the re-rating for LM8.1: yes, partly, contrary, or nothing either way', () => {
    expect(supports(full)['LM8.1']).toBe('yes');
    expect(supports({ ...full, evaluation: { reRated: 18, improvedReliably: 5, declinedReliably: 1 } })['LM8.1']).toBe('partly');
    expect(supports({ ...full, evaluation: { reRated: 18, improvedReliably: 1, declinedReliably: 4 } })['LM8.1']).toBe('no');
    const even = developmentCycleEvidence({ ...full, evaluation: { reRated: 18, improvedReliably: 0, declinedReliably: 0 } });
    expect(even.evidence.map((item) => item.requirementId)).not.toContain('LM8.1');
    expect(even.notClaimed.map((entry) => entry.requirementId)).toEqual(['LM8.1']);
    const notYet = developmentCycleEvidence({ ...full, evaluation: undefined });
    expect(notYet.notClaimed.map((entry) => entry.requirementId)).toEqual(['LM8.1']);
    // Improvements without an evaluation behind them are only partial evidence for LM9.1.
    expect(notYet.evidence.find((item) => item.requirementId === 'LM9.1')?.supports).toBe('partly');
  });

  it('claims nothing from a cycle where no one received feedback', () => {
    const none = developmentCycleEvidence({ leaders: 12, receivedFeedback: 0, coached: 0, goalsSet: 0, followUpDone: 0 });
    expect(none.evidence).toEqual([]);
    expect(none.notClaimed.map((entry) => entry.requirementId)).toEqual(['LM6.1', 'LM7.2', 'LM7.3', 'LM8.1', 'LM9.1']);
    expect(assessLmModel(none.evidence).counts.requirements.notAssessed).toBe(23);
  });

  it('refuses counts that cannot be true, naming them', () => {
    const keys = (facts: unknown): readonly (readonly (string | number)[])[] => (thrownBy(() => developmentCycleEvidence(facts as DevelopmentCycleFacts)) as LmdInputError).issues.map((issue) => issue.keys);
    expect(keys({ ...full, receivedFeedback: 21 })).toEqual([['facts', 'receivedFeedback']]);
    expect(keys({ ...full, coached: 19, receivedFeedback: 18 })).toEqual([['facts', 'coached']]);
    expect(keys({ ...full, evaluation: { reRated: 18, improvedReliably: 15, declinedReliably: 4 } })).toEqual([['facts', 'evaluation', 'improvedReliably']]);
    expect(keys({ ...full, leaders: 2.5 })[0]).toEqual(['facts', 'leaders']);
    expect(thrownBy(() => developmentCycleEvidence(full, { minimumShare: 0 }))).toBeInstanceOf(LmdInputError);
  });
});
