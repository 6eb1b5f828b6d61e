// Pins the shapes issue 6 names for qualitative evidence: records `{ text, source, date?, themes[],
// sentiment? }`, summariseThemes(records) → theme counts and representative quotes, and an
// evidence chain keyed by each measure's own `{ model, level }`.
import { describe, expectTypeOf, it } from 'vitest';
import {
  buildEvidenceChain,
  summariseThemes,
  type EvaluationLevelReference,
  type EvidenceChain,
  type QualitativeRecord,
  type QualitativeSentiment,
  type SummariseThemesFindingCode,
  type ThemesSummary,
} from '../../src/index.js';

describe('qualitative evidence types', () => {
  it('a record has the issue’s fields, with date and sentiment optional', () => {
    expectTypeOf<QualitativeRecord['text']>().toEqualTypeOf<string>();
    expectTypeOf<QualitativeRecord['source']>().toEqualTypeOf<string>();
    expectTypeOf<QualitativeRecord['themes']>().toEqualTypeOf<string[]>();
    expectTypeOf<QualitativeRecord['date']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<QualitativeRecord['sentiment']>().toEqualTypeOf<QualitativeSentiment | undefined>();
    expectTypeOf<QualitativeSentiment>().toEqualTypeOf<'positive' | 'neutral' | 'negative' | 'mixed'>();
  });

  it('summariseThemes takes records and optional options, and returns themes with quotes', () => {
    expectTypeOf(summariseThemes).returns.toEqualTypeOf<ThemesSummary>();
    expectTypeOf(summariseThemes).parameter(1).toEqualTypeOf<Parameters<typeof summariseThemes>[1]>();
    expectTypeOf<ThemesSummary['themes'][number]['quotes'][number]['source']>().toEqualTypeOf<string | null>();
    expectTypeOf<ThemesSummary['findings'][number]['code']>().toEqualTypeOf<SummariseThemesFindingCode>();
    // @ts-expect-error an unknown sentiment does not compile
    summariseThemes([{ text: 'x', source: 'r1', themes: ['t'], sentiment: 'happy' }]);
  });

  it('the evidence chain is keyed by the measure’s own level', () => {
    expectTypeOf(buildEvidenceChain).returns.toEqualTypeOf<EvidenceChain>();
    expectTypeOf<EvidenceChain['levels'][number]['level']>().toEqualTypeOf<EvaluationLevelReference>();
    expectTypeOf<EvidenceChain['levels'][number]['numbers'][number]['direction']>().toEqualTypeOf<'higher-is-better' | 'lower-is-better'>();
  });
});
