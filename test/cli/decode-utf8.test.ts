// Input files must be UTF-8 (issue 13, item 7). Read as text with Node's lenient decoder, a
// Windows-1252 CSV had each invalid byte turned into U+FFFD, so the ratees "Jos\xe9" and
// "Jos\xeb" (José and Josë) became one person. Files are now read as bytes and decoded strictly.
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeUtf8File, firstInvalidUtf8 } from '../../src/cli/decode-utf8.js';
import { runCliInProcess } from '../helpers/run-cli-in-process.js';
import { inputFileErrorMessage } from './input-file-error-message.js';
import { dataDir, sampleTexts } from './sample-data.js';

const temp = mkdtempSync(join(tmpdir(), 'lmdkit-utf8-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const bytes = (...parts: (string | number[])[]): Uint8Array =>
  Uint8Array.from(parts.flatMap((part) => (typeof part === 'string' ? [...Buffer.from(part, 'latin1')] : part)));

const excelHint = 'Save it again as UTF-8: in Excel, "Save As" with the type "CSV UTF-8 (Comma delimited)"; in other editors, "Save with encoding" and choose UTF-8.';
const editorHint = 'Save it again as UTF-8: in your editor, "Save with encoding" (or "Encoding") and choose UTF-8.';

describe('firstInvalidUtf8', () => {
  it('finds the start of the first sequence UTF-8 does not allow, or -1', () => {
    expect(firstInvalidUtf8(bytes('plain ASCII\n'))).toBe(-1);
    expect(firstInvalidUtf8(bytes([0xef, 0xbb, 0xbf], 'a', [0xc3, 0xa9, 0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x98, 0x80]))).toBe(-1);
    expect(firstInvalidUtf8(bytes('Jos', [0xe9], '\n'))).toBe(3); // Windows-1252 é
    expect(firstInvalidUtf8(bytes('a', [0x80]))).toBe(1); // a continuation byte on its own
    expect(firstInvalidUtf8(bytes('ab', [0xc3, 0x41]))).toBe(2); // a lead byte without its continuation
    expect(firstInvalidUtf8(bytes([0xc0, 0x80]))).toBe(0); // overlong NUL
    expect(firstInvalidUtf8(bytes([0xe0, 0x80, 0x80]))).toBe(0); // overlong three-byte form
    expect(firstInvalidUtf8(bytes('x', [0xed, 0xa0, 0x80]))).toBe(1); // a UTF-16 surrogate
    expect(firstInvalidUtf8(bytes([0xf4, 0x90, 0x80, 0x80]))).toBe(0); // past U+10FFFF
    expect(firstInvalidUtf8(bytes([0xf5, 0x80, 0x80, 0x80]))).toBe(0);
    expect(firstInvalidUtf8(bytes('end', [0xe2, 0x82]))).toBe(3); // cut off at the end of the file
    expect(firstInvalidUtf8(bytes([0xff, 0xfe], 'a'))).toBe(0);
  });
});

describe('decodeUtf8File', () => {
  it('decodes UTF-8 and keeps a byte order mark for the readers to skip, as before', () => {
    expect(decodeUtf8File(bytes([0xef, 0xbb, 0xbf], 'a,', [0xc3, 0xa9]), 'r.csv', 'csv')).toBe('\uFEFFa,é');
  });

  it('names the file, the line and the byte offset of the first invalid byte, and how to save as UTF-8', () => {
    const text = bytes('ratee_id\r\nM01\r\nJos', [0xe9], '\r\nJos', [0xeb], '\r\n');
    expect(inputFileErrorMessage(() => decodeUtf8File(text, 'r.csv', 'csv'))).toBe(
      `r.csv line 3, byte offset 18: not UTF-8 text (found the byte 0xE9, which UTF-8 does not allow there; the file was probably saved as Windows-1252, "ANSI" or another legacy encoding). ${excelHint}`,
    );
    expect(inputFileErrorMessage(() => decodeUtf8File(bytes('{"a": "caf', [0xe9], '"}'), 'case.json', 'json'))).toBe(
      `case.json line 1, byte offset 10: not UTF-8 text (found the byte 0xE9, which UTF-8 does not allow there; the file was probably saved as Windows-1252, "ANSI" or another legacy encoding). ${editorHint}`,
    );
  });

  it('calls a file with a UTF-16 byte order mark or NUL bytes not a text file, as the CSV reader does', () => {
    const utf16 = Uint8Array.from(Buffer.from('\uFEFF見出し', 'utf16le'));
    expect(inputFileErrorMessage(() => decodeUtf8File(utf16, 'r.csv', 'csv'))).toBe(
      `r.csv: not a text file in UTF-8 (it starts with the byte order mark of UTF-16, as Excel's "Unicode Text" writes); expected a CSV file saved as UTF-8. ${excelHint}`,
    );
    expect(inputFileErrorMessage(() => decodeUtf8File(bytes('{}', [0]), 'x.json', 'json'))).toBe(
      'x.json: not a text file (it holds NUL bytes: a binary file, or text saved as UTF-16 "Unicode Text"); expected a JSON file saved as UTF-8',
    );
  });
});

describe('the command on files that are not UTF-8', () => {
  const instrument = join(dataDir, '360-instrument.json');
  const header = 'ratee_id,rater_id,rater_group,item_id,score';

  it('rejects a Windows-1252 ratings CSV instead of merging José and Josë into one ratee', () => {
    const ratings = join(temp, 'cp1252.csv');
    const rows = ['self', 'manager'].flatMap((group, rater) => [
      bytes(`Jos`, [0xe9], `,a${rater},${group},D1,4\n`),
      bytes(`Jos`, [0xeb], `,b${rater},${group},D1,2\n`),
    ]);
    writeFileSync(ratings, Buffer.concat([Buffer.from(`${header}\n`), ...rows]));
    const outDir = join(temp, 'out-cp1252');
    const run = runCliInProcess(['360', ratings, '--instrument', instrument, '--out-dir', outDir]);
    expect(run.code, run.stderr).toBe(1);
    expect(run.stderr).toBe(
      `lmdkit: ${ratings} line 2, byte offset ${header.length + 4}: not UTF-8 text (found the byte 0xE9, which UTF-8 does not allow there; the file was probably saved as Windows-1252, "ANSI" or another legacy encoding). ${excelHint}\n`,
    );
    expect(existsSync(outDir)).toBe(false);
  });

  it.each([
    ['an instrument', 'instrument.json', sampleTexts.instrument, (file: string) => ['360', join(dataDir, '360-ratings.csv'), '--instrument', file]],
    ['a settings file', 'settings.json', sampleTexts.settings, (file: string) => ['360', join(dataDir, '360-ratings.csv'), '--instrument', instrument, '--settings', file]],
    ['an iip evidence file', 'evidence.json', sampleTexts.iip, (file: string) => ['iip', file]],
    ['an evaluation case', 'case.json', sampleTexts.case, (file: string) => ['evaluate', file]],
  ])('rejects %s with a Latin-1 byte in a text value', (_, name, text, argv) => {
    const file = join(temp, name);
    const at = text.indexOf('"', text.indexOf(':')) + 1;
    writeFileSync(file, Buffer.concat([Buffer.from(text.slice(0, at)), Buffer.from([0xe9]), Buffer.from(text.slice(at))]));
    const run = runCliInProcess([...argv(file), '--out', join(temp, `never-${name}.md`)]);
    expect(run.code, run.stderr).toBe(1);
    expect(run.stderr).toContain(`lmdkit: ${file} line ${text.slice(0, at).split('\n').length}, byte offset ${Buffer.byteLength(text.slice(0, at))}: not UTF-8 text`);
    expect(run.stderr).toContain(editorHint);
    expect(readdirSync(temp)).not.toContain(`never-${name}.md`);
  });
});
