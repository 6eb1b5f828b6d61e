// The evaluation models catalogue: Kirkpatrick & Kirkpatrick (2016), Phillips & Phillips (2016),
// Thalheimer (2018), Brinkerhoff (2003), Kaufman & Keller (1994), Hamblin (1974); the critique from
// Alliger et al. (1997).
import { describe, expect, it } from 'vitest';
import {
  evaluationModelIds,
  evaluationModels,
  evidenceStrengths,
  getEvaluationModel,
  levelledEvaluationModels,
  levelRanges,
  LmdInputError,
  references,
  type EvaluationModelId,
} from '../../src/index.js';
import { isDeeplyFrozen, roundTrip, thrownBy, unsafeJsonPaths } from '../helpers/json-safety.js';

const names = (id: EvaluationModelId): string[] => getEvaluationModel(id).levels.map((level) => level.name);
const labels = (id: EvaluationModelId): string[] => getEvaluationModel(id).levels.map((level) => level.label);

describe('evaluationModels', () => {
  it('lists the six models in the order of evaluationModelIds, ids unique', () => {
    expect(evaluationModels.map((model) => model.id)).toEqual([...evaluationModelIds]);
    expect(new Set(evaluationModelIds).size).toBe(evaluationModelIds.length);
  });

  it('is frozen all the way down and survives a JSON round trip', () => {
    expect(isDeeplyFrozen(evaluationModels)).toBe(true);
    expect(roundTrip(evaluationModels)).toEqual(evaluationModels);
    expect(unsafeJsonPaths(evaluationModels)).toEqual([]);
  });

  it('names only works in the bibliography, and grades evidence with a known grade', () => {
    for (const model of evaluationModels) {
      expect(model.sources.length).toBeGreaterThan(0);
      for (const id of model.sources) expect(Object.hasOwn(references, id), `${model.id}: ${id}`).toBe(true);
      expect(evidenceStrengths).toContain(model.evidence);
      // These are frameworks, not tested theories.
      expect(['theoretical', 'practitioner-reported']).toContain(model.evidence);
      expect(model.critique.trim()).not.toBe('');
      expect(model.evidenceNote.trim()).not.toBe('');
    }
  });

  it('gives each level a unique label, a name and a description, levels in ascending order', () => {
    for (const model of evaluationModels) {
      const modelLabels = model.levels.map((level) => level.label);
      expect(new Set(modelLabels).size).toBe(modelLabels.length);
      const numbers = model.levels.map((level) => level.level);
      expect([...numbers].sort((a, b) => a - b)).toEqual(numbers);
      for (const level of model.levels) {
        expect(Number.isInteger(level.level)).toBe(true);
        expect(level.name.trim()).not.toBe('');
        expect(level.description.trim()).not.toBe('');
      }
    }
  });

  it.each(levelledEvaluationModels)('numbers the levels of %s exactly as levelRanges does', (id) => {
    const { lowest, highest } = levelRanges[id];
    const expected = Array.from({ length: highest - lowest + 1 }, (_, index) => lowest + index);
    expect(getEvaluationModel(id).levels.map((level) => level.level)).toEqual(expected);
    expect(getEvaluationModel(id).placesMeasures).toBe(true);
  });

  it('marks only the levelled models as places for measures', () => {
    const placing = evaluationModels.filter((model) => model.placesMeasures).map((model) => model.id);
    expect(placing).toEqual([...levelledEvaluationModels]);
  });

  it('Kirkpatrick: four levels with the New World additions (Kirkpatrick & Kirkpatrick, 2016)', () => {
    expect(names('kirkpatrick')).toEqual(['Reaction', 'Learning', 'Behavior', 'Results']);
    expect(getEvaluationModel('kirkpatrick').additions.map((addition) => addition.name)).toEqual([
      'Required drivers',
      'Leading indicators',
      'Planning from results backwards',
    ]);
    expect(getEvaluationModel('kirkpatrick').sources).toContain('alliger-1997');
    expect(getEvaluationModel('kirkpatrick').critique).toMatch(/Alliger et al\., 1997/);
  });

  it('Phillips: levels 0–5 with intangibles (Phillips & Phillips, 2016)', () => {
    expect(names('phillips')).toEqual([
      'Inputs and Indicators',
      'Reaction and Planned Action',
      'Learning',
      'Application and Implementation',
      'Business Impact',
      'ROI',
    ]);
    expect(getEvaluationModel('phillips').additions.map((addition) => addition.name)).toContain('Intangible benefits');
  });

  it('LTEM: eight tiers (Thalheimer, 2018)', () => {
    expect(names('ltem')).toEqual([
      'Attendance',
      'Activity',
      'Learner Perceptions',
      'Knowledge',
      'Decision-Making Competence',
      'Task Competence',
      'Transfer',
      'Effects of Transfer',
    ]);
  });

  it('Success Case Method: five steps, modelled as stages rather than levels (Brinkerhoff, 2003)', () => {
    const model = getEvaluationModel('success-case');
    expect(model.structure).toBe('stages');
    expect(model.levels.length).toBe(5);
    expect(model.levels[1]?.name).toBe('Create an impact model');
    expect(model.placesMeasures).toBe(false);
    expect(evaluationModels.filter((entry) => entry.structure === 'stages').map((entry) => entry.id)).toEqual([
      'success-case',
    ]);
  });

  it('Kaufman: five levels with level 1 split into enabling and reaction, and societal outcomes (Kaufman & Keller, 1994)', () => {
    expect(labels('kaufman')).toEqual(['1a', '1b', '2', '3', '4', '5']);
    expect(names('kaufman')).toEqual([
      'Enabling',
      'Reaction',
      'Acquisition',
      'Application',
      'Organizational output',
      'Societal outcomes',
    ]);
    expect(new Set(getEvaluationModel('kaufman').levels.map((level) => level.level)).size).toBe(5);
  });

  it('Hamblin: five levels from reactions to ultimate value (Hamblin, 1974)', () => {
    expect(names('hamblin')).toEqual(['Reactions', 'Learning', 'Job behaviour', 'Organisation', 'Ultimate value']);
  });

  it('getEvaluationModel returns the frozen entry and rejects unknown ids', () => {
    expect(getEvaluationModel('ltem')).toBe(evaluationModels[2]);
    for (const id of ['cipp', 'toString', '', 'Kirkpatrick']) {
      const error = thrownBy(() => getEvaluationModel(id as EvaluationModelId));
      expect(error).toBeInstanceOf(LmdInputError);
      expect((error as LmdInputError).issues[0]?.path).toBe('id');
    }
  });

  it('marks in the data the entries whose level names were not confirmed against the source, each with a note', () => {
    for (const model of evaluationModels) {
      expect(typeof model.verified, model.id).toBe('boolean');
      expect(model.verificationNote, model.id).toMatch(/^[A-Z].*\.$/);
    }
    // Phillips' level names vary between editions; the Success Case step names are lmdkit's labels.
    expect(evaluationModels.filter((model) => !model.verified).map((model) => model.id)).toEqual(['phillips', 'success-case']);
    expect(getEvaluationModel('phillips').verificationNote).toMatch(/not checked/);
  });

  it('describes the New World levels and additions in lmdkit’s words, not the Kirkpatricks’ published definitions', () => {
    const model = getEvaluationModel('kirkpatrick');
    const texts = model.levels.map((level): string => level.description).concat(model.additions.map((addition) => addition.description));
    for (const text of texts) {
      expect(text).not.toMatch(/degree to which|favou?rable, engaging and relevant|reinforce, monitor, encourage and reward|on track to/i);
    }
  });

  it('records the critique as an unverified reference where its details were not checked', () => {
    expect(references['alliger-1997'].verified).toBe(false);
    expect(references['alliger-1997'].note).toMatch(/not checked/);
  });
});
