// The instrument file may name its JSON Schema in `$schema`, like every other file of the command
// (audit of issue 7: the strict library schema rejected the key, so an editor-friendly file
// failed with "this key is not recognised"); the key never reaches the library.
import { describe, expect, it } from 'vitest';
import { InputFileError } from '../../src/cli/cli-errors.js';
import { readInstrumentFile } from '../../src/cli/read-instrument-file.js';
import { interpret360 } from '../../src/lmd/feedback360/interpret-360.js';

const instrument = {
  scale: { min: 1, max: 5 },
  competencies: [{ id: 'c', name: 'Coaching' }],
  items: [{ id: 'i1', competencyId: 'c' }],
};

describe('readInstrumentFile', () => {
  it('accepts a $schema key and drops it, so the library (strict) takes the result', () => {
    const text = JSON.stringify({ $schema: './node_modules/lmdkit/dist/schemas/instrument360-file.json', ...instrument });
    const read = readInstrumentFile(text, 'instrument.json');
    expect(read).toEqual(instrument);
    expect(Object.keys(read)).not.toContain('$schema');
    expect(interpret360({ instrument: read, ratings: [] }).competencies).toHaveLength(1);
  });

  it('still rejects other unknown keys and keeps the instrument cross-checks', () => {
    expect(() => readInstrumentFile(JSON.stringify({ ...instrument, version: 2 }), 'instrument.json')).toThrow(InputFileError);
    expect(() => readInstrumentFile(JSON.stringify({ ...instrument, version: 2 }), 'instrument.json')).toThrow(/instrument\.json.*version/s);
    const orphan = { ...instrument, items: [{ id: 'i1', competencyId: 'x' }] };
    expect(() => readInstrumentFile(JSON.stringify(orphan), 'instrument.json')).toThrow(/items\[0\]\.competencyId.*no competency in the instrument has this id/s);
  });
});
