// The sample organisation ships its 360 cycle twice: as the long file the demo reads and as the
// wide export a survey tool gives (examples/data/generate-360-cycle.mjs writes both). Read with
// lmdkit/import, the two give exactly the same ratings.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readSurveyExport } from '../../src/import/index.js';
import { instrument360Schema } from '../../src/lmd/feedback360/instrument-360.js';

const data = new URL('../../examples/data/', import.meta.url);
const instrument = instrument360Schema.parse(JSON.parse(readFileSync(new URL('360-instrument.json', data), 'utf8')));
const wideText = readFileSync(new URL('360-export-wide.csv', data), 'utf8');
const longText = readFileSync(new URL('360-ratings.csv', data), 'utf8');

describe('the sample cycle as a wide export', () => {
  it('reads to exactly the ratings of the long file, with comments and no guess left unsaid', () => {
    const wide = readSurveyExport(wideText, { instrument });
    const long = readSurveyExport(longText, { instrument });
    expect(wide.format).toBe('wide');
    expect(wide.ratings).toEqual(long.ratings);
    expect(wide.comments.length).toBeGreaterThan(50);
    expect(wide.comments.some((comment) => comment.text.includes('\n'))).toBe(true);
    expect(wide.columns.map((column) => column.role)).toEqual(['rater', 'ignored', 'ratee', 'group', ...instrument.items.map(() => 'item'), 'comment', 'comment']);
    expect(wide.warnings.map((warning) => warning.code)).toEqual(['COLUMNS_IGNORED', 'GROUP_LABELS_READ']);
  });
});
