// Every LmdInputError issue carries its path as keys (issue 14, item 4), and its text path is the
// display form of those keys, so a program (the CLI mapping a row to a CSV line, an app marking a
// form field) never has to parse the text back.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as lmdkit from '../../src/index.js';
import { LmdInputError, formatPath } from '../../src/index.js';
import { thrownBy } from '../helpers/json-safety.js';

const instrument = {
  scale: { min: 1, max: 5 },
  competencies: [{ id: 'c', name: 'Coaching' }],
  items: [{ id: 'i', competencyId: 'c' }],
};

/** Bad calls across the modules, each with the keys its first issue must carry. */
const calls: readonly [string, () => unknown, readonly (string | number)[]][] = [
  ['mean of a NaN', () => lmdkit.mean([1, Number.NaN]), ['values', 1]],
  ['spearmanBrown r', () => lmdkit.spearmanBrown(2, 1), ['r']],
  ['icc ragged matrix', () => lmdkit.icc([[1, 2], [3]]), ['matrix', 1]],
  ['turnoverRate unknown key', () => lmdkit.turnoverRate({ leavers: 1, averageHeadcount: 2, x: 1 } as never), ['input', 'x']],
  ['turnoverRate negative', () => lmdkit.turnoverRate({ leavers: -1, averageHeadcount: 2 }), ['input', 'leavers']],
  ['cohensD too large', () => lmdkit.cohensDConfidenceInterval({ d: -1.7e308, n1: 2, n2: 10 }), ['input', 'd']],
  ['assessLmModel audience', () => lmdkit.assessLmModel([{ requirementId: 'LM1.1', audience: 'boss', source: 'interview', supports: 'yes' }] as never), ['evidence', 0, 'audience']],
  ['getLmIndicator', () => lmdkit.getLmIndicator('LM10' as never), ['id']],
  [
    'interpret360 score',
    () => lmdkit.interpret360({ instrument, ratings: [{ raterId: 'a', group: 'self', itemId: 'i', score: 9 }] }),
    ['ratings', 0, 'score'],
  ],
  [
    'interpret360Cohort row key',
    () => lmdkit.interpret360Cohort({ instrument, ratings: [{ rateeId: 'r', raterId: 'a', group: 'self', itemId: 'i', score: 3, extra: 1 } as never] }),
    ['ratings', 0, 'extra'],
  ],
  [
    'interpret360Cohort readiness for an id that needs quoting',
    () =>
      lmdkit.interpret360Cohort({
        instrument,
        ratings: [{ rateeId: 'r', raterId: 'a', group: 'self', itemId: 'i', score: 3 }],
        readiness: { 'M 07.b': { coaching: true } },
      }),
    ['readiness', 'M 07.b'],
  ],
  ['raterGroupLabel', () => lmdkit.raterGroupLabel(['boss'] as never, false), ['groups', 0]],
  ['sortFindingsBySeverity', () => lmdkit.sortFindingsBySeverity([null] as never), ['findings', 0]],
  ['pairedEffectSize lengths', () => lmdkit.pairedEffectSize([1, 2, 3], [1, 2]), ['after']],
];

describe('LmdInputError issues carry their path as keys', () => {
  for (const [name, call, keys] of calls) {
    it(`${name}: keys ${JSON.stringify(keys)}, and the path is their display form`, () => {
      const error = thrownBy(call);
      expect(error).toBeInstanceOf(LmdInputError);
      const issues = (error as LmdInputError).issues;
      expect(issues[0]?.keys).toEqual(keys);
      for (const issue of issues) {
        expect(Object.isFrozen(issue.keys)).toBe(true);
        expect(issue.path).toBe(formatPath('', issue.keys));
      }
    });
  }

  it('an id that is not an identifier is quoted in the display path, not split at its dot', () => {
    const error = thrownBy(calls[10]?.[1] ?? (() => undefined)) as LmdInputError;
    expect(error.issues[0]?.path).toBe('readiness["M 07.b"]');
  });

  it('an error built from a text path alone keeps the text and makes it the one key', () => {
    const error = new LmdInputError([{ path: 'scores[2]', message: 'expected a finite number (received NaN)' }]);
    expect(error.issues[0]).toEqual({ path: 'scores[2]', keys: ['scores[2]'], message: 'expected a finite number (received NaN)' });
  });

  it('no library source builds an issue from a text path (they give keys)', () => {
    const root = join(import.meta.dirname, '../../src');
    const offenders = readdirSync(root, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.ts'))
      .flatMap((file) => {
        const text = readFileSync(join(root, file), 'utf8');
        // An object literal that opens with `path` followed by `message:` is an issue built from text.
        return /\{\s*path(?::\s*[^,{}]+)?,\s*message:/.test(text) ? [file] : [];
      });
    expect(offenders).toEqual([]);
  });
});
