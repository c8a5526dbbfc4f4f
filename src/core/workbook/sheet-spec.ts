// Generated sheets described as data — rows of typed cells with a handful of named styles — so the
// core decides what a summary or the Validation sheet says and each adapter only decides how to write it.

import type { IsoDate } from "../deadline/calendar";

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
const STYLE_HEIGHT: Partial<Record<CellStyle, number>> = { title: 24, subtitle: 18 };

/**
 * A row's height in points, from the wrapped line count of its fullest cell. Spreadsheet programs
 * keep stored heights when a file opens, so generated sheets set them.
 */
export function rowHeight(row: SpecCell[], widths: number[]): number {
  let height = LINE_HEIGHT;
  row.forEach((cell, i) => {
    if (!cell) return;
    height = Math.max(height, (cell.style && STYLE_HEIGHT[cell.style]) ?? LINE_HEIGHT);
    if (cell.kind !== "text" || (cell.style !== "wrap" && cell.style !== "header")) return;
    const perLine = (widths[i] ?? 10) * CHARS_PER_WIDTH;
    const lines = cell.text.includes("\n")
      ? cell.text.split("\n").reduce((n, line) => n + Math.max(1, Math.ceil(line.length / perLine)), 0)
      : Math.max(1, Math.ceil(cell.text.length / perLine));
    height = Math.max(height, lines * LINE_HEIGHT + 2);
  });
  return Math.min(409, height);
}
