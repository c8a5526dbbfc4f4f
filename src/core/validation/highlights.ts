// The highlight overlay: which plan cells to mark, and how badly. Errors and warnings only; info
// findings stay on the Validation sheet so the plan isn't drowned in suggestions.

import type { Severity } from "../findings/finding";
import { parseCellAddress } from "../workbook/address";
import { cellValue } from "../workbook/grid";
import type { WorkbookSnapshot } from "../workbook/grid";
import type { ValidationResult } from "./validate";

export interface HighlightCell {
  row: number;
  column: number;
  severity: Exclude<Severity, "info">;
  /** Text cells can carry a "[Error]" marker through their display format; number and date cells can't. */
  isText: boolean;
}

export interface HighlightOverlay {
  sheet: string;
  cells: HighlightCell[];
}

/** The formula marker that identifies Plan Check's conditional formats, so they can be removed exactly. */
export const HIGHLIGHT_MARKER = "plan-check:";

export const HIGHLIGHT_LABEL: Record<HighlightCell["severity"], string> = { error: "[Error] ", warning: "[Warning] " };

export function highlightOverlay(result: ValidationResult, workbook: WorkbookSnapshot): HighlightOverlay {
  const sheet = result.reading.plan.sheet;
  const grid = workbook.sheets.find((s) => s.name === sheet);
  const cells = new Map<string, HighlightCell>();
  for (const f of result.findings) {
    if (f.sheet !== sheet || f.severity === "info") continue;
    const at = parseCellAddress(f.cell);
    if (!at) continue;
    const key = f.cell;
    const existing = cells.get(key);
    if (existing?.severity === "error") continue;
    const value = grid ? cellValue(grid, at.row, at.column) : "";
    cells.set(key, { row: at.row, column: at.column, severity: f.severity, isText: typeof value === "string" });
  }
  return { sheet, cells: [...cells.values()].sort((a, b) => a.row - b.row || a.column - b.column) };
}
