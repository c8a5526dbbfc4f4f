// Merged cells in a plan: a heading merged across the table, and an objective's description, lead or
// date merged down over the rows of its tasks, where Excel keeps the value in the top-left cell only.

import type { Finding } from "../findings/finding";
import { isSubActionRole, type Action, type ColumnRole } from "../plan/model";
import { cellValue, isErrorValue, numberFormat, type SheetGrid } from "../workbook/grid";
import { splitLinks } from "./cell-lists";
import { cellText, unreadableCell } from "./cell-text";
import type { PlanColumn, PlanHeader } from "./header";
import { readStepsContinuingWhat, readSubActions, startsWithBullet } from "./sub-actions";

export function mergeWidths(grid: SheetGrid): Map<string, number> {
  const widths = new Map<string, number>();
  for (const m of grid.merges) widths.set(`${m.top}:${m.left}`, m.right - m.left + 1);
  return widths;
}

/** "row:column" of a cell under a merged area's top row → the area's top-left cell. */
export type MergedBelow = Map<string, { row: number; column: number }>;

/**
 * Cells below the top row of a merged area, each with the cell holding the area's value. Plans laid
 * out one task per row merge an objective's lead, date or description down over its tasks; Excel keeps
 * the value in the top-left cell only.
 */
export function mergedBelow(grid: SheetGrid): MergedBelow {
  const below: MergedBelow = new Map();
  for (const m of grid.merges)
    for (let row = m.top + 1; row <= m.bottom; row++)
      for (let column = m.left; column <= m.right; column++)
        below.set(`${row}:${column}`, { row: m.top, column: m.left });
  return below;
}

/**
 * A row under its action's merged What? cell, with no owner or deadline of its own, is more of that
 * action (another line of evidence or progress), not an action: one with its own owner or deadline
 * is a task of its own under a shared description. So is a row whose What? text carries on the
 * action's beside its merged lead or date: a table pasted from Word gives each paragraph of a cell a
 * row of its own and merges the cells beside them.
 */
export function continuesAction(
  grid: SheetGrid,
  row: number,
  byRole: Map<ColumnRole, PlanColumn>,
  inherited: MergedBelow,
  action: Action,
): boolean {
  const under = (col: PlanColumn | undefined): boolean => col !== undefined && inherited.has(`${row}:${col.column}`);
  const own = (col: PlanColumn | undefined): boolean =>
    col !== undefined && !under(col) && String(cellValue(grid, row, col.column)).trim() !== "";
  const lead = byRole.get("accountable");
  const date = byRole.get("deadline");
  if (own(lead) || own(date)) return false;
  const what = byRole.get("what");
  if (under(what)) return true;
  const sharedFromAction = (col: PlanColumn | undefined): boolean =>
    col !== undefined && inherited.get(`${row}:${col.column}`)?.row === action.row;
  return (
    what !== undefined &&
    (sharedFromAction(lead) || sharedFromAction(date)) &&
    carriesOn(String(cellValue(grid, row, what.column)), action.what)
  );
}

/** What? text that goes on from the action's: a bullet under its description, or a sentence carried on in lower case. */
function carriesOn(text: string, actionWhat: string): boolean {
  if (startsWithBullet(text)) return !startsWithBullet(actionWhat);
  return /^[a-z]/.test(text.trim());
}

/** Adds a continuation row's own cells to its action: sub-action lines where they are, text on a new line. */
export function continueAction(
  action: Action,
  grid: SheetGrid,
  row: number,
  header: PlanHeader,
  inherited: MergedBelow,
  findings: Finding[],
): void {
  for (const col of header.columns) {
    if (inherited.has(`${row}:${col.column}`)) continue;
    const value = cellValue(grid, row, col.column);
    if (isErrorValue(value)) findings.push(unreadableCell(grid.name, row, col, action.row, action.theme, value));
    const text = cellText(value, numberFormat(grid, row, col.column));
    if (text.trim() === "") continue;
    const before = action.cells[col.role]?.trim();
    action.cells[col.role] = before ? `${before}\n${text}` : text;
    const cell = { sheet: action.sheet, row, column: col.column };
    if (isSubActionRole(col.role)) action.subActions.push(...readSubActions(text, col.role, col.heading, cell));
    if (col.role === "what") {
      action.what = (action.cells.what ?? "").trim();
      action.subActions.push(...readStepsContinuingWhat(text, col.heading, cell));
    }
  }
  action.links = splitLinks(action.cells.links ?? "");
  action.status ??= action.cells.status?.trim() || null;
}
