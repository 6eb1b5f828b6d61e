/**
 * Decodes an input file's bytes as UTF-8, strictly: a file in another encoding is refused with
 * the line and byte offset of the first byte UTF-8 does not allow, rather than read with each such
 * byte turned into U+FFFD (which made the Windows-1252 ids `José` and `Josë` one person). Pure: no
 * Node built-ins (`TextDecoder` is a web standard).
 *
 * @module
 */
import { InputFileError } from './cli-errors.js';

/** What kind of file is being read, for the advice on how to save it as UTF-8. */
export type TextFileKind = 'csv' | 'json';

/**
 * The offset of the first byte that starts a sequence UTF-8 does not allow (a stray continuation
 * byte, a lead byte without its continuations, an overlong form, a UTF-16 surrogate, a code point
 * past U+10FFFF, or a sequence cut off by the end), or -1 when all the bytes are valid UTF-8.
 * Follows the well-formed byte sequences of the Unicode Standard, table 3-7, which is what
 * `new TextDecoder('utf-8', { fatal: true })` accepts.
 *
 * @param bytes - the bytes
 * @returns the offset of the first invalid sequence's first byte, or -1
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  const length = bytes.length;
  let at = 0;
  while (at < length) {
    const lead = bytes[at] as number;
    if (lead < 0x80) {
      at += 1;
      continue;
    }
    // The range of the second byte, and how many bytes the sequence has (table 3-7).
    let low = 0x80;
    let high = 0xbf;
    let size: number;
    if (lead >= 0xc2 && lead <= 0xdf) size = 2;
    else if (lead >= 0xe0 && lead <= 0xef) {
      size = 3;
      if (lead === 0xe0) low = 0xa0;
      if (lead === 0xed) high = 0x9f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      size = 4;
      if (lead === 0xf0) low = 0x90;
      if (lead === 0xf4) high = 0x8f;
    } else return at;
    if (at + size > length) return at;
    const second = bytes[at + 1] as number;
    if (second < low || second > high) return at;
    for (let next = 2; next < size; next += 1) {
      const byte = bytes[at + next] as number;
      if (byte < 0x80 || byte > 0xbf) return at;
    }
    at += size;
  }
  return -1;
}

/** The 1-based line of a byte offset (line feeds before it, plus one). */
function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let index = 0; index < offset; index += 1) if (bytes[index] === 0x0a) line += 1;
  return line;
}

/** How to save a file of a kind as UTF-8, in one sentence. */
function saveAdvice(kind: TextFileKind): string {
  return kind === 'csv'
    ? 'Save it again as UTF-8: in Excel, "Save As" with the type "CSV UTF-8 (Comma delimited)"; in other editors, "Save with encoding" and choose UTF-8.'
    : 'Save it again as UTF-8: in your editor, "Save with encoding" (or "Encoding") and choose UTF-8.';
}

const decoder = /* @__PURE__ */ new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * An input file's text from its bytes, which must be UTF-8. A UTF-8 byte order mark is kept (the
 * readers skip it), as when the file was read as text before.
 *
 * @param bytes - the file's bytes
 * @param fileName - the file's name, for messages
 * @param kind - what the file should hold, for the advice on re-saving it
 * @returns the text
 * @throws InputFileError naming the file when it starts with a UTF-16 byte order mark, holds NUL
 *   bytes (a binary file, or UTF-16 text), or holds a byte sequence UTF-8 does not allow (with its
 *   line and byte offset, counted from 0)
 */
export function decodeUtf8File(bytes: Uint8Array, fileName: string, kind: TextFileKind): string {
  const expected = `expected a ${kind === 'csv' ? 'CSV' : 'JSON'} file saved as UTF-8`;
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    throw new InputFileError(
      `${fileName}: not a text file in UTF-8 (it starts with the byte order mark of UTF-16, as Excel's "Unicode Text" writes); ${expected}. ${saveAdvice(kind)}`,
    );
  }
  if (bytes.includes(0)) {
    throw new InputFileError(`${fileName}: not a text file (it holds NUL bytes: a binary file, or text saved as UTF-16 "Unicode Text"); ${expected}`);
  }
  try {
    return decoder.decode(bytes);
  } catch {
    const offset = firstInvalidUtf8(bytes);
    const byte = (bytes[Math.max(offset, 0)] ?? 0).toString(16).toUpperCase().padStart(2, '0');
    throw new InputFileError(
      `${fileName} line ${lineOfByte(bytes, offset)}, byte offset ${offset}: not UTF-8 text (found the byte 0x${byte}, which UTF-8 does not allow there; ` +
        `the file was probably saved as Windows-1252, "ANSI" or another legacy encoding). ${saveAdvice(kind)}`,
    );
  }
}
