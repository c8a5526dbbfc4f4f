// The chase list: owner by owner, each action and sub-action that is overdue or falls due in the next
// 60 days, each action not started on time, and each action whose progress update is over a quarter
// old, most overdue first — what a coordinator works through before the board. It is a sheet of its
// own so that its header, not the owner summary's, repeats on every printed page.

import { oneLine } from "../one-line";
import type { ValidationResult } from "../validation/validate";
import { GENERATED_SHEET_NAMES } from "../workbook/generated";
import { date, num, text, type GeneratedSheet, type SpecCell } from "../workbook/sheet-spec";
import { dueWithin, ownerEntries, type OwnerItem } from "./owner-items";
import { headerBlock, planLink, type SummaryOptions } from "./sheet-header";

export function chaseList(result: ValidationResult, options: SummaryOptions): GeneratedSheet {
  const dueSoon = dueWithin(result.asOf);
  const toChase = (i: OwnerItem): boolean =>
    !i.closed && (i.overdue || i.lateToStart || dueSoon(i, 60) || i.staleUpdateDays !== null);
  const whereItStands = (i: OwnerItem): SpecCell => {
    if (i.overdue) return text(`Overdue by ${i.daysLate} days`, "error");
    if (i.lateToStart) return text("Not started on time", "warning");
    if (dueSoon(i, 60)) return text(dueSoon(i, 30) ? "Due within 30 days" : "Due within 60 days", "warning");
    return text(`Update ${i.staleUpdateDays} days old`, "warning");
  };

  const rows = headerBlock(
    "Chase list by owner",
    result,
    options,
    "Every open action and sub-action overdue or due in the next 60 days, and every open action not started on time or with a progress update over a quarter old; owner by owner, most overdue first.",
  );
  const headerRow = rows.length;
  rows.push(["Owner", "What", "Where it stands", "Item", "Due", "Row", "Go to"].map((h) => text(h, "header")));
  const before = rows.length;
  for (const e of ownerEntries(result)) {
    const items = e.items.filter(toChase);
    items.sort((a, b) => (b.daysLate ?? -1) - (a.daysLate ?? -1) || (a.due ?? "").localeCompare(b.due ?? ""));
    // The owner is on every row, so filtering the list by owner (its filter buttons) keeps each row whole.
    for (const i of items) {
      rows.push([
        text(e.name, "wrap"),
        text(oneLine(i.text, 160), "wrap"),
        whereItStands(i),
        text(i.kind, "text"),
        i.due ? date(i.due) : text(""),
        num(i.row),
        planLink(i.sheet, i.cell, options, i.cell),
      ]);
    }
  }
  if (rows.length === before)
    rows.push([
      text("Nothing is overdue, late to start, due in the next 60 days, or waiting for a progress update.", "ok"),
    ]);
  return {
    kind: "chase",
    name: GENERATED_SHEET_NAMES.chase,
    columnWidths: [32, 60, 20, 11, 13, 6, 14],
    rows,
    headerRow,
    marking: result.reading.marking,
    filter: true,
  };
}
