import * as z from 'zod';
import { describe, expect, it } from 'vitest';
import { describeValue, formatPath, LmdInputError, parseInput } from '../../src/index.js';
import { thrownBy } from '../helpers/json-safety.js';

describe('LmdInputError', () => {
  it('is an Error whose message names the first path and value', () => {
    const error = new LmdInputError([
      { path: 'rows[2].score', message: 'expected a number (received "high")' },
      { path: 'rows[3].score', message: 'expected a number (received "")' },
    ]);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('LmdInputError');
    expect(error.message).toBe('rows[2].score: expected a number (received "high") (and 1 more problem)');
    expect(Object.isFrozen(error.issues)).toBe(true);
  });

  it('never has an empty issue list', () => {
    expect(new LmdInputError([]).issues).toHaveLength(1);
  });
});

describe('parseInput', () => {
  const schema = z.object({ rows: z.array(z.strictObject({ score: z.number(), 'rater id': z.string() })) });

  it('returns parsed data when valid', () => {
    expect(parseInput(schema, { rows: [{ score: 1, 'rater id': 'a' }] }, 'data')).toEqual({
      rows: [{ score: 1, 'rater id': 'a' }],
    });
  });

  it('names every bad path with the value received', () => {
    const error = thrownBy(() => parseInput(schema, { rows: [{ score: 'x', 'rater id': 7 }] }, 'data')) as LmdInputError;
    expect(error).toBeInstanceOf(LmdInputError);
    expect(error.issues.map((issue) => issue.path)).toEqual(['data.rows[0].score', 'data.rows[0]["rater id"]']);
    expect(error.issues[0]?.message).toMatch(/\(received "x"\)$/);
    expect(error.issues[1]?.message).toMatch(/\(received 7\)$/);
  });

  it('reports a missing value as undefined', () => {
    const error = thrownBy(() => parseInput(schema, { rows: [{ score: 1 }] }, 'data')) as LmdInputError;
    expect(error.issues[0]?.path).toBe('data.rows[0]["rater id"]');
    expect(error.issues[0]?.message).toMatch(/\(received undefined\)$/);
  });

  it('names each unknown key of a strict object', () => {
    const error = thrownBy(() =>
      parseInput(schema, { rows: [{ score: 1, 'rater id': 'a', scroe: 2 }] }, 'data'),
    ) as LmdInputError;
    expect(error.issues).toEqual([{ path: 'data.rows[0].scroe', keys: ['data', 'rows', 0, 'scroe'], message: 'this key is not recognised (check its spelling)' }]);
  });
});

describe('describeValue and formatPath', () => {
  it('describes values compactly', () => {
    expect(describeValue('a')).toBe('"a"');
    expect(describeValue(Number.POSITIVE_INFINITY)).toBe('Infinity');
    expect(describeValue(null)).toBe('null');
    expect(describeValue({ long: 'x'.repeat(100) })).toHaveLength(60);
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(describeValue(cyclic)).toBe('[object Object]');
  });

  it('writes accessors', () => {
    expect(formatPath('input', [])).toBe('input');
    expect(formatPath('', ['a', 0])).toBe('a[0]');
    expect(formatPath('', [])).toBe('(input)');
  });
});
