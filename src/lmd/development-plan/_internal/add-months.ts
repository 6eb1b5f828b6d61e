/**
 * The calendar date a whole number of months after a `YYYY-MM-DD` date, the day kept where the
 * month has it and otherwise the month's last day (31 January + 1 month is 28 or 29 February).
 * Pure: no clock is read. The date is assumed valid (checked by the caller's schema).
 *
 * @param date - a `YYYY-MM-DD` date
 * @param months - whole months to add, 0 or more
 * @returns the later date as `YYYY-MM-DD`
 * @internal
 */
export function addMonths(date: string, months: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const monthIndex = year * 12 + (month - 1) + months;
  const newYear = Math.floor(monthIndex / 12);
  const newMonth = (monthIndex % 12) + 1;
  const lastDay = new Date(Date.UTC(2000, newMonth, 0)).getUTCDate();
  const leapFebruary = newMonth === 2 && isLeapYear(newYear) ? 29 : newMonth === 2 ? 28 : lastDay;
  const newDay = Math.min(day, leapFebruary);
  return `${String(newYear).padStart(4, '0')}-${String(newMonth).padStart(2, '0')}-${String(newDay).padStart(2, '0')}`;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}
