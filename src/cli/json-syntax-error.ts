/**
 * Finds where JSON text stops being valid, for error messages: Node 20's `JSON.parse` errors do
 * not always give a position. Also finds a key given twice in one object, which `JSON.parse`
 * accepts silently (the last value wins), so that a file cannot say two things at once. Pure.
 *
 * @module
 */

/** Where a JSON text goes wrong, and what was expected there. */
export interface JsonSyntaxProblem {
  /** The character offset of the problem. */
  readonly offset: number;
  /** What is wrong, in plain words. */
  readonly message: string;
  /**
   * `syntax` for text that is not JSON (RFC 8259) or a key given twice; `too-deep` for valid JSON
   * nested deeper than {@link MAX_JSON_DEPTH}, which the command refuses before parsing it.
   */
  readonly kind: 'syntax' | 'too-deep';
}

/**
 * The deepest nesting of arrays and objects the command reads: far beyond any real input file
 * (the deepest lmdkit format nests five or six levels), and low enough that nothing after the
 * scan (`JSON.parse`, the zod schemas, the error messages) can run out of call stack.
 */
export const MAX_JSON_DEPTH = 1000;

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);

/** The line (from 1) of a character offset. */
function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let index = text.indexOf('\n'); index !== -1 && index < offset; index = text.indexOf('\n', index + 1)) line += 1;
  return line;
}

/** An array or object the scanner is inside: its closing bracket, and an object's keys so far. */
interface OpenContainer {
  readonly close: ']' | '}';
  readonly keys: Map<string, number> | null;
}

/**
 * Scans JSON text and returns the first syntax problem (RFC 8259) or duplicate key, or `null` when
 * it is valid and every object's keys are distinct. Nesting deeper than {@link MAX_JSON_DEPTH} is
 * a problem too (`kind: 'too-deep'`). The scan is iterative, with an explicit stack of the open
 * arrays and objects, so no input can exhaust the call stack.
 *
 * @param text - the JSON text
 * @returns the problem's offset, description and kind, or `null`
 */
export function findJsonSyntaxProblem(text: string): JsonSyntaxProblem | null {
  let at = 0;
  const fail = (message: string): never => {
    // A comment fails wherever it stands; say so rather than "expected a value (found "/")".
    const comment = text[at] === '/' && (text[at + 1] === '/' || text[at + 1] === '*');
    throw { offset: at, message: comment ? 'comments are not allowed in JSON (remove the comment)' : message, kind: 'syntax' } satisfies JsonSyntaxProblem;
  };
  const describe = (): string => (at >= text.length ? 'the end of the file' : JSON.stringify(text[at]));
  const skip = (): void => {
    while (at < text.length && WHITESPACE.has(text[at] as string)) at += 1;
  };
  const expect = (char: string, what: string): void => {
    skip();
    if (text[at] !== char) fail(`expected ${what} (found ${describe()})`);
    at += 1;
  };
  const string = (): void => {
    at += 1;
    for (;;) {
      if (at >= text.length) fail('a text value is never closed (expected a closing double quote)');
      const char = text[at] as string;
      if (char === '"') {
        at += 1;
        return;
      }
      if (char < ' ') fail(`a control character inside a text value (found ${JSON.stringify(char)}; write it as an escape such as \\n)`);
      if (char === '\\') {
        const next = text[at + 1];
        if (next === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(at + 2, at + 6))) fail('expected four hex digits after \\u');
          at += 6;
        } else if (next !== undefined && '"\\/bfnrt'.includes(next)) at += 2;
        else fail(`an unknown escape \\${next ?? ''} in a text value`);
      } else at += 1;
    }
  };
  // An object member's key and colon, checking the key against the object's keys so far.
  const key = (keys: Map<string, number>): void => {
    skip();
    if (text[at] !== '"') fail(`expected a key in double quotes (found ${describe()})`);
    const start = at;
    string();
    const name = JSON.parse(text.slice(start, at)) as string;
    const first = keys.get(name);
    if (first !== undefined) {
      at = start;
      fail(`the key ${JSON.stringify(name)} appears twice in the same object (first at line ${lineOf(text, first)}); keep one`);
    }
    keys.set(name, start);
    expect(':', 'a colon after the key');
  };

  const open: OpenContainer[] = [];
  // Whether the scanner expects a value next (true) or has just read one (false).
  let wantValue = true;
  try {
    for (;;) {
      if (wantValue) {
        skip();
        const char = text[at];
        if (char === '{' || char === '[') {
          if (open.length >= MAX_JSON_DEPTH) {
            return {
              offset: at,
              message: `arrays and objects are nested more than ${MAX_JSON_DEPTH.toLocaleString('en-GB')} levels deep here; no lmdkit file needs more than a few levels (is this the right file?)`,
              kind: 'too-deep',
            };
          }
          const close = char === '{' ? '}' : ']';
          at += 1;
          skip();
          if (text[at] === close) {
            at += 1;
            wantValue = false;
            continue;
          }
          const container: OpenContainer = { close, keys: char === '{' ? new Map() : null };
          open.push(container);
          if (container.keys !== null) key(container.keys);
          continue;
        }
        if (char === '"') string();
        else {
          const literal = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(text.slice(at, at + 400));
          if (literal === null || literal[0] === '') fail(`expected a value (found ${describe()})`);
          at += (literal as RegExpExecArray)[0].length;
        }
        wantValue = false;
        continue;
      }
      const container = open[open.length - 1];
      if (container === undefined) break;
      skip();
      if (text[at] === ',') {
        at += 1;
        skip();
        if (text[at] === container.close) fail(`a trailing comma before ${container.close} (remove it)`);
        if (container.keys !== null) key(container.keys);
        wantValue = true;
        continue;
      }
      if (text[at] === container.close) {
        at += 1;
        open.pop();
        continue;
      }
      fail(`expected a comma or ${container.close} (found ${describe()})`);
    }
    skip();
    if (at < text.length) fail(`unexpected text after the end of the JSON value (found ${describe()})`);
    return null;
  } catch (problem) {
    if (problem !== null && typeof problem === 'object' && 'offset' in problem) return problem as JsonSyntaxProblem;
    throw problem;
  }
}
