// Anonymity of qualitative evidence as a security property: over random records and options, no
// source id whose every theme is reported without attribution appears anywhere in the JSON of
// summariseThemes' or buildEvidenceChain's result, in any letter case. Plus the counting
// invariants (Braun & Clarke 2006 counting; thresholds after the 360 reports' minimum group).
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import {
  buildEvidenceChain,
  summariseThemes,
  themeKey,
  type QualitativeRecordInput,
  type SummariseThemesOptions,
  type ThemesSummary,
} from '../../src/index.js';
import { frozen, roundTrip, unsafeJsonPaths } from '../helpers/json-safety.js';

// Source ids are `src-` plus eight hex digits: texts (letters and spaces only) and theme names
// cannot contain one, so finding one in the JSON means a source leaked.
const people = fc.uniqueArray(fc.stringMatching(/^[0-9a-f]{8}$/), { minLength: 1, maxLength: 9 }).map((ids) => ids.map((id) => `src-${id}`));
const themeNames = ['Less isolation', 'less  ISOLATION', 'Confidence', 'Protected time', 'Trying new approaches', 'Workload'];
const sentiment = fc.option(fc.constantFrom('positive' as const, 'neutral' as const, 'negative' as const, 'mixed' as const), { nil: undefined });

const records = people.chain((ids) =>
  fc.array(
    fc.record({
      person: fc.nat({ max: ids.length - 1 }),
      upper: fc.boolean(),
      text: fc.stringMatching(/^[a-z][a-z ]{0,20}$/),
      themes: fc.array(fc.constantFrom(...themeNames), { minLength: 1, maxLength: 3 }),
      sentiment,
      date: fc.option(fc.constantFrom('2025-01-15', '2025-02-28', '2024-02-29'), { nil: undefined }),
      level: fc.option(fc.integer({ min: 1, max: 4 }), { nil: undefined }),
    }),
    { maxLength: 40 },
  ).map((drawn) =>
    drawn.map((draw): QualitativeRecordInput & { level?: { model: 'kirkpatrick'; level: number } } => {
      const id = ids[draw.person] ?? 'src-00000000';
      return {
        text: draw.text,
        source: draw.upper ? id.toUpperCase() : id,
        themes: draw.themes,
        ...(draw.sentiment === undefined ? {} : { sentiment: draw.sentiment }),
        ...(draw.date === undefined ? {} : { date: draw.date }),
        ...(draw.level === undefined ? {} : { level: { model: 'kirkpatrick' as const, level: draw.level } }),
      };
    }),
  ),
);

const options: fc.Arbitrary<SummariseThemesOptions> = fc.record({
  quotesPerTheme: fc.integer({ min: 0, max: 4 }),
  minSourcesToAttribute: fc.integer({ min: 1, max: 6 }),
  unattributedQuotes: fc.constantFrom('withhold' as const, 'show-without-source' as const),
});

/** The source keys of records that carry at least one attributed theme of a summary. */
function attributedSources(summary: ThemesSummary, input: readonly QualitativeRecordInput[]): Set<string> {
  const attributed = new Set(summary.themes.filter((theme) => theme.attributed).map((theme) => theme.key));
  return new Set(input.filter((record) => record.themes.some((theme) => attributed.has(themeKey(theme)))).map((record) => themeKey(record.source)));
}

describe('summariseThemes properties', () => {
  test.prop([records, options], { numRuns: 400 })('no source of an unattributed theme appears anywhere in the result', (input, applied) => {
    const summary = summariseThemes(frozen(input.map(({ level: _level, ...record }) => record)), applied);
    const json = JSON.stringify(summary).toLowerCase();
    const shown = attributedSources(summary, input);
    for (const record of input) {
      if (!shown.has(themeKey(record.source))) expect(json).not.toContain(themeKey(record.source));
    }
    for (const theme of summary.themes.filter((row) => !row.attributed)) {
      expect(JSON.stringify(theme).toLowerCase()).not.toMatch(/src-[0-9a-f]{8}/);
    }
    for (const finding of summary.findings) expect(finding.message.toLowerCase()).not.toMatch(/src-/);
  });

  test.prop([records, options], { numRuns: 300 })('counts are consistent, quotes bounded, and the result plain JSON', (input, applied) => {
    const summary = summariseThemes(input.map(({ level: _level, ...record }) => record), applied);
    const { quotesPerTheme = 2, minSourcesToAttribute = 3 } = applied;
    const { positive, neutral, negative, mixed, notStated } = summary.sentiment;
    expect(positive + neutral + negative + mixed + notStated).toBe(input.length);
    expect(summary.sources).toBe(new Set(input.map((record) => themeKey(record.source))).size);
    for (const theme of summary.themes) {
      expect(theme.sources).toBeGreaterThanOrEqual(1);
      expect(theme.sources).toBeLessThanOrEqual(theme.records);
      expect(theme.attributed).toBe(theme.sources >= minSourcesToAttribute);
      expect(theme.quotes.length + theme.quotesWithheld).toBeLessThanOrEqual(Math.min(quotesPerTheme, theme.records));
      expect(theme.largestSourceShare).toBeGreaterThan(0);
      expect(theme.largestSourceShare).toBeLessThanOrEqual(1);
      expect(theme.records).toBe(input.filter((record) => record.themes.some((name) => themeKey(name) === theme.key)).length);
    }
    for (let index = 1; index < summary.themes.length; index += 1) {
      const [previous, current] = [summary.themes[index - 1], summary.themes[index]];
      expect((previous?.records ?? 0) > (current?.records ?? 0) || (previous?.key ?? '') < (current?.key ?? '')).toBe(true);
    }
    expect(unsafeJsonPaths(summary)).toEqual([]);
    expect(roundTrip(summary)).toEqual(summary);
  });

  test.prop([records.chain((input) => fc.shuffledSubarray(input, { minLength: input.length, maxLength: input.length }).map((shuffled) => [input, shuffled] as const))])(
    'theme counts do not depend on the order of the records',
    ([input, shuffled]) => {
      const counts = (list: readonly QualitativeRecordInput[]) =>
        summariseThemes(list.map(({ level: _level, ...record }) => record as QualitativeRecordInput)).themes.map((theme) => [theme.key, theme.records, theme.sources, theme.sentiment, theme.attributed]);
      expect(counts(shuffled)).toEqual(counts(input));
    },
  );
});

describe('buildEvidenceChain properties', () => {
  const measures = [1, 2, 3, 4].map((level) => ({
    name: `Comments at level ${level}`,
    level: { model: 'kirkpatrick' as const, level },
    kind: 'qualitative' as const,
    timing: 'after' as const,
  }));

  test.prop([records, options], { numRuns: 300 })(
    'no source outside an attributed theme of some summary appears, none at all under a strict threshold, and the result is plain JSON',
    (input, applied) => {
      const initiative = { id: 'peer-learning-circle', name: 'Peer learning circles' };
      const chain = buildEvidenceChain(frozen({ initiative, measures, qualitative: input }), applied);
      expect(unsafeJsonPaths(chain)).toEqual([]);
      expect(roundTrip(chain)).toEqual(chain);
      const summaries = [chain.stories].concat(chain.levels.map((level) => level.stories));
      const shown = new Set(summaries.flatMap((summary) => [...attributedSources(summary, input)]));
      const json = JSON.stringify(chain).toLowerCase();
      for (const record of input) {
        if (!shown.has(themeKey(record.source))) expect(json).not.toContain(themeKey(record.source));
      }
      const strict = buildEvidenceChain({ initiative, measures, qualitative: input }, { ...applied, minSourcesToAttribute: 10 });
      expect(JSON.stringify(strict).toLowerCase()).not.toMatch(/src-/);
    },
  );
});
