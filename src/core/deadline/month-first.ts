// A date typed month first, as a US-set computer writes it ("12/31/2024"): impossible day first, since
// there is no 31st month, but a real date the other way round. The finding then says which it means.

import { fullYear, isoDate, isValidDate, type IsoDate } from "./calendar";

const FIGURES = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/;

/** The date figures mean when read month first, where only that reading is a real date; else null. */
export function monthFirstDate(written: string): IsoDate | null {
  const m = FIGURES.exec(written.trim());
  if (!m) return null;
  const [month, day] = [Number(m[1]), Number(m[2])];
  const year = fullYear(m[3]);
  return day > 12 && isValidDate(year, month, day) ? isoDate(year, month, day) : null;
}
