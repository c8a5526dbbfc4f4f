// Changes since the last board: newly overdue, completed, re-dated, new and removed actions, from the
// board snapshots saved in the workbook.

import { formatLongDate } from "../deadline/calendar";
import type { BoardChanges } from "../tracking/board-snapshot";
import type { ValidationResult } from "../validation/validate";
import { cellAddress } from "../workbook/address";
import { GENERATED_SHEET_NAMES } from "../workbook/generated";
import { num, text, type GeneratedSheet, type SpecCell } from "../workbook/sheet-spec";
import { oneLine } from "../one-line";
import { headerBlock, planLink, type SummaryOptions } from "./sheet-header";

/** One line a person reads: "2 completed · 1 re-dated · …". */
export function changesLine(changes: BoardChanges): string {
  return [
    `${changes.newlyOverdue.length} newly overdue`,
    `${changes.completed.length} completed`,
    `${changes.redated.length} re-dated`,
    `${changes.added.length} new`,
    `${changes.removed.length} removed`,
  ].join(" · ");
}

export function changesSummary(result: ValidationResult, options: SummaryOptions): GeneratedSheet {
  const changes = result.changes;
  const rows = headerBlock("Changes since last board", result, options);
  const what = result.reading.header.columns.find((c) => c.role === "what")?.column ?? 0;
  const sheet = result.reading.plan.sheet;
  if (!changes) {
    rows.push([
      text(
        "No earlier board snapshot is saved in this workbook. Validate with --save-snapshot (or Save snapshot in the pane) at each board to track changes.",
        "note",
      ),
    ]);
    return {
      kind: "changes",
      name: GENERATED_SHEET_NAMES.changes,
      columnWidths: [22, 8, 70, 40],
      rows,
      headerRow: rows.length - 1,
      marking: result.reading.marking,
    };
  }
  rows.push([text(`Since the board of ${formatLongDate(changes.since)}: ${changesLine(changes)}`, "bold")]);
  rows.push([]);
  const headerRow = rows.length;
  rows.push(["Change", "Row", "Action", "Detail", "Go to"].map((h) => text(h, "header")));
  const line = (
    label: string,
    style: "error" | "ok" | "warning" | "info",
    row: number,
    whatText: string,
    detail: string,
  ): SpecCell[] => [
    text(label, style),
    num(row),
    text(oneLine(whatText, 150), "wrap"),
    text(detail, "wrap"),
    // A removed action has no row left to go to.
    row > 0 ? planLink(sheet, cellAddress(row - 1, what), options, `Row ${row}`) : null,
  ];
  for (const a of changes.newlyOverdue)
    rows.push(line("Newly overdue", "error", a.row, a.what, a.due ? `Due by ${formatLongDate(a.due)}` : ""));
  for (const a of changes.completed) rows.push(line("Completed", "ok", a.row, a.what, ""));
  for (const r of changes.redated) {
    const from = r.from ? formatLongDate(r.from) : "no date";
    const to = r.to ? formatLongDate(r.to) : "no date";
    rows.push(line("Re-dated", "warning", r.action.row, r.action.what, `Deadline moved from ${from} to ${to}`));
  }
  for (const a of changes.added) rows.push(line("New action", "info", a.row, a.what, ""));
  for (const a of changes.removed) rows.push(line("Removed", "info", 0, a.what, `Was row ${a.row}`));
  return {
    kind: "changes",
    name: GENERATED_SHEET_NAMES.changes,
    columnWidths: [18, 6, 70, 45, 14],
    rows,
    headerRow,
    marking: result.reading.marking,
  };
}
