// surveyExportStream reads what readSurveyExport reads, however the text is cut into pieces and
// however small the pieces it hands to the CSV splitter: the same columns, ratings, rows, lines,
// comments, warnings and errors, on exports shaped as the survey tools write them and on the
// sample organisation's two files.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseSurveyCsv, readSurveyExport, surveyExportStream, type SurveyExport, type SurveyExportColumns } from '../../src/import/index.js';
import { LmdInputError, noScore360, raterGroups, type Instrument360 } from '../../src/index.js';
import { cultureAmpExport, exportInstrument, googleFormsExport, longExport, microsoftFormsExport, qualtricsExport, surveyMonkeyExport } from './fixtures/survey-exports.js';

const sampleInstrument = JSON.parse(readFileSync(new URL('../../examples/data/360-instrument.json', import.meta.url), 'utf8')) as Instrument360;
const sample = (name: string): string => readFileSync(new URL(`../../examples/data/${name}`, import.meta.url), 'utf8');

const texts: readonly { name: string; text: string; instrument: Instrument360 }[] = [
  ...[qualtricsExport('labels'), qualtricsExport('codes'), surveyMonkeyExport(), microsoftFormsExport(), googleFormsExport(), cultureAmpExport()].map((fixture) => ({
    name: fixture.name,
    text: fixture.text,
    instrument: exportInstrument,
  })),
  { name: 'long file', text: longExport(qualtricsExport('labels').raterIds), instrument: exportInstrument },
  { name: 'sample wide export', text: sample('360-export-wide.csv'), instrument: sampleInstrument },
  { name: 'sample long file', text: sample('360-ratings.csv'), instrument: sampleInstrument },
];

/** The stream's result in readSurveyExport's shape: columns back to rating rows. */
function asExport(read: SurveyExportColumns, instrument: Instrument360): SurveyExport {
  const { ratings: columns, rowOfRating, lines: _lines, ...rest } = read;
  const ratings: SurveyExport['ratings'] = [];
  const ratingRows: number[] = [];
  for (let r = 0; r < columns.responses; r += 1) {
    for (let k = columns.responseStart[r] as number; k < (columns.responseStart[r + 1] as number); k += 1) {
      ratings.push({
        rateeId: columns.rateeIds[columns.responseRatee[r] as number] as string,
        raterId: columns.raterIds[columns.responseRater[r] as number] as string,
        group: raterGroups[columns.responseGroup[r] as number] as (typeof raterGroups)[number],
        itemId: instrument.items[columns.item[k] as number]?.id as string,
        score: columns.score[k] === noScore360 ? null : (columns.score[k] as number),
      });
      ratingRows.push(rowOfRating(k));
    }
  }
  return { ...rest, ratings, ratingRows };
}

function streamed(text: string, instrument: Instrument360, cuts: readonly number[], pieceSize: number): SurveyExportColumns {
  const stream = surveyExportStream({ instrument }, pieceSize);
  let from = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    const to = Math.min(text.length, Math.floor(cut * text.length));
    stream.push(text.slice(from, Math.max(from, to)));
    from = Math.max(from, to);
  }
  stream.push(text.slice(from));
  return stream.finish();
}

function outcome(run: () => unknown): unknown {
  try {
    return { value: run() };
  } catch (error) {
    if (error instanceof LmdInputError) return { issues: error.issues };
    throw error;
  }
}

describe('surveyExportStream', () => {
  for (const { name, text, instrument } of texts) {
    it(`${name}: the same as readSurveyExport, however the text is cut`, () => {
      const whole = readSurveyExport(text, { instrument });
      const lines = parseSurveyCsv(text).lines;
      fc.assert(
        fc.property(fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 8 }), fc.integer({ min: 1, max: 400 }), (cuts, pieceSize) => {
          const read = streamed(text, instrument, cuts, pieceSize);
          expect(asExport(read, instrument)).toStrictEqual(whole);
          expect([...read.lines]).toStrictEqual(lines);
        }),
        { numRuns: 25, seed: 20261203 },
      );
    });
  }

  it('gives the same errors as readSurveyExport for broken exports, wherever the cut falls', () => {
    const base = sample('360-export-wide.csv');
    const broken = [
      base.replace('Strongly agree', 'Totally agree'),
      base.replace(/\n([^\n]*)\n/, '\n$1,extra\n'),
      `${base}"an unclosed quote,\n`,
      base.replace('M07', ''),
    ];
    fc.assert(
      fc.property(fc.integer({ min: 0, max: broken.length - 1 }), fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 4 }), fc.integer({ min: 1, max: 500 }), (which, cuts, pieceSize) => {
        const text = broken[which] as string;
        const whole = outcome(() => readSurveyExport(text, { instrument: sampleInstrument }));
        expect(whole).toHaveProperty('issues');
        expect(outcome(() => streamed(text, sampleInstrument, cuts, pieceSize))).toStrictEqual(whole);
      }),
      { numRuns: 40, seed: 20261205 },
    );
  });

  it('refuses a piece that is not text, a bad piece size, and use after finishing', () => {
    const stream = surveyExportStream({ instrument: sampleInstrument });
    expect(() => stream.push(3 as never)).toThrow(/expected a piece of the export's text/);
    expect(() => surveyExportStream({ instrument: sampleInstrument }, 0)).toThrow(LmdInputError);
    stream.push(sample('360-ratings.csv'));
    stream.finish();
    expect(() => stream.finish()).toThrow(/already finished/);
  });
});
