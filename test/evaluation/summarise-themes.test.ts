import { describe, expect, it } from 'vitest';
import {
  anonymityPolicySchema,
  defaultMinSourcesToAttribute,
  LmdInputError,
  qualitativeRecordSchema,
  references,
  summariseThemes,
  summariseThemesFindingCodes,
  themeKey,
  type QualitativeRecordInput,
  type SummariseThemesFindingCode,
  type ThemesSummary,
} from '../../src/index.js';
import { frozen, roundTrip, thrownBy, unsafeJsonPaths } from '../helpers/json-safety.js';

const errorPath = (run: () => unknown): string => {
  const error = thrownBy(run);
  expect(error).toBeInstanceOf(LmdInputError);
  return (error as LmdInputError).issues[0]?.path ?? '';
};

const codes = (summary: ThemesSummary): SummariseThemesFindingCode[] => summary.findings.map((finding) => finding.code);

// The seed's peer learning circles (001, AC 2.3), paraphrased: staff say the work feels less
// lonely, that they tried something a colleague described, and that the circles need protected
// time or they fade. Sources are anonymous respondent ids.
const circleRecords: QualitativeRecordInput[] = [
  { text: 'Work feels less lonely than it did before the circle.', source: 'r01', themes: ['Less isolation'], sentiment: 'positive', date: '2025-03-04' },
  { text: 'I used an approach a colleague described last month.', source: 'r02', themes: ['Trying new approaches', 'less isolation'], sentiment: 'positive' },
  { text: 'Knowing others struggle with the same cases helps.', source: 'r03', themes: ['Less  Isolation'], sentiment: 'positive' },
  { text: 'I now ask the group before guessing.', source: 'r01', themes: ['Less isolation'], sentiment: 'positive' },
  { text: 'We keep losing the slot to rota gaps.', source: 'r04', themes: ['Protected time'], sentiment: 'negative' },
  { text: 'Useful, but I could not leave the floor twice.', source: 'r05', themes: ['Protected time'], sentiment: 'mixed' },
];

describe('qualitativeRecordSchema and themeKey', () => {
  it('trims text, source and themes, and keeps the optional fields', () => {
    const record = qualitativeRecordSchema.parse({
      text: '  Less lonely. ',
      source: ' r1 ',
      themes: [' Less isolation '],
      date: '2024-02-29',
      sentiment: 'positive',
      initiativeId: 'peer-learning-circle',
      measure: 'Anonymous comments',
      level: { model: 'kirkpatrick', level: 3 },
    });
    expect(record).toEqual({
      text: 'Less lonely.',
      source: 'r1',
      themes: ['Less isolation'],
      date: '2024-02-29',
      sentiment: 'positive',
      initiativeId: 'peer-learning-circle',
      measure: 'Anonymous comments',
      level: { model: 'kirkpatrick', level: 3 },
    });
  });

  it.each([
    [{ text: ' ', source: 'r1', themes: ['a'] }, ['text']],
    [{ text: 'x', source: '', themes: ['a'] }, ['source']],
    [{ text: 'x', source: 'r1', themes: [] }, ['themes']],
    [{ text: 'x', source: 'r1', themes: ['a', '  '] }, ['themes', 1]],
    [{ text: 'x', source: 'r1', themes: ['a'], date: '2025-02-29' }, ['date']],
    [{ text: 'x', source: 'r1', themes: ['a'], date: '2025-2-28' }, ['date']],
    [{ text: 'x', source: 'r1', themes: ['a'], sentiment: 'happy' }, ['sentiment']],
    [{ text: 'x', source: 'r1', themes: ['a'], level: { model: 'kirkpatrick', level: 5 } }, ['level', 'level']],
    [{ text: 'x', source: 'r1', themes: ['a'], author: 'Jo' }, []],
  ])('rejects %j at %j', (record, path) => {
    const result = qualitativeRecordSchema.safeParse(record);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(path);
  });

  it('themeKey ignores case, surrounding and repeated white space, and Unicode composition', () => {
    expect(themeKey('  Less \t Isolation ')).toBe('less isolation');
    expect(themeKey('Caf\u00e9')).toBe(themeKey('Cafe\u0301'));
    expect(() => themeKey(42 as unknown as string)).toThrow(LmdInputError);
    expect(() => themeKey(null as unknown as string)).toThrow(/value: expected a string \(received null\)/);
  });
});

describe('summariseThemes (Braun & Clarke 2006 counting; anonymity after the 360 reports)', () => {
  const summary = summariseThemes(frozen(structuredClone(circleRecords)));

  it('counts records and distinct sources per theme, matching themes without regard to case or spacing', () => {
    expect(summary.themes.map((theme) => [theme.theme, theme.key, theme.records, theme.sources])).toEqual([
      ['Less isolation', 'less isolation', 4, 3],
      ['Protected time', 'protected time', 2, 2],
      ['Trying new approaches', 'trying new approaches', 1, 1],
    ]);
    expect(summary.records).toBe(6);
    expect(summary.sources).toBe(5);
    expect(summary.sentiment).toEqual({ positive: 4, neutral: 0, negative: 1, mixed: 1, notStated: 0 });
    expect(summary.themes[0]?.sentiment).toEqual({ positive: 4, neutral: 0, negative: 0, mixed: 0, notStated: 0 });
    expect(summary.themes[0]?.largestSourceShare).toBe(0.5);
  });

  it('shows the first spelling met, and counts a record that repeats a theme once', () => {
    const result = summariseThemes([
      { text: 'a', source: 's1', themes: ['peer SUPPORT', 'Peer support'] },
      { text: 'b', source: 's2', themes: ['Peer support'] },
    ]);
    expect(result.themes).toHaveLength(1);
    expect(result.themes[0]?.theme).toBe('peer SUPPORT');
    expect(result.themes[0]?.records).toBe(2);
  });

  it('sorts by record count, then by theme key in code-unit order', () => {
    const result = summariseThemes([
      { text: 'a', source: 's1', themes: ['beta', 'Alpha', 'gamma'] },
      { text: 'b', source: 's2', themes: ['gamma'] },
    ]);
    expect(result.themes.map((theme) => theme.theme)).toEqual(['gamma', 'Alpha', 'beta']);
  });

  it('counts sources case-insensitively, which errs towards anonymity', () => {
    const result = summariseThemes([
      { text: 'a', source: 'R1', themes: ['t'] },
      { text: 'b', source: 'r1', themes: ['t'] },
      { text: 'c', source: 'r2', themes: ['t'] },
    ]);
    expect(result.themes[0]?.sources).toBe(2);
    expect(result.themes[0]?.attributed).toBe(false);
  });

  it('picks quotes in input order, one per source first, never the same text twice', () => {
    const records: QualitativeRecordInput[] = [
      { text: 'First from r1.', source: 'r1', themes: ['t'] },
      { text: 'Second from r1.', source: 'r1', themes: ['t'] },
      { text: 'first FROM r1.', source: 'r2', themes: ['t'] },
      { text: 'Only from r3.', source: 'r3', themes: ['t'], date: '2025-01-02' },
    ];
    const quotes = (quotesPerTheme: number): string[] =>
      summariseThemes(records, { quotesPerTheme }).themes[0]?.quotes.map((quote) => quote.text) ?? [];
    expect(quotes(2)).toEqual(['First from r1.', 'Only from r3.']);
    expect(quotes(3)).toEqual(['First from r1.', 'Only from r3.', 'Second from r1.']);
    expect(quotes(10)).toEqual(['First from r1.', 'Only from r3.', 'Second from r1.']);
    expect(quotes(0)).toEqual([]);
    expect(summariseThemes(records).themes[0]?.quotes[1]).toEqual({ text: 'Only from r3.', source: 'r3', date: '2025-01-02', sentiment: null });
  });

  it('attributes a theme with at least three sources, and withholds the quotes of a smaller theme by default', () => {
    const [isolation, time, trying] = summary.themes;
    expect(isolation?.attributed).toBe(true);
    expect(isolation?.quotes.map((quote) => [quote.source, quote.date])).toEqual([
      ['r01', '2025-03-04'],
      ['r03', null],
    ]);
    expect(time?.attributed).toBe(false);
    expect(time?.quotes).toEqual([]);
    expect(time?.quotesWithheld).toBe(2);
    expect(trying?.quotesWithheld).toBe(1);
    expect(JSON.stringify(time)).not.toMatch(/r0[45]/);
  });

  it('can show the quotes of a small theme without source or date', () => {
    const result = summariseThemes(circleRecords, { unattributedQuotes: 'show-without-source' });
    expect(result.themes[1]?.quotes).toEqual([
      { text: 'We keep losing the slot to rota gaps.', source: null, date: null, sentiment: 'negative' },
      { text: 'Useful, but I could not leave the floor twice.', source: null, date: null, sentiment: 'mixed' },
    ]);
    expect(result.themes[1]?.quotesWithheld).toBe(0);
  });

  it('uses the 360 reports’ default minimum group as its default threshold, and echoes every option', () => {
    expect(defaultMinSourcesToAttribute).toBe(anonymityPolicySchema.parse({}).minGroupSize);
    expect(summary.options).toEqual({
      quotesPerTheme: 2,
      minSourcesToAttribute: 3,
      unattributedQuotes: 'withhold',
      minSourcesOverall: 12,
      dominantShare: 0.5,
    });
    expect(summariseThemes(circleRecords, { minSourcesToAttribute: 2 }).themes[1]?.attributed).toBe(true);
  });

  it('returns plain JSON without NaN, undefined or Infinity, and does not change its input', () => {
    expect(unsafeJsonPaths(summary)).toEqual([]);
    expect(roundTrip(summary)).toEqual(summary);
    expect(summariseThemes(frozen(structuredClone(circleRecords)))).toEqual(summary);
    const input = structuredClone(circleRecords);
    summariseThemes(input, { unattributedQuotes: 'show-without-source' });
    expect(input).toEqual(circleRecords);
    expect(JSON.stringify(summariseThemes(circleRecords))).toBe(JSON.stringify(summary));
  });

  it('rejects bad records and options with the path', () => {
    expect(errorPath(() => summariseThemes([{ text: 'x', source: 'r1', themes: [] }]))).toBe('records[0].themes');
    expect(errorPath(() => summariseThemes(circleRecords.concat([{ text: 'x', source: 'r1', themes: ['t'], date: '2025-13-01' }])))).toBe('records[6].date');
    expect(errorPath(() => summariseThemes(circleRecords, { minSourcesToAttribute: 0 }))).toBe('options.minSourcesToAttribute');
    expect(errorPath(() => summariseThemes(circleRecords, { dominantShare: 1 }))).toBe('options.dominantShare');
    expect(errorPath(() => summariseThemes(circleRecords, { quotesPerTheme: 1.5 }))).toBe('options.quotesPerTheme');
    expect(errorPath(() => summariseThemes('notes' as unknown as QualitativeRecordInput[]))).toBe('records');
  });
});

describe('summariseThemes findings, code by code', () => {
  // A good case: twelve distinct sources, each theme from several of them, every sentiment stated.
  const good: QualitativeRecordInput[] = Array.from({ length: 12 }, (_, index) => ({
    text: `Comment ${index}`,
    source: `r${index}`,
    themes: [index % 2 === 0 ? 'Less isolation' : 'Confidence'],
    sentiment: 'positive' as const,
  }));

  it('the good case raises none', () => {
    expect(codes(summariseThemes(good))).toEqual([]);
  });

  const cases: Record<SummariseThemesFindingCode, { records: QualitativeRecordInput[]; options?: Parameters<typeof summariseThemes>[1] }> = {
    // The seed: numbers alone do not tell the story; an evaluation with no comments has none.
    QUAL_NO_RECORDS: { records: [] },
    // The seed's circles, with five respondents: too few for the themes to be complete.
    QUAL_FEW_SOURCES: { records: circleRecords },
    // The seed asks for anonymous feedback: a theme raised by two people is not attributed.
    QUAL_THEME_NOT_ATTRIBUTED: { records: circleRecords },
    QUAL_SOURCE_DOMINATES_THEME: {
      records: good.concat([
        { text: 'Still no cover for the circle.', source: 'r0', themes: ['Protected time'], sentiment: 'negative' },
        { text: 'Missed it again.', source: 'r0', themes: ['Protected time'], sentiment: 'negative' },
        { text: 'Rota gaps.', source: 'r1', themes: ['Protected time'], sentiment: 'negative' },
      ]),
      options: { minSourcesToAttribute: 2 },
    },
    QUAL_SENTIMENT_NOT_STATED: { records: good.concat([{ text: 'No view.', source: 'r1', themes: ['Confidence'] }]) },
    QUAL_LOW_ANONYMITY_THRESHOLD: { records: good, options: { minSourcesToAttribute: 2 } },
  };

  it.each(summariseThemesFindingCodes)('%s fires on its case and not on the good case', (code) => {
    const { records, options } = cases[code];
    expect(codes(summariseThemes(records, options))).toContain(code);
    expect(codes(summariseThemes(good))).not.toContain(code);
  });

  it('names the theme in theme findings, never a source, and cites works in the bibliography', () => {
    const result = summariseThemes(cases.QUAL_SOURCE_DOMINATES_THEME.records, { minSourcesToAttribute: 2 });
    const dominates = result.findings.find((finding) => finding.code === 'QUAL_SOURCE_DOMINATES_THEME');
    expect(dominates?.theme).toBe('Protected time');
    expect(dominates?.message).toBe(
      'A single source gave 2 of the 3 records on “Protected time”, so the theme may reflect one voice rather than a shared experience.',
    );
    for (const finding of summariseThemes(circleRecords).findings.concat(result.findings)) {
      expect(finding.message).not.toMatch(/\br0?\d\b/);
      for (const id of finding.basis) expect(Object.hasOwn(references, id)).toBe(true);
    }
  });

  it('does not call a two-record theme dominated, and lists findings most severe first', () => {
    const result = summariseThemes([
      { text: 'a', source: 's1', themes: ['t'] },
      { text: 'b', source: 's1', themes: ['t'] },
    ]);
    expect(codes(result)).not.toContain('QUAL_SOURCE_DOMINATES_THEME');
    expect(codes(result)).toEqual(['QUAL_FEW_SOURCES', 'QUAL_SENTIMENT_NOT_STATED', 'QUAL_THEME_NOT_ATTRIBUTED']);
  });

  it('states the withholding or the unattributed display in the message', () => {
    const message = (unattributedQuotes: 'withhold' | 'show-without-source'): string | undefined =>
      summariseThemes(circleRecords, { unattributedQuotes }).findings.find((finding) => finding.code === 'QUAL_THEME_NOT_ATTRIBUTED')?.message;
    expect(message('withhold')).toBe('The theme “Protected time” was raised by fewer than 3 distinct sources, so its quotes are withheld to protect anonymity.');
    expect(message('show-without-source')).toContain('shown without source or date');
  });
});

describe('summariseThemes at the scale of a large organisation', () => {
  // Regression: the largest source's count was taken with Math.max(...counts), which throws a
  // RangeError once a theme has more distinct sources than the engine allows arguments (~120,000).
  it('summarises one theme raised by 150,000 distinct respondents', () => {
    const records = Array.from({ length: 150_000 }, (_, index) => ({ text: `Comment ${index}`, source: `r${index}`, themes: ['Workload'] }));
    const summary = summariseThemes(records);
    expect(summary.themes[0]).toMatchObject({ theme: 'Workload', records: 150_000, sources: 150_000, attributed: true });
    expect(summary.themes[0]?.largestSourceShare).toBe(1 / 150_000);
  });
});
