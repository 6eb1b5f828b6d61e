import { normaliseLabel } from '../../core/_internal/normalise-label.js';
import type { Instrument360 } from '../../lmd/feedback360/instrument-360.js';

/** What a cell in an item column holds: a score, a missing score (blank or not observed), or neither. */
export type Answer = number | null | undefined;

/** The answer reader of an instrument and the sentence that says what it accepts. */
export interface AnswerReader {
  /** The score of a cell: a number, `null` (blank or not observed), or `undefined` (not an answer). */
  readonly read: (cell: string) => Answer;
  /** What an answer may be, for messages (`a whole number from 1 to 5 or a blank`). */
  readonly expected: string;
}

const WHOLE = /^[+-]?\d+(?:\.0+)?$/;

/** A list of labels for a message: the first six quoted, then how many in all. */
function listLabels(labels: readonly string[]): string {
  const shown = labels.slice(0, 6).map((label) => JSON.stringify(label));
  return labels.length > 6 ? `${shown.join(', ')}, … (${labels.length} in all)` : shown.join(', ');
}

/**
 * The answer reader of an instrument: whole points of the scale (`4` or `4.0`), the scale's labels
 * and its not-observed answers (case, spacing and curly quotes aside), and blanks.
 *
 * @internal
 */
export function answerReader(instrument: Instrument360): AnswerReader {
  const { min, max } = instrument.scale;
  const labels = new Map<string, number>();
  for (const { value, label } of instrument.scale.labels ?? []) labels.set(normaliseLabel(label), value);
  const notObserved = new Set((instrument.scale.notObserved ?? []).map((answer) => normaliseLabel(answer)));
  const parts = [`a whole number from ${min} to ${max}`];
  const labelList = instrument.scale.labels ?? [];
  if (labelList.length > 0) parts.push(`one of the labels ${listLabels([...labelList].sort((a, b) => a.value - b.value).map((entry) => entry.label))}`);
  if (notObserved.size > 0) parts.push(`a not-observed answer (${listLabels(instrument.scale.notObserved ?? [])})`);
  const expected = `${parts.join(', ')} or a blank`;
  const cache = new Map<string, Answer>();
  const read = (cell: string): Answer => {
    if (cell.length === 1) {
      const digit = cell.charCodeAt(0) - 48;
      if (digit >= min && digit <= max && digit >= 0 && digit <= 9) return digit;
    }
    const trimmed = cell.trim();
    if (trimmed === '') return null;
    if (WHOLE.test(trimmed)) {
      const score = Number(trimmed);
      if (score >= min && score <= max) return score + 0;
    }
    // Labels repeat across thousands of cells: each distinct text is normalised once.
    const seen = cache.get(trimmed);
    if (seen !== undefined || cache.has(trimmed)) return seen;
    const key = normaliseLabel(trimmed);
    const labelled = labels.get(key);
    const answer = labelled !== undefined ? labelled : notObserved.has(key) ? null : undefined;
    if (cache.size < 1000) cache.set(trimmed, answer);
    return answer;
  };
  return { read, expected };
}
