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
}

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);

/** The line (from 1) of a character offset. */
function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let index = text.indexOf('\n'); index !== -1 && index < offset; index = text.indexOf('\n', index + 1)) line += 1;
  return line;
}

/**
 * Scans JSON text and returns the first syntax problem (RFC 8259) or duplicate key, or `null` when
 * it is valid and every object's keys are distinct.
 *
 * @param text - the JSON text
 * @returns the problem's offset and description, or `null`
 */
export function findJsonSyntaxProblem(text: string): JsonSyntaxProblem | null {
  let at = 0;
  const fail = (message: string): never => {
    // A comment fails wherever it stands; say so rather than "expected a value (found "/")".
    const comment = text[at] === '/' && (text[at + 1] === '/' || text[at + 1] === '*');
    throw { offset: at, message: comment ? 'comments are not allowed in JSON (remove the comment)' : message } satisfies JsonSyntaxProblem;
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
  // An object or array from its opening bracket: members separated by commas, up to `close`.
  const container = (close: string, member: () => void): void => {
    at += 1;
    skip();
    if (text[at] === close) {
      at += 1;
      return;
    }
    for (;;) {
      member();
      skip();
      if (text[at] === ',') {
        at += 1;
        skip();
        if (text[at] === close) fail(`a trailing comma before ${close} (remove it)`);
        continue;
      }
      if (text[at] === close) {
        at += 1;
        return;
      }
      fail(`expected a comma or ${close} (found ${describe()})`);
    }
  };
  const value = (): void => {
    skip();
    const char = text[at];
    if (char === '{') {
      const keys = new Map<string, number>();
      container('}', () => {
        skip();
        if (text[at] !== '"') fail(`expected a key in double quotes (found ${describe()})`);
        const start = at;
        string();
        const key = JSON.parse(text.slice(start, at)) as string;
        const first = keys.get(key);
        if (first !== undefined) {
          at = start;
          fail(`the key ${JSON.stringify(key)} appears twice in the same object (first at line ${lineOf(text, first)}); keep one`);
        }
        keys.set(key, start);
        expect(':', 'a colon after the key');
        value();
      });
      return;
    }
    if (char === '[') {
      container(']', value);
      return;
    }
    if (char === '"') return string();
    const literal = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(text.slice(at, at + 400));
    if (literal === null || literal[0] === '') fail(`expected a value (found ${describe()})`);
    at += (literal as RegExpExecArray)[0].length;
  };
  try {
    value();
    skip();
    if (at < text.length) fail(`unexpected text after the end of the JSON value (found ${describe()})`);
    return null;
  } catch (problem) {
    if (problem !== null && typeof problem === 'object' && 'offset' in problem) return problem as JsonSyntaxProblem;
    throw problem;
  }
}
