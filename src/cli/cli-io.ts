/**
 * File reading and writing for the command, with errors a user can act on. The only module of
 * the command (with `main.ts`) that touches the file system.
 *
 * @module
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { InputFileError, UsageError } from './cli-errors.js';

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
 * Reads a text file as UTF-8.
 *
 * @param path - the path, as the user gave it
 * @returns the text
 * @throws InputFileError when the file cannot be read
 */
export function readTextFile(path: string | URL, name = String(path)): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new InputFileError(`${name}: cannot read the file (${reason(error)})`);
  }
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
