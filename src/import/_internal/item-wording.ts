import { normaliseLabel } from '../../core/_internal/normalise-label.js';
import type { Instrument360 } from '../../lmd/feedback360/instrument-360.js';

/** How a header matched an item or open question. */
export type WordingMatch = 'id' | 'import-id' | 'wording' | 'numbered-wording' | 'matrix-wording';

/** A header's match: the item or open question, how, and the part of the header that matched. */
export interface QuestionMatch {
  readonly kind: 'item' | 'question';
  readonly id: string;
  readonly how: WordingMatch;
  readonly matched: string;
}

/** A question number before the wording: `Q3.`, `Q3 -`, `3.`, `3)`, `Q1_3`, `Question 4:`. */
const QUESTION_NUMBER = /^(?:q(?:uestion)?\s*)?\d+(?:[._]\d+)*\s*[.):-]?\s+(?=\S)/;
/** The import id of Qualtrics' third header row: `{"ImportId":"QID1_3"}`. */
const IMPORT_ID = /^\{.*"importid"\s*:\s*"([^"]+)"/;
/** A matrix row in brackets at the end: Google Forms' `Rate: [Listens well]`. */
const BRACKETED = /\[([^[\]]+)\]\s*$/;

/**
 * Whether a header cell is an import-id cell of Qualtrics' third header row.
 *
 * @internal
 */
export function isImportIdCell(text: string): boolean {
  return IMPORT_ID.test(normaliseLabel(text));
}

/**
 * The matcher of header texts to an instrument's items and open questions: by id, by Qualtrics
 * import id, by exact wording, by wording after a question number, and by wording after a matrix
 * prefix (`Please rate … - <wording>`, `Rate: [<wording>]`). Case, spacing and curly quotes aside.
 *
 * @internal
 */
export function questionMatcher(instrument: Instrument360): (header: string) => QuestionMatch | null {
  const ids = new Map<string, QuestionMatch>();
  const wordings = new Map<string, { kind: 'item' | 'question'; id: string }>();
  for (const item of instrument.items) {
    ids.set(normaliseLabel(item.id), { kind: 'item', id: item.id, how: 'id', matched: item.id });
    if (item.text !== undefined) wordings.set(normaliseLabel(item.text), { kind: 'item', id: item.id });
  }
  for (const question of instrument.openQuestions ?? []) {
    const key = normaliseLabel(question.id);
    if (!ids.has(key)) ids.set(key, { kind: 'question', id: question.id, how: 'id', matched: question.id });
    const wording = normaliseLabel(question.text);
    if (!wordings.has(wording)) wordings.set(wording, { kind: 'question', id: question.id });
  }
  const byWording = (text: string, how: WordingMatch): QuestionMatch | null => {
    const found = wordings.get(text);
    return found === undefined ? null : { ...found, how, matched: text };
  };
  return (header) => {
    const text = normaliseLabel(header);
    if (text === '') return null;
    const byId = ids.get(text);
    if (byId !== undefined) return byId;
    const importId = IMPORT_ID.exec(text)?.[1];
    if (importId !== undefined) {
      const found = ids.get(importId);
      return found === undefined ? null : { ...found, how: 'import-id', matched: importId };
    }
    const exact = byWording(text, 'wording');
    if (exact !== null) return exact;
    const numbered = text.replace(QUESTION_NUMBER, '');
    if (numbered !== text) {
      const found = byWording(numbered, 'numbered-wording') ?? ids.get(numbered) ?? null;
      if (found !== null) return found.how === 'id' ? { ...found, how: 'numbered-wording' } : found;
    }
    const bracketed = BRACKETED.exec(text)?.[1];
    if (bracketed !== undefined) {
      const inner = bracketed.trim();
      const found = byWording(inner, 'matrix-wording') ?? (ids.has(inner) ? { ...(ids.get(inner) as QuestionMatch), how: 'matrix-wording' as const } : null);
      if (found !== null) return found;
    }
    // "Please rate how often … - Listens well": the wording after any " - ", longest first.
    for (let at = text.indexOf(' - '); at !== -1; at = text.indexOf(' - ', at + 1)) {
      const found = byWording(text.slice(at + 3).trim(), 'matrix-wording');
      if (found !== null) return found;
    }
    return null;
  };
}
