// Generated sheets described as data — rows of typed cells with a handful of named styles — so the
// core decides what a summary or the Validation sheet says and each adapter only decides how to write it.

import type { IsoDate } from "../deadline/calendar";
import { columnLetter } from "./address";

export type CellStyle =
  | "title"
  | "subtitle"
  | "note"
  | "header"
  | "text"
  | "wrap"
  | "link"
  | "error"
  | "warning"
  | "info"
  | "ok"
  | "bar"
  | "bold";

export interface TextCell {
  kind: "text";
  text: string;
  style?: CellStyle;
  /** A link to a cell of the workbook. */
  link?: { sheet: string; cell: string };
  /** The generated sheet this text names, in quotes by its default name: the adapter puts in the name it chose. */
  names?: GeneratedKind;
}

export interface NumberCell {
  kind: "number";
  value: number;
  style?: CellStyle;
}

export interface DateCell {
  kind: "date";
  date: IsoDate;
  style?: CellStyle;
}

export type SpecCell = TextCell | NumberCell | DateCell | null;

export type GeneratedKind =
  "validation" | "theme" | "recommendation" | "owner" | "chase" | "exceptions" | "changes" | "history";

export interface GeneratedSheet {
  kind: GeneratedKind;
  /** The name wanted; the adapter picks another if a council's own sheet has it. */
  name: string;
  columnWidths: number[];
  rows: SpecCell[][];
  /** 0-based row of the table header: frozen, and repeated on every printed page. */
  headerRow: number;
  /** Text for the printed page header (protective marking). */
  marking: string | null;
  /** Kept out of sight (the board history is data for Plan Check, not for reading). */
  hidden?: boolean;
  /** Filter buttons on the header row, over the table down to its last row. */
  filter?: boolean;
}

/** The table a sheet's filter covers, "A4:G120": the header row to the last row, across every column. */
export function filterRange(sheet: Pick<GeneratedSheet, "columnWidths" | "rows" | "headerRow">): string {
  const last = columnLetter(Math.max(0, sheet.columnWidths.length - 1));
  return `A${sheet.headerRow + 1}:${last}${Math.max(sheet.rows.length, sheet.headerRow + 1)}`;
}

/** Excel's limits on one cell: longer text is cut with a visible ellipsis, never an error. */
export const MAX_CELL_CHARS = 32767;
export const MAX_CELL_LINE_BREAKS = 253;

export function fitToCell(text: string): string {
  // Nearly every cell is far below both limits; only a long one can break either.
  if (text.length <= MAX_CELL_LINE_BREAKS) return text;
  let out = text;
  const breaks = out.split("\n");
  if (breaks.length > MAX_CELL_LINE_BREAKS + 1) out = `${breaks.slice(0, MAX_CELL_LINE_BREAKS).join("\n")}…`;
  if (out.length > MAX_CELL_CHARS) out = `${out.slice(0, MAX_CELL_CHARS - 1)}…`;
  return out;
}

export function text(value: string, style?: CellStyle, link?: TextCell["link"]): TextCell {
  return { kind: "text", text: fitToCell(value), style, link };
}

export function num(value: number, style?: CellStyle): NumberCell {
  return { kind: "number", value, style };
}

export function date(value: IsoDate, style?: CellStyle): DateCell {
  return { kind: "date", date: value, style };
}

/** Characters of ordinary text that fit in one unit of column width (a unit is one "0" wide). */
export const CHARS_PER_WIDTH = 1.15;

const LINE_HEIGHT = 15;
/** Excel's tallest row, in points. */
const MAX_HEIGHT = 409;
const STYLE_HEIGHT: Partial<Record<CellStyle, number>> = { title: 24, subtitle: 18 };

/**
 * A row's height in points, from the wrapped line count of its fullest cell. Spreadsheet programs
 * keep stored heights when a file opens, so generated sheets set them.
 */
export function rowHeight(row: SpecCell[], widths: number[]): number {
  let height = LINE_HEIGHT;
  for (let i = 0; i < row.length; i++) {
    const cell = row[i];
    if (!cell) continue;
    height = Math.max(height, (cell.style && STYLE_HEIGHT[cell.style]) ?? LINE_HEIGHT);
    if (cell.kind !== "text" || (cell.style !== "wrap" && cell.style !== "header")) continue;
    const lines = wrappedLines(cell.text, (widths[i] ?? 10) * CHARS_PER_WIDTH, MAX_HEIGHT / LINE_HEIGHT);
    height = Math.max(height, lines * LINE_HEIGHT + 2);
  }
  return Math.min(MAX_HEIGHT, height);
}

/**
 * The lines a text takes in a column of so many characters, wrapped between words as Excel wraps it;
 * counting stops past `limit`, so a huge cell costs no more than a row can show.
 */
export function wrappedLines(text: string, perLine: number, limit = Infinity): number {
  const room = Math.max(1, Math.floor(perLine));
  let lines = 0;
  for (let start = 0; lines <= limit;) {
    const end = text.indexOf("\n", start);
    const stop = end < 0 ? text.length : end;
    lines++;
    for (let at = start; stop - at > room && lines <= limit; lines++) {
      // A line holds the words that end within reach; a word longer than a line is broken.
      const space = text.lastIndexOf(" ", at + room);
      at = space > at ? space + 1 : at + room;
    }
    if (end < 0) return lines;
    start = end + 1;
  }
  return lines;
}
