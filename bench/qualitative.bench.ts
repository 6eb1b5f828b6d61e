/**
 * summariseThemes over a whole organisation's comments: 100,000 anonymous survey comments from
 * 25,000 respondents, each tagged with one to three of 40 themes (some themes rare enough to fall
 * below the attribution threshold). Reported against a baseline measured in the same run: a bare
 * single pass that normalises each theme name and counts records and distinct sources per theme —
 * the least a correct theme count must do. summariseThemes adds validation of every record
 * (zod), sentiment breakdowns, quote selection and the anonymity rules.
 *
 * The second group runs buildEvidenceChain over the same comments, each tagged with one of the two
 * qualitative measures of the peer learning circles' recommended plan, so that every comment is
 * summarised twice (overall and on its level) under the anonymity rules that span both.
 *
 * `npm run bench` prints records per second and the ratio to the baseline.
 */
import { bench, describe } from 'vitest';
import * as z from 'zod';
import {
  buildEvidenceChain,
  qualitativeRecordSchema,
  recommendMeasures,
  summariseThemes,
  themeKey,
  type QualitativeRecordInput,
} from '../src/index.js';

const recordCount = 100_000;
const respondents = 25_000;
const themes = Array.from({ length: 40 }, (_, index) => `Theme ${index + 1}`);
const sentiments = ['positive', 'neutral', 'negative', 'mixed'] as const;

function generateComments(): QualitativeRecordInput[] {
  let state = 20261122;
  const next = (): number => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state;
  };
  const records: QualitativeRecordInput[] = [];
  for (let index = 0; index < recordCount; index += 1) {
    const tagged = 1 + (next() % 3);
    // Skewed towards the first themes, so the last few are rare (a handful of sources).
    const recordThemes = Array.from({ length: tagged }, () => themes[Math.floor(((next() % 1000) / 1000) ** 3 * themes.length)] as string);
    records.push({
      text: `Comment ${index}: the circles made it easier to ask colleagues for help.`,
      source: `respondent-${next() % respondents}`,
      themes: [...new Set(recordThemes)],
      sentiment: sentiments[next() % sentiments.length] as (typeof sentiments)[number],
      date: '2026-10-01',
    });
  }
  return records;
}

const records = generateComments();

function bareThemeCount(data: readonly QualitativeRecordInput[]): number {
  const counts = new Map<string, { records: number; sources: Set<string> }>();
  for (const record of data) {
    for (const theme of record.themes) {
      const key = themeKey(theme);
      let entry = counts.get(key);
      if (entry === undefined) {
        entry = { records: 0, sources: new Set() };
        counts.set(key, entry);
      }
      entry.records += 1;
      entry.sources.add(record.source);
    }
  }
  return counts.size;
}

const recordsSchema = z.array(qualitativeRecordSchema);
const options = { iterations: 5, warmupIterations: 1, time: 0, warmupTime: 0 };

describe(`summariseThemes: 100,000 comments, 25,000 respondents, 40 themes [items=${recordCount}]`, () => {
  bench('baseline: bare single pass counting records and distinct sources per theme', () => {
    if (bareThemeCount(records) !== themes.length) throw new Error('a theme was never drawn');
  }, options);
  bench('reference: validation alone (the record schema over every record)', () => {
    recordsSchema.parse(records);
  }, options);
  bench('summariseThemes (validation + counts + sentiments + quotes + anonymity)', () => {
    const summary = summariseThemes(records);
    if (summary.themes.length !== themes.length) throw new Error('wrong number of themes');
  }, options);
});

const plan = recommendMeasures({ template: 'peer-learning-circles' });
const qualitativeMeasures = plan.measures.filter((measure) => measure.kind === 'qualitative').map((measure) => measure.name);
const chainRecords = records.map((record, index) => ({ ...record, measure: qualitativeMeasures[index % qualitativeMeasures.length] as string }));

describe(`buildEvidenceChain: the same 100,000 comments on two measures of a plan [items=${recordCount}]`, () => {
  bench('baseline: bare single pass counting records and distinct sources per theme', () => {
    bareThemeCount(chainRecords);
  }, options);
  bench('buildEvidenceChain (validation + overall and per-level summaries + anonymity across them)', () => {
    const chain = buildEvidenceChain({
      initiative: { id: 'circles', name: 'Peer learning circles' },
      measures: plan.measures,
      quantitative: [{ measure: 'Absence rate (time lost)', before: 4.1, after: 3.6, direction: 'lower-is-better' }],
      qualitative: chainRecords,
    });
    if (chain.stories.records !== recordCount) throw new Error('records were lost');
  }, options);
});
