// Highlights in the open workbook: conditional formats on the plan sheet, one rule per severity and
// cell kind over a RangeAreas, each carrying Plan Check's marker so Clear highlights removes exactly them.

import { cellAddress } from "../../core/workbook/address";
import {
  HIGHLIGHT_BORDER,
  HIGHLIGHT_MARKER,
  markerFormat,
  type HighlightCell,
  type HighlightOverlay,
} from "../../core/validation/highlights";

/** Addresses per RangeAreas: keeps each address string well inside what Excel accepts. */
const CELLS_PER_AREA = 150;

const LOOK = {
  error: { fill: "#FFC7CE", font: "#9C0006" },
  warning: { fill: "#FFEB9C", font: "#7F4F00" },
} as const;

/** Queues removal of Plan Check's rules (found while reading) and the new ones; the caller syncs once. */
export function queueHighlights(
  sheet: Excel.Worksheet,
  overlay: HighlightOverlay,
  previous: Excel.ConditionalFormat[],
): number {
  for (const rule of previous) rule.delete();
  let rules = 0;
  for (const severity of ["error", "warning"] as const) {
    for (const showsMarker of [true, false]) {
      const cells = overlay.cells.filter((c) => c.severity === severity && c.showsMarker === showsMarker);
      for (let i = 0; i < cells.length; i += CELLS_PER_AREA) {
        addRule(sheet, cells.slice(i, i + CELLS_PER_AREA), severity, showsMarker);
        rules++;
      }
    }
  }
  return rules;
}

function addRule(
  sheet: Excel.Worksheet,
  cells: HighlightCell[],
  severity: HighlightCell["severity"],
  showsMarker: boolean,
): void {
  const areas = sheet.getRanges(cells.map((c) => cellAddress(c.row, c.column)).join(","));
  const cf = areas.conditionalFormats.add("Custom");
  cf.custom.rule.formula = `=LEN("${HIGHLIGHT_MARKER}${severity}${showsMarker ? "" : ":value"}")>0`;
  cf.custom.format.fill.color = LOOK[severity].fill;
  cf.custom.format.font.color = LOOK[severity].font;
  cf.custom.format.font.bold = true;
  const borders = cf.custom.format.borders;
  for (const edge of [borders.top, borders.bottom, borders.left, borders.right]) {
    edge.style = HIGHLIGHT_BORDER[severity] === "solid" ? "Continuous" : "Dash";
    edge.color = LOOK[severity].font;
  }
  if (showsMarker) cf.custom.format.numberFormat = markerFormat(severity);
}

/** A custom rule (its formula loaded) that Plan Check added, known by the marker in its formula. */
export function isPlanCheckRule(rule: Excel.ConditionalFormat): boolean {
  return rule.custom.rule.formula.includes(HIGHLIGHT_MARKER);
}

/** Queues removal of every Plan Check rule on every sheet; returns how many. */
export function queueClearHighlights(rules: Excel.ConditionalFormat[]): number {
  for (const rule of rules) rule.delete();
  return rules.length;
}
