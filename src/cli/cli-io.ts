/**
 * File reading and writing for the command, with errors a user can act on. The only module of
 * the command (with `main.ts`) that touches the file system.
 *
 * @module
 */
import { randomBytes } from 'node:crypto';
import { closeSync, lstatSync, mkdirSync, openSync, readFileSync, readSync, realpathSync, renameSync, rmdirSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
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
 * Reads a file's bytes (a workbook, or text to be decoded by the caller).
 *
 * @param path - the path, as the user gave it
 * @param name - the name to use in messages (default the path)
 * @returns the bytes
 * @throws InputFileError when the file cannot be read
 */
export function readBinaryFile(path: string | URL, name = String(path)): Uint8Array {
  try {
    return readFileSync(path);
  } catch (error) {
    throw new InputFileError(`${name}: cannot read the file (${reason(error)})`);
  }
}

/**
 * The first bytes of a file (fewer when it is shorter), to tell its kind.
 *
 * @param path - the file
 * @param count - how many bytes
 * @returns the bytes
 * @throws InputFileError when the file cannot be read
 */
export function readFileHead(path: string, count: number): Uint8Array {
  try {
    const descriptor = openSync(path, 'r');
    try {
      const bytes = new Uint8Array(count);
      const read = readSync(descriptor, bytes, 0, count, 0);
      return bytes.subarray(0, read);
    } finally {
      closeSync(descriptor);
    }
  } catch (error) {
    throw new InputFileError(`${path}: cannot read the file (${reason(error)})`);
  }
}

/** How much of a file {@link readTextPieces} reads at a time. */
const READ_PIECE = 1 << 20;

/**
 * Reads a UTF-8 text file piece by piece (about a megabyte at a time), so that a large export is
 * never held whole. A byte order mark is dropped. Bytes that are not UTF-8, or a NUL byte, stop
 * the reading: the file is then read whole by {@link readTextFile}, whose message names the line.
 *
 * @param path - the file
 * @param onPiece - called with each piece of text, in order
 * @throws InputFileError when the file cannot be read or is not UTF-8 text
 */
export function readTextPieces(path: string, onPiece: (text: string) => void): void {
  let descriptor: number;
  try {
    descriptor = openSync(path, 'r');
  } catch (error) {
    throw new InputFileError(`${path}: cannot read the file (${reason(error)})`);
  }
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const bytes = new Uint8Array(READ_PIECE);
  let failed = false;
  try {
    for (;;) {
      let count: number;
      try {
        count = readSync(descriptor, bytes, 0, bytes.length, null);
      } catch (error) {
        throw new InputFileError(`${path}: cannot read the file (${reason(error)})`);
      }
      let text: string;
      try {
        text = decoder.decode(bytes.subarray(0, count), { stream: count > 0 });
      } catch {
        failed = true;
        break;
      }
      if (text.includes('\u0000')) {
        failed = true;
        break;
      }
      if (text.length > 0) onPiece(text);
      if (count === 0) break;
    }
  } finally {
    closeSync(descriptor);
  }
  if (failed) {
    // The whole-file reader says exactly what is wrong and where; it is reached only for a bad file.
    const text = readTextFile(path, 'csv');
    if (text.includes('\u0000')) {
      throw new InputFileError(
        `${path}: not a text file (it holds NUL bytes: a binary file, or text saved as UTF-16 "Unicode Text"); expected a CSV file saved as UTF-8`,
      );
    }
    throw new InputFileError(`${path}: not UTF-8 text`);
  }
}

/** A file being written piece by piece under a temporary name (see {@link StagedFiles.open}). */
export interface StagedFile {
  /** Appends text. @throws InputFileError when it cannot be written (every staged file is removed) */
  readonly write: (text: string) => void;
  /** Closes the file; it is renamed into place with the others at `commit`. */
  readonly close: () => void;
}

/** Files written under temporary names, to be renamed into place together. */
export interface StagedFiles {
  /**
   * Writes one file under a temporary name in the folder.
   *
   * @param name - the file's final name in the folder
   * @param text - its content
   * @throws InputFileError when it cannot be written (the files staged so far are removed)
   */
  readonly write: (name: string, text: string) => void;
  /**
   * Opens one file under a temporary name in the folder, to be written piece by piece.
   *
   * @param name - the file's final name in the folder
   * @returns the file: `write(text)`, then `close()`
   * @throws InputFileError when it cannot be created (the files staged so far are removed)
   */
  readonly open: (name: string) => StagedFile;
  /**
   * Renames every staged file into place, once all have been written.
   *
   * @throws InputFileError when a final name is a folder (nothing is renamed then) or a rename fails
   */
  readonly commit: () => void;
  /** Removes the staged files, and the folders created for them if empty. */
  readonly abandon: () => void;
}

/**
 * Starts writing a set of files into a folder all or nothing: each file goes to a temporary name
 * in the folder (`.lmdkit-<pid>-<random>-<n>.tmp`, on the same file system, so a rename is atomic), and
 * only {@link StagedFiles.commit} renames them into place. On any failure the temporary files are
 * removed, and the folders created for them if they are left empty.
 *
 * @param folder - the folder, created if missing
 * @param file - the one file to be written, as the user named it, for the message when the folder
 *   cannot be created (default: the message names the folder)
 * @returns the staged writer
 * @throws InputFileError when the folder cannot be created
 */
export function stageFiles(folder: string, file?: string): StagedFiles {
  let created: string | undefined;
  try {
    created = mkdirSync(folder, { recursive: true });
  } catch (error) {
    throw new InputFileError(file === undefined ? `${folder}: cannot write to the folder (${reason(error)})` : `${file}: cannot write the file (${reason(error)})`);
  }
  // Temporary names unique to this process and this call: .lmdkit-<pid>-<random>-<n>.tmp
  const prefix = `.lmdkit-${process.pid}-${randomBytes(4).toString('hex')}-`;
  const staged: { temporary: string; final: string }[] = [];
  const abandon = (): void => {
    for (const { temporary } of staged.splice(0)) rmSync(temporary, { force: true });
    if (created === undefined) return;
    // Remove the folders this call created, deepest first, while they are empty.
    for (let current = resolve(folder); ; current = dirname(current)) {
      try {
        rmdirSync(current);
      } catch {
        return;
      }
      if (current === resolve(created)) return;
    }
  };
  const fail = (path: string, error: unknown, written: string): never => {
    abandon();
    throw new InputFileError(`${path}: cannot write the file (${reason(error)}); ${written}`);
  };
  return {
    write(name, text) {
      const temporary = join(folder, `${prefix}${staged.length + 1}.tmp`);
      try {
        writeFileSync(temporary, text, { flag: 'wx' });
      } catch (error) {
        rmSync(temporary, { force: true });
        fail(join(folder, name), error, 'no report file was written');
      }
      staged.push({ temporary, final: join(folder, name) });
    },
    open(name) {
      const temporary = join(folder, `${prefix}${staged.length + 1}.tmp`);
      let descriptor = -1;
      try {
        descriptor = openSync(temporary, 'wx');
      } catch (error) {
        fail(join(folder, name), error, 'no report file was written');
      }
      staged.push({ temporary, final: join(folder, name) });
      let open = true;
      const close = (): void => {
        if (!open) return;
        open = false;
        closeSync(descriptor);
      };
      return {
        write(text) {
          try {
            writeSync(descriptor, text);
          } catch (error) {
            close();
            fail(join(folder, name), error, 'no report file was written');
          }
        },
        close,
      };
    },
    commit() {
      for (const { final } of staged) {
        let folderThere = false;
        try {
          folderThere = statSync(final).isDirectory();
        } catch {
          // No such file yet: the rename creates it.
        }
        if (folderThere) fail(final, { code: 'EISDIR' }, 'no report file was written');
      }
      let renamed = 0;
      for (const { temporary, final } of staged) {
        try {
          renameSync(temporary, final);
        } catch (error) {
          fail(final, error, renamed === 0 ? 'no report file was written' : `${renamed} report file${renamed === 1 ? ' was' : 's were'} already in place`);
        }
        renamed += 1;
      }
      staged.length = 0;
    },
    abandon,
  };
}

/**
 * Writes a text file all or nothing: to a temporary file beside it, then renamed into place, so a
 * failure never leaves a partial report. A symbolic link is followed: the file it points to is
 * replaced, as writing through the link did before. Creates the file's folder if needed.
 *
 * @param path - the path, as the user gave it
 * @param text - the content
 * @throws InputFileError when the file cannot be written
 */
export function writeTextFile(path: string, text: string): void {
  const file = openOutputFile(path);
  file.write(text);
  file.commit();
}

/** An output file being written piece by piece (see {@link openOutputFile}). */
export interface OutputFile {
  /** Appends text. */
  readonly write: (text: string) => void;
  /** Closes the file and renames it into place. */
  readonly commit: () => void;
  /** Closes and removes the temporary file. */
  readonly abandon: () => void;
}

/**
 * Opens an output file to be written piece by piece, all or nothing as {@link writeTextFile}
 * writes: to a temporary file beside it, renamed into place at `commit`; a symbolic link is
 * followed; the folder is created if needed.
 *
 * @param path - the path, as the user gave it
 * @returns the file: `write(text)` any number of times, then `commit()` (or `abandon()`)
 * @throws InputFileError when the file cannot be written
 */
export function openOutputFile(path: string): OutputFile {
  let target = path;
  try {
    if (lstatSync(path).isSymbolicLink()) target = realpathSync(path);
  } catch {
    // No such file, or a link to nothing: write the path as given.
  }
  const named = (error: unknown): unknown =>
    error instanceof InputFileError ? new InputFileError(error.message.replace(/; no report file was written$/, '').replace(target, path)) : error;
  let staged: StagedFiles;
  let file: StagedFile;
  try {
    staged = stageFiles(dirname(target), path);
    file = staged.open(basename(target));
  } catch (error) {
    throw named(error);
  }
  return {
    write(text) {
      try {
        file.write(text);
      } catch (error) {
        throw named(error);
      }
    },
    commit() {
      try {
        file.close();
        staged.commit();
      } catch (error) {
        staged.abandon();
        throw named(error);
      }
    },
    abandon() {
      file.close();
      staged.abandon();
    },
  };
}

/**
 * A file's identity: its device and inode after following links (`bigint`, as inode numbers can
 * pass 2^53), or its real path where the file system gives no inode numbers; `null` when there
 * is no such file.
 */
function fileIdentity(path: string): string | null {
  try {
    const stats = statSync(path, { bigint: true });
    return stats.ino === 0n ? `path:${realpathSync(path)}` : `${stats.dev}:${stats.ino}`;
  } catch {
    return null;
  }
}

/** Input files with their identities, worked out once for many comparisons. */
interface KnownInput {
  readonly path: string;
  readonly resolved: string;
  readonly identity: string | null;
}

function knownInputs(inputs: readonly (string | null)[]): KnownInput[] {
  return inputs.filter((input): input is string => input !== null).map((path) => ({ path, resolved: resolve(path), identity: fileIdentity(path) }));
}

/**
 * The input file that `output` is, by identity (device and inode, after following symbolic links,
 * so a link or a hard link to an input counts) or, for files that do not exist yet, by resolved
 * path; `null` when it is none of them.
 */
function inputAt(output: string, inputs: readonly KnownInput[]): string | null {
  const target = resolve(output);
  const samePath = inputs.find((input) => input.resolved === target);
  if (samePath !== undefined) return samePath.path;
  const identity = fileIdentity(output);
  if (identity === null) return null;
  return inputs.find((input) => input.identity === identity)?.path ?? null;
}

/**
 * Refuses an output file that is one of the input files, which writing the report would destroy:
 * the same path, or the same file under another name (a hard link) or through a symbolic link.
 *
 * @param out - the output path (`--out`), or `null` for standard output
 * @param inputs - the input paths, `null` for those not given
 * @param command - the subcommand, for the pointer to its help
 * @throws UsageError when `out` is an input file
 */
export function assertOutputIsNotInput(out: string | null, inputs: readonly (string | null)[], command: string): void {
  if (out === null) return;
  const clash = inputAt(out, knownInputs(inputs));
  if (clash === null) return;
  if (resolve(clash) === resolve(out)) throw new UsageError(`--out ${out} is an input file (${clash}); writing the report there would destroy it`, command);
  throw new UsageError(`--out ${out} is the input file ${clash} (the same file under another name or through a link); writing the report there would destroy it`, command);
}

/**
 * Refuses an output folder where one of the files the command would write is an input file (see
 * {@link assertOutputIsNotInput}), before anything is written.
 *
 * @param outDir - the output folder (`--out-dir`)
 * @param names - the names of the files the command would write in it
 * @param inputs - the input paths, `null` for those not given
 * @param command - the subcommand, for the pointer to its help
 * @throws UsageError when a file the command would write is an input file
 */
export function assertOutDirSparesInputs(outDir: string, names: Iterable<string>, inputs: readonly (string | null)[], command: string): void {
  if (fileIdentity(outDir) === null) return;
  const known = knownInputs(inputs);
  for (const name of names) {
    const clash = inputAt(join(outDir, name), known);
    if (clash !== null) throw new UsageError(`--out-dir ${outDir} would write ${name} over the input file ${clash}; writing the reports there would destroy it`, command);
  }
}
