import { LmdInputError } from '../core/input-error.js';

/** The delimiters {@link parseSurveyCsv} reads: comma, semicolon (Excel where the decimal mark is a comma) and tab. */
export type SurveyCsvDelimiter = ',' | ';' | '\t';

/**
 * A CSV text split into rows of cells, as {@link parseSurveyCsv} returns it.
 * @see {@link parseSurveyCsv}
 */
export interface SurveyCsv {
  /** The records, in file order, each a list of cells (blank lines skipped). */
  readonly rows: string[][];
  /** The line (from 1) each record ends on, parallel to `rows`: a record with a quoted line break spans several lines. */
  readonly lines: number[];
  /** The delimiter the text was read with. */
  readonly delimiter: SurveyCsvDelimiter;
}

const delimiterNames: Readonly<Record<SurveyCsvDelimiter, string>> = { ',': 'comma', ';': 'semicolon', '\t': 'tab' };

/**
 * The delimiter of a CSV text: the comma, unless its first non-blank line has no comma and has
 * semicolons or tabs (Excel writes `;` where the decimal mark is a comma, and tabs for "Text").
 *
 * @internal
 */
export function detectDelimiter(text: string): SurveyCsvDelimiter {
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let end = text.indexOf('\n', start);
  let line = text.slice(start, end === -1 ? text.length : end);
  while (line.trim() === '' && end !== -1) {
    const next = text.indexOf('\n', end + 1);
    line = text.slice(end + 1, next === -1 ? text.length : next);
    end = next;
  }
  if (line.includes(',')) return ',';
  const semicolons = line.split(';').length;
  const tabs = line.split('\t').length;
  if (semicolons === 1 && tabs === 1) return ',';
  return tabs >= semicolons ? '\t' : ';';
}

/** Line feeds in `text` from `from` up to (not including) `to`. */
function countLineFeeds(text: string, from: number, to: number): number {
  let count = 0;
  for (let at = text.indexOf('\n', from); at !== -1 && at < to; at = text.indexOf('\n', at + 1)) count += 1;
  return count;
}

/**
 * Splits a survey export's CSV text into rows of cells: a UTF-8 byte order mark is skipped, lines
 * may end in CRLF, LF or CR, a cell in double quotes may hold the delimiter, line breaks and
 * doubled quotes (`""`), spaces around a cell are trimmed (inside quotes they are kept), and blank
 * lines are skipped. The delimiter is the comma unless the first line has none and has semicolons
 * or tabs. Pure and dependency-free: it runs in browsers, Deno and Node alike.
 *
 * @param text - the export's text
 * @returns the rows, the line each ends on, and the delimiter
 * @throws LmdInputError (keys `['text']`) when the text is not valid CSV; the message starts with the
 *   line (`line 3: a quoted value is never closed …`)
 * @example
 * parseSurveyCsv('\uFEFFName,Comment\r\nM07,"Calm, ""kind""\nand fair"\r\n').rows
 * //=> [['Name', 'Comment'], ['M07', 'Calm, "kind"\nand fair']]
 * parseSurveyCsv('a;b\n1;2\n').delimiter //=> ';'
 * parseSurveyCsv('a,b\n"x,y\n') //=> throws LmdInputError
 * @see {@link readSurveyExport} which reads the rows
 */
export function parseSurveyCsv(text: string): SurveyCsv {
  if (typeof text !== 'string') {
    throw new LmdInputError([{ keys: ['text'], message: `expected the export's text as a string (received ${text === null ? 'null' : typeof text})` }]);
  }
  const delimiter = detectDelimiter(text);
  const rows: string[][] = [];
  const lines: number[] = [];
  eachCsvRecord(text, delimiter, (row, line) => {
    rows.push(row);
    lines.push(line);
    return true;
  });
  return { rows, lines, delimiter };
}

/**
 * Splits a CSV text record by record, handing each to `onRecord` with the line it ends on, until
 * the text ends or `onRecord` returns `false`. See {@link parseSurveyCsv} for what it reads. A
 * piece of a longer text (cut just after a line feed outside quotes) is read with the line it
 * starts on and `atFileStart` false; the return value is the line the next piece starts on, or
 * -1 when `onRecord` stopped the reading.
 *
 * @internal
 */
export function eachCsvRecord(
  text: string,
  delimiter: SurveyCsvDelimiter,
  onRecord: (row: string[], line: number) => boolean,
  firstLine = 1,
  atFileStart = true,
): number {
  const length = text.length;
  const start = atFileStart && text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const separator = delimiter.charCodeAt(0);
  const fail = (line: number, message: string): never => {
    throw new LmdInputError([{ keys: ['text'], message: `line ${line}: ${message}` }]);
  };
  let row: string[] = [];
  let line = firstLine;
  let at = start;
  for (;;) {
    // At the start of a cell: spaces before it are not part of it.
    let from = at;
    while (from < length) {
      const code = text.charCodeAt(from);
      if (code !== 32 && (code !== 9 || separator === 9)) break;
      from += 1;
    }
    if (from < length && text.charCodeAt(from) === 34) {
      const opened = line;
      let value = '';
      let next = from + 1;
      for (;;) {
        const quote = text.indexOf('"', next);
        if (quote === -1) fail(opened, 'a quoted value is never closed (expected a closing double quote before the end of the file)');
        value += text.slice(next, quote);
        line += countLineFeeds(text, next, quote);
        if (text.charCodeAt(quote + 1) === 34) {
          value += '"';
          next = quote + 2;
        } else {
          next = quote + 1;
          break;
        }
      }
      while (next < length) {
        const code = text.charCodeAt(next);
        if (code !== 32 && (code !== 9 || separator === 9)) break;
        next += 1;
      }
      if (next < length) {
        const code = text.charCodeAt(next);
        if (code !== separator && code !== 10 && code !== 13) {
          fail(line, `unexpected text after a closing double quote (expected a ${delimiterNames[delimiter]} or the end of the line)`);
        }
      }
      row.push(value);
      at = next;
    } else {
      let next = from;
      while (next < length) {
        const code = text.charCodeAt(next);
        if (code === separator || code === 10 || code === 13) break;
        if (code === 34) fail(line, 'a double quote appears inside an unquoted value (expected the whole value in double quotes, with inner quotes doubled)');
        next += 1;
      }
      row.push(from === next ? '' : text.slice(from, next).trimEnd());
      at = next;
    }
    if (at < length && text.charCodeAt(at) === separator) {
      at += 1;
      continue;
    }
    // The end of a record: a blank line (one empty cell) is skipped.
    if ((row.length > 1 || row[0] !== '') && !onRecord(row, line)) return -1;
    row = [];
    if (at >= length) break;
    at += text.charCodeAt(at) === 13 && text.charCodeAt(at + 1) === 10 ? 2 : 1;
    line += 1;
  }
  return line;
}


/**
 * The name of a delimiter in messages (`comma`, `semicolon`, `tab`).
 * @internal
 */
export function delimiterName(delimiter: SurveyCsvDelimiter): string {
  return delimiterNames[delimiter];
}
