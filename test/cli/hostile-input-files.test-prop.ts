// The command on hostile input files, as properties (issue 13): arbitrary bytes as the ratings
// CSV, the instrument, the settings, the iip evidence and the evaluation case. Bytes that cannot be
// a valid file (invalid UTF-8, NUL bytes, UTF-16, nesting past the limit, each on top of random
// bytes or of a mutated sample file, with or without a byte order mark) must give exit 1, a
// message naming the file, no stack trace and no output file; mutations of the sample files that
// stay UTF-8 may be valid or not, but never give exit 70, a stack trace or a partial output.
// The command runs in-process (runCli, as dist/cli/main.js calls it) to keep a run to milliseconds.
import { fc, test } from '@fast-check/vitest';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect } from 'vitest';
import { runCliInProcess, type CliRun } from '../helpers/run-cli-in-process.js';
import { dataDir } from './sample-data.js';

const temp = mkdtempSync(join(tmpdir(), 'lmdkit-hostile-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const sample = {
  ratings: join(dataDir, '360-ratings.csv'),
  instrument: join(dataDir, '360-instrument.json'),
  settings: join(dataDir, '360-settings.json'),
  iip: join(dataDir, 'iip-evidence.json'),
  case: join(dataDir, 'evaluation-case.json'),
};

/** One input file of one command: its sample, and the arguments that read a file in its place. */
interface InputKind {
  readonly name: keyof typeof sample;
  readonly json: boolean;
  /** The arguments for the file, writing into the (empty) folder `out`. */
  readonly argv: (file: string, out: string) => string[];
}

const kinds: readonly InputKind[] = [
  { name: 'ratings', json: false, argv: (file, out) => ['360', file, '--instrument', sample.instrument, '--out-dir', out] },
  { name: 'instrument', json: true, argv: (file, out) => ['360', sample.ratings, '--instrument', file, '--out-dir', out] },
  { name: 'settings', json: true, argv: (file, out) => ['360', sample.ratings, '--instrument', sample.instrument, '--settings', file, '--out', join(out, 'cohort.md')] },
  { name: 'iip', json: true, argv: (file, out) => ['iip', file, '--out', join(out, 'report.md')] },
  { name: 'case', json: true, argv: (file, out) => ['evaluate', file, '--format', 'json', '--out', join(out, 'report.json')] },
];

const sampleBytes = Object.fromEntries(Object.entries(sample).map(([key, path]) => [key, Uint8Array.from(readFileSync(path))])) as Record<keyof typeof sample, Uint8Array>;

const UTF8_BOM = [0xef, 0xbb, 0xbf];

/** Byte sequences UTF-8 does not allow: stray continuation, bad leads, overlong forms, a surrogate, past U+10FFFF, a cut-off sequence. */
const invalidUtf8 = fc.constantFrom([0x80], [0xbf], [0xc0, 0x80], [0xc1, 0xbf], [0xe9], [0xeb], [0xff], [0xfe], [0xe0, 0x80, 0x80], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xf8, 0x88, 0x80, 0x80, 0x80], [0xe2, 0x82]);

/** Edits of a byte array: deletions, duplications and overwrites of short ranges. */
function mutated(base: Uint8Array): fc.Arbitrary<Uint8Array> {
  const edit = fc.record({ at: fc.nat(), length: fc.integer({ min: 0, max: 40 }), kind: fc.constantFrom('delete', 'duplicate', 'overwrite', 'truncate'), bytes: fc.uint8Array({ maxLength: 8 }) });
  return fc.array(edit, { maxLength: 4 }).map((edits) => {
    let bytes = base;
    for (const { at, length, kind, bytes: inserted } of edits) {
      const start = bytes.length === 0 ? 0 : at % bytes.length;
      if (kind === 'delete') bytes = Uint8Array.from([...bytes.subarray(0, start), ...bytes.subarray(start + length)]);
      else if (kind === 'duplicate') bytes = Uint8Array.from([...bytes.subarray(0, start + length), ...bytes.subarray(start, start + length), ...bytes.subarray(start + length)]);
      else if (kind === 'overwrite') bytes = Uint8Array.from([...bytes.subarray(0, start), ...inserted, ...bytes.subarray(start + inserted.length)]);
      else bytes = bytes.subarray(0, start);
    }
    return bytes;
  });
}

/** Inserts `inserted` at a position in `bytes` given as a fraction of its length. */
function insertAt(bytes: Uint8Array, where: number, inserted: readonly number[]): Uint8Array {
  const at = Math.floor(where * bytes.length);
  return Uint8Array.from([...bytes.subarray(0, at), ...inserted, ...bytes.subarray(at)]);
}

/** A position as a fraction of a file's length, spread evenly (fast-check's bias would favour the ends). */
const anywhere = fc.noBias(fc.integer({ min: 0, max: 999_999 })).map((millionths) => millionths / 1_000_000);

/** Arrays or objects nested past the limit, whole file or after a valid start. */
const deepNesting = fc.record({ levels: fc.integer({ min: 1_001, max: 20_000 }), objects: fc.boolean(), closed: fc.boolean(), lead: fc.constantFrom('', ' \n', '{"a":', '[1,') }).map(({ levels, objects, closed, lead }) => {
  const open = objects ? '{"k":' : '[';
  const close = objects ? '}' : ']';
  const text = `${lead}${open.repeat(levels)}${objects ? '1' : ''}${closed ? close.repeat(levels) : ''}`;
  return Uint8Array.from(Buffer.from(text));
});

/** Bytes that cannot be a valid input file of any kind. */
function alwaysInvalid(kind: InputKind): fc.Arbitrary<Uint8Array> {
  // Random bytes, the sample as it is (so one bad byte is the only fault, as in a Windows-1252
  // export), or the sample with a few edits.
  const base = fc.oneof(fc.uint8Array({ maxLength: 3000 }), fc.constant(sampleBytes[kind.name]), mutated(sampleBytes[kind.name]));
  const withBom = (arbitrary: fc.Arbitrary<Uint8Array>): fc.Arbitrary<Uint8Array> =>
    fc.tuple(arbitrary, fc.boolean()).map(([bytes, bom]) => (bom ? Uint8Array.from([...UTF8_BOM, ...bytes]) : bytes));
  const text = new TextDecoder().decode(sampleBytes[kind.name]);
  const utf16 = fc.tuple(fc.constantFrom('utf16le', 'utf16be'), fc.boolean(), fc.oneof(fc.constant(text), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 200 }))).map(([encoding, bom, content]) => {
    const little = Uint8Array.from(Buffer.from(`${bom ? '\uFEFF' : ''}${content}`, 'utf16le'));
    const bytes = encoding === 'utf16le' ? little : little.map((_, index) => little[index ^ 1] as number);
    // Without a byte order mark only text with an ASCII character (so a NUL byte) is surely not UTF-8.
    return bom || /[\u0001-\u007f]/.test(content) ? bytes : Uint8Array.from([...bytes, 0]);
  });
  return fc.oneof(
    withBom(fc.tuple(base, anywhere, invalidUtf8).map(([bytes, where, bad]) => insertAt(bytes, where, bad))),
    withBom(fc.tuple(base, anywhere).map(([bytes, where]) => insertAt(bytes, where, [0]))),
    utf16,
    withBom(deepNesting),
  );
}

/** Mutations of the sample file that stay UTF-8 text without NUL: some valid, most not. */
function nearValid(kind: InputKind): fc.Arbitrary<Uint8Array> {
  const text = new TextDecoder().decode(sampleBytes[kind.name]);
  const alphabet = kind.json ? '{}[]",:0123456789.-eE truefalsn\\u\n' : ',;"\n\r\t 0123456789-.selfmanagerpDR';
  const edit = fc.record({ at: fc.nat(), length: fc.integer({ min: 0, max: 30 }), kind: fc.constantFrom('delete', 'duplicate', 'insert', 'truncate'), insert: fc.string({ unit: fc.constantFrom(...alphabet), maxLength: 6 }) });
  return fc.array(edit, { minLength: 1, maxLength: 3 }).map((edits) => {
    let result = text;
    for (const { at, length, kind: what, insert } of edits) {
      const start = at % (result.length + 1);
      if (what === 'delete') result = result.slice(0, start) + result.slice(start + length);
      else if (what === 'duplicate') result = result.slice(0, start + length) + result.slice(start, start + length) + result.slice(start + length);
      else if (what === 'insert') result = result.slice(0, start) + insert + result.slice(start);
      else result = result.slice(0, start);
    }
    return Uint8Array.from(Buffer.from(result));
  });
}

let runCount = 0;

/** Writes the bytes as the kind's input file and runs the command into a fresh, empty folder. */
function runOn(kind: InputKind, bytes: Uint8Array): { run: CliRun; file: string; out: string } {
  runCount += 1;
  const file = join(temp, `${kind.name}-input.${kind.json ? 'json' : 'csv'}`);
  const out = join(temp, `out-${runCount}`);
  writeFileSync(file, bytes);
  mkdirSync(out);
  return { run: runCliInProcess(kind.argv(file, out)), file, out };
}

/**
 * What every failure must look like: exit 1, the file named, no stack trace, nothing written. A
 * mutated file may be valid in itself and clash with another input (an instrument without an item
 * the ratings use): then the message may name that other file instead, `also`.
 */
function expectCleanFailure(run: CliRun, file: string, out: string, also: readonly string[] = []): void {
  expect(run.code, run.stderr).toBe(1);
  expect([file, ...also].some((path) => run.stderr.includes(path)), run.stderr).toBe(true);
  expect(run.stderr).not.toMatch(/^\s+at /m);
  expect(run.stdout).toBe('');
  expect(readdirSync(out)).toEqual([]);
}

describe.each(kinds)('the $name file', (kind) => {
  test.prop([alwaysInvalid(kind)], { numRuns: 200 })('bytes that cannot be valid give exit 1, the file named, no stack trace and no output', (bytes) => {
    const { run, file, out } = runOn(kind, bytes);
    expectCleanFailure(run, file, out);
    rmSync(out, { recursive: true, force: true });
  });

  test.prop([nearValid(kind)], { numRuns: 80 })('mutations of the sample never give exit 70 or a stack trace, and fail without output', (bytes) => {
    const { run, file, out } = runOn(kind, bytes);
    expect(run.code, run.stderr).not.toBe(70);
    expect(run.stderr).not.toMatch(/^\s+at /m);
    if (run.code !== 0) expectCleanFailure(run, file, out, Object.values(sample));
    else expect(readdirSync(out).length).toBeGreaterThan(0);
    rmSync(out, { recursive: true, force: true });
  });
});
