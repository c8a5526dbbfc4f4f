// Saves the user's column mapping (and, when the user chose it, the plan sheet) on the "Plan Check
// settings" sheet, where the add-in and the command line both read them: existing rows are updated
// in place, new ones appended, as text. Choosing another plan sheet empties letters given for the old.

import { COLUMN_LABELS } from "../../core/plan/columns";
import type { ColumnRole } from "../../core/plan/model";
import { SETTINGS_SHEET } from "../../core/plan/settings";

export type ColumnLetters = Partial<Record<ColumnRole, string>>;

export async function saveColumnMapping(
  context: Excel.RequestContext,
  mapping: ColumnLetters,
  planSheet?: string,
): Promise<void> {
  let sheet = context.workbook.worksheets.getItemOrNullObject(SETTINGS_SHEET);
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load("values,rowCount");
  await context.sync();
  const rows: string[][] =
    sheet.isNullObject || used.isNullObject ? [] : used.values.map((r) => r.map((v) => String(v ?? "")));
  if (sheet.isNullObject) sheet = context.workbook.worksheets.add(SETTINGS_SHEET);
  if (rows.length === 0) rows.push(["Setting", "Value"]);
  const row = (key: string): string[] | undefined => rows.find((r) => r[0].trim().toLowerCase() === key.toLowerCase());
  const set = (key: string, value: string): void => {
    const existing = row(key);
    if (existing) existing[1] = value;
    else rows.push([key, value]);
  };
  if (planSheet && planSheet !== (row("Plan sheet")?.[1] ?? "")) {
    // Column letters belong to the sheet they were given for: another plan sheet is read afresh.
    for (const row of rows) if (/^column:/i.test(row[0].trim())) row[1] = "";
  }
  if (planSheet) set("Plan sheet", planSheet);
  for (const [role, letter] of Object.entries(mapping) as [ColumnRole, string][]) {
    set(`Column: ${COLUMN_LABELS[role]}`, letter.toUpperCase());
  }
  const width = Math.max(2, ...rows.map((r) => r.length));
  const grid = rows.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? ""));
  const range = sheet.getRangeByIndexes(0, 0, grid.length, width);
  range.numberFormat = grid.map((r) => r.map(() => "@"));
  range.values = grid;
  await context.sync();
}
