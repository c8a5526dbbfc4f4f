// Month names as plans write them: full, short, and the misspellings real plans have, which are read
// with a warning rather than rejected.

import { slipBetween } from "../slips";
import { monthName } from "./calendar";
import type { DeadlineProblem } from "./deadline";

export const MONTHS: Record<string, number> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};

/** Misspellings seen in real plans, read with a warning rather than rejected. */
const MONTH_TYPOS: Record<string, number> = { set: 9, setp: 9, spet: 9, agu: 8, ocot: 10, novemeber: 11, febuary: 2 };

/** Every month word, misspellings included, longest first so an alternation takes "sept" before "sep". */
export const MONTH_WORD = [...Object.keys(MONTHS), ...Object.keys(MONTH_TYPOS)]
  .sort((a, b) => b.length - a.length)
  .join("|");

/** Real month names only, longest first: "set to June 2025" is not a misspelt September. */
export const MONTH_NAME = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join("|");
const FULL_MONTH_NAMES = Object.keys(MONTHS).filter((name) => name.length >= 5);

/** The month a word one slip from a month's full name means, or null. */
export function misspeltMonth(word: string): number | null {
  const w = word.toLowerCase();
  if (w in MONTHS || w in MONTH_TYPOS) return null;
  const name = FULL_MONTH_NAMES.find((n) => slipBetween(w, n) !== null);
  return name === undefined ? null : MONTHS[name];
}

/** The month a word names; a misspelt one (listed, or one slip from a full name) is read with a warning. */
export function monthFrom(word: string, problems: DeadlineProblem[], written: string): number | null {
  const w = word.toLowerCase();
  if (w in MONTHS) return MONTHS[w];
  const month = w in MONTH_TYPOS ? MONTH_TYPOS[w] : misspeltMonth(w);
  if (month === null) return null;
  problems.push({ code: "probable-typo", written, readAs: monthName(month) });
  return month;
}
