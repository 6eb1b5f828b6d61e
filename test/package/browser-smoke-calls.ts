// The calls the browser smoke test (browser-smoke.test.ts) makes: one function from each module,
// plus one bad input, the 360 report rendered as HTML and Markdown (lmdkit/report), and a wide export read (lmdkit/import). The library is passed in rather than imported, so the very same calls run
// in headless Chromium (bundled with esbuild from dist/) and in Node (imported from dist/), and
// the two results can be compared. Not a test file itself.
import type { assessLmModel, interpret360, LmdInputError, mean, phillipsRoi } from '../../src/index.js';
import type { render360Html, render360Markdown } from '../../src/report/index.js';
import type { readSurveyExport } from '../../src/import/index.js';

/** The functions the calls use, each taken from the entry point named in the test. */
export interface SmokeLibrary {
  readonly mean: typeof mean;
  readonly assessLmModel: typeof assessLmModel;
  readonly interpret360: typeof interpret360;
  readonly phillipsRoi: typeof phillipsRoi;
  readonly LmdInputError: typeof LmdInputError;
  readonly render360Html: typeof render360Html;
  readonly render360Markdown: typeof render360Markdown;
  readonly readSurveyExport: typeof readSurveyExport;
}

/** What the calls return, as JSON (so it can cross from the page to the test). */
export interface SmokeResults {
  readonly mean: number;
  readonly assessLmModel: unknown;
  readonly interpret360: unknown;
  readonly phillipsRoi: unknown;
  /** The 360 report of `interpret360` as its HTML page and as Markdown. */
  readonly html360: string;
  readonly markdown360: string;
  /** A wide export (lmdkit/import) read into the ratings `interpret360` took. */
  readonly readSurveyExport: unknown;
  readonly badInput: { readonly isLmdInputError: boolean; readonly name: string; readonly message: string; readonly issues: unknown };
}

/** A tiny 360: one competency, two items, the ratee, three peers and a manager. */
const instrument = {
  scale: { min: 1, max: 5 },
  competencies: [{ id: 'trust', name: 'Builds trust' }],
  items: [
    { id: 'T1', competencyId: 'trust' },
    { id: 'T2', competencyId: 'trust' },
  ],
};

const raters = [
  { raterId: 'self', group: 'self', scores: [5, 5] },
  { raterId: 'p1', group: 'peer', scores: [3, 4] },
  { raterId: 'p2', group: 'peer', scores: [3, 3] },
  { raterId: 'p3', group: 'peer', scores: [4, null] },
  { raterId: 'boss', group: 'manager', scores: [3, 4] },
] as const;

/** Runs the calls against `library` and returns their results. */
export function runSmokeCalls(library: SmokeLibrary): SmokeResults {
  const ratings = raters.flatMap(({ raterId, group, scores }) =>
    scores.map((score, index) => ({ raterId, group, itemId: `T${index + 1}`, score })),
  );
  let badInput: SmokeResults['badInput'] = { isLmdInputError: false, name: '', message: 'did not throw', issues: null };
  try {
    library.interpret360({ instrument: { scale: { min: 5, max: 1 }, competencies: [], items: [] }, ratings: [] });
  } catch (error) {
    badInput = {
      isLmdInputError: error instanceof library.LmdInputError,
      name: error instanceof Error ? error.name : typeof error,
      message: error instanceof Error ? error.message : String(error),
      issues: error instanceof library.LmdInputError ? error.issues : null,
    };
  }
  const report = library.interpret360({ instrument, ratings });
  const context = { rateeId: 'M07', instrument, organisation: 'Larkspur Vale Housing' };
  return {
    mean: library.mean([4, 4, 5, 3, 4]),
    assessLmModel: library.assessLmModel([
      { requirementId: 'LM2.1', audience: 'top-managers', source: 'interview', supports: 'yes' },
      { requirementId: 'LM2.2', audience: 'leaders-and-managers', source: 'survey', supports: 'yes' },
      { requirementId: 'LM2.2', audience: 'leaders-and-managers', source: 'interview', supports: 'no' },
    ]),
    interpret360: report,
    html360: library.render360Html(report, context),
    markdown360: library.render360Markdown(report, context),
    readSurveyExport: library.readSurveyExport(
      '\uFEFFRater,Ratee,Relationship,T1,T2\r\n' + raters.map(({ raterId, group, scores }) => [raterId, 'M07', group, ...scores.map((score) => (score === null ? 'N/A' : String(score)))].join(',')).join('\r\n'),
      { instrument: { ...instrument, scale: { ...instrument.scale, notObserved: ['N/A'] } } },
    ).ratings,
    phillipsRoi: library.phillipsRoi({
      benefits: [{ label: 'Fewer errors', annualValue: 10_000, attribution: 0.5, confidence: 0.8 }],
      costs: [{ label: 'Workshop', amount: 2_000, category: 'delivery' }],
    }),
    badInput,
  };
}
