import { failInput } from './measures.js';

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Turns an ISO calendar date (`YYYY-MM-DD`) into a whole day number (days since 1970-01-01, UTC),
 * rejecting dates that do not exist (`2025-02-30`). No clock is read.
 *
 * @internal
 */
export function isoDay(value: string, path: string): number {
  const match = ISO_DATE.exec(value);
  const [year, month, day] = match === null ? [Number.NaN, Number.NaN, Number.NaN] : [Number(match[1]), Number(match[2]), Number(match[3])];
  const time = Date.UTC(year, month - 1, day);
  const date = new Date(Number.isNaN(time) ? 0 : time);
  if (Number.isNaN(time) || date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    failInput(path, `expected a calendar date written YYYY-MM-DD (received ${JSON.stringify(value)})`);
  }
  return time / MS_PER_DAY;
}

/**
 * Turns a day number from {@link isoDay} back into `YYYY-MM-DD`.
 *
 * @internal
 */
export function isoDate(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}
