// mapLevel and its sourced table: correspondences as each model places itself against Kirkpatrick
// (Kirkpatrick & Kirkpatrick, 2016; Phillips & Phillips, 2016; Thalheimer, 2018; Kaufman & Keller,
// 1994; Hamblin, 1974); the Success Case Method (Brinkerhoff, 2003) has steps, not levels.
import { describe, expect, it } from 'vitest';
import {
  evaluationModelIds,
  evaluationModels,
  getEvaluationModel,
  levelMappingGaps,
  levelMappingTable,
  LmdInputError,
  mapLevel,
  references,
  type EvaluationModelId,
  type LevelMappingRow,
} from '../../src/index.js';
import { isDeeplyFrozen, roundTrip, thrownBy, unsafeJsonPaths } from '../helpers/json-safety.js';

const rows: readonly LevelMappingRow[] = levelMappingTable;
const targetLabels = (level: number | string, from: EvaluationModelId, to: EvaluationModelId): string[] =>
  mapLevel(level, from, to).levels.map((target) => target.label);
const levelledIds = evaluationModelIds.filter((id) => id !== 'success-case');

describe('levelMappingTable', () => {
  it('is frozen, JSON-safe and free of repeated or self-model rows', () => {
    expect(isDeeplyFrozen(levelMappingTable)).toBe(true);
    expect(isDeeplyFrozen(levelMappingGaps)).toBe(true);
    expect(roundTrip(levelMappingTable)).toEqual(levelMappingTable);
    expect(unsafeJsonPaths(levelMappingGaps)).toEqual([]);
    const keys = rows.map((row) => [`${row.a.model}:${row.a.label}`, `${row.b.model}:${row.b.label}`].sort().join('='));
    expect(new Set(keys).size).toBe(rows.length);
    for (const row of rows) expect(row.a.model).not.toBe(row.b.model);
  });

  it('names only levels that exist, and never the Success Case Method', () => {
    for (const row of rows) {
      for (const end of [row.a, row.b]) {
        expect(end.model).not.toBe('success-case');
        expect(getEvaluationModel(end.model).levels.map((level) => level.label)).toContain(end.label);
      }
      expect(row.note.trim()).not.toBe('');
    }
  });

  it.each(rows.map((row, index) => [index, row] as const))('row %i maps both ways with its stated quality and note', (_, row) => {
    const forward = mapLevel(row.a.label, row.a.model, row.b.model);
    expect(forward.levels).toContainEqual(expect.objectContaining({ label: row.b.label, correspondence: row.quality, note: row.note }));
    const backward = mapLevel(row.b.label, row.b.model, row.a.model);
    expect(backward.levels).toContainEqual(expect.objectContaining({ label: row.a.label, correspondence: row.quality, note: row.note }));
  });

  it('round-trips every exact single mapping back to where it started', () => {
    let exact = 0;
    for (const from of levelledIds) {
      for (const level of getEvaluationModel(from).levels) {
        for (const to of levelledIds) {
          const there = mapLevel(level.label, from, to);
          if (there.correspondence !== 'exact') continue;
          exact += 1;
          const target = there.levels[0];
          expect(there.levels.length).toBe(1);
          const back = mapLevel(target?.label ?? '', to, from);
          expect(back.correspondence, `${from} ${level.label} → ${to}`).toBe('exact');
          expect(back.levels.map((entry) => entry.label)).toEqual([level.label]);
        }
      }
    }
    expect(exact).toBeGreaterThan(30);
  });

  it('lists a reason in levelMappingGaps for every level with no counterpart in another levelled model, and only those', () => {
    const unmapped: string[] = [];
    for (const from of levelledIds) {
      for (const level of getEvaluationModel(from).levels) {
        for (const to of levelledIds) {
          if (to !== from && mapLevel(level.label, from, to).levels.length === 0) unmapped.push(`${from}:${level.label}→${to}`);
        }
      }
    }
    const listed = levelMappingGaps.flatMap((gap) => gap.toModels.map((to) => `${gap.level.model}:${gap.level.label}→${to}`));
    expect([...listed].sort()).toEqual([...unmapped].sort());
  });
});

describe('mapLevel', () => {
  it('Kirkpatrick 4 ↔ Phillips 4 exactly, and 1–3 likewise', () => {
    for (const level of [1, 2, 3, 4]) {
      const mapping = mapLevel(level, 'kirkpatrick', 'phillips');
      expect(mapping.correspondence).toBe('exact');
      expect(mapping.levels.map((target) => target.level)).toEqual([level]);
    }
    expect(mapLevel(4, 'phillips', 'kirkpatrick').levels[0]?.name).toBe('Results');
  });

  it('Phillips 0 (inputs) and 5 (ROI) have no Kirkpatrick level, with a reason', () => {
    for (const level of [0, 5]) {
      const mapping = mapLevel(level, 'phillips', 'kirkpatrick');
      expect(mapping.correspondence).toBe('none');
      expect(mapping.levels).toEqual([]);
    }
    expect(mapLevel(5, 'phillips', 'kirkpatrick').note).toMatch(/fully loaded costs/);
  });

  it('LTEM tiers 1–2 (attendance, activity) have no Kirkpatrick level; tier 8 corresponds partly to level 4', () => {
    expect(mapLevel(1, 'ltem', 'kirkpatrick').correspondence).toBe('none');
    expect(mapLevel(2, 'ltem', 'kirkpatrick').note).toMatch(/below reaction/);
    const tier8 = mapLevel(8, 'ltem', 'kirkpatrick');
    expect(tier8.correspondence).toBe('partial');
    expect(tier8.levels.map((target) => target.level)).toEqual([4]);
    expect(mapLevel(4, 'kirkpatrick', 'ltem').levels.map((target) => target.level)).toEqual([8]);
  });

  it('Kirkpatrick learning spreads over LTEM tiers 4–6, so it is partial', () => {
    const mapping = mapLevel(2, 'kirkpatrick', 'ltem');
    expect(mapping.correspondence).toBe('partial');
    expect(mapping.levels.map((target) => target.name)).toEqual(['Knowledge', 'Decision-Making Competence', 'Task Competence']);
    expect(mapLevel(3, 'kirkpatrick', 'ltem').correspondence).toBe('exact');
  });

  it('Hamblin and Kaufman levels map to Kirkpatrick', () => {
    expect([1, 2, 3, 4, 5].map((level) => targetLabels(level, 'hamblin', 'kirkpatrick'))).toEqual([['1'], ['2'], ['3'], ['4'], ['4']]);
    expect(mapLevel(5, 'hamblin', 'kirkpatrick').correspondence).toBe('partial');
    expect(targetLabels(4, 'kirkpatrick', 'hamblin')).toEqual(['4', '5']);
    expect(['1b', 2, 3, 4].map((level) => targetLabels(level, 'kaufman', 'kirkpatrick'))).toEqual([['1'], ['2'], ['3'], ['4']]);
    expect(mapLevel('1a', 'kaufman', 'kirkpatrick').correspondence).toBe('none');
    expect(mapLevel('5', 'kaufman', 'kirkpatrick').note).toMatch(/beyond the organisation/);
    expect(targetLabels(1, 'kirkpatrick', 'kaufman')).toEqual(['1b']);
  });

  it('the Success Case Method has no defensible mapping either way', () => {
    for (const to of evaluationModelIds.filter((id) => id !== 'success-case')) {
      for (const step of [1, 2, 3, 4, 5]) {
        const mapping = mapLevel(step, 'success-case', to);
        expect(mapping.correspondence).toBe('none');
        expect(mapping.note).toMatch(/steps of an inquiry/);
      }
      expect(mapLevel(getEvaluationModel(to).levels[0]?.label ?? '', to, 'success-case').correspondence).toBe('none');
    }
  });

  it('maps a level to its own model unchanged', () => {
    const same = mapLevel('1a', 'kaufman', 'kaufman');
    expect(same.correspondence).toBe('exact');
    expect(same.levels).toEqual([{ model: 'kaufman', level: 1, label: '1a', name: 'Enabling', correspondence: 'exact', note: 'The same level of the same model.' }]);
  });

  it('accepts a number or a label (trimmed), and reports both in the result', () => {
    expect(mapLevel(' 3 ', 'kirkpatrick', 'phillips')).toEqual(mapLevel(3, 'kirkpatrick', 'phillips'));
    expect(mapLevel(3, 'kirkpatrick', 'phillips').from).toEqual({ model: 'kirkpatrick', level: 3, label: '3', name: 'Behavior' });
  });

  it('gives as basis the sources of both models, all in the bibliography', () => {
    expect(mapLevel(4, 'kirkpatrick', 'phillips').basis).toEqual([
      'kirkpatrick-1959',
      'kirkpatrick-kirkpatrick-2016',
      'alliger-1997',
      'phillips-phillips-2016',
    ]);
    for (const model of evaluationModels) {
      for (const id of mapLevel(model.levels[0]?.label ?? '', model.id, 'hamblin').basis) {
        expect(Object.hasOwn(references, id)).toBe(true);
      }
    }
  });

  it('is JSON-safe', () => {
    const mapping = mapLevel(2, 'kirkpatrick', 'ltem');
    expect(unsafeJsonPaths(mapping)).toEqual([]);
    expect(roundTrip(mapping)).toEqual(mapping);
  });

  it('rejects bad levels and models with LmdInputError naming the argument', () => {
    const cases: [number | string, string, string, string][] = [
      [5, 'kirkpatrick', 'phillips', 'level'],
      [0, 'kirkpatrick', 'phillips', 'level'],
      [9, 'ltem', 'kirkpatrick', 'level'],
      [2.5, 'kirkpatrick', 'phillips', 'level'],
      [Number.NaN, 'kirkpatrick', 'phillips', 'level'],
      ['', 'kirkpatrick', 'phillips', 'level'],
      ['1c', 'kaufman', 'kirkpatrick', 'level'],
      [1, 'kaufman', 'kirkpatrick', 'level'],
      [1, 'cipp', 'kirkpatrick', 'fromModel'],
      [1, 'kirkpatrick', 'Phillips', 'toModel'],
    ];
    for (const [level, from, to, path] of cases) {
      const error = thrownBy(() => mapLevel(level, from as EvaluationModelId, to as EvaluationModelId));
      expect(error, `${String(level)} ${from} → ${to}`).toBeInstanceOf(LmdInputError);
      expect((error as LmdInputError).issues[0]?.path).toBe(path);
    }
    expect(() => mapLevel(null as unknown as number, 'kirkpatrick', 'phillips')).toThrow(LmdInputError);
  });

  it('explains that Kaufman splits level 1', () => {
    expect(() => mapLevel(1, 'kaufman', 'kirkpatrick')).toThrow(/'1a' \(Enabling\) or '1b' \(Reaction\)/);
  });
});
