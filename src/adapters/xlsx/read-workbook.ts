// Reads an .xlsx package into the core's WorkbookSnapshot: every worksheet's values, number
// formats, merged areas and hidden rows, the way Office.js would report them.

import { PlanReadError } from "../../core/reader/errors";
import {
  columnCount,
  isDateFormat,
  type CellFill,
  type CellRange,
  type CellValue,
  type SheetGrid,
  type WorkbookSnapshot,
} from "../../core/workbook/grid";
import { parseCellAddress, parseRangeAddress } from "../../core/workbook/address";
import { parseIsoDate } from "../../core/deadline/calendar";
import { countedFrom1900, serialFor } from "../../core/workbook/date-system";
import { partRelationships, partText, type XlsxPackage } from "./package";
import { attr, child, children, parseXml, refuseDtd } from "./xml";
import { attributes, decodeXml, scanRows, scanSharedStrings, worksheetSections, type ScannedCell } from "./scan-xml";
import { statusColourColumns, wantsFill } from "../../core/reader/status-colours";
import { cellFillColours } from "./fills";
import { sharedStringsPath } from "./shared-strings";
import { readFilter, readTables } from "./tables-xml";

/** Built-in number formats (ECMA-376 §18.8.30) that a reader needs to recognise dates. */
const BUILTIN_FORMATS: Record<number, string> = {
  0: "General",
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "dd/mm/yyyy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: "dd/mm/yyyy h:mm",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  49: "@",
};

export interface SheetEntry {
  name: string;
  /** Zip path of the worksheet part, e.g. "xl/worksheets/sheet1.xml". */
  path: string;
  /** 0-based position among the workbook's sheets (what localSheetId counts). */
  index: number;
  visibility: SheetGrid["visibility"];
}

export function listSheets(pkg: XlsxPackage): SheetEntry[] {
  const workbook = parseXml(partText(pkg, "xl/workbook.xml") ?? "", "xl/workbook.xml");
  const targets = new Map(partRelationships(pkg, "xl/workbook.xml").map((r) => [r.id, r]));
  const sheets = children(child(child(workbook, "workbook"), "sheets"), "sheet");
  return sheets.flatMap((sheet, index) => {
    const rel = targets.get(attr(sheet, "id") ?? "");
    if (!rel || !rel.type.endsWith("/worksheet")) return []; // chart sheets and dialog sheets hold no cells
    const state = attr(sheet, "state");
    const visibility: SheetGrid["visibility"] =
      state === "hidden" ? "hidden" : state === "veryHidden" ? "veryHidden" : "visible";
    return [
      {
        name: attr(sheet, "name") ?? `Sheet${index + 1}`,
        path: rel.path,
        index,
        visibility,
      },
    ];
  });
}

function readSharedStrings(pkg: XlsxPackage): string[] {
  const path = sharedStringsPath(pkg);
  const xml = partText(pkg, path);
  if (!xml) return [];
  refuseDtd(xml, path);
  return scanSharedStrings(xml);
}

interface CellStyles {
  /** The number format of each cell format (cellXfs), by index. */
  formats: string[];
  /** The solid fill colour of each cell format, by index; null where it has none. */
  fills: (string | null)[];
}

function readCellStyles(pkg: XlsxPackage): CellStyles {
  const xml = partText(pkg, "xl/styles.xml");
  if (!xml) return { formats: [], fills: [] };
  const styles = child(parseXml(xml, "xl/styles.xml"), "styleSheet");
  const custom = new Map<number, string>();
  for (const fmt of children(child(styles, "numFmts"), "numFmt")) {
    custom.set(Number(attr(fmt, "numFmtId")), attr(fmt, "formatCode") ?? "General");
  }
  const formats = children(child(styles, "cellXfs"), "xf").map((xf) => {
    const id = Number(attr(xf, "numFmtId") ?? 0);
    return custom.get(id) ?? BUILTIN_FORMATS[id] ?? "General";
  });
  return { formats, fills: cellFillColours(pkg, styles) };
}

function cellValueOf(cell: ScannedCell, strings: string[]): CellValue {
  const v = cell.value;
  switch (cell.type) {
    case "s": {
      const index = Number(v);
      return Number.isInteger(index) && index >= 0 && index < strings.length ? strings[index] : "";
    }
    case "inlineStr":
      return cell.inlineText ?? "";
    case "str":
      return v ?? "";
    case "b":
      return v === "1" || v === "true";
    case "e":
      return v ?? "#VALUE!";
    default: {
      if (v === undefined || v === "") return "";
      const n = Number(v);
      return Number.isFinite(n) ? n : v;
    }
  }
}

/** The format an ISO date cell is shown in when its style gives none: the date as it was written. */
const ISO_DATE_FORMAT = "yyyy-mm-dd";

/**
 * A date cell kept as ISO 8601 text (t="d", which some tools write instead of a number), as the number
 * Excel stores for it on opening, counted as the workbook counts; in a date format even when its style
 * has none, since the cell says it is a date. Text that is not an ISO date stays as written.
 */
function isoDateCell(text: string, format: string, date1904: boolean): { value: CellValue; format: string } {
  const m = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?)?/.exec(text.trim());
  const date = m ? parseIsoDate(m[1]) : null;
  if (!m || !date) return { value: text, format };
  const time = (Number(m[2] ?? 0) * 3600 + Number(m[3] ?? 0) * 60 + Number(m[4] ?? 0)) / 86400;
  return { value: serialFor(date, date1904) + time, format: isDateFormat(format) ? format : ISO_DATE_FORMAT };
}

/** Columns hidden by the sheet's <cols> ranges, within the columns that hold cells. */
function readHiddenColumns(xml: string, width: number): number[] {
  const hidden: number[] = [];
  for (const m of xml.matchAll(/<(?:\w+:)?col\b[^>]*>/g)) {
    const a = attributes(m[0]);
    if (a.hidden !== "1" && a.hidden !== "true") continue;
    const last = Math.min(Number(a.max), width);
    for (let column = Number(a.min); column <= last; column++) hidden.push(column - 1);
  }
  return hidden;
}

/** The printed header and footer texts (odd, even and first pages), as Excel keeps them with their codes. */
function readHeaderFooter(xml: string): string[] {
  const block = /<(?:\w+:)?headerFooter\b[^>]*>([\s\S]*?)<\/(?:\w+:)?headerFooter>/.exec(xml)?.[1] ?? "";
  return [...block.matchAll(/<(?:\w+:)?(?:odd|even|first)(?:Header|Footer)\b[^>]*>([^<]*)</g)]
    .map((m) => decodeXml(m[1]))
    .filter((text) => text.trim() !== "");
}

function readSheet(
  pkg: XlsxPackage,
  entry: SheetEntry,
  strings: string[],
  styles: CellStyles,
  date1904: boolean,
): SheetGrid {
  const xml = partText(pkg, entry.path);
  if (xml === null)
    throw new PlanReadError(`Sheet "${entry.name}" is missing from the file (${entry.path}); the workbook is damaged.`);
  refuseDtd(xml, entry.path);
  const { sheetData, mergeRefs } = worksheetSections(xml);
  const values: CellValue[][] = [];
  const numberFormats: string[][] = [];
  const hiddenRows: number[] = [];
  // Shaded empty cells, of which those under a status heading are kept once the headings are known.
  const shaded: CellFill[] = [];
  let lastUsedRow = -1;

  let nextRow = 0;
  for (const scanned of scanRows(sheetData)) {
    const r = scanned.index ?? nextRow;
    nextRow = r + 1;
    if (scanned.hidden) hiddenRows.push(r);
    let nextColumn = 0;
    for (const cell of scanned.cells) {
      const column = cell.ref ? (parseCellAddress(cell.ref)?.column ?? nextColumn) : nextColumn;
      nextColumn = column + 1;
      let value = cellValueOf(cell, strings);
      let format = styles.formats[cell.style] ?? "General";
      if (cell.type === "d") ({ value, format } = isoDateCell(cell.value ?? "", format, date1904));
      const fill = value === "" ? styles.fills[cell.style] : null;
      if (fill) shaded.push({ row: r, column, color: fill });
      if (value === "" && format === "General") continue;
      while (values.length <= r) {
        values.push([]);
        numberFormats.push([]);
      }
      const row = values[r];
      const fmts = numberFormats[r];
      while (row.length < column) {
        row.push("");
        fmts.push("General");
      }
      row[column] = value;
      fmts[column] = format;
      if (value !== "") lastUsedRow = Math.max(lastUsedRow, r);
    }
  }
  // Like getUsedRange(valuesOnly): formatted-but-empty rows at the bottom don't extend the sheet.
  values.length = lastUsedRow + 1;
  numberFormats.length = lastUsedRow + 1;
  for (let r = 0; r < values.length; r++) {
    if (values[r] === undefined) values[r] = [];
    if (numberFormats[r] === undefined) numberFormats[r] = [];
  }

  const merges: CellRange[] = mergeRefs.flatMap((ref) => parseRangeAddress(ref) ?? []);

  const tables = readTables(pkg, entry.path, xml);
  const filter = readFilter(xml);
  const headerFooter = readHeaderFooter(xml);
  // Most sheets shade no empty cell: their headings need not be looked for.
  const colourColumns = shaded.length > 0 ? statusColourColumns({ values }) : [];
  const fills = shaded.filter((f) => wantsFill({ values }, colourColumns, f.row, f.column));
  return {
    name: entry.name,
    visibility: entry.visibility,
    values,
    numberFormats,
    hiddenRows,
    hiddenColumns: readHiddenColumns(xml, columnCount({ values })),
    merges,
    tables,
    filter,
    headerFooter,
    ...(fills.length > 0 ? { fills } : {}),
  };
}

/** True when the workbook counts its dates from 1904 (workbookPr date1904, ECMA-376 §18.2.28). */
export function usesDate1904(pkg: XlsxPackage): boolean {
  const tag = /<(?:\w+:)?workbookPr\b[^>]*>/.exec(partText(pkg, "xl/workbook.xml") ?? "")?.[0];
  return tag !== undefined && /^(?:1|true)$/.test(attributes(tag).date1904 ?? "");
}

export function readWorkbook(pkg: XlsxPackage): WorkbookSnapshot {
  const entries = listSheets(pkg);
  const strings = readSharedStrings(pkg);
  const styles = readCellStyles(pkg);
  const date1904 = usesDate1904(pkg);
  const sheets = entries.map((entry) => readSheet(pkg, entry, strings, styles, date1904));
  return { sheets: date1904 ? sheets.map(countedFrom1900) : sheets };
}
