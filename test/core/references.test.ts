import { describe, expect, it } from 'vitest';
import { deepFreeze, getReference, LmdInputError, references, sortFindingsBySeverity, type Finding, type ReferenceId } from '../../src/index.js';
import { frozen, isDeeplyFrozen, roundTrip } from '../helpers/json-safety.js';

describe('references (the bibliography)', () => {
  const entries = Object.entries(references);

  it('keys each entry by its own id, in kebab case', () => {
    for (const [key, citation] of entries) {
      expect(citation.id).toBe(key);
      expect(key).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    }
  });

  it('has complete entries', () => {
    for (const [, citation] of entries) {
      expect(citation.authors.length).toBeGreaterThan(0);
      expect(citation.year).toBeGreaterThanOrEqual(1900);
      expect(citation.year).toBeLessThanOrEqual(2026);
      expect(citation.title.trim()).not.toBe('');
      expect(citation.outlet.trim()).not.toBe('');
      expect(typeof citation.verified).toBe('boolean');
    }
  });

  it('explains every unverified entry', () => {
    for (const [, citation] of entries) {
      if (!citation.verified) expect('note' in citation).toBe(true);
    }
  });

  it('is frozen and JSON-safe', () => {
    expect(isDeeplyFrozen(references)).toBe(true);
    expect(roundTrip(references)).toEqual(references);
  });

  it('looks up by id, rejecting unknown ids', () => {
    expect(getReference('judge-piccolo-2004').year).toBe(2004);
    expect(() => getReference('nobody-1999' as ReferenceId)).toThrow(LmdInputError);
    expect(() => getReference('toString' as ReferenceId)).toThrow(LmdInputError);
  });
});

describe('deepFreeze', () => {
  it('freezes nested objects and arrays and tolerates cycles', () => {
    const value: { list: number[]; inner: { deeper: { n: number } }; self?: unknown } = {
      list: [1],
      inner: { deeper: { n: 1 } },
    };
    value.self = value;
    deepFreeze(value);
    expect(Object.isFrozen(value)).toBe(true);
    expect(isDeeplyFrozen(value.list)).toBe(true);
    expect(isDeeplyFrozen(value.inner)).toBe(true);
    expect(() => {
      (value.inner.deeper as { n: number }).n = 2;
    }).toThrow(TypeError);
  });

  it('reaches inside an already frozen shell', () => {
    const inner = { n: 1 };
    const shell = Object.freeze({ inner });
    deepFreeze(shell);
    expect(Object.isFrozen(inner)).toBe(true);
  });

  it('returns primitives unchanged', () => {
    expect(deepFreeze(3)).toBe(3);
    expect(deepFreeze(null)).toBe(null);
  });
});

describe('sortFindingsBySeverity', () => {
  it('puts risks first, keeps order among equals and leaves the input alone', () => {
    const findings: Finding[] = frozen([
      { code: 'A', severity: 'advice', message: 'a', basis: [] },
      { code: 'B', severity: 'risk', message: 'b', basis: [] },
      { code: 'C', severity: 'advice', message: 'c', basis: [] },
      { code: 'D', severity: 'info', message: 'd', basis: [] },
      { code: 'E', severity: 'warning', message: 'e', basis: [] },
    ]);
    expect(sortFindingsBySeverity(findings).map((finding) => finding.code)).toEqual(['B', 'E', 'A', 'C', 'D']);
  });
});
