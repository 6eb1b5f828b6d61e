// profileFullRange: group means and findings on Bass & Avolio's full range model, with Judge &
// Piccolo's (2004) validities as context. Expected means are hand computed from the inputs.
import { describe, expect, it } from 'vitest';
import {
  fullRangeScaleIds,
  LmdInputError,
  profileFullRange,
  type FullRangeScores,
} from '../../src/index.js';
import { frozen, roundTrip, thrownBy, unsafeJsonPaths } from '../helpers/json-safety.js';

const all = (score: number): FullRangeScores => Object.fromEntries(fullRangeScaleIds.map((id) => [id, score]));
/** Transformational 3.5, transactional 3: transformational dominant. */
const base = { ...all(3.5), 'contingent-reward': 3, 'management-by-exception-active': 3 };

describe('profileFullRange', () => {
  it('averages each group over its scales: (3+3+3.5+2.5+3)/5 = 3, (3+2)/2 = 2.5, (1+0.5)/2 = 0.75', () => {
    const profile = profileFullRange({
      'idealised-influence-attributed': 3,
      'idealised-influence-behaviour': 3,
      'inspirational-motivation': 3.5,
      'intellectual-stimulation': 2.5,
      'individualised-consideration': 3,
      'contingent-reward': 3,
      'management-by-exception-active': 2,
      'management-by-exception-passive': 1,
      'laissez-faire': 0.5,
    });
    expect(profile.groups).toEqual([
      { group: 'transformational', mean: 3, scalesScored: 5, scalesInGroup: 5 },
      { group: 'transactional', mean: 2.5, scalesScored: 2, scalesInGroup: 2 },
      { group: 'passive-avoidant', mean: 0.75, scalesScored: 2, scalesInGroup: 2 },
    ]);
    expect(profile.dominantGroup).toBe('transformational');
    expect(profile.scalesScored).toBe(9);
    expect(profile.findings).toEqual([]);
  });

  it('attaches Judge & Piccolo (2004) validities (.44, .39, −.37) and the rule applied', () => {
    const profile = profileFullRange(all(2));
    expect(profile.validities.map((row) => row.validity)).toEqual([0.44, 0.39, -0.37]);
    expect(profile.rule).toEqual({ passiveAvoidantLevel: 2 });
  });

  it('flags passive-avoidant leadership at or above the stated level (default 2, inclusive)', () => {
    const atLevel = profileFullRange({ ...base, 'laissez-faire': 2, 'management-by-exception-passive': 2 });
    expect(atLevel.findings.map((finding) => finding.code)).toEqual(['FULL_RANGE_PASSIVE_AVOIDANT_HIGH']);
    expect(atLevel.findings[0]?.basis).toContain('judge-piccolo-2004');
    const below = profileFullRange({ ...base, 'laissez-faire': 1.75, 'management-by-exception-passive': 2 });
    expect(below.findings).toEqual([]);
    const configured = profileFullRange({ ...base, 'laissez-faire': 1, 'management-by-exception-passive': 1 }, { passiveAvoidantLevel: 1 });
    expect(configured.findings.map((finding) => finding.code)).toEqual(['FULL_RANGE_PASSIVE_AVOIDANT_HIGH']);
    expect(configured.rule.passiveAvoidantLevel).toBe(1);
  });

  it('gives advice when transformational is not the dominant group, and no dominant group on a tie', () => {
    const tie = profileFullRange(all(2));
    expect(tie.dominantGroup).toBeNull();
    expect(tie.findings.map((finding) => finding.code)).toEqual([
      'FULL_RANGE_PASSIVE_AVOIDANT_HIGH',
      'FULL_RANGE_TRANSFORMATIONAL_NOT_DOMINANT',
    ]);
    const transactional = profileFullRange({ ...all(1), 'contingent-reward': 3.5 });
    expect(transactional.dominantGroup).toBe('transactional');
    expect(transactional.findings.map((finding) => finding.code)).toEqual(['FULL_RANGE_TRANSFORMATIONAL_NOT_DOMINANT']);
  });

  it('accepts part of the model, with null means for unscored groups and a warning', () => {
    const profile = profileFullRange({ 'contingent-reward': 3, 'laissez-faire': 1 });
    expect(profile.groups.map((row) => row.mean)).toEqual([null, 3, 1]);
    expect(profile.dominantGroup).toBe('transactional');
    expect(profile.findings.map((finding) => finding.code)).toEqual(['FULL_RANGE_SCALES_MISSING']);
    expect(profile.findings[0]?.message).toBe(
      'Only 2 of the 9 leadership scales were scored, so the group means and the dominant group rest on part of the model.',
    );
    expect(unsafeJsonPaths(profile)).toEqual([]);
  });

  it.each([
    ['a score above 4', { 'laissez-faire': 4.5 }, 'scores["laissez-faire"]'],
    ['a negative score', { 'contingent-reward': -0.1 }, 'scores["contingent-reward"]'],
    ['NaN', { 'contingent-reward': Number.NaN }, 'scores["contingent-reward"]'],
    ['an unknown scale', { charisma: 3 }, 'scores.charisma'],
    ['no scores at all', {}, 'scores'],
  ])('rejects %s with LmdInputError', (_name, scores, path) => {
    const error = thrownBy(() => profileFullRange(scores as FullRangeScores));
    expect(error).toBeInstanceOf(LmdInputError);
    expect((error as LmdInputError).issues[0]?.path).toBe(path);
  });

  it('does not mutate its input and returns plain JSON', () => {
    const scores = frozen(all(2.5));
    const profile = profileFullRange(scores);
    expect(roundTrip(profile)).toEqual(profile);
  });
});
