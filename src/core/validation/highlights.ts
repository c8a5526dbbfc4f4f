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
  /**
   * Whether the cell shows the "[Error] " marker through its display format. Only text can, and only
   * up to 255 characters: past that Excel shows "####" for text under a text format (LibreOffice drops
   * the format), so longer text keeps its own display and is marked by its border alone.
   */
  showsMarker: boolean;
}

export interface HighlightOverlay {
  sheet: string;
  cells: HighlightCell[];
}

/** The formula marker that identifies Plan Check's conditional formats, so they can be removed exactly. */
export const HIGHLIGHT_MARKER = "plan-check:";

export const HIGHLIGHT_LABEL: Record<HighlightCell["severity"], string> = { error: "[Error] ", warning: "[Warning] " };

/** The number format that shows the marker before a text cell's own text; numbers and dates keep theirs. */
export function markerFormat(severity: HighlightCell["severity"]): string {
  return `General;-General;General;"${HIGHLIGHT_LABEL[severity]}"@`;
}

/**
 * The border each severity draws round its cell. An empty cell has no text to carry the marker, so
 * the line tells an error from a warning where colour can't (printed in black and white, or for a
 * reader who does not see red from amber).
 */
export const HIGHLIGHT_BORDER: Record<HighlightCell["severity"], "solid" | "dashed"> = {
  error: "solid",
  warning: "dashed",
};

/** The longest text a display format can prefix with the marker. */
const MARKED_TEXT_LIMIT = 255;

/** The marks for each of the plan's sheets (one, or one a theme), a sheet with none included so old marks go. */
export function highlightOverlay(result: ValidationResult, workbook: WorkbookSnapshot): HighlightOverlay[] {
  const bySheet = new Map(result.reading.plan.sheets.map((sheet) => [sheet, new Map<string, HighlightCell>()]));
  const grids = new Map(workbook.sheets.map((grid) => [grid.name, grid]));
  for (const f of result.findings) {
    const cells = bySheet.get(f.sheet);
    if (!cells || f.severity === "info") continue;
    const at = parseCellAddress(f.cell);
    if (!at) continue;
    const existing = cells.get(f.cell);
    if (existing?.severity === "error") continue;
    const grid = grids.get(f.sheet);
    const value = grid ? cellValue(grid, at.row, at.column) : "";
    const showsMarker = typeof value === "string" && value.length <= MARKED_TEXT_LIMIT;
    cells.set(f.cell, { row: at.row, column: at.column, severity: f.severity, showsMarker });
  }
  return [...bySheet].map(([sheet, cells]) => ({
    sheet,
    cells: [...cells.values()].sort((a, b) => a.row - b.row || a.column - b.column),
  }));
}
