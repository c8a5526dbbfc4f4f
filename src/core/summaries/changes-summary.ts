// Changes since the last board: newly overdue, completed, re-dated, new and removed actions, from the
// board snapshots saved in the workbook.

import { formatLongDate } from "../deadline/calendar";
import { actionKey, type ActionRecord, type BoardChanges } from "../tracking/board-snapshot";
import type { ValidationResult } from "../validation/validate";
import { cellAddress } from "../workbook/address";
import { GENERATED_SHEET_NAMES } from "../workbook/generated";
import { num, text, type GeneratedSheet, type SpecCell } from "../workbook/sheet-spec";
import { oneLine } from "../one-line";
import { headerBlock, rowLink, type SummaryOptions } from "./sheet-header";

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
  // Records name rows, not sheets: a plan kept one theme a sheet finds each action's sheet by its key.
  const sheetOf = new Map(result.states.map((st) => [actionKey(st.action.what), st.action.sheet]));
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
    record: ActionRecord,
    detail: string,
    row = record.row,
  ): SpecCell[] => [
    text(label, style),
    num(row),
    text(oneLine(record.what, 150), "wrap"),
    text(detail, "wrap"),
    // A removed action has no row left to go to.
    row > 0
      ? rowLink(
          result,
          { sheet: sheetOf.get(record.key) ?? result.reading.plan.sheet, cell: cellAddress(row - 1, what), row },
          options,
        )
      : null,
  ];
  for (const a of changes.newlyOverdue)
    rows.push(line("Newly overdue", "error", a, a.due ? `Due by ${formatLongDate(a.due)}` : ""));
  for (const a of changes.completed) rows.push(line("Completed", "ok", a, ""));
  for (const r of changes.redated) {
    const from = r.from ? formatLongDate(r.from) : "no date";
    const to = r.to ? formatLongDate(r.to) : "no date";
    rows.push(line("Re-dated", "warning", r.action, `Deadline moved from ${from} to ${to}`));
  }
  for (const a of changes.added) rows.push(line("New action", "info", a, ""));
  for (const a of changes.removed) rows.push(line("Removed", "info", a, `Was row ${a.row}`, 0));
  return {
    kind: "changes",
    name: GENERATED_SHEET_NAMES.changes,
    columnWidths: [18, 6, 70, 45, 14],
    rows,
    headerRow,
    marking: result.reading.marking,
  };
}
