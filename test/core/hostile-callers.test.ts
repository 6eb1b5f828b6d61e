// Regression tests for what a hostile test found in the library (issue 13, items 2–5): results
// that were ±Infinity or -0, helpers that threw TypeError instead of LmdInputError, and ids
// called `__proto__` that zod dropped without a word. Each test failed on the code before the fix.
import { fc, test as propertyTest } from '@fast-check/vitest';
import * as z from 'zod';
import { describe, expect, it } from 'vitest';
import {
  benefitCostRatio,
  cohensDConfidenceInterval,
  feedback360ReportSchema,
  formatPath,
  hedgesGConfidenceInterval,
  interpret360,
  interpret360Cohort,
  LmdInputError,
  lostTimeRate,
  parseInput,
  percentageChange,
  raterGroupLabel,
  selfOthersChartSpec,
  sortFindingsBySeverity,
  spearmanBrown,
  turnoverRate,
  type Feedback360Report,
} from '../../src/index.js';
import { PROTO_KEY_STAND_IN, PROTO_KEY_STAND_IN_AS_JSON } from '../../src/core/_internal/proto-keys.js';
import { thrownBy } from '../helpers/json-safety.js';

/** The paths in a value that hold a negative zero. */
function negativeZeroPaths(value: unknown, path = '$'): string[] {
  if (typeof value === 'number') return Object.is(value, -0) ? [path] : [];
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, item]) => negativeZeroPaths(item, `${path}.${key}`));
}

function inputError(run: () => unknown): LmdInputError {
  const error = thrownBy(run);
  expect(error).toBeInstanceOf(LmdInputError);
  return error as LmdInputError;
}

describe('item 2: effect-size intervals and Spearman–Brown give finite results or a clear error', () => {
  it('an interval for d = -1e308 has finite bounds (it was -Infinity … -Infinity)', () => {
    for (const interval of [
      cohensDConfidenceInterval({ d: -1e308, n1: 2, n2: 10 }),
      hedgesGConfidenceInterval({ g: -1e308, n1: 2, n2: 10 }),
    ]) {
      expect(Number.isFinite(interval.lower) && Number.isFinite(interval.upper)).toBe(true);
      expect(interval.lower).toBeLessThan(interval.upper);
      expect(interval.method).toBe('normal-approximation');
    }
  });

  it('a bound beyond the largest representable number is an LmdInputError on the effect size', () => {
    expect(inputError(() => cohensDConfidenceInterval({ d: -1.7e308, n1: 2, n2: 10 })).issues[0]?.path).toBe('input.d');
    // g / J overflows before the interval is even sought; the error names g, with g's value.
    const error = inputError(() => hedgesGConfidenceInterval({ g: 1e308, n: 3, measure: 'gz' }));
    expect(error.issues[0]?.path).toBe('input.g');
    expect(error.message).toContain('received 1e+308');
  });

  it('the large-sample interval keeps its value when d² would overflow: d ± z·SE, SE² = 1/n1 + 1/n2 + d²/2N', () => {
    // Hedges & Olkin (1985): for d = 1e200, SE ≈ d/√(2N) = 1e200/√24; z(0.975) = 1.959963984540054.
    const interval = cohensDConfidenceInterval({ d: 1e200, n1: 2, n2: 10 });
    const half = (1.959963984540054 * 1e200) / Math.sqrt(24);
    expect(interval.lower / (1e200 - half)).toBeCloseTo(1, 12);
    expect(interval.upper / (1e200 + half)).toBeCloseTo(1, 12);
  });

  it('spearmanBrown(1, k) is 1 for every k, however small (it was Infinity at k = 1e-17)', () => {
    for (const k of [1e-17, 5e-324, 1e-300, 0.5, 1, 7, 1e300]) expect(spearmanBrown(1, k)).toBe(1);
  });

  propertyTest.prop([fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 1e-300, max: 1e300, noNaN: true })])(
    'spearmanBrown(r, k) is in [0, 1] and agrees with the textbook formula where that is well conditioned',
    (r, k) => {
      const result = spearmanBrown(r, k);
      expect(result).toBeGreaterThanOrEqual(0);
      expect(result).toBeLessThanOrEqual(1);
      expect(Object.is(result, -0)).toBe(false);
      const textbook = (k * r) / (1 + (k - 1) * r);
      if (r > 1e-6 && r < 1 - 1e-6 && k > 1e-6 && k < 1e6) expect(result).toBeCloseTo(textbook, 12);
    },
  );
});

describe('item 3: helpers throw LmdInputError, never TypeError', () => {
  const cases: readonly [string, () => unknown, string][] = [
    ['parseInput(1, 2)', () => parseInput(1 as never, 2), 'schema'],
    ['parseInput(schema, value, 3)', () => parseInput(z.number(), 1, 3 as never), 'name'],
    ['formatPath()', () => (formatPath as unknown as () => string)(), 'root'],
    ["formatPath('x')", () => formatPath('x', undefined as never), 'keys'],
    ["formatPath('x', [1n])", () => formatPath('x', [1n as never]), 'keys[0]'],
    ["formatPath('x', [1.5])", () => formatPath('x', [1.5]), 'keys[0]'],
    ['raterGroupLabel(0)', () => raterGroupLabel(0 as never, false), 'groups'],
    ["raterGroupLabel(['boss'])", () => raterGroupLabel(['boss'] as never, false), 'groups[0]'],
    ["raterGroupLabel(['__proto__'])", () => raterGroupLabel(['__proto__'] as never, false), 'groups[0]'],
    ['raterGroupLabel([])', () => raterGroupLabel([], false), 'groups'],
    ["raterGroupLabel(['peer'], 'yes')", () => raterGroupLabel(['peer'], 'yes' as never), 'pooled'],
    ['sortFindingsBySeverity([undefined])', () => sortFindingsBySeverity([undefined] as never), 'findings[0]'],
    ['sortFindingsBySeverity(null)', () => sortFindingsBySeverity(null as never), 'findings'],
    [
      "sortFindingsBySeverity([{ severity: 'fatal' }])",
      () => sortFindingsBySeverity([{ code: 'X', severity: 'fatal', message: '', basis: [] }] as never),
      'findings[0]',
    ],
  ];
  for (const [name, run, path] of cases) {
    it(`${name} names ${path}`, () => {
      expect(inputError(run).issues[0]?.path).toBe(path);
    });
  }

  it('new LmdInputError(null) and malformed issues make a usable error, not a TypeError', () => {
    const empty = new LmdInputError(null as never);
    expect(empty.message).toBe('(input): invalid input');
    const odd = new LmdInputError([null, { path: 3, message: 'x' }, { path: 'a.b' }] as never);
    expect(odd.issues.map((issue) => issue.path)).toEqual(['(input)', '(input)', 'a.b']);
    expect(odd.issues.every((issue) => typeof issue.message === 'string' && issue.message !== '')).toBe(true);
  });

  it('raterGroupLabel still labels what it labelled', () => {
    expect(raterGroupLabel(['peer', 'direct-report'], false)).toBe('Peers + Direct reports');
    expect(raterGroupLabel(['manager'], true)).toBe('All others');
  });
});

describe('item 3: selfOthersChartSpec validates the whole report', () => {
  const report = interpret360({
    instrument: {
      scale: { min: 1, max: 5 },
      competencies: [{ id: 'c', name: 'Coaching' }],
      items: [{ id: 'i', competencyId: 'c' }],
    },
    ratings: [
      { raterId: 'me', group: 'self', itemId: 'i', score: 4 },
      { raterId: 'p1', group: 'peer', itemId: 'i', score: 3 },
      { raterId: 'p2', group: 'peer', itemId: 'i', score: 4 },
      { raterId: 'p3', group: 'peer', itemId: 'i', score: 2 },
      { raterId: 'p4', group: 'peer', itemId: 'i', score: 3 },
    ],
  });
  const competency = report.competencies[0] as Feedback360Report['competencies'][number];
  const broken: readonly [string, unknown, string][] = [
    ['competencies[0].groups = 5', { ...report, competencies: [{ ...competency, groups: 5 }] }, 'report.competencies[0].groups'],
    ['hiddenGroups = {}', { ...report, hiddenGroups: {} }, 'report.hiddenGroups'],
    ['scale without max', { ...report, scale: { min: 1 } }, 'report.scale.max'],
    [
      'a NaN mean',
      { ...report, competencies: [{ ...competency, others: { ...competency.others, mean: Number.NaN } }] },
      'report.competencies[0].others.mean',
    ],
    [
      'an unknown rater group',
      { ...report, competencies: [{ ...competency, groups: [{ ...competency.groups[0], groups: ['boss'] }] }] },
      'report.competencies[0].groups[0].groups[0]',
    ],
  ];
  for (const [name, value, path] of broken) {
    it(`${name} is an LmdInputError at ${path}`, () => {
      expect(inputError(() => selfOthersChartSpec(value as Feedback360Report)).issues[0]?.path).toBe(path);
    });
  }

  it('a report from interpret360 passes its schema, and the spec is unchanged by the check', () => {
    expect(feedback360ReportSchema.safeParse(report).success).toBe(true);
    const spec = selfOthersChartSpec(report);
    expect(JSON.stringify(spec)).not.toMatch(/undefined|NaN/);
    expect((spec['encoding'] as { x: { scale: { domain: number[] } } }).x.scale.domain).toEqual([1, 5]);
  });
});

describe('item 4: an id called __proto__ is an id like any other', () => {
  const instrument = {
    scale: { min: 1, max: 5 },
    competencies: [{ id: 'c', name: 'Coaching' }],
    items: [{ id: 'i', competencyId: 'c' }],
  };
  const rowsFor = (rateeId: string) => [
    { rateeId, raterId: 'me', group: 'self' as const, itemId: 'i', score: 4 },
    ...[1, 2, 3, 4].map((n) => ({ rateeId, raterId: `p${n}`, group: 'peer' as const, itemId: 'i', score: 3 })),
  ];

  it('a ratee called __proto__ keeps its readiness settings (they were lost)', () => {
    const readiness = JSON.parse('{"__proto__": {"coaching": false, "embeddedInDevelopmentProcess": false, "goalsSet": false}, "bob": {"coaching": false, "embeddedInDevelopmentProcess": false, "goalsSet": false}}') as Record<string, object>;
    const cohort = interpret360Cohort({ instrument, ratings: [...rowsFor('__proto__'), ...rowsFor('bob')], readiness });
    const bands = cohort.ratees.map((ratee) => [ratee.rateeId, ratee.report.readiness?.band ?? null]);
    expect(bands).toEqual([
      ['__proto__', 'low'],
      ['bob', 'low'],
    ]);
  });

  it('readiness for a ratee called __proto__ who has no ratings is rejected, as it is for bob', () => {
    for (const id of ['bob', '__proto__']) {
      const readiness = JSON.parse(`{${JSON.stringify(id)}: {"coaching": true}}`) as Record<string, object>;
      const error = inputError(() => interpret360Cohort({ instrument, ratings: rowsFor('alice'), readiness }));
      expect(error.issues[0]?.path).toBe(`readiness.${id}`);
    }
  });

  it('a bad value under __proto__ is validated and named, and a strict object rejects the key', () => {
    const readiness = JSON.parse('{"__proto__": {"coachingx": true}}') as Record<string, object>;
    expect(inputError(() => interpret360Cohort({ instrument, ratings: rowsFor('__proto__'), readiness })).issues[0]?.path).toBe(
      'readiness.__proto__.coachingx',
    );
    const strict = z.strictObject({ a: z.number() });
    const error = inputError(() => parseInput(strict, JSON.parse('{"a": 1, "__proto__": 2}'), 'row'));
    expect(error.issues[0]?.path).toBe('row.__proto__');
  });

  it('the stand-in for __proto__ is written in messages as JSON.stringify writes it', () => {
    expect(PROTO_KEY_STAND_IN_AS_JSON).toBe(JSON.stringify(PROTO_KEY_STAND_IN).slice(1, -1));
    const error = inputError(() => parseInput(z.strictObject({ a: z.strictObject({ b: z.number() }) }), JSON.parse('{"a": {"__proto__": 1, "b": "x"}}')));
    expect(error.message).not.toContain('lmdkit:');
  });

  it('parseInput keeps an own __proto__ key of a record as data and never changes a prototype', () => {
    const parsed = parseInput(z.record(z.string(), z.number()), JSON.parse('{"__proto__": 1, "x": 2}'));
    expect(Object.getPrototypeOf(parsed)).toBe(Object.prototype);
    expect(Object.hasOwn(parsed, '__proto__')).toBe(true);
    expect(Object.entries(parsed)).toEqual([
      ['__proto__', 1],
      ['x', 2],
    ]);
  });
});

describe('item 5: no negative zero in results', () => {
  it('the three reported cases give +0', () => {
    expect(Object.is(benefitCostRatio({ benefits: -0, costs: 60000 }), 0)).toBe(true);
    expect(Object.is(turnoverRate({ leavers: -0, averageHeadcount: 40 }), 0)).toBe(true);
    expect(Object.is(spearmanBrown(-0, 4), 0)).toBe(true);
  });

  it('intervals around d = -0 have no -0 bound, and percentage changes of -0 are 0', () => {
    expect(negativeZeroPaths(cohensDConfidenceInterval({ d: -0, n: 10, measure: 'dz' }))).toEqual([]);
    expect(negativeZeroPaths(percentageChange({ before: 10, after: -0 }))).toEqual([]);
    expect(negativeZeroPaths(lostTimeRate({ hoursLost: -0, hoursAvailable: 100 }))).toEqual([]);
  });

  /** The value with every 0 made -0, and a -0 added beside every other number. */
  const withNegativeZeros = (value: unknown): unknown => {
    if (typeof value === 'number') return value === 0 ? -0 : value;
    if (Array.isArray(value)) return [...value.map(withNegativeZeros), -0];
    if (value !== null && typeof value === 'object') {
      return { ...Object.fromEntries(Object.entries(value).map(([key, item]) => [key, withNegativeZeros(item)])), zero: -0 };
    }
    return value;
  };

  propertyTest.prop([fc.jsonValue().map(withNegativeZeros)])(
    'parseInput reads every negative zero in validated data as 0, without changing the input',
    (value) => {
      const before = JSON.stringify(value);
      const parsed = parseInput(z.json(), value);
      expect(negativeZeroPaths(parsed)).toEqual([]);
      expect(JSON.stringify(value)).toBe(before);
    },
  );
});
