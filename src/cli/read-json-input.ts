/**
 * Reads a JSON input file's text and checks it with a zod schema. Pure: syntax errors are
 * reported with their line and column, schema errors with the path and value, each prefixed with
 * the file's name, as {@link InputFileError}.
 *
 * @module
 */
import type { ZodType, output } from 'zod';
import { LmdInputError, parseInput } from '../index.js';
import { InputFileError, MAX_REPORTED_ERRORS } from './cli-errors.js';
import { findJsonSyntaxProblem } from './json-syntax-error.js';

/**
 * The line and column (both from 1) of a character offset in a text.
 *
 * @param text - the text
 * @param offset - a character offset into it
 * @returns the line and column
 */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let index = 0; index < end; index += 1) {
    if (text.charCodeAt(index) === 10) {
      line += 1;
      lineStart = index + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}

/**
 * Parses JSON text, turning a syntax error into a message with the line and column.
 *
 * @param text - the file's text (a byte order mark is skipped)
 * @param fileName - the name to use in messages
 * @returns the parsed value
 * @throws InputFileError for a syntax error, a key given twice in one object, nesting deeper than
 *   1,000 levels (`MAX_JSON_DEPTH`), or an empty file
 */
export function parseJsonText(text: string, fileName: string): unknown {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') throw new InputFileError(`${fileName}: the file is empty (expected JSON)`);
  // Scanned first, and even when JSON.parse would succeed: it accepts a key given twice, keeping the
  // last value, and the scan bounds the nesting so that nothing after it can exhaust the stack.
  const problem = findJsonSyntaxProblem(body);
  if (problem !== null) {
    const { line, column } = lineAndColumn(body, problem.offset);
    throw new InputFileError(`${fileName} line ${line}, column ${column}: ${problem.kind === 'syntax' ? 'not valid JSON: ' : ''}${problem.message}`);
  }
  try {
    return JSON.parse(body) as unknown;
  } catch (error) {
    throw new InputFileError(`${fileName}: not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
}

/**
 * Parses a JSON input file's text and checks it with a schema.
 *
 * @param text - the file's text
 * @param fileName - the name to use in messages
 * @param schema - the zod schema of the file format
 * @returns the parsed, checked value
 * @throws InputFileError naming the file, and the path and value of each problem (up to ten)
 */
export function readJsonInput<Schema extends ZodType>(text: string, fileName: string, schema: Schema): output<Schema> {
  return checkJsonInput(parseJsonText(text, fileName), fileName, schema);
}

/**
 * Checks an already parsed JSON value with a schema, for a reader that had to look at the value
 * first (so as not to parse and scan the text twice).
 *
 * @param value - the value from {@link parseJsonText}
 * @param fileName - the name to use in messages
 * @param schema - the zod schema of the file format
 * @returns the checked value
 * @throws InputFileError naming the file, and the path and value of each problem (up to ten)
 */
export function checkJsonInput<Schema extends ZodType>(value: unknown, fileName: string, schema: Schema): output<Schema> {
  return withFileErrors(fileName, () => parseInput(schema, value, ''));
}

/**
 * Runs a check or analysis of a file's data, reporting a library {@link LmdInputError} as an
 * {@link InputFileError} naming the file (see {@link inputErrorForFile}); other errors pass through.
 *
 * @param fileName - the file the data came from
 * @param run - the library call
 * @returns what `run` returns
 * @throws InputFileError when `run` throws an LmdInputError
 */
export function withFileErrors<T>(fileName: string, run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof LmdInputError) throw inputErrorForFile(error, fileName);
    throw error;
  }
}

/** zod's name of a JSON type in plain words (`object` → `a JSON object`). */
function jsonKind(name: string): string {
  const kinds: Readonly<Record<string, string>> = { object: 'a JSON object { … }', array: 'a JSON array [ … ]', string: 'a text in double quotes', number: 'a number', boolean: 'true or false' };
  return kinds[name] ?? name;
}

/**
 * A library {@link LmdInputError} as a file error: one line per distinct problem (up to ten),
 * each naming the file and the path inside it; a message repeated at several places is given
 * once, with how many places have it and the first three.
 *
 * @param error - the library's error
 * @param fileName - the file the data came from
 * @returns the error to report
 */
export function inputErrorForFile(error: LmdInputError, fileName: string): InputFileError {
  // The same message at many places is one problem: said once, with its count and first places.
  const groups = new Map<string, { message: string; paths: string[]; count: number; atRoot: boolean }>();
  for (const issue of error.issues) {
    const message = issue.message
      .replace(/^Invalid input: expected (.+?), received undefined \(received undefined\)$/, 'missing (expected $1)')
      .replace(/^Invalid input: expected (\w+), received \w+ (\(received .*\))$/s, (_, expected: string, received: string) => `expected ${jsonKind(expected)} ${received}`);
    const group = groups.get(message);
    if (group === undefined) groups.set(message, { message, paths: [issue.path], count: 1, atRoot: issue.keys.length === 0 });
    else {
      group.count += 1;
      if (group.paths.length < 3) group.paths.push(issue.path);
    }
  }
  const all = [...groups.values()];
  const lines = all.slice(0, MAX_REPORTED_ERRORS).map((group) =>
    group.count > 1
      ? `${fileName}, ${group.count} places: ${group.message}; first at ${group.paths.join(', ')}`
      : group.atRoot
        ? `${fileName}: ${group.message}`
        : `${fileName}, at ${group.paths[0]}: ${group.message}`,
  );
  if (all.length > MAX_REPORTED_ERRORS) lines.push(`… and ${all.length - MAX_REPORTED_ERRORS} more problem${all.length - MAX_REPORTED_ERRORS === 1 ? '' : 's'}`);
  return new InputFileError(lines.join('\n'));
}
