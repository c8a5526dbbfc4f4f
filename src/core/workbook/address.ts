// A1 addresses, as every message shows them.

export function columnLetter(column: number): string {
  let n = column + 1;
  let letters = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** "B12" for 0-based row 11, column 1. */
export function cellAddress(row: number, column: number): string {
  return `${columnLetter(column)}${row + 1}`;
}

export function parseCellAddress(address: string): { row: number; column: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  return m ? { row: Number(m[2]) - 1, column: columnIndex(m[1]) } : null;
}

/** "B3:D7", "$B$3" or "'Plan'!B3:D7" as a 0-based rectangle; null when it is not an address. */
export function parseRangeAddress(
  address: string,
): { top: number; left: number; bottom: number; right: number } | null {
  const [from, to] = address.replace(/^.*!/, "").replace(/\$/g, "").split(":");
  const a = parseCellAddress(from ?? "");
  const b = parseCellAddress(to ?? from ?? "");
  return a && b ? { top: a.row, left: a.column, bottom: b.row, right: b.column } : null;
}

/** A 0-based rectangle as "B3:D7". */
export function rangeAddress(range: { top: number; left: number; bottom: number; right: number }): string {
  return `${cellAddress(range.top, range.left)}:${cellAddress(range.bottom, range.right)}`;
}

/** A sheet name as a formula or hyperlink target needs it: quoted, with quotes doubled. */
export function quoteSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}
