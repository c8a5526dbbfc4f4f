// The adapter boundary for reading: what an adapter (the .xlsx reader, Office.js) hands the core.
// Shaped like Office.js's Range.values / Range.numberFormat so both adapters fill it the same way.

import { memoiseText } from "../memoise";

/** A cell value as Excel reports it: "" for empty, numbers for numbers and dates, "#REF!" for errors. */
export type CellValue = string | number | boolean;

/** A rectangle of cells, 0-based and inclusive. */
export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** An Excel table (ListObject) on a sheet: its name and its range, header row included. */
export interface SheetTable {
  name: string;
  range: CellRange;
  /** The table's last row is its totals row (Table Design › Total Row): counts and sums, no plan content. */
  totalsRow: boolean;
}

/** The sheet's own filter (Data › Filter), and whether it is hiding rows now. */
export interface SheetFilter {
  range: CellRange;
  filtering: boolean;
}

export interface SheetGrid {
  name: string;
  /** "visible", "hidden" or "veryHidden", as Excel names sheet visibility. */
  visibility: "visible" | "hidden" | "veryHidden";
  /** values[r][c] is the cell at sheet row r, column c (0-based; the grid starts at A1). */
  values: CellValue[][];
  /** The number format of each cell, same shape as values ("General" where none is set). */
  numberFormats: string[][];
  /** 0-based rows the user has hidden. */
  hiddenRows: number[];
  /** 0-based columns the user has hidden (an old Status column kept out of sight, say). */
  hiddenColumns: number[];
  merges: CellRange[];
  tables: SheetTable[];
  filter: SheetFilter | null;
  /**
   * The printed page's header and footer sections as Excel keeps them, formatting codes and all
   * ('&C&"Arial,Bold"OFFICIAL-SENSITIVE'): where a protective marking often is, and a sensitivity
   * label puts it.
   */
  headerFooter: string[];
  /**
   * The solid fills of empty cells under a status heading ("#RRGGBB"), where the adapter read them: a
   * RAG kept as colour alone. Only those cells, as statusColourColumns names them.
   */
  fills?: CellFill[];
}

/** One cell's fill colour, as Office.js reports it (format.fill.color). */
export interface CellFill {
  row: number;
  column: number;
  color: string;
}

export interface WorkbookSnapshot {
  sheets: SheetGrid[];
}

export function cellValue(grid: SheetGrid, row: number, column: number): CellValue {
  return grid.values[row]?.[column] ?? "";
}

/** A row's text cells, trimmed and in order; blank ones, numbers and booleans left out. */
export function rowTexts(grid: SheetGrid, row: number): string[] {
  return (grid.values[row] ?? [])
    .filter((v): v is string => typeof v === "string" && v.trim() !== "")
    .map((v) => v.trim());
}

/** The cell holds something: not empty, nor only spaces. */
export function isFilled(grid: SheetGrid, row: number, column: number): boolean {
  return String(cellValue(grid, row, column)).trim() !== "";
}

export function numberFormat(grid: SheetGrid, row: number, column: number): string {
  return grid.numberFormats[row]?.[column] ?? "General";
}

export function columnCount(grid: Pick<SheetGrid, "values">): number {
  return grid.values.reduce((max, row) => Math.max(max, row.length), 0);
}

const ERROR_VALUES = new Set([
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
  "#SPILL!",
  "#CALC!",
  "#FIELD!",
  "#BLOCKED!",
  "#CONNECT!",
  "#BUSY!",
  "#UNKNOWN!",
]);

export function isErrorValue(value: CellValue): boolean {
  return typeof value === "string" && ERROR_VALUES.has(value);
}

/**
 * A number format without its quoted text, colour/locale brackets and escaped characters. A workbook
 * uses a handful of formats on thousands of cells, each asked about more than once: each is worked out once.
 */
const formatCodes = memoiseText((format) =>
  format
    .replace(/"[^"]*"/g, "")
    .replace(/\[[^\]]*\]/g, "")
    .replace(/\\./g, ""),
);

/** True when a number format shows dates (d, m or y outside quotes and colour/locale brackets). */
export function isDateFormat(format: string): boolean {
  if (format === "" || /^general$/i.test(format) || format === "@") return false;
  const bare = formatCodes(format);
  if (/[dy]/i.test(bare)) return true;
  // "m" alone is a month; beside hours or seconds it is minutes.
  return /m/i.test(bare) && !/[hs]/i.test(bare);
}

/** A date format that shows the month and year but no day ("mmm-yy", "mmmm yyyy"): a month, not a day. */
export function isMonthFormat(format: string): boolean {
  if (!isDateFormat(format)) return false;
  const bare = formatCodes(format);
  return !/d/i.test(bare) && /y/i.test(bare);
}

/**
 * The words of a printed header or footer section, Excel's codes taken out: section (&L, &C, &R),
 * font ('&"Arial,Bold"'), size (&12), colour (&KFF0000) and field (&P, &N, &D) codes.
 */
export function headerFooterWords(section: string): string {
  return section
    .replace(/&(?:"[^"]*"|K[0-9A-Fa-f]{6}|K\d{2}[+-]\d{3}|\d+|[A-Za-z]|&)/g, (code) => (code === "&&" ? "&" : " "))
    .replace(/\s+/g, " ")
    .trim();
}
