// A linking attacker for published theme summaries, used by the anonymity property tests.
//
// A publication is one or more ThemesSummary results shown together: one summariseThemes result,
// or an evidence chain's overall stories and every level's stories. The attacker knows the
// documented rules, including that the overall stories hold every record of every level. Its goal
// is the source of a *protected* theme row: one reported without attribution (fewer distinct
// sources than the threshold). It tries two ways of linking that row with an attributed quote:
//
// 1. Text: a quote shown without source in the protected row has the same words (by themeKey) as
//    a quote shown with its source anywhere in the publication.
// 2. Sentiment: a sentiment (or "not stated") that the protected row carries occurs exactly once
//    in a summary holding the row's records (its own summary, or the overall one); then the one
//    attributed quote with that sentiment in that summary, if any, must be the protected record.
//
// A guess is a leak when it is right: some record of the protected row really has that source.
import { themeKey, type QualitativeRecordInput, type QualitativeSentiment, type ThemesSummary } from '../../src/index.js';

/** One summary of a publication, with the records it was built from (the ground truth). */
export interface PublishedSummary {
  readonly label: string;
  readonly summary: ThemesSummary;
  readonly records: readonly QualitativeRecordInput[];
  /** Labels of the publication's summaries that hold every record of this one (itself included). */
  readonly within: readonly string[];
}

/** A right guess: the protected row, and the source the attacker correctly named. */
export interface Leak {
  readonly summary: string;
  readonly theme: string;
  readonly source: string;
  readonly how: 'text' | 'sentiment';
}

type SentimentSlot = QualitativeSentiment | 'notStated';
const slots: readonly SentimentSlot[] = ['positive', 'neutral', 'negative', 'mixed', 'notStated'];

/** The records of one theme (by key) in a summary's ground truth. */
const recordsOfTheme = (records: readonly QualitativeRecordInput[], key: string): QualitativeRecordInput[] =>
  records.filter((record) => record.themes.some((theme) => themeKey(theme) === key));

/** Runs both attacks on every protected row of the publication and returns the right guesses. */
export function linkingLeaks(publication: readonly PublishedSummary[]): Leak[] {
  const byLabel = new Map(publication.map((entry) => [entry.label, entry] as const));
  const attributedQuotes = publication.flatMap((entry) =>
    entry.summary.themes.filter((row) => row.attributed).flatMap((row) => row.quotes.map((quote) => ({ entry, quote }))),
  );
  const leaks: Leak[] = [];
  for (const entry of publication) {
    for (const row of entry.summary.themes.filter((theme) => !theme.attributed)) {
      const truth = recordsOfTheme(entry.records, row.key);
      const isRight = (source: string, check: (record: QualitativeRecordInput) => boolean): boolean =>
        truth.some((record) => themeKey(record.source) === themeKey(source) && check(record));
      for (const shown of row.quotes) {
        for (const { quote } of attributedQuotes) {
          if (quote.source === null || themeKey(quote.text) !== themeKey(shown.text)) continue;
          if (isRight(quote.source, (record) => themeKey(record.text) === themeKey(shown.text))) {
            leaks.push({ summary: entry.label, theme: row.theme, source: quote.source, how: 'text' });
          }
        }
      }
      for (const slot of slots) {
        if (row.sentiment[slot] === 0) continue;
        const quoteSentiment = slot === 'notStated' ? null : slot;
        for (const label of entry.within) {
          const holder = byLabel.get(label);
          if (holder === undefined || holder.summary.sentiment[slot] !== 1) continue;
          for (const { quote } of attributedQuotes.filter((item) => item.entry === holder)) {
            if (quote.source === null || quote.sentiment !== quoteSentiment) continue;
            if (isRight(quote.source, (record) => (record.sentiment ?? null) === quoteSentiment)) {
              leaks.push({ summary: entry.label, theme: row.theme, source: quote.source, how: 'sentiment' });
            }
          }
        }
      }
    }
  }
  return leaks;
}

/**
 * The ground-truth check, stronger than any attacker: no record in a protected row of any summary
 * of the publication is quoted with its source anywhere in the publication.
 */
export function protectedRecordsQuoted(publication: readonly PublishedSummary[]): string[] {
  const protectedPairs = new Set<string>();
  for (const entry of publication) {
    for (const row of entry.summary.themes.filter((theme) => !theme.attributed)) {
      for (const record of recordsOfTheme(entry.records, row.key)) protectedPairs.add(`${themeKey(record.text)}\u0000${themeKey(record.source)}`);
    }
  }
  return publication.flatMap((entry) =>
    entry.summary.themes.flatMap((row) =>
      row.quotes
        .filter((quote) => quote.source !== null && protectedPairs.has(`${themeKey(quote.text)}\u0000${themeKey(quote.source)}`))
        .map((quote) => `${entry.label}: “${row.theme}” quotes ${quote.source ?? ''}`),
    ),
  );
}
