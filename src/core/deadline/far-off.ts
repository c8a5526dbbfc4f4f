// A deadline years beyond the plan is almost always a slip, and a silent one: it never falls due, so
// the action is never overdue. "Mar 31" is the usual cause — read as March 2031, as "Mar 18" is March
// 2018, when the writer meant 31 March.

import { formatLongDate, isoDate, isValidDate, type IsoDate } from "./calendar";
import { MONTH_NAME, MONTHS } from "./months";

/** How far past the as-of date a plan's deadline may fall before it is queried. */
export const FAR_OFF_YEARS = 5;

/** The last date a deadline may fall on before it is queried: FAR_OFF_YEARS after the as-of date. */
export function farOffLimit(asOf: IsoDate): IsoDate {
  return String(Number(asOf.slice(0, 4)) + FAR_OFF_YEARS) + asOf.slice(4);
}

/** A month word, then two figures standing alone: "Mar 31", "March 31". */
const MONTH_TWO_FIGURES = new RegExp(`\\b(${MONTH_NAME})\\.?\\s+(\\d{2})(?![\\d/])`, "gi");

/**
 * The date a deadline may have meant when two figures after its month were read as its year but could
 * be its day: for "Mar 31" as of 30 November 2017, "31 March 2018" (the next such day). Null otherwise.
 */
export function dayMeantInstead(raw: string, due: IsoDate, asOf: IsoDate): string | null {
  const [dueYear, dueMonth] = due.split("-").map(Number);
  const from = Number(asOf.slice(0, 4));
  for (const [, word, figures] of raw.matchAll(MONTH_TWO_FIGURES)) {
    const month = MONTHS[word.toLowerCase()];
    const day = Number(figures);
    if (month !== dueMonth || 2000 + day !== dueYear) continue;
    // Four years on at most: a 29 February comes round within them.
    for (let year = from; year <= from + 4; year++) {
      if (isValidDate(year, month, day) && isoDate(year, month, day) >= asOf)
        return formatLongDate(isoDate(year, month, day));
    }
  }
  return null;
}
