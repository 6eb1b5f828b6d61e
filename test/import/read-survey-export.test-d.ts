// The reader's results are the very rows the 360 pipeline takes: its ratings go to
// interpret360Cohort as they are, its comments are Comment360 rows.
import { expectTypeOf, test } from 'vitest';
import { readSurveyExport, type SurveyExport, type SurveyExportWarningCode } from '../../src/import/index.js';
import type { Comment360 } from '../../src/lmd/feedback360/comment-360.js';
import type { Interpret360CohortInput } from '../../src/lmd/feedback360/interpret-360-cohort.js';

test('readSurveyExport returns the rows interpret360Cohort takes', () => {
  const read = readSurveyExport('', { instrument: { scale: { min: 1, max: 5 }, competencies: [], items: [] } });
  expectTypeOf(read).toEqualTypeOf<SurveyExport>();
  expectTypeOf(read.ratings).toMatchTypeOf<Interpret360CohortInput['ratings']>();
  expectTypeOf(read.comments).toEqualTypeOf<Comment360[]>();
  expectTypeOf(read.warnings[0]!.code).toEqualTypeOf<SurveyExportWarningCode>();
  expectTypeOf<string | readonly (readonly (string | number | null)[])[]>().toMatchTypeOf<Parameters<typeof readSurveyExport>[0]>();
  // @ts-expect-error the format is 'wide' or 'long'
  readSurveyExport('', { instrument: { scale: { min: 1, max: 5 }, competencies: [], items: [] }, format: 'tall' });
});
