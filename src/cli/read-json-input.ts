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
 * each naming the file and the path inside it; a message repeated at more than three places is
 * given once, with how many places have it and the first three.
 *
 * @param error - the library's error
 * @param fileName - the file the data came from
 * @returns the error to report
 */
export function inputErrorForFile(error: LmdInputError, fileName: string): InputFileError {
  const messages = error.issues.map((issue) =>
    issue.message
      .replace(/^Invalid input: expected (.+?), received undefined \(received undefined\)$/, 'missing (expected $1)')
      .replace(/^Invalid input: expected (\w+), received \w+ (\(received .*\))$/s, (_, expected: string, received: string) => `expected ${jsonKind(expected)} ${received}`),
  );
  // A message at more than three places is one problem: said once, with its count and first places.
  const places = new Map<string, string[]>();
  messages.forEach((message, index) => places.set(message, [...(places.get(message) ?? []), error.issues[index]?.path ?? '']));
  const entries: string[] = [];
  const summarised = new Set<string>();
  messages.forEach((message, index) => {
    const at = places.get(message) ?? [];
    if (at.length > REPEATS_LISTED) {
      if (summarised.has(message)) return;
      summarised.add(message);
      entries.push(`${fileName}, ${at.length} places: ${message}; first at ${at.slice(0, REPEATS_LISTED).join(', ')}`);
      return;
    }
    const issue = error.issues[index];
    entries.push(issue === undefined || issue.keys.length === 0 ? `${fileName}: ${message}` : `${fileName}, at ${issue.path}: ${message}`);
  });
  const lines = entries.slice(0, MAX_REPORTED_ERRORS);
  const more = entries.length - lines.length;
  if (more > 0) lines.push(`… and ${more} more problem${more === 1 ? '' : 's'}`);
  return new InputFileError(lines.join('\n'));
}

/** How many places of a repeated problem are listed one by one; more are summarised. */
const REPEATS_LISTED = 3;
