/**
 * File reading and writing for the command, with errors a user can act on. The only module of
 * the command (with `main.ts`) that touches the file system.
 *
 * @module
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { InputFileError, UsageError } from './cli-errors.js';
import { decodeUtf8File, type TextFileKind } from './decode-utf8.js';

/** A file-system error's code in plain words. */
function reason(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'it is a folder, not a file';
    case 'ENOTDIR':
    case 'EEXIST':
      // mkdir reports EEXIST when a part of the folder path is a file.
      return 'a part of the path is a file, not a folder';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

/**
 * Reads a text file, which must be UTF-8: the bytes are decoded strictly (see
 * {@link decodeUtf8File}), so a file saved in another encoding is refused rather than read with
 * replacement characters.
 *
 * @param path - the path, as the user gave it
 * @param kind - what the file holds (`csv` or `json`), for the advice on re-saving it as UTF-8
 * @param name - the name to use in messages (default the path)
 * @returns the text (a UTF-8 byte order mark is kept; the readers skip it)
 * @throws InputFileError when the file cannot be read or is not UTF-8 text
 */
export function readTextFile(path: string | URL, kind: TextFileKind, name = String(path)): string {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new InputFileError(`${name}: cannot read the file (${reason(error)})`);
  }
  return decodeUtf8File(bytes, name, kind);
}

/**
 * Writes a text file, creating its folder if needed.
 *
 * @param path - the path, as the user gave it
 * @param text - the content
 * @throws InputFileError when the file cannot be written
 */
export function writeTextFile(path: string, text: string): void {
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  } catch (error) {
    throw new InputFileError(`${path}: cannot write the file (${reason(error)})`);
  }
}

/**
 * Refuses an output file that is one of the input files, which writing the report would destroy.
 *
 * @param out - the output path (`--out`), or `null` for standard output
 * @param inputs - the input paths, `null` for those not given
 * @param command - the subcommand, for the pointer to its help
 * @throws UsageError when `out` names an input file
 */
export function assertOutputIsNotInput(out: string | null, inputs: readonly (string | null)[], command: string): void {
  if (out === null) return;
  const target = resolve(out);
  const clash = inputs.find((input) => input !== null && resolve(input) === target);
  if (clash !== undefined) throw new UsageError(`--out ${out} is an input file (${clash}); writing the report there would destroy it`, command);
}
