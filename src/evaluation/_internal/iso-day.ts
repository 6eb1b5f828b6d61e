import type { LmdInputPathKey } from '../../core/input-error.js';
import { failInput } from './measures.js';

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The day number of a `YYYY-MM-DD` string, or `null` when it is not a date that exists. */
function dayOrNull(value: string): number | null {
  const match = ISO_DATE.exec(value);
  if (match === null) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  // setUTCFullYear, not Date.UTC: Date.UTC reads years 0–99 as 1900–1999, which rejected real
  // dates such as 0050-01-01.
  const date = new Date(0);
  const time = date.setUTCFullYear(year, month - 1, day);
  if (Number.isNaN(time) || date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return time / MS_PER_DAY;
}

/**
 * Whether a string is an ISO calendar date (`YYYY-MM-DD`) that exists (`2025-02-30` does not).
 * Usable inside a zod refinement, because it never throws.
 *
 * @internal
 */
export function isCalendarDate(value: string): boolean {
  return dayOrNull(value) !== null;
}

/**
 * Turns an ISO calendar date (`YYYY-MM-DD`) into a whole day number (days since 1970-01-01, UTC),
 * rejecting dates that do not exist (`2025-02-30`). No clock is read.
 *
 * @internal
 */
export function isoDay(value: string, path: readonly LmdInputPathKey[]): number {
  const day = dayOrNull(value);
  if (day === null) failInput(path, `expected a calendar date written YYYY-MM-DD (received ${JSON.stringify(value)})`);
  return day;
}

/**
 * Turns a day number from {@link isoDay} back into `YYYY-MM-DD`.
 *
 * @internal
 */
export function isoDate(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}
