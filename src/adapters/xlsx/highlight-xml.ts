// Highlights on the plan sheet as conditional formats: the council's cells, values and formats are
// not touched, and every rule Plan Check adds carries its marker so it can be found and removed exactly.

import { cellAddress } from "../../core/workbook/address";
import { HIGHLIGHT_MARKER, type HighlightCell, type HighlightOverlay } from "../../core/validation/highlights";
import type { HighlightStyles } from "./styles";
import { escapeXml } from "./xml";
import { insertionPoint } from "./worksheet-order";

/** Cells per rule: keeps each sqref to a length every Excel reads. */
const CELLS_PER_RULE = 500;

const BLOCK = /<conditionalFormatting\b[\s\S]*?<\/conditionalFormatting>/g;

/** The sheet XML with every Plan Check rule removed and nothing else changed. */
export function removeHighlights(sheetXml: string): string {
  return sheetXml.replace(BLOCK, (block) => (block.includes(HIGHLIGHT_MARKER) ? "" : block));
}

export function hasHighlights(sheetXml: string): boolean {
  return (sheetXml.match(BLOCK) ?? []).some((b) => b.includes(HIGHLIGHT_MARKER));
}

function rules(cells: HighlightCell[], dxfId: number, priority: number, tag: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < cells.length; i += CELLS_PER_RULE) {
    const sqref = cells
      .slice(i, i + CELLS_PER_RULE)
      .map((c) => cellAddress(c.row, c.column))
      .join(" ");
    // The formula is always true; the string in it is Plan Check's marker.
    const formula = escapeXml(`LEN("${HIGHLIGHT_MARKER}${tag}")>0`);
    out.push(
      `<conditionalFormatting sqref="${sqref}"><cfRule type="expression" dxfId="${dxfId}" priority="${priority + out.length}"><formula>${formula}</formula></cfRule></conditionalFormatting>`,
    );
  }
  return out;
}

export function addHighlights(sheetXml: string, overlay: HighlightOverlay, styles: HighlightStyles): string {
  const clean = removeHighlights(sheetXml);
  if (overlay.cells.length === 0) return clean;
  if (!/<worksheet[\s>]/.test(clean))
    throw new Error(`the sheet "${overlay.sheet}" is written in an XML form Plan Check cannot annotate safely`);
  const priorities = [...clean.matchAll(/<cfRule\b[^>]*\bpriority="(\d+)"/g)].map((m) => Number(m[1]));
  let priority = Math.max(0, ...priorities) + 1;
  const blocks: string[] = [];
  for (const severity of ["error", "warning"] as const) {
    for (const showsMarker of [true, false]) {
      const cells = overlay.cells.filter((c) => c.severity === severity && c.showsMarker === showsMarker);
      const made = rules(
        cells,
        showsMarker ? styles.marked[severity] : styles.unmarked[severity],
        priority,
        `${severity}${showsMarker ? "" : ":value"}`,
      );
      priority += made.length;
      blocks.push(...made);
    }
  }
  // Plan Check's rules go after the council's own, which keep their order and priorities.
  const at = insertionPoint(clean, "conditionalFormatting");
  return clean.slice(0, at) + blocks.join("") + clean.slice(at);
}
