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
