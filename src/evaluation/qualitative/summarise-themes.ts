import * as z from 'zod';
import { sortFindingsBySeverity, type Finding } from '../../core/finding.js';
import { parseInput } from '../../core/parse-input.js';
import {
  qualitativeRecordSchema,
  themeKey,
  type QualitativeRecord,
  type QualitativeRecordInput,
  type QualitativeSentiment,
} from './qualitative-record.js';
import { deepFreeze } from '../../core/deep-freeze.js';
import { findingCodesOf, type FindingDefinition } from '../../core/finding-catalogue.js';

/**
 * The smallest number of distinct sources behind a theme before its quotes are attributed, by
 * default: 3, the same as the default minimum rater group of lmdkit's 360-degree feedback reports
 * (`anonymityPolicySchema`'s `minGroupSize`). With fewer, the people who raised a theme are few
 * enough for a reader who knows the team to guess who they are.
 *
 * Source: hundepool-et-al-2012 (threshold rules in statistical disclosure control).
 *
 * @example
 * defaultMinSourcesToAttribute //=> 3
 * @see {@link summariseThemes}
 */
export const defaultMinSourcesToAttribute = 3;

/**
 * The zod schema for {@link summariseThemes}' options; every field is optional, with these
 * defaults:
 *
 * - `quotesPerTheme` **2** (0–20): the most representative quotes shown for a theme.
 * - `minSourcesToAttribute` **3** (1–1000; see {@link defaultMinSourcesToAttribute}): a theme
 *   with fewer distinct sources is reported without attribution.
 * - `unattributedQuotes` **`'withhold'`**: what happens to the quotes of a theme reported without
 *   attribution. `'withhold'` shows none, because the wording of a quote can identify its author
 *   even without a name (as a 360 report omits a group that is too small rather than showing its
 *   scores unlabelled); `'show-without-source'` shows their text, with no source and no date, for
 *   a caller who has checked the wording is safe to show.
 * - `minSourcesOverall` **12** (1–1000): fewer distinct sources in all raises `QUAL_FEW_SOURCES`
 *   (Guest, Bunce & Johnson 2006 found almost every theme had appeared within twelve interviews).
 * - `dominantShare` **0.5** (above 0, below 1): a theme of three or more records in which one
 *   source gave more than this share raises `QUAL_SOURCE_DOMINATES_THEME`.
 *
 * @example
 * summariseThemesOptionsSchema.parse({}) //=> { quotesPerTheme: 2, minSourcesToAttribute: 3, unattributedQuotes: 'withhold', minSourcesOverall: 12, dominantShare: 0.5 }
 * summariseThemesOptionsSchema.safeParse({ quotesPerTheme: -1 }).success //=> false
 * @see {@link summariseThemes}
 */
export const summariseThemesOptionsSchema = /* @__PURE__ */ z.strictObject({
  quotesPerTheme: /* @__PURE__ */ z.int().min(0).max(20).default(2),
  minSourcesToAttribute: /* @__PURE__ */ z.int().min(1).max(1000).default(defaultMinSourcesToAttribute),
  unattributedQuotes: /* @__PURE__ */ z.enum(['withhold', 'show-without-source']).default('withhold'),
  minSourcesOverall: /* @__PURE__ */ z.int().min(1).max(1000).default(12),
  dominantShare: /* @__PURE__ */ z.number().gt(0).lt(1).default(0.5),
});

/**
 * The options a caller may pass to {@link summariseThemes}; every field optional, defaults as
 * {@link summariseThemesOptionsSchema} states.
 * @see {@link summariseThemesOptionsSchema}
 */
export type SummariseThemesOptions = z.input<typeof summariseThemesOptionsSchema>;

/**
 * The options as applied, every default filled in; echoed in every result.
 *
 * @example
 * const applied: AppliedSummariseThemesOptions = summariseThemesOptionsSchema.parse({});
 * applied.minSourcesToAttribute //=> 3
 * @see {@link summariseThemesOptionsSchema}
 */
export type AppliedSummariseThemesOptions = z.output<typeof summariseThemesOptionsSchema>;

/**
 * What each finding {@link summariseThemes} can return means: code → severity and meaning, defined once.
 * The rules take each finding's severity from here, and {@link summariseThemesFindingCodes} lists the codes.
 *
 * @example
 * summariseThemesFindings.QUAL_NO_RECORDS.severity //=> 'warning'
 * @see {@link summariseThemes}
 */
export const summariseThemesFindings = /* @__PURE__ */ deepFreeze({
  QUAL_NO_RECORDS: { severity: 'warning', meaning: 'There are no records, so there is no qualitative evidence.' },
  QUAL_FEW_SOURCES: { severity: 'advice', meaning: 'There are fewer distinct sources than the minimum overall, so the themes may not yet be complete.' },
  QUAL_THEME_NOT_ATTRIBUTED: { severity: 'info', meaning: 'A theme has fewer distinct sources than the minimum for attribution, so it is reported without attribution (one finding per theme).' },
  QUAL_SOURCE_DOMINATES_THEME: { severity: 'warning', meaning: 'One source gave more than the dominant share of a theme’s records (themes of three or more records), so the theme may be one voice.' },
  QUAL_SENTIMENT_NOT_STATED: { severity: 'info', meaning: 'Some records have no sentiment, so the breakdowns are partial.' },
  QUAL_LOW_ANONYMITY_THRESHOLD: { severity: 'warning', meaning: 'The minimum number of sources for attribution is below the default of 3, so quotes may be attributed to themes raised by one or two people.' },
} as const satisfies Record<string, FindingDefinition>);

/**
 * The stable codes of the findings {@link summariseThemes} can return, in the order of {@link summariseThemesFindings},
 * which says what each means.
 *
 * @example
 * summariseThemesFindingCodes.length //=> 6
 * @see {@link ThemesFinding}
 */
export const summariseThemesFindingCodes = /* @__PURE__ */ findingCodesOf(summariseThemesFindings);

/**
 * One of {@link summariseThemesFindingCodes}.
 * @see {@link summariseThemesFindingCodes}
 */
export type SummariseThemesFindingCode = (typeof summariseThemesFindingCodes)[number];

/**
 * A finding of {@link summariseThemes}; `theme` names the theme concerned, for findings about one.
 * No finding ever names a source.
 *
 * @example
 * const finding: ThemesFinding | undefined = summariseThemes([{ text: 'Helpful.', source: 'r1', themes: ['Confidence'], sentiment: 'positive' }]).findings.find(
 *   (item) => item.code === 'QUAL_THEME_NOT_ATTRIBUTED',
 * );
 * finding?.theme //=> 'Confidence'
 * @see {@link summariseThemesFindingCodes}
 */
export interface ThemesFinding extends Finding<SummariseThemesFindingCode> {
  /** The theme concerned (its display spelling), for findings about one theme. */
  readonly theme?: string;
}

/**
 * How many records carry each sentiment; `notStated` counts records without one.
 *
 * @example
 * const breakdown: SentimentBreakdown = summariseThemes([{ text: 'Helpful.', source: 'r1', themes: ['Confidence'], sentiment: 'positive' }]).sentiment;
 * breakdown //=> { positive: 1, neutral: 0, negative: 0, mixed: 0, notStated: 0 }
 * @see {@link summariseThemes}
 */
export interface SentimentBreakdown {
  /** Records judged positive. */
  readonly positive: number;
  /** Records judged neutral. */
  readonly neutral: number;
  /** Records judged negative. */
  readonly negative: number;
  /** Records judged mixed. */
  readonly mixed: number;
  /** Records with no sentiment given. */
  readonly notStated: number;
}

/**
 * One representative quote of a theme. For a theme reported without attribution (when quotes are
 * shown at all) `source` and `date` are `null`.
 *
 * @example
 * const quote: ThemeQuote | undefined = summariseThemes(
 *   ['r1', 'r2', 'r3'].map((source) => ({ text: `Helpful, says ${source}.`, source, themes: ['Confidence'] })),
 * ).themes[0]?.quotes[0];
 * quote?.source //=> 'r1'
 * @see {@link summariseThemes}
 */
export interface ThemeQuote {
  /** The quote's text, as given (trimmed). */
  readonly text: string;
  /** Its source id, or `null` when the theme is not attributed. */
  readonly source: string | null;
  /** Its date, or `null` when none was given or the theme is not attributed. */
  readonly date: string | null;
  /** Its sentiment, or `null` when none was given. */
  readonly sentiment: QualitativeSentiment | null;
}

/**
 * One theme in a {@link ThemesSummary}.
 *
 * @example
 * const theme: ThemeSummary | undefined = summariseThemes([{ text: 'Helpful.', source: 'r1', themes: ['Confidence'] }]).themes[0];
 * theme?.attributed //=> false
 * theme?.quotes //=> []
 * theme?.quotesWithheld //=> 1
 * @see {@link summariseThemes}
 */
export interface ThemeSummary {
  /** The theme as first spelt in the input. */
  readonly theme: string;
  /** The key it was counted under ({@link themeKey}). */
  readonly key: string;
  /** How many records carry it (a record that repeats a theme counts once). */
  readonly records: number;
  /** How many distinct sources those records came from. */
  readonly sources: number;
  /** The share of its records that came from its largest single source, 0–1. */
  readonly largestSourceShare: number;
  /** The sentiments of its records. */
  readonly sentiment: SentimentBreakdown;
  /** Whether its quotes carry their source and date (at least `minSourcesToAttribute` sources). */
  readonly attributed: boolean;
  /** Up to `quotesPerTheme` representative quotes (none when withheld). */
  readonly quotes: readonly ThemeQuote[];
  /**
   * How many of the `quotesPerTheme` places were left empty to protect anonymity: all of an
   * unattributed theme's quotes under `'withhold'`, and for an attributed theme the quotes of
   * records that also carry a theme too small to attribute.
   */
  readonly quotesWithheld: number;
}

/**
 * The result of {@link summariseThemes}.
 *
 * @example
 * const summary: ThemesSummary = summariseThemes([]);
 * summary.findings[0]?.code //=> 'QUAL_NO_RECORDS'
 * @see {@link summariseThemes}
 */
export interface ThemesSummary {
  /** How many records were summarised. */
  readonly records: number;
  /** How many distinct sources they came from. */
  readonly sources: number;
  /** The sentiments of all the records (each record counted once). */
  readonly sentiment: SentimentBreakdown;
  /** One row per theme, most records first, then by theme key. */
  readonly themes: readonly ThemeSummary[];
  /** The options applied, defaults filled in. */
  readonly options: AppliedSummariseThemesOptions;
  /** What a reader should know, most severe first. */
  readonly findings: readonly ThemesFinding[];
}

const anonymityBasis = ['hundepool-et-al-2012'] as const;
const themesBasis = ['braun-clarke-2006'] as const;

/** Counts records by sentiment. */
function sentimentOf(records: readonly QualitativeRecord[]): SentimentBreakdown {
  const count = (sentiment: QualitativeSentiment): number => records.filter((record) => record.sentiment === sentiment).length;
  return {
    positive: count('positive'),
    neutral: count('neutral'),
    negative: count('negative'),
    mixed: count('mixed'),
    notStated: records.filter((record) => record.sentiment === undefined).length,
  };
}

/**
 * Picks a theme's representative records: in input order, first one record from each source not
 * yet quoted, then any others; never the same text (by {@link themeKey}) twice.
 */
function representative(
  records: readonly QualitativeRecord[],
  limit: number,
  blocked: ReadonlySet<string> = new Set(),
): QualitativeRecord[] {
  const chosen: QualitativeRecord[] = [];
  const texts = new Set<string>();
  const sources = new Set<string>();
  for (const distinctSourcesOnly of [true, false]) {
    for (const record of records) {
      if (chosen.length >= limit) return chosen;
      const text = themeKey(record.text);
      if (texts.has(text) || blocked.has(text)) continue;
      const source = themeKey(record.source);
      if (distinctSourcesOnly && sources.has(source)) continue;
      chosen.push(record);
      texts.add(text);
      sources.add(source);
    }
  }
  return chosen;
}

/** The number of distinct sources (by {@link themeKey}) among records, and the largest source's count. */
function sourceCounts(records: readonly QualitativeRecord[]): { distinct: number; largest: number } {
  const counts = new Map<string, number>();
  let largest = 0;
  for (const record of records) {
    const source = themeKey(record.source);
    const count = (counts.get(source) ?? 0) + 1;
    counts.set(source, count);
    if (count > largest) largest = count;
  }
  return { distinct: counts.size, largest };
}

/** Summarises one theme's records; records whose text is in `blocked` are never quoted with their source. */
function summariseTheme(
  theme: string,
  key: string,
  records: readonly QualitativeRecord[],
  options: AppliedSummariseThemesOptions,
  blocked: ReadonlySet<string>,
): ThemeSummary {
  const { distinct, largest } = sourceCounts(records);
  const attributed = distinct >= options.minSourcesToAttribute;
  const wanted = representative(records, options.quotesPerTheme).length;
  const showText = attributed || options.unattributedQuotes === 'show-without-source';
  const picked = showText ? representative(records, options.quotesPerTheme, attributed ? blocked : undefined) : [];
  return {
    theme,
    key,
    records: records.length,
    sources: distinct,
    largestSourceShare: largest / records.length,
    sentiment: sentimentOf(records),
    attributed,
    quotes: picked.map((record) => ({
      text: record.text,
      source: attributed ? record.source : null,
      date: attributed ? (record.date ?? null) : null,
      sentiment: record.sentiment ?? null,
    })),
    quotesWithheld: wanted - picked.length,
  };
}

/** Findings about one theme. */
function themeFindings(theme: ThemeSummary, options: AppliedSummariseThemesOptions): ThemesFinding[] {
  const findings: ThemesFinding[] = [];
  if (!theme.attributed) {
    const treatment = options.unattributedQuotes === 'withhold' ? 'its quotes are withheld' : 'its quotes are shown without source or date';
    findings.push({
      code: 'QUAL_THEME_NOT_ATTRIBUTED',
      severity: summariseThemesFindings.QUAL_THEME_NOT_ATTRIBUTED.severity,
      message: `The theme “${theme.theme}” was raised by fewer than ${options.minSourcesToAttribute} distinct sources, so ${treatment} to protect anonymity.`,
      basis: anonymityBasis,
      theme: theme.theme,
    });
  }
  if (theme.records >= 3 && theme.largestSourceShare > options.dominantShare) {
    findings.push({
      code: 'QUAL_SOURCE_DOMINATES_THEME',
      severity: summariseThemesFindings.QUAL_SOURCE_DOMINATES_THEME.severity,
      message: `A single source gave ${Math.round(theme.largestSourceShare * theme.records)} of the ${theme.records} records on “${theme.theme}”, so the theme may reflect one voice rather than a shared experience.`,
      basis: themesBasis,
      theme: theme.theme,
    });
  }
  return findings;
}

/** Findings about the records as a whole. */
function overallFindings(records: readonly QualitativeRecord[], sources: number, options: AppliedSummariseThemesOptions): ThemesFinding[] {
  const findings: ThemesFinding[] = [];
  if (records.length === 0) {
    findings.push({
      code: 'QUAL_NO_RECORDS',
      severity: summariseThemesFindings.QUAL_NO_RECORDS.severity,
      message: 'There are no quotes or stories, so the evaluation has no qualitative evidence of what changed for people.',
      basis: ['cipd-7os02-seed', 'braun-clarke-2006'],
    });
  } else if (sources < options.minSourcesOverall) {
    findings.push({
      code: 'QUAL_FEW_SOURCES',
      severity: summariseThemesFindings.QUAL_FEW_SOURCES.severity,
      message: `The records come from ${sources} distinct ${sources === 1 ? 'source' : 'sources'}, fewer than ${options.minSourcesOverall}, so further interviews or comments may still bring out new themes.`,
      basis: ['guest-bunce-johnson-2006', 'braun-clarke-2006'],
    });
  }
  const notStated = records.filter((record) => record.sentiment === undefined).length;
  if (notStated > 0) {
    findings.push({
      code: 'QUAL_SENTIMENT_NOT_STATED',
      severity: summariseThemesFindings.QUAL_SENTIMENT_NOT_STATED.severity,
      message: `${notStated} of the ${records.length} records have no sentiment, so the sentiment counts cover only part of the evidence.`,
      basis: themesBasis,
    });
  }
  if (options.minSourcesToAttribute < defaultMinSourcesToAttribute) {
    findings.push({
      code: 'QUAL_LOW_ANONYMITY_THRESHOLD',
      severity: summariseThemesFindings.QUAL_LOW_ANONYMITY_THRESHOLD.severity,
      message: `Quotes are attributed once ${options.minSourcesToAttribute} ${options.minSourcesToAttribute === 1 ? 'source raises' : 'sources raise'} a theme, below the usual minimum of ${defaultMinSourcesToAttribute}, so only do this when every source agreed to be quoted by id.`,
      basis: anonymityBasis,
    });
  }
  return findings;
}

/** The records of each theme (by {@link themeKey}), each theme under its first spelling, in input order. */
function recordsByTheme(records: readonly QualitativeRecord[]): Map<string, { theme: string; records: QualitativeRecord[] }> {
  const byKey = new Map<string, { theme: string; records: QualitativeRecord[] }>();
  for (const record of records) {
    const seen = new Set<string>();
    for (const theme of record.themes) {
      const key = themeKey(theme);
      if (seen.has(key)) continue;
      seen.add(key);
      const entry = byKey.get(key) ?? { theme, records: [] };
      entry.records.push(record);
      byKey.set(key, entry);
    }
  }
  return byKey;
}

/**
 * The texts (by {@link themeKey}) of the records that carry a theme raised by fewer than
 * `minSourcesToAttribute` distinct sources among `records`. Such a text is never quoted with its
 * source anywhere in the same publication: otherwise a reader could match the small theme's quote,
 * or its sentiment and counts, with the attributed quote and so learn who raised the small theme.
 *
 * @internal
 */
export function unattributableTexts(
  records: readonly QualitativeRecord[],
  options: AppliedSummariseThemesOptions,
  groups: ReturnType<typeof recordsByTheme> = recordsByTheme(records),
): Set<string> {
  const texts = new Set<string>();
  for (const entry of groups.values()) {
    if (sourceCounts(entry.records).distinct >= options.minSourcesToAttribute) continue;
    for (const record of entry.records) texts.add(themeKey(record.text));
  }
  return texts;
}

/**
 * Summarises already-validated records with applied options (shared with the evidence chain).
 * `blocked` adds texts that must not be quoted with their source because they sit in a small
 * theme of another summary published alongside this one.
 *
 * @internal
 */
export function summariseValidRecords(
  records: readonly QualitativeRecord[],
  options: AppliedSummariseThemesOptions,
  blocked: ReadonlySet<string> = new Set(),
): ThemesSummary {
  const groups = recordsByTheme(records);
  const unsafe = new Set([...blocked, ...unattributableTexts(records, options, groups)]);
  const themes = [...groups.entries()]
    .map(([key, entry]) => summariseTheme(entry.theme, key, entry.records, options, unsafe))
    .sort((a, b) => b.records - a.records || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const sources = sourceCounts(records).distinct;
  return {
    records: records.length,
    sources,
    sentiment: sentimentOf(records),
    themes,
    options,
    findings: sortFindingsBySeverity(overallFindings(records, sources, options).concat(themes.flatMap((theme) => themeFindings(theme, options)))),
  };
}

/**
 * Parses {@link summariseThemes}' options.
 *
 * @internal
 */
export function parseSummariseThemesOptions(options: SummariseThemesOptions, name: string): AppliedSummariseThemesOptions {
  return parseInput(summariseThemesOptionsSchema, options, name);
}

/**
 * Summarises quotes and stories by theme, the counting step of a thematic analysis (Braun &
 * Clarke 2006): for each theme, how many records and distinct sources carry it, their sentiments,
 * and a few representative quotes, protecting the anonymity of the people behind small themes.
 *
 * - **Counting.** Themes are matched by {@link themeKey} (case, surrounding and repeated spaces
 *   ignored) and shown under their first spelling; a record naming a theme twice counts once.
 *   Sources are matched the same way, which can only lower a distinct-source count.
 * - **Order.** Most records first; ties by theme key (plain code-unit order, not locale).
 * - **Representative quotes** (up to `quotesPerTheme`, default 2): the theme's records in input
 *   order, taking first one record from each source not yet quoted, then, if places remain, the
 *   other records in input order; a text (matched like themes) is never quoted twice. Put the
 *   strongest quotes first in the input to have them chosen.
 * - **Anonymity.** A theme with fewer distinct sources than `minSourcesToAttribute` (default 3,
 *   the 360 reports' minimum group) is reported without attribution: by default its quotes are
 *   withheld (`quotesWithheld` says how many), because a quote's wording can identify its author;
 *   with `unattributedQuotes: 'show-without-source'` its quotes are shown with `source` and `date`
 *   `null`. Either way no source id of such a theme appears in its row, and no finding names a
 *   source. A record (matched by its text) that carries such a small theme is also never quoted
 *   with its source under any other theme: otherwise a reader could link the two, by the shown
 *   text or by matching the small theme's sentiment with the attributed quote's. The counts of a
 *   small theme (records, sources, sentiments) are still published; see the guide for what that
 *   does and does not protect.
 *
 * @param records - the quotes and stories (see {@link qualitativeRecordSchema}); an empty list is allowed
 * @param options - see {@link summariseThemesOptionsSchema} for the defaults
 * @returns `{ records, sources, sentiment, themes, options, findings }` (see {@link ThemesSummary})
 * @throws LmdInputError when a record or option is invalid (the message names the path)
 * @example
 * const records = [
 *   { text: 'It feels less lonely now.', source: 'r1', themes: ['Less isolation'], sentiment: 'positive' as const },
 *   { text: 'I know who to ask.', source: 'r2', themes: ['less isolation', 'Confidence'], sentiment: 'positive' as const },
 *   { text: 'Others have the same cases.', source: 'r3', themes: ['Less isolation'], sentiment: 'positive' as const },
 *   { text: 'Hard to find the time.', source: 'r2', themes: ['Time pressure'], sentiment: 'negative' as const },
 * ];
 * const summary = summariseThemes(records);
 * summary.themes.map((theme) => [theme.theme, theme.records, theme.sources]) //=> [['Less isolation', 3, 3], ['Confidence', 1, 1], ['Time pressure', 1, 1]]
 * // r2's record also carries the small theme "Confidence", so it is not quoted with its source
 * summary.themes[0]?.quotes.map((quote) => quote.source) //=> ['r1', 'r3']
 * summary.themes[2]?.quotes //=> []
 * summariseThemes([{ text: 'x', source: 'r1', themes: [] }]) //=> throws LmdInputError
 * @see {@link buildEvidenceChain}
 * @see Source: braun-clarke-2006, hundepool-et-al-2012, guest-bunce-johnson-2006 in {@link references}.
 */
export function summariseThemes(records: readonly QualitativeRecordInput[], options: SummariseThemesOptions = {}): ThemesSummary {
  const parsed = parseInput(z.array(qualitativeRecordSchema), records, 'records');
  return summariseValidRecords(parsed, parseSummariseThemesOptions(options, 'options'));
}
