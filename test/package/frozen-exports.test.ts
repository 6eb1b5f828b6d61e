// Every runtime export of every public entry point is frozen all the way down (issue 13, item 1).
// Before this, 51 exported arrays could be changed by a caller, and the library read them at call
// time: `raterGroups.sort()` in a caller's code made interpret360 publish a lone "other" rater as
// a shown group of one. The walk covers the sources and the built files that users import.
//
// Two kinds of export are not data and are not walked: functions (and the LmdInputError class),
// whose behaviour does not depend on properties a caller could set, and zod schemas, whose
// objects cache their compiled checks lazily and so cannot be frozen without breaking zod; a
// schema is changed only by reaching into zod's internals (`_zod`), not by an innocent call.
import { describe, expect, it } from 'vitest';
import * as root from '../../src/index.js';
import * as evaluation from '../../src/evaluation/index.js';
import * as indicators from '../../src/indicators/index.js';
import * as lmd from '../../src/lmd/index.js';
import * as surveyImport from '../../src/import/index.js';

const isZodSchema = (value: unknown): boolean => typeof value === 'object' && value !== null && '_zod' in value;

/** The paths under `value` of objects and arrays that are not frozen. */
function unfrozenPaths(value: unknown, path: string, seen = new WeakSet<object>()): string[] {
  if (value === null || typeof value !== 'object' || isZodSchema(value) || seen.has(value)) return [];
  seen.add(value);
  const here = Object.isFrozen(value) ? [] : [path];
  return [
    ...here,
    ...Reflect.ownKeys(value).flatMap((key) =>
      unfrozenPaths((value as Record<PropertyKey, unknown>)[key], `${path}[${String(key)}]`, seen),
    ),
  ];
}

const sources = { lmdkit: root, 'lmdkit/indicators': indicators, 'lmdkit/lmd': lmd, 'lmdkit/evaluation': evaluation, 'lmdkit/import': surveyImport };
const built = {
  lmdkit: '../../dist/index.js',
  'lmdkit/indicators': '../../dist/indicators/index.js',
  'lmdkit/lmd': '../../dist/lmd/index.js',
  'lmdkit/evaluation': '../../dist/evaluation/index.js',
  'lmdkit/import': '../../dist/import/index.js',
};

describe('exported data is deeply frozen', () => {
  for (const [entry, exports] of Object.entries(sources)) {
    it(`${entry} (sources): no export holds an object or array that can be changed`, () => {
      const data = Object.entries(exports).filter(([, value]) => typeof value === 'object' && value !== null && !isZodSchema(value));
      // The entry points export reference data; an empty list would mean the walk saw nothing.
      expect(data.length).toBeGreaterThan(entry === 'lmdkit' ? 60 : 4);
      expect(data.flatMap(([name, value]) => unfrozenPaths(value, name))).toEqual([]);
    });
  }

  for (const [entry, file] of Object.entries(built)) {
    it(`${entry} (built files): no export holds an object or array that can be changed`, async () => {
      const exports = (await import(new URL(file, import.meta.url).href)) as Record<string, unknown>;
      expect(Object.keys(exports).length).toBeGreaterThan(entry === 'lmdkit/import' ? 8 : 20);
      expect(Object.entries(exports).flatMap(([name, value]) => unfrozenPaths(value, name))).toEqual([]);
    });
  }

  it('the walk finds an unfrozen array nested deep inside a frozen object (so the test can fail)', () => {
    const inner: string[] = ['a'];
    expect(unfrozenPaths(Object.freeze({ list: Object.freeze([Object.freeze({ inner })]) }), 'x')).toEqual(['x[list][0][inner]']);
  });
});

describe('a caller cannot steer the library through its exports', () => {
  const instrument = {
    scale: { min: 1, max: 5 },
    competencies: [{ id: 'c', name: 'Coaching' }],
    items: [{ id: 'i', competencyId: 'c' }],
  };
  const ratings = [
    { raterId: 'me', group: 'self' as const, itemId: 'i', score: 4 },
    { raterId: 'm', group: 'manager' as const, itemId: 'i', score: 3 },
    { raterId: 'p1', group: 'peer' as const, itemId: 'i', score: 3 },
    { raterId: 'p2', group: 'peer' as const, itemId: 'i', score: 4 },
    { raterId: 'p3', group: 'peer' as const, itemId: 'i', score: 2 },
    { raterId: 'o1', group: 'other' as const, itemId: 'i', score: 1 },
  ];

  it("raterGroups.sort() throws and a lone 'other' rater stays hidden", () => {
    const before = root.interpret360({ instrument, ratings });
    expect(() => (root.raterGroups as unknown as string[]).sort()).toThrow(TypeError);
    const after = root.interpret360({ instrument, ratings });
    expect(after).toEqual(before);
    expect(after.shownGroups.some((group) => group.groups.includes('other'))).toBe(false);
    expect(after.hiddenGroups.map((group) => group.groups)).toEqual([['other']]);
  });

  it('the other arrays named in the report cannot be changed either', () => {
    const named = {
      selfOtherAgreementCategories: root.selfOtherAgreementCategories,
      feedbackReadinessModerators: root.feedbackReadinessModerators,
      findingSeverities: root.findingSeverities,
      lmEvidenceSources: root.lmEvidenceSources,
      phillipsCostCategories: root.phillipsCostCategories,
      turnoverCostCategories: root.turnoverCostCategories,
    };
    for (const [name, list] of Object.entries(named)) {
      const array = list as unknown as string[];
      expect(() => array.pop(), name).toThrow(TypeError);
      expect(() => array.push('x'), name).toThrow(TypeError);
      expect(() => {
        array[0] = 'x';
      }, name).toThrow(TypeError);
    }
  });
});
