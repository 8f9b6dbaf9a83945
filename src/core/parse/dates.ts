import type { CalendarDate } from "../model/types";

/**
 * Calendar dates. A note's `created: 2026-01-03` is a day on a calendar, not an instant: it is kept as the
 * `YYYY-MM-DD` text and compared as text, so no time zone can move it to the day before.
 */

const DATE_PREFIX = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ]\d)/;

export type DateReading = { ok: true; date: CalendarDate | undefined } | { ok: false; reason: string };

/** Reads a front matter date value: `2026-01-03`, `'2026-01-03'`, `2026-01-03T10:00`, or empty. */
export function readCalendarDate(value: unknown): DateReading {
  if (value === undefined || value === null || value === "") return { ok: true, date: undefined };
  if (value instanceof Date) return { ok: true, date: dateOfUtcInstant(value) };
  if (typeof value !== "string") return { ok: false, reason: `expected a date like 2025-10-30, found ${describe(value)}` };
  const match = DATE_PREFIX.exec(value.trim());
  // The value is quoted as JSON: a note's control characters (an ESC sequence, a line break) must not reach a
  // terminal or split a one-line problem message.
  if (!match) return { ok: false, reason: `${JSON.stringify(value)} is not a date like 2025-10-30` };
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  if (!isCalendarDay(year, month, day)) return { ok: false, reason: `${JSON.stringify(value)} is not a real calendar date` };
  return { ok: true, date: value.trim().slice(0, 10) };
}

/** Whether the day exists in the proleptic Gregorian calendar; plain arithmetic, so no time zone takes part. */
export function isCalendarDay(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0);
}

/** A YAML timestamp parsed by another reader arrives as a UTC instant; its UTC fields are the written day. */
function dateOfUtcInstant(value: Date): CalendarDate {
  return value.toISOString().slice(0, 10);
}

/** Today's calendar date where the user is: the machine's local day. */
export function localToday(now: Date = new Date()): CalendarDate {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A `Date` at local midnight of a calendar date, for date-fns arithmetic and display. */
export function toLocalDate(date: CalendarDate): Date {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  return new Date(year, month - 1, day);
}

export function laterDate(a: CalendarDate | undefined, b: CalendarDate | undefined): CalendarDate | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return a >= b ? a : b;
}

export function earlierDate(a: CalendarDate | undefined, b: CalendarDate | undefined): CalendarDate | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return a <= b ? a : b;
}

export function describe(value: unknown): string {
  if (Array.isArray(value)) return "a list";
  if (value === null) return "nothing";
  if (typeof value === "object") return "a group of keys";
  return `${typeof value} ${JSON.stringify(value)}`;
}
