// The UK financial year, 1 April to 31 March, and its quarters and halves ("Q3 2024/25", "H2 2025/26"),
// and what to say when a quarter or half names a year but not which kind of year.

import { endOfMonth, fullYear, isoDate, monthName, type IsoDate } from "./calendar";
import type { DeadlineDoubt } from "./deadline";

/** "2018/19" from 2018. */
function financialYearAfter(year: string): string {
  return `${year}/${String((Number(year) + 1) % 100).padStart(2, "0")}`;
}

/** "Q2 2018", "H1 2018": a quarter or half of the calendar year, or of the financial year? */
export function partOfYearDoubt(label: "Q" | "H", part: string, year: string): DeadlineDoubt {
  const { noun, months } = label === "Q" ? { noun: "quarter", months: 3 } : { noun: "half", months: 6 };
  return {
    says: `could be a ${noun} of the calendar year or of the financial year`,
    fix: `Write the financial year ("${label}${part} ${financialYearAfter(year)}") or the month it is due ("${monthName(Number(part) * months)} ${year}").`,
  };
}

/** The year a financial year "2024/25" starts in, or null when the two years do not follow on. */
export function financialYearStart(first: string, second: string): number | null {
  const start = fullYear(first);
  const next = start + 1;
  // The second year is often written in two digits ("2024/25"; "1999/00" crosses a century).
  const follows = second.length === 2 ? Number(second) === next % 100 : Number(second) === next;
  return follows ? start : null;
}

/** Q1 is April to June of the first year, Q4 January to March of the second. */
export function financialQuarter(
  quarter: number,
  first: string,
  second: string,
): { first: IsoDate; due: IsoDate } | null {
  const start = financialYearStart(first, second);
  if (start === null) return null;
  const firstMonth = [4, 7, 10, 1][quarter - 1];
  const year = quarter === 4 ? start + 1 : start;
  return { first: isoDate(year, firstMonth, 1), due: endOfMonth(year, firstMonth + 2) };
}

/** H1 is April to September of the first year, H2 October to March. */
export function financialHalf(half: number, first: string, second: string): { first: IsoDate; due: IsoDate } | null {
  const start = financialYearStart(first, second);
  if (start === null) return null;
  return half === 1
    ? { first: isoDate(start, 4, 1), due: isoDate(start, 9, 30) }
    : { first: isoDate(start, 10, 1), due: isoDate(start + 1, 3, 31) };
}
