// A plan cell's value read the ways the reader needs it: as the text it shows, as a percentage, as a
// date; and the finding for a cell that shows an Excel error instead.

import { formatMonth, fromExcelSerial } from "../deadline/calendar";
import type { Deadline } from "../deadline/deadline";
import { parseDeadline } from "../deadline/parse-deadline";
import { finding, type Finding } from "../findings/finding";
import { DONE_WORD, TICK } from "./done-mark";
import { isDateFormat, isErrorValue, isMonthFormat, type CellValue } from "../workbook/grid";
import type { PlanColumn } from "./header";

/** Whitespace runs longer than any layout needs: spaces typed to push text onto the next line, or padding. */
const LONG_WHITESPACE = /\s{64,}/g;

/**
 * A cell's text as the reader parses it: a very long run of spaces or line breaks is one space or one
 * line break. Such a run changes nothing the plan says, and tens of thousands of them in one cell
 * would make reading it slow; the workbook itself is never changed. Only long cells are looked
 * through: in a shorter one, no run is long enough to matter.
 */
export function readableText(text: string): string {
  return text.length <= 1000 ? text : text.replace(LONG_WHITESPACE, (run) => (run.includes("\n") ? "\n" : " "));
}

/** A date cell's deadline as Excel shows it: a date as that day, a month-only format as the month's end; an error as none. */
export function deadlineIn(value: CellValue, format: string): Deadline {
  return parseDeadline(isErrorValue(value) ? "" : typeof value === "string" ? readableText(value) : value, {
    isDate: isDateFormat(format),
    isMonth: isMonthFormat(format),
  });
}

/** A cell as text: strings as written, numbers as shown, dates as YYYY-MM-DD, errors as "". */
export function cellText(value: CellValue, format: string): string {
  if (typeof value === "string") return isErrorValue(value) ? "" : readableText(value);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (isDateFormat(format)) {
    const date = fromExcelSerial(value);
    if (date === null) return String(value);
    // Shown as a month ("Mar-26"), it was typed as one: say the month, not the first day Excel stores.
    return isMonthFormat(format) ? formatMonth(date) : date;
  }
  // Shown as a percentage (0.75 as "75%"), it is quoted as shown.
  if (format.includes("%")) return `${Math.round(value * 100)}%`;
  return String(value);
}

/** "75%", "c. 75%", "100% - signed off"; or a number alone, as a column imported as text holds it ("75", "0.75"). */
const PERCENT_TYPED = /^\s*(?:(?:c|ca|approx)\.?\s*|about\s+|around\s+|~\s*)?(\d{1,3}(?:\.\d+)?)\s*(?:(%)|$)/i;

/**
 * A "% complete" cell as a number from 0 to 100: 0.75 shown as 75%, 75 typed as a number, "75%" or
 * "100% - signed off" typed as text, "75" or "0.75" in a cell formatted as text. Null when it says no
 * percentage.
 */
export function percentOf(value: CellValue, format: string): number | null {
  if (typeof value === "number") return asPercent(value, format.includes("%"));
  const typed = typeof value === "string" ? PERCENT_TYPED.exec(value) : null;
  if (!typed) return null;
  return typed[2] ? Math.round(Number(typed[1])) : asPercent(Number(typed[1]), false);
}

/** 0.75 as 75 where it is a fraction (shown as a percentage, or 1 at most); 75 as 75. */
function asPercent(value: number, shownAsPercent: boolean): number {
  return Math.round(shownAsPercent || value <= 1 ? value * 100 : value);
}

/** Yes, or a word or tick that says done. */
const YES = new RegExp(String.raw`^(?:y|yes|${DONE_WORD}|${TICK})$`, "iu");

/** A "Completed (Y/N)" cell that answers yes: "Y", "Yes", a tick, TRUE or "Done". */
export function saysYes(value: CellValue): boolean {
  return value === true || (typeof value === "string" && YES.test(value.trim().replace(/[.!]+$/, "")));
}

/** A cell's date as YYYY-MM-DD: an Excel date, or a date typed as text ("12/10/2017", "Oct 2017"). */
export function dateIn(value: CellValue, format: string): string | null {
  if (typeof value === "number") {
    if (isDateFormat(format)) return fromExcelSerial(value);
    // A date whose cell lost its format shows as a number ("43100"): one this century is still that date.
    const read = parseDeadline(value, { isDate: false });
    return read.problems.some((p) => p.code === "lost-date-format") ? read.due : null;
  }
  if (typeof value !== "string" || isErrorValue(value)) return null;
  const read = parseDeadline(readableText(value));
  return read.kind === "date" ? read.due : null;
}

export function unreadableCell(
  sheet: string,
  row: number,
  col: PlanColumn,
  actionRow: number,
  theme: string | null,
  value: CellValue,
): Finding {
  return finding(
    "structure/unreadable-cell",
    { sheet, row, column: col.column, columnName: col.heading, actionRow: actionRow + 1, theme },
    value,
    `${col.heading} in row ${row + 1} shows the Excel error ${String(value)}, so it cannot be read.`,
  );
}
