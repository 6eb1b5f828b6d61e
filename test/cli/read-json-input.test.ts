import * as z from 'zod';
import { describe, expect, it } from 'vitest';
import { evaluationCaseSchema } from '../../src/report/index.js';
import { findJsonSyntaxProblem } from '../../src/cli/json-syntax-error.js';
import { inputErrorForFile, lineAndColumn, parseJsonText, readJsonInput } from '../../src/cli/read-json-input.js';
import { LmdInputError } from '../../src/core/input-error.js';
import { inputFileErrorMessage } from './input-file-error-message.js';

const messageOf = inputFileErrorMessage;

describe('JSON input files', () => {
  it('gives the line and column of a syntax error', () => {
    expect(messageOf(() => parseJsonText('{\n  "a": 1,\n  "b": }\n', 'case.json'))).toBe('case.json line 3, column 8: not valid JSON: expected a value (found "}")');
    expect(messageOf(() => parseJsonText('[1, 2,]', 'x.json'))).toBe('x.json line 1, column 7: not valid JSON: a trailing comma before ] (remove it)');
    expect(messageOf(() => parseJsonText('{"a": "open', 'x.json'))).toBe(
      'x.json line 1, column 12: not valid JSON: a text value is never closed (expected a closing double quote)',
    );
    expect(messageOf(() => parseJsonText('{"a": 1} x', 'x.json'))).toMatch(/^x\.json line 1, column 10: not valid JSON: unexpected text after the end/);
    expect(messageOf(() => parseJsonText('{a: 1}', 'x.json'))).toBe('x.json line 1, column 2: not valid JSON: expected a key in double quotes (found "a")');
    expect(messageOf(() => parseJsonText('  \n', 'x.json'))).toBe('x.json: the file is empty (expected JSON)');
  });

  it('agrees with JSON.parse on what is valid', () => {
    for (const text of ['{"a":[1,-2.5e3,true,false,null,"x\\u00e9\\n"]}', '[]', '{}', ' 0 ', '"s"']) {
      expect(findJsonSyntaxProblem(text)).toBeNull();
      expect(() => JSON.parse(text)).not.toThrow();
    }
    for (const text of ['{"a":01}', '[1,]', '{"a" 1}', 'tru', '"\\x"', '[1 2]', '']) {
      expect(findJsonSyntaxProblem(text)).not.toBeNull();
      expect(() => JSON.parse(text)).toThrow();
    }
  });

  it('counts lines and columns from 1', () => {
    expect(lineAndColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
    expect(lineAndColumn('ab', 0)).toEqual({ line: 1, column: 1 });
  });

  it('reports schema errors with the file name, path and value', () => {
    const schema = z.strictObject({ people: z.array(z.strictObject({ age: z.int().min(0) })) });
    expect(messageOf(() => readJsonInput('{"people":[{"age":3},{"age":-1}]}', 'people.json', schema))).toBe(
      'people.json, at people[1].age: Too small: expected number to be >=0 (received -1)',
    );
    expect(messageOf(() => readJsonInput('{"people":[],"extra":1}', 'people.json', schema))).toBe(
      'people.json, at extra: this key is not recognised (check its spelling)',
    );
    expect(messageOf(() => readJsonInput('[]', 'case.json', evaluationCaseSchema)).split('\n')[0]).toBe('case.json: expected a JSON object { … } (received [])');
    expect(messageOf(() => readJsonInput('{}', 'case.json', evaluationCaseSchema)).split('\n')[0]).toBe('case.json, at organisation: missing (expected string)');
  });

  it('turns a library LmdInputError into a file error listing at most ten distinct problems', () => {
    const issues = Array.from({ length: 12 }, (_, n) => ({ path: `evidence[${n}].audience`, message: `expected an audience (received "boss${n}")` }));
    const lines = inputErrorForFile(new LmdInputError(issues), 'e.json').message.split('\n');
    expect(lines[0]).toBe('e.json, at evidence[0].audience: expected an audience (received "boss0")');
    expect(lines).toHaveLength(11);
    expect(lines[10]).toBe('… and 2 more problems');
  });

  it('says a message repeated at many places once, with its count and its first places (issue 20)', () => {
    const issues = Array.from({ length: 824 }, (_, n) => ({ path: `evidence[${n}].audience`, message: 'expected an audience (received "boss")' }));
    const lines = inputErrorForFile(new LmdInputError(issues), 'e.json').message.split('\n');
    expect(lines).toEqual(['e.json, 824 places: expected an audience (received "boss"); first at evidence[0].audience, evidence[1].audience, evidence[2].audience']);
  });

  // Audit of issue 7: JSON files as people really write them.
  it('rejects a key given twice in one object, which JSON.parse accepts silently (last wins)', () => {
    const text = '{\n  "policy": { "minGroupSize": 5 },\n  "readiness": {},\n  "policy": {}\n}';
    expect(messageOf(() => parseJsonText(text, 'settings.json'))).toBe(
      'settings.json line 4, column 3: not valid JSON: the key "policy" appears twice in the same object (first at line 2); keep one',
    );
    // The same key in different objects, or escaped differently but equal, is judged by value.
    expect(parseJsonText('{"a": {"a": 1}, "b": [{"a": 1}, {"a": 2}]}', 'x.json')).toEqual({ a: { a: 1 }, b: [{ a: 1 }, { a: 2 }] });
    expect(messageOf(() => parseJsonText('{"a": 1, "\\u0061": 2}', 'x.json'))).toMatch(/the key "a" appears twice/);
  });

  it('says comments are not allowed, wherever they stand', () => {
    expect(messageOf(() => parseJsonText('// settings\n{}', 'x.json'))).toBe('x.json line 1, column 1: not valid JSON: comments are not allowed in JSON (remove the comment)');
    expect(messageOf(() => parseJsonText('{"a": 1 /* one */}', 'x.json'))).toBe('x.json line 1, column 9: not valid JSON: comments are not allowed in JSON (remove the comment)');
  });

  it('names the expected JSON type in plain words for null, an array or a text at the top', () => {
    expect(messageOf(() => readJsonInput('null', 'case.json', evaluationCaseSchema))).toBe('case.json: expected a JSON object { … } (received null)');
    expect(messageOf(() => readJsonInput('\uFEFF"x"', 'case.json', evaluationCaseSchema))).toBe('case.json: expected a JSON object { … } (received "x")');
  });
});
