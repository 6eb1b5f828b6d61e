import * as z from 'zod';
import { parseInput } from '../../core/parse-input.js';
import { bradfordFactor } from './bradford-factor.js';
import { isoDate, isoDay } from '../_internal/iso-day.js';
import { failInput } from '../_internal/measures.js';

/**
 * The zod schema for the input of {@link bradfordFactorFromAbsences}. Each absence gives its
 * `start` and either its last day `end` or the working `days` it lost (exactly one of the two;
 * the function checks that); `windowDays` defaults to 365.
 *
 * @example
 * bradfordAbsencesInputSchema.safeParse({ absences: [], windowEnd: '2025-03-31' }).success //=> true
 * bradfordAbsencesInputSchema.safeParse({ absences: [], windowEnd: '31/03/2025' }).success //=> false
 * @see {@link bradfordFactorFromAbsences}
 */
export const bradfordAbsencesInputSchema = /* @__PURE__ */ z.strictObject({
  absences: /* @__PURE__ */ z.array(
    /* @__PURE__ */ z.strictObject({
      start: /* @__PURE__ */ z.iso.date(),
      end: /* @__PURE__ */ z.iso.date().optional(),
      days: /* @__PURE__ */ z.number().gt(0).max(3660).optional(),
    }),
  ),
  windowEnd: /* @__PURE__ */ z.iso.date(),
  windowDays: /* @__PURE__ */ z.int().min(1).max(3660).default(365),
});

/**
 * The input of {@link bradfordFactorFromAbsences}: one person's absences (ISO dates), the last day
 * of the window, and the window's length in calendar days (default 365).
 * @see {@link bradfordFactorFromAbsences}
 */
export type BradfordAbsencesInput = z.input<typeof bradfordAbsencesInputSchema>;

/**
 * One absence counted by {@link bradfordFactorFromAbsences}.
 *
 * @example
 * const row: BradfordCountedAbsence | undefined = bradfordFactorFromAbsences({
 *   absences: [{ start: '2025-01-06', end: '2025-01-07' }],
 *   windowEnd: '2025-03-31',
 * }).counted[0];
 * row?.daysInWindow //=> 2
 * @see {@link bradfordFactorFromAbsences}
 */
export interface BradfordCountedAbsence {
  /** Its position in the input list. */
  readonly index: number;
  /** Its first day. */
  readonly start: string;
  /** Its last day, or `null` when it was given as a number of days. */
  readonly end: string | null;
  /** The days it contributes: calendar days inside the window for a dated spell, `days` as given otherwise. */
  readonly daysInWindow: number;
}

/**
 * The result of {@link bradfordFactorFromAbsences}.
 *
 * @example
 * const result: BradfordFromAbsences = bradfordFactorFromAbsences({ absences: [], windowEnd: '2025-03-31' });
 * result.score //=> 0
 * @see {@link bradfordFactorFromAbsences}
 */
export interface BradfordFromAbsences {
  /** The Bradford factor, S² × D. */
  readonly score: number;
  /** S: spells counted in the window. */
  readonly spells: number;
  /** D: days counted in the window. */
  readonly days: number;
  /** The window's first day (inclusive). */
  readonly windowStart: string;
  /** The window's last day (inclusive). */
  readonly windowEnd: string;
  /** The window's length in calendar days (the default, 365, when not given). */
  readonly windowDays: number;
  /** The absences counted, in input order. */
  readonly counted: readonly BradfordCountedAbsence[];
}

interface Spell {
  readonly index: number;
  readonly first: number;
  readonly last: number | null;
  readonly days: number | null;
}

/** Rejects a spell given both or neither of `end` and `days`, or ending before it starts. */
function toSpell(absence: { start: string; end?: string | undefined; days?: number | undefined }, index: number): Spell {
  const path = ['input', 'absences', index];
  if ((absence.end === undefined) === (absence.days === undefined)) {
    failInput(path, 'give either end (the last day absent) or days (working days lost), not both or neither');
  }
  const first = isoDay(absence.start, [...path, 'start']);
  if (absence.end === undefined) return { index, first, last: null, days: absence.days ?? null };
  const last = isoDay(absence.end, [...path, 'end']);
  if (last < first) failInput([...path, 'end'], `cannot be before start, ${absence.start} (received ${JSON.stringify(absence.end)})`);
  return { index, first, last, days: null };
}

/** Rejects two records of what must be the same absence: overlapping dates or the same start. */
function assertNoOverlap(spells: readonly Spell[]): void {
  const ordered = [...spells].sort((a, b) => a.first - b.first || a.index - b.index);
  for (let position = 1; position < ordered.length; position += 1) {
    const previous = ordered[position - 1] as Spell;
    const current = ordered[position] as Spell;
    if (current.first === previous.first || (previous.last !== null && current.first <= previous.last)) {
      failInput(
        ['input', 'absences', Math.max(previous.index, current.index)],
        `overlaps absences[${Math.min(previous.index, current.index)}]: record each spell of absence once`,
      );
    }
  }
}

/**
 * The Bradford factor of one person's absences within a rolling window, counting the spells and
 * days from dated records.
 *
 * The window is the `windowDays` calendar days ending on `windowEnd` (both ends inclusive; default
 * 365, about a rolling year). Each absence is one spell. A dated spell (`start` and `end`) counts
 * when it overlaps the window, and contributes the calendar days that fall inside it, weekends
 * included; give `days` instead when you need working days. A spell given as `start` and `days`
 * counts in full when it starts inside the window (which of its days fall where is not known), and
 * not at all when it starts before. Then score = S² × D as in {@link bradfordFactor}. The date
 * arithmetic is in UTC and reads no clock: the caller chooses `windowEnd`.
 *
 * Source: the Bradford factor (`bradford-factor`), as described by the CIPD (`cipd-absence-measurement`).
 *
 * @param input - `absences`, `windowEnd` and optionally `windowDays` (see {@link BradfordAbsencesInput})
 * @returns the score, S and D, the window as applied and the absences counted
 * @throws LmdInputError when a date is not a real `YYYY-MM-DD` date, an absence gives both or
 * neither of `end` and `days`, ends before it starts, or overlaps another absence
 * @example
 * const result = bradfordFactorFromAbsences({
 *   absences: [
 *     { start: '2024-02-01', end: '2024-02-02' }, // before the window: not counted
 *     { start: '2024-06-03', end: '2024-06-04' },
 *     { start: '2024-09-16', days: 1 },
 *     { start: '2025-01-13', end: '2025-01-15' },
 *   ],
 *   windowEnd: '2025-03-31',
 * });
 * [result.spells, result.days, result.score] //=> [3, 6, 54]
 * result.windowStart //=> '2024-04-01'
 * @see {@link bradfordFactor}
 * @see {@link bradfordBand}
 */
export function bradfordFactorFromAbsences(input: BradfordAbsencesInput): BradfordFromAbsences {
  const parsed = parseInput(bradfordAbsencesInputSchema, input, 'input');
  const windowLast = isoDay(parsed.windowEnd, ['input', 'windowEnd']);
  const windowFirst = windowLast - parsed.windowDays + 1;
  const spells = parsed.absences.map(toSpell);
  assertNoOverlap(spells);
  const counted: BradfordCountedAbsence[] = [];
  for (const spell of spells) {
    let daysInWindow = 0;
    if (spell.last === null) {
      if (spell.first >= windowFirst && spell.first <= windowLast) daysInWindow = spell.days ?? 0;
    } else {
      daysInWindow = Math.max(0, Math.min(spell.last, windowLast) - Math.max(spell.first, windowFirst) + 1);
    }
    if (daysInWindow > 0) {
      counted.push({
        index: spell.index,
        start: isoDate(spell.first),
        end: spell.last === null ? null : isoDate(spell.last),
        daysInWindow,
      });
    }
  }
  const days = counted.reduce((total, row) => total + row.daysInWindow, 0);
  return {
    score: bradfordFactor({ spells: counted.length, days }),
    spells: counted.length,
    days,
    windowStart: isoDate(windowFirst),
    windowEnd: isoDate(windowLast),
    windowDays: parsed.windowDays,
    counted,
  };
}
