// How a generated sheet will look: which cells a reader would find cut off, worked out from the
// sheet's own column widths and styles.

import { columnLetter } from "../../src/core/workbook/address";
import { CHARS_PER_WIDTH, type GeneratedSheet } from "../../src/core/workbook/sheet-spec";

/**
 * The table cells of a generated sheet that a reader would see cut off: wrapped text with a word wider
 * than its column (broken mid-word), other text wider than its column and the empty cells beside it
 * (clipped), numbers and dates wider than their column (shown as ####).
 */
export function cutOff(sheet: GeneratedSheet): string[] {
  const width = (c: number): number => sheet.columnWidths[c] ?? 8.43;
  const found: string[] = [];
  sheet.rows.forEach((row, r) => {
    if (r < sheet.headerRow) return;
    row.forEach((cell, c) => {
      if (!cell) return;
      let room = width(c) * CHARS_PER_WIDTH;
      let widest: number;
      if (cell.kind === "text" && (cell.style === "wrap" || cell.style === "header")) {
        widest = Math.max(...cell.text.split(/\s+/).map((word) => word.length));
      } else if (cell.kind === "text") {
        widest = Math.max(...cell.text.split("\n").map((line) => line.length));
        // Unwrapped text runs on over empty cells to its right, as far as the next filled one.
        let next = c + 1;
        while (next < row.length && !row[next]) room += width(next++) * CHARS_PER_WIDTH;
        if (next >= row.length) return;
      } else {
        // Digits are as wide as the "0" a width unit measures.
        room = width(c);
        widest = cell.kind === "number" ? String(cell.value).length : "dd mmm yyyy".length;
      }
      if (widest > room)
        found.push(`${columnLetter(c)}${r + 1} (${cell.kind === "text" ? cell.text : "number or date"})`);
    });
  });
  return found;
}

/** A note's characters to one of the table's, its font 10 points against the table's 11. */
const NOTE_CHARS_PER_WIDTH = (CHARS_PER_WIDTH * 11) / 10;

/**
 * The lines above a generated sheet's table wider than the table itself. Printed one page wide, such a
 * line shrinks the whole sheet to fit it, and the table no longer fills the page.
 */
export function widerThanTable(sheet: GeneratedSheet): string[] {
  const tableWidth = sheet.columnWidths.reduce((sum, w) => sum + w, 0);
  return sheet.rows
    .slice(0, sheet.headerRow)
    .flatMap((row) => row.filter((cell) => cell?.kind === "text" && cell.style === "note"))
    .flatMap((cell) => (cell?.kind === "text" ? [cell.text] : []))
    .filter((line) => line.length > tableWidth * NOTE_CHARS_PER_WIDTH);
}
