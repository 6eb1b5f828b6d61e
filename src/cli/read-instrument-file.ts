import type { Instrument360 } from '../lmd/index.js';
import { instrument360FileSchema } from './file-formats.js';
import { readJsonInput } from './read-json-input.js';

/**
 * Reads a 360 instrument file (the `instrument360-file` format: the library's instrument, which
 * may name its JSON Schema in a `$schema` key) and returns the instrument without that key, as
 * `interpret360` takes it. Pure: takes the file's text.
 *
 * @param text - the file's text
 * @param fileName - the file's name, for messages
 * @returns the instrument
 * @throws InputFileError naming the file, and the line and column or the path, when it is not a valid instrument
 */
export function readInstrumentFile(text: string, fileName: string): Instrument360 {
  const { $schema: _schemaKey, ...instrument } = readJsonInput(text, fileName, instrument360FileSchema);
  return instrument;
}
