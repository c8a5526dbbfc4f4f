// Protective markings (the Government Security Classifications, and the older ones councils still
// use): found above a plan's header or in its printed header and footer, where a sensitivity label
// puts it, and carried onto every summary made from the plan.

import { headerFooterWords, type SheetGrid } from "../workbook/grid";

const MARKING = /\b(OFFICIAL\s*[-–—:]?\s*SENSITIVE|OFFICIAL|PROTECT(?:ED)?|RESTRICTED|CONFIDENTIAL)\b/;
/** Written in ordinary case, it is a marking only when it is all the text says ("Official Sensitive"). */
const MARKING_ALONE = /^\s*(official\s*[-–—:]?\s*sensitive|official|protect(?:ed)?|restricted|confidential)\s*$/i;

/** Least strict first: where a plan carries several, the strictest marks it. */
const ORDER = ["OFFICIAL", "PROTECT", "PROTECTED", "OFFICIAL-SENSITIVE", "RESTRICTED", "CONFIDENTIAL"];

/** The marking a text carries, as the summaries write it ("OFFICIAL-SENSITIVE"), or null. */
export function markingIn(text: string): string | null {
  const found = MARKING.exec(text) ?? MARKING_ALONE.exec(text);
  if (!found) return null;
  const marking = found[1].toUpperCase();
  return marking.endsWith("SENSITIVE") ? "OFFICIAL-SENSITIVE" : marking;
}

export function strictestMarking(markings: readonly (string | null)[]): string | null {
  return markings.reduce<string | null>(
    (strictest, m) =>
      m !== null && (strictest === null || ORDER.indexOf(m) > ORDER.indexOf(strictest)) ? m : strictest,
    null,
  );
}

/** The markings in a sheet's printed header and footer. */
export function printedMarkings(grid: SheetGrid): string[] {
  return grid.headerFooter.flatMap((section) => markingIn(headerFooterWords(section)) ?? []);
}
