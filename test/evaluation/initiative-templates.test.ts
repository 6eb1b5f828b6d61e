// initiativeTemplates: the two initiatives of the 7OS02 seed (../shared/seeds/001_…txt, AC 2.3),
// peer learning circles and on-the-job coaching by middle and line managers. Rule tests quote the
// seed in their names.
import { describe, expect, it } from 'vitest';
import {
  checkInitiativeDesign,
  evidenceStrengths,
  findingSeverities,
  getInitiativeTemplate,
  getIntervention,
  initiativeTemplateIds,
  initiativeTemplates,
  interventionIds,
  LmdInputError,
  recommendMeasures,
  references,
  type InitiativeTemplateId,
} from '../../src/index.js';
import { copiedRuns, seedsAvailable } from '../helpers/copied-runs.js';
import { isDeeplyFrozen, roundTrip, thrownBy, unsafeJsonPaths } from '../helpers/json-safety.js';

const resolves = (id: string): boolean => Object.hasOwn(references, id);
const kebab = /^[a-z0-9]+(-[a-z0-9]+)*$/;

describe('initiativeTemplates: the catalogue', () => {
  it('has unique kebab-case ids equal to initiativeTemplateIds, in order', () => {
    const ids = initiativeTemplates.map((template) => template.id);
    expect(ids).toEqual([...initiativeTemplateIds]);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(kebab);
  });

  it('has unique kebab-case condition and risk ids within each template', () => {
    for (const template of initiativeTemplates) {
      const conditionIds = template.conditions.map((condition) => condition.id);
      const riskIds = template.risks.map((risk) => risk.id);
      expect(new Set(conditionIds).size).toBe(conditionIds.length);
      expect(new Set(riskIds).size).toBe(riskIds.length);
      for (const id of [...conditionIds, ...riskIds]) expect(id).toMatch(kebab);
    }
  });

  it('links each template to a 7OS02 entry of the intervention catalogue with the same evidence grade', () => {
    expect(initiativeTemplates.map((template) => template.interventionId)).toEqual([
      'peer-learning-circle',
      'line-manager-coaching',
    ]);
    for (const template of initiativeTemplates) {
      expect(interventionIds).toContain(template.interventionId);
      const intervention = getIntervention(template.interventionId);
      expect(intervention.listedIn).toBe('7OS02');
      expect(template.evidence).toBe(intervention.evidence);
    }
  });

  it('grades the evidence, with a note, and names only works in the bibliography', () => {
    for (const template of initiativeTemplates) {
      expect(evidenceStrengths).toContain(template.evidence);
      expect(template.evidenceNote.length).toBeGreaterThan(40);
      expect(template.sources).toContain('cipd-7os02-seed');
      const ids = [
        ...template.sources,
        ...template.conditions.flatMap((condition) => condition.sources),
        ...template.risks.flatMap((risk) => risk.sources),
      ];
      for (const id of ids) expect(resolves(id), id).toBe(true);
    }
  });

  it('gives each condition a why, a severity and at least one source; each risk a mitigation and known guards', () => {
    for (const template of initiativeTemplates) {
      const conditionIds: string[] = template.conditions.map((condition) => condition.id);
      for (const condition of template.conditions) {
        expect(condition.why.length).toBeGreaterThan(40);
        expect(findingSeverities).toContain(condition.severityIfMissing);
        expect(condition.sources.length).toBeGreaterThan(0);
      }
      for (const risk of template.risks) {
        expect(risk.mitigation.length).toBeGreaterThan(20);
        for (const guard of risk.guardedBy) expect(conditionIds).toContain(guard);
      }
    }
  });

  it('"A staff coordinator (not necessarily HR) could volunteer to host" … "Rotating facilitators helps" … "open but safe" … "flexible enough to shift" … "small, recurring group discussions … (perhaps monthly)" … "given space in work hours" → the circles’ conditions', () => {
    const circles = getInitiativeTemplate('peer-learning-circles');
    expect(circles.conditions.map((condition) => [condition.id, condition.severityIfMissing])).toEqual([
      ['protected-time', 'risk'],
      ['voluntary-host', 'warning'],
      ['rotating-facilitation', 'warning'],
      ['psychological-safety', 'risk'],
      ['flexible-themes', 'advice'],
      ['small-group', 'warning'],
      ['regular-meetings', 'warning'],
      ['senior-backing', 'warning'],
    ]);
    expect(circles.conditions.find((condition) => condition.id === 'psychological-safety')?.sources).toContain('edmondson-1999');
  });

  it('"short, practice-based workshops" … "peer observation" … "without shifting priorities" … "framed as something that helps them too" → the coaching conditions', () => {
    const coaching = getInitiativeTemplate('on-the-job-coaching');
    expect(coaching.conditions.map((condition) => [condition.id, condition.severityIfMissing])).toEqual([
      ['short-sessions', 'advice'],
      ['practice-based', 'warning'],
      ['peer-observation', 'advice'],
      ['workload-relief', 'risk'],
      ['helpful-framing', 'warning'],
      ['senior-backing', 'warning'],
    ]);
  });

  it('"Not everyone is a talker" … "they’ll quietly fizzle out" / "out of their depth" … "a risk of burnout" → the risks', () => {
    expect(getInitiativeTemplate('peer-learning-circles').risks.map((risk) => risk.id)).toEqual([
      'not-everyone-learns-by-talking',
      'fizzles-without-backing',
      'confident-voices-dominate',
    ]);
    expect(getInitiativeTemplate('on-the-job-coaching').risks.map((risk) => risk.id)).toEqual([
      'managers-out-of-depth',
      'manager-burnout',
      'hard-to-measure',
    ]);
  });

  it('is frozen and JSON-safe', () => {
    expect(isDeeplyFrozen(initiativeTemplates)).toBe(true);
    expect(isDeeplyFrozen(initiativeTemplateIds)).toBe(true);
    expect(roundTrip(initiativeTemplates)).toEqual(initiativeTemplates);
    expect(unsafeJsonPaths(initiativeTemplates)).toEqual([]);
  });
});

describe('getInitiativeTemplate', () => {
  it('returns the frozen entry', () => {
    expect(getInitiativeTemplate('on-the-job-coaching')).toBe(initiativeTemplates[1]);
  });

  it.each(['away-day', 'peer-learning-circle', '', 'toString', 'constructor'])('rejects %j with LmdInputError', (id) => {
    const error = thrownBy(() => getInitiativeTemplate(id as InitiativeTemplateId));
    expect(error).toBeInstanceOf(LmdInputError);
    expect((error as LmdInputError).issues[0]?.path).toBe('id');
  });
});

// The seeds are copyrighted pages: nothing lmdkit ships may repeat a run of ten consecutive words.
describe.runIf(seedsAvailable)('paraphrase guard', () => {
  it('ships no run of ten words copied from the seeds', () => {
    const copied = copiedRuns({
      initiativeTemplates,
      'checkInitiativeDesign()': [
        checkInitiativeDesign({
          template: 'peer-learning-circles', protectedTime: false, host: 'appointed', facilitation: 'none',
          psychologicalSafety: false, themes: 'fixed', groupSize: 2, frequency: 'irregular', seniorBacking: false,
        }),
        checkInitiativeDesign({ template: 'peer-learning-circles', protectedTime: true, host: 'none', facilitation: 'fixed', psychologicalSafety: true, themes: 'flexible', groupSize: 30, frequency: 'quarterly', seniorBacking: true }),
        checkInitiativeDesign({
          template: 'on-the-job-coaching', sessionMinutes: 480, practiceBased: false, peerObservation: false,
          workloadRelief: false, framedAsHelpingManagers: false, seniorBacking: false,
        }),
      ],
      'recommendMeasures()': [
        recommendMeasures({ template: 'peer-learning-circles' }),
        recommendMeasures({ template: 'on-the-job-coaching' }, { comparisonGroup: false }),
      ],
    });
    expect(copied).toEqual([]);
  });
});
