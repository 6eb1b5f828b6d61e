import { LmdInputError } from '../core/input-error.js';
import { parseInput } from '../core/parse-input.js';
import { ratingColumns360, type RatingColumns360 } from '../lmd/feedback360/rating-columns-360.js';
import { detectDelimiter } from './parse-survey-csv.js';
import { recordFeeder, type RecordFeeder, type SurveyExport, type SurveyExportParts } from './read-survey-export.js';
import { readSurveyExportOptionsSchema, type ReadSurveyExportOptions } from './survey-export-options.js';

/**
 * What {@link surveyExportStream} gives once the whole export has come: what
 * {@link readSurveyExport} gives, with the ratings in columns (for `interpret360Stream`) and the
 * line of each row.
 * @see {@link surveyExportStream}
 */
export type SurveyExportColumns = Omit<SurveyExport, 'ratings' | 'ratingRows'> & {
  /** The ratings, in columns over the instrument's items. */
  readonly ratings: RatingColumns360;
  /** The row (position in the export, from 0, header rows included) a rating was read from. */
  readonly rowOfRating: (rating: number) => number;
  /** The file line each row was read from (from 1; a record with quoted line breaks: the line it ends on). */
  readonly lines: Int32Array;
};

/**
 * A survey export being read piece by piece: push its text as it arrives, then finish.
 * @see {@link surveyExportStream}
 */
export interface SurveyExportStream {
  /** Reads another piece of the export's text (any length; a piece may end mid-line or mid-character pair). */
  readonly push: (text: string) => void;
  /** Reads what is left and gives the export; the stream is spent. */
  readonly finish: () => SurveyExportColumns;
}

/** The least text handed to the CSV splitter at once: fewer, longer pieces are quicker. */
const PIECE = 1 << 20;

/**
 * Reads a CSV survey export as it arrives, piece by piece, into columns: what
 * {@link readSurveyExport} reads from a whole text — the same columns, ratings, comments,
 * warnings and errors, with the same row numbers — but without ever holding the whole text, nor
 * an object per rating. Memory holds the ratings' columns (6 bytes a rating, 13 a response, 8 a
 * row), one piece of text
 * (about a megabyte, cut after a line end outside quotes), the comments and the checks across rows
 * (one entry per response). For an export of tens of thousands of managers, read from a file or
 * a network stream, then interpreted with `interpret360Stream`.
 *
 * A file whose lines end in a carriage return alone (old Mac files) has no cut point, so it is
 * held whole until `finish`; it is read the same.
 *
 * @param options - the instrument and any corrections, as for {@link readSurveyExport}
 * @param pieceSize - the least text handed to the CSV splitter at once, in characters (default
 *   1,048,576); the result is the same whatever it is
 * @returns a stream: `push(text)` as the text arrives, then `finish()`
 * @throws LmdInputError (from `push` or `finish`) as {@link readSurveyExport} does: for invalid
 *   options at once, for the export's problems when they are found
 * @example
 * const instrument = {
 *   scale: { min: 1, max: 5 },
 *   competencies: [{ id: 'c', name: 'Listening' }],
 *   items: [{ id: 'L1', competencyId: 'c', text: 'Listens without interrupting' }],
 * };
 * const stream = surveyExportStream({ instrument });
 * stream.push('Respondent ID,Ratee,Relationship,Listens without inter');
 * stream.push('rupting\nr1,M07,Self,4\nr2,M07,Peer,');
 * stream.push('5\n');
 * const read = stream.finish();
 * [read.responses, read.ratings.length, [...read.ratings.score], read.rowOfRating(1), read.lines[2]] //=> [2, 2, [4, 5], 2, 3]
 * @see {@link readSurveyExport}; `interpret360Stream` in `lmdkit`
 */
export function surveyExportStream(options: ReadSurveyExportOptions, pieceSize: number = PIECE): SurveyExportStream {
  const parsed = parseInput(readSurveyExportOptionsSchema, options, 'options');
  if (!Number.isSafeInteger(pieceSize) || pieceSize < 1) {
    throw new LmdInputError([{ keys: ['pieceSize'], message: `expected a whole number of characters, at least 1 (received ${String(pieceSize)})` }]);
  }
  const columns = ratingColumns360(parsed.instrument);
  let feeder: RecordFeeder | null = null;
  let buffer = '';
  let scanned = 0;
  let quoted = false;
  let cut = -1;
  let line = 1;
  let atFileStart = true;
  let spent = false;
  const feed = (piece: string): void => {
    feeder ??= recordFeeder(parsed, detectDelimiter(piece), columns, true);
    if (line === -1) return;
    line = feeder.feed(piece, line, atFileStart);
    atFileStart = false;
  };
  return {
    push(text) {
      if (spent) throw new LmdInputError([{ keys: [], message: 'this stream is already finished; start another with surveyExportStream' }]);
      if (typeof text !== 'string') throw new LmdInputError([{ keys: ['text'], message: `expected a piece of the export's text (received ${text === null ? 'null' : typeof text})` }]);
      buffer += text;
      // Where a record surely ends: a line feed outside quotes (quotes pair up in valid CSV).
      for (let at = scanned; at < buffer.length; at += 1) {
        const code = buffer.charCodeAt(at);
        if (code === 34) quoted = !quoted;
        else if (code === 10 && !quoted) cut = at;
      }
      scanned = buffer.length;
      if (cut + 1 >= pieceSize) {
        const piece = buffer.slice(0, cut + 1);
        buffer = buffer.slice(cut + 1);
        scanned = buffer.length;
        cut = -1;
        feed(piece);
      }
    },
    finish() {
      if (spent) throw new LmdInputError([{ keys: [], message: 'this stream is already finished; start another with surveyExportStream' }]);
      spent = true;
      if (buffer.length > 0 || feeder === null) feed(buffer);
      buffer = '';
      const parts = (feeder as RecordFeeder | null)?.end().finish() as SurveyExportParts;
      return { ...parts, ratings: columns.finish(), lines: (feeder as RecordFeeder | null)?.lines() ?? new Int32Array(0) };
    },
  };
}
