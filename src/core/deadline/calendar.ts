// Calendar arithmetic on plain ISO dates ("YYYY-MM-DD"), done in UTC so no time zone moves a day.

import { memoiseText } from "../memoise";

export type IsoDate = string;

export function isoDate(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** A year as written: two digits ("17") are this century's. */
export function fullYear(text: string): number {
  const n = Number(text);
  return text.length === 2 ? 2000 + n : n;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function endOfMonth(year: number, month: number): IsoDate {
  return isoDate(year, month, daysInMonth(year, month));
}

export function isValidDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Largest serial Excel accepts: 31 December 9999. */
const MAX_EXCEL_SERIAL = 2958465;

/**
 * Excel stores dates as days since 30 December 1899 (it keeps Lotus's phantom 29 February 1900,
 * so serials below 61 are one day off from that epoch).
 */
export function fromExcelSerial(serial: number): IsoDate | null {
  if (!Number.isFinite(serial) || serial < 1 || serial > MAX_EXCEL_SERIAL) return null;
  const whole = Math.floor(serial);
  const offset = whole < 61 ? whole + 1 : whole;
  const date = new Date(Date.UTC(1899, 11, 30) + offset * 86400000);
  return date.toISOString().slice(0, 10);
}

/** Excel's day number for a date (with its 1900 leap-year quirk); summaries write thousands of dates. */
export const toExcelSerial: (date: IsoDate) => number = memoiseText((date) => {
  const [y, m, d] = date.split("-").map(Number);
  const days = (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86400000;
  return days < 61 ? days - 1 : days;
});

export function parseIsoDate(text: string): IsoDate | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isValidDate(y, mo, d) ? isoDate(y, mo, d) : null;
}

/** The date where the user is (not in UTC), as YYYY-MM-DD. */
export function localIsoDate(now: Date): IsoDate {
  return new Date(now.getTime() - now.getTimezoneOffset() * 60000).toISOString().slice(0, 10);
}

/** Days since 1970 for a date; plans name the same few hundred dates thousands of times. */
const dayNumber = memoiseText((iso) => {
  const [y, m, d] = iso.split("-").map(Number);
  return Math.round(Date.UTC(y, m - 1, d) / 86400000);
});

export function daysBetween(from: IsoDate, to: IsoDate): number {
  return dayNumber(to) - dayNumber(from);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  const [y, m, d] = date.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d) + days * 86400000).toISOString().slice(0, 10);
}

const MONTH_NAMES = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

export function monthName(month: number): string {
  return MONTH_NAMES[month - 1];
}

/** "March 2018": the month a date falls in, as a month typed "Mar-18" reads. */
export function formatMonth(date: IsoDate): string {
  const [y, m] = date.split("-").map(Number);
  return `${monthName(m)} ${y}`;
}

/** "31 August 2017": how dates read in messages. */
export const formatLongDate: (date: IsoDate) => string = memoiseText((date) => {
  const [y, m, d] = date.split("-").map(Number);
  return `${d} ${monthName(m)} ${y}`;
});
