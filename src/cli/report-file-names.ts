/**
 * The names of the report files `lmdkit 360 --out-dir` writes, one per ratee and one for the
 * cohort, and the rules that keep them portable: a cycle gives the same files on Windows, macOS
 * and Linux, or none. Pure.
 *
 * @module
 */
import { InputFileError } from './cli-errors.js';
import { formatExtensions, type OutputFormat } from './cli-context.js';

/** The most bytes a file name may have on the common file systems (NTFS, APFS, ext4). */
export const MAX_FILE_NAME_BYTES = 255;

/** Device names Windows reserves, with or without an extension. */
const reservedOnWindows = /^(?:CON|PRN|AUX|NUL|COM[1-9]|LPT[1-9])$/i;

/** Characters Windows does not allow in a file name: `<>:"/\|?*` and the control characters. */
const notAllowedOnWindows = /[<>:"/\\|?*\u0000-\u001f]/;

/** A long name cut for a message: its first 60 characters, an ellipsis and its extension. */
function shortened(text: string, extension = ''): string {
  const stem = extension === '' ? text : text.slice(0, -extension.length);
  return stem.length > 60 ? `${stem.slice(0, 60)}…${extension}` : text;
}

/**
 * What would stop a file name working the same on Windows, macOS and Linux: more than 255 bytes
 * in UTF-8, a character Windows does not allow (`<>:"/\|?*` or a control character), a trailing
 * dot or space (which Windows drops), or a device name Windows reserves (`CON`, `PRN`, `AUX`,
 * `NUL`, `COM1`–`COM9`, `LPT1`–`LPT9`, in any case, with or without an extension).
 *
 * @param name - a file name (without a folder)
 * @returns the problem in words (starting "the name …"), or `null` when the name is portable
 * @example
 * import { reportFileNameProblem } from '../src/cli/report-file-names.js';
 * reportFileNameProblem('M07.md') //=> null
 * reportFileNameProblem('con.md') //=> 'the name con.md is a device name on Windows (CON, PRN, AUX, NUL, COM1 to COM9, LPT1 to LPT9, with any extension)'
 */
export function reportFileNameProblem(name: string): string | null {
  const dot = name.indexOf('.', 1);
  const extension = dot === -1 ? '' : name.slice(name.lastIndexOf('.'));
  const shown = shortened(name, extension);
  const bytes = new TextEncoder().encode(name).length;
  if (bytes > MAX_FILE_NAME_BYTES) return `the name ${shown} would be ${bytes} bytes long in UTF-8, more than the ${MAX_FILE_NAME_BYTES} a file name may have`;
  const character = notAllowedOnWindows.exec(name)?.[0];
  if (character !== undefined) return `the name ${JSON.stringify(shown)} holds ${JSON.stringify(character)}, which Windows does not allow in a file name`;
  if (/[. ]$/.test(name)) return `the name ${JSON.stringify(shown)} ends in a dot or a space, which Windows drops`;
  if (reservedOnWindows.test(dot === -1 ? name : name.slice(0, dot))) {
    return `the name ${shown} is a device name on Windows (CON, PRN, AUX, NUL, COM1 to COM9, LPT1 to LPT9, with any extension)`;
  }
  return null;
}

/**
 * A ratee id as a file name: characters other than letters, digits, `.`, `_` and `-` become `_`,
 * and leading dots too (so no id gives a hidden file or a path).
 *
 * @param rateeId - the ratee id
 * @param format - the output format, which gives the extension
 * @returns the file name
 * @example
 * import { rateeFileName } from '../src/cli/report-file-names.js';
 * rateeFileName('Ann Smith', 'markdown') //=> 'Ann_Smith.md'
 */
export function rateeFileName(rateeId: string, format: OutputFormat): string {
  const base = rateeId.replace(/[^A-Za-z0-9._-]/g, '_').replace(/^\.+/, '_');
  return `${base === '' ? '_' : base}.${formatExtensions[format]}`;
}

/**
 * The names of the files `--out-dir` writes: the cohort file's and one per ratee, in order. A name
 * already taken (by the cohort file, or by another id that reads the same ignoring case, as on
 * Windows and macOS) gets `-2`, `-3`, …, so every system gets the same files.
 *
 * @param rateeIds - the ratee ids, in the cohort's order
 * @param format - the output format
 * @param source - the ratings file's name, for messages
 * @returns the cohort file's name and each ratee's file name
 * @throws InputFileError naming the first ratee id whose file name is not portable, and why (see
 *   {@link reportFileNameProblem})
 */
export function reportFileNames(rateeIds: readonly string[], format: OutputFormat, source: string): { cohort: string; ratees: string[] } {
  const cohort = format === 'json' ? 'cohort.json' : 'cohort.md';
  // The cohort file's name is taken first, so that a ratee called "cohort" cannot be overwritten by it.
  const used = new Set<string>([cohort]);
  const ratees = rateeIds.map((rateeId) => {
    let name = rateeFileName(rateeId, format);
    for (let suffix = 2; used.has(name.toLowerCase()); suffix += 1) name = rateeFileName(`${rateeId}-${suffix}`, format);
    const problem = reportFileNameProblem(name);
    if (problem !== null) {
      throw new InputFileError(
        `${source}: the ratee id ${JSON.stringify(shortened(rateeId))} cannot name a report file in --out-dir: ${problem}; change the id in the file, or write this ratee alone with --ratee and --out`,
      );
    }
    used.add(name.toLowerCase());
    return name;
  });
  return { cohort, ratees };
}
