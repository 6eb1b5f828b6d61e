// Anonymity of small themes against linking attacks (see quote-linking-attack.ts): over random
// records and options, neither matching a small theme's quoted text nor matching a once-only
// sentiment with an attributed quote ever names the right source, within one summariseThemes
// result or across an evidence chain's overall and per-level summaries (threshold rule after
// Hundepool et al. 2012; themes counted as in Braun & Clarke 2006).
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  buildEvidenceChain,
  summariseThemes,
  type QualitativeRecordInput,
  type SummariseThemesOptions,
  type ThemeQuote,
  type ThemesSummary,
} from '../../src/index.js';
import { linkingLeaks, protectedRecordsQuoted, type PublishedSummary } from './quote-linking-attack.js';

type LevelledRecord = QualitativeRecordInput & { level?: { model: 'kirkpatrick'; level: number } };

// Few people, texts, themes and levels, so that repeated texts, once-only sentiments and small
// per-level themes are common.
const records: fc.Arbitrary<LevelledRecord[]> = fc.array(
  fc.record({
    source: fc.constantFrom('p1', 'p2', 'p3', 'p4', 'p5', 'P1'),
    text: fc.constantFrom('less lonely now', 'no time for it', 'I ask more', 'helpful', 'Helpful ', 'rota gaps again'),
    themes: fc.uniqueArray(fc.constantFrom('Isolation', 'Time', 'Confidence', 'Practice'), { minLength: 1, maxLength: 3 }),
    sentiment: fc.option(fc.constantFrom('positive' as const, 'neutral' as const, 'negative' as const, 'mixed' as const), { nil: undefined }),
    level: fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }),
  }),
  { maxLength: 24 },
).map((drawn) =>
  drawn.map(({ sentiment, level, ...rest }): LevelledRecord => {
    const record: LevelledRecord = { ...rest };
    if (sentiment !== undefined) record.sentiment = sentiment;
    if (level !== undefined) record.level = { model: 'kirkpatrick', level };
    return record;
  }),
);

const options: fc.Arbitrary<SummariseThemesOptions> = fc.record({
  quotesPerTheme: fc.integer({ min: 0, max: 6 }),
  minSourcesToAttribute: fc.integer({ min: 1, max: 4 }),
  unattributedQuotes: fc.constantFrom('withhold' as const, 'show-without-source' as const),
});

const withoutLevel = (list: readonly LevelledRecord[]): QualitativeRecordInput[] => list.map(({ level: _level, ...record }) => record);

const single = (summary: ThemesSummary, input: readonly QualitativeRecordInput[]): PublishedSummary[] => [
  { label: 'summary', summary, records: input, within: ['summary'] },
];

function chainPublication(input: readonly LevelledRecord[], applied: SummariseThemesOptions): PublishedSummary[] {
  const measures = [1, 2, 3].map((level) => ({
    name: `Comments at level ${level}`,
    level: { model: 'kirkpatrick' as const, level },
    kind: 'qualitative' as const,
    timing: 'after' as const,
  }));
  const chain = buildEvidenceChain({ initiative: { id: 'plc', name: 'Peer learning circles' }, measures, qualitative: input }, applied);
  return [{ label: 'overall', summary: chain.stories, records: input, within: ['overall'] } as PublishedSummary].concat(
    chain.levels.map((level) => ({
      label: `level ${level.level.level}`,
      summary: level.stories,
      records: input.filter((record) => record.level?.level === level.level.level),
      within: [`level ${level.level.level}`, 'overall'],
    })),
  );
}

describe('linking attacks on small themes', () => {
  test.prop([records, options], { numRuns: 400 })('summariseThemes: no attack names the source of a small theme', (input, applied) => {
    const plain = withoutLevel(input);
    const publication = single(summariseThemes(plain, applied), plain);
    expect(linkingLeaks(publication)).toEqual([]);
    expect(protectedRecordsQuoted(publication)).toEqual([]);
  });

  test.prop([records, options], { numRuns: 400 })('buildEvidenceChain: comparing a level with the overall stories names no one', (input, applied) => {
    const publication = chainPublication(input, applied);
    expect(linkingLeaks(publication)).toEqual([]);
    expect(protectedRecordsQuoted(publication)).toEqual([]);
  });

  // The attacker itself must work: on the publication the code produced before the fix, where a
  // record of a small theme was still quoted with its source under a larger theme, it finds the
  // leak both ways.
  it('catches a record of a small theme quoted with its source under another theme', () => {
    const input: QualitativeRecordInput[] = [
      { text: 'I tried what a colleague did.', source: 'p1', themes: ['Isolation', 'Practice'], sentiment: 'positive' },
      { text: 'Others get stuck too.', source: 'p2', themes: ['Isolation'], sentiment: 'negative' },
      { text: 'I know who to ask.', source: 'p3', themes: ['Isolation'], sentiment: 'negative' },
    ];
    const safe = summariseThemes(input, { unattributedQuotes: 'show-without-source' });
    const [isolation, practice] = safe.themes;
    expect(isolation?.quotes.map((quote) => quote.source)).toEqual(['p2', 'p3']);
    expect(isolation?.quotesWithheld).toBe(0);
    expect(practice?.quotes).toEqual([{ text: 'I tried what a colleague did.', source: null, date: null, sentiment: 'positive' }]);
    expect(linkingLeaks(single(safe, input))).toEqual([]);
    const linked: ThemeQuote = { text: 'I tried what a colleague did.', source: 'p1', date: null, sentiment: 'positive' };
    const leaky: ThemesSummary = {
      ...safe,
      themes: safe.themes.map((row) =>
        row.key === 'isolation' ? { ...row, quotes: [linked].concat(row.quotes.slice(0, 1)) } : row,
      ),
    };
    expect(linkingLeaks(single(leaky, input)).map((leak) => [leak.theme, leak.source, leak.how])).toEqual([
      ['Practice', 'p1', 'text'],
      ['Practice', 'p1', 'sentiment'],
    ]);
    expect(protectedRecordsQuoted(single(leaky, input))).toEqual(['summary: “Isolation” quotes p1']);
  });

  it('does not quote a level’s small-theme record with its source in the overall stories', () => {
    const comment = (source: string, level: number, sentiment: 'positive' | 'negative'): LevelledRecord => ({
      text: `Comment from ${source}.`,
      source,
      themes: ['Time'],
      sentiment,
      level: { model: 'kirkpatrick', level },
    });
    // Overall "Time" has four sources and is attributed; on level 2 it has one, negative, the only
    // negative record overall: quoting it overall would name the level-2 source.
    const input = [comment('p1', 1, 'positive'), comment('p2', 1, 'positive'), comment('p3', 1, 'positive'), comment('p4', 2, 'negative')];
    const publication = chainPublication(input, { quotesPerTheme: 4 });
    const overall = publication[0]?.summary;
    expect(overall?.themes[0]?.attributed).toBe(true);
    expect(overall?.themes[0]?.quotes.map((quote) => quote.source)).toEqual(['p1', 'p2', 'p3']);
    expect(overall?.themes[0]?.quotesWithheld).toBe(1);
    expect(JSON.stringify(publication.map((entry) => entry.summary))).not.toMatch(/p4/);
    expect(linkingLeaks(publication)).toEqual([]);
  });
});
