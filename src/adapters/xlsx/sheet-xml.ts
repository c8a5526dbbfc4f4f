// Writes a generated sheet (core data) as worksheet XML. Every text cell is a shared string with the
// text number format, so nothing Plan Check copies from the plan — "=…", "+…", "-…", "@…" — can ever
// become a formula.

import { columnLetter, quoteSheetName } from "../../core/workbook/address";
import { serialFor } from "../../core/workbook/date-system";
import {
  filterRange,
  rowHeight,
  type GeneratedSheet,
  type SpecCell,
  type TextCell,
} from "../../core/workbook/sheet-spec";
import type { SharedStrings } from "./shared-strings";
import type { SheetStyles } from "./styles";
import { Utf8Writer } from "./utf8-writer";
import { escapeXml } from "./xml";

const NS =
  'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

function cellXml(
  cell: SpecCell,
  address: string,
  styles: SheetStyles,
  strings: SharedStrings,
  date1904: boolean,
): string {
  if (cell === null) return "";
  switch (cell.kind) {
    case "text":
      return `<c r="${address}" s="${styles.xf[cell.style ?? "default"]}" t="s"><v>${strings.index(cell.text)}</v></c>`;
    case "number":
      return `<c r="${address}" s="${(cell.style && styles.numberXf[cell.style]) ?? styles.xf.number}"><v>${cell.value}</v></c>`;
    case "date":
      return `<c r="${address}" s="${styles.xf.date}"><v>${serialFor(cell.date, date1904)}</v></c>`;
  }
}

function hyperlinkXml(link: NonNullable<TextCell["link"]>, display: string, address: string): string {
  const location = escapeXml(`${quoteSheetName(link.sheet)}!${link.cell}`);
  return `<hyperlink ref="${address}" location="${location}" display="${escapeXml(display)}"/>`;
}

/** What the writer needs of a sheet: its rows, widths, header row and marking. */
export type SheetLayout = Pick<GeneratedSheet, "columnWidths" | "rows" | "headerRow" | "marking" | "filter">;

/** The worksheet part for a generated sheet, as UTF-8 bytes; dates counted as the workbook counts them. */
export function sheetXml(
  sheet: SheetLayout,
  styles: SheetStyles,
  strings: SharedStrings,
  date1904 = false,
): Uint8Array<ArrayBuffer> {
  const frozen = sheet.headerRow + 1;
  const lastColumn = columnLetter(Math.max(0, sheet.columnWidths.length - 1));
  const cols = sheet.columnWidths
    .map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`)
    .join("");
  const out = new Utf8Writer();
  out.write(
    [
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet ${NS}>`,
      `<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>`,
      `<dimension ref="A1:${lastColumn}${Math.max(1, sheet.rows.length)}"/>`,
      `<sheetViews><sheetView workbookViewId="0"><pane ySplit="${frozen}" topLeftCell="A${frozen + 1}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A${frozen + 1}" sqref="A${frozen + 1}"/></sheetView></sheetViews>`,
      `<sheetFormatPr defaultRowHeight="15"/>`,
      cols ? `<cols>${cols}</cols>` : "",
      `<sheetData>`,
    ].join(""),
  );
  // One pass over the cells writes rows and collects hyperlinks, which the schema puts after the data.
  const links = new Utf8Writer();
  const letters: string[] = [];
  for (let r = 0; r < sheet.rows.length; r++) {
    const row = sheet.rows[r];
    const rowNumber = r + 1;
    let cells = "";
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      if (cell === null) continue;
      const address = (letters[c] ??= columnLetter(c)) + rowNumber;
      cells += cellXml(cell, address, styles, strings, date1904);
      if (cell.kind === "text" && cell.link) links.write(hyperlinkXml(cell.link, cell.text, address));
    }
    if (cells)
      out.write(`<row r="${rowNumber}" ht="${rowHeight(row, sheet.columnWidths)}" customHeight="1">${cells}</row>`);
  }
  out.write(`</sheetData>`);
  if (sheet.filter) out.write(`<autoFilter ref="${filterRange(sheet)}"/>`);
  if (links.byteLength > 0) {
    out.write(`<hyperlinks>`);
    out.append(links);
    out.write(`</hyperlinks>`);
  }
  const header = sheet.marking ? `<oddHeader>&amp;C&amp;"-,Bold"${escapeXml(sheet.marking)}</oddHeader>` : "";
  out.write(
    [
      `<pageMargins left="0.5" right="0.5" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>`,
      `<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>`,
      `<headerFooter>${header}<oddFooter>&amp;LPlan Check&amp;RPage &amp;P of &amp;N</oddFooter></headerFooter>`,
      `</worksheet>`,
    ].join(""),
  );
  return out.bytes();
}

/** The print-titles reference for a generated sheet's header row. */
function printTitles(sheetName: string, headerRow: number): string {
  return `${quoteSheetName(sheetName)}!$${headerRow + 1}:$${headerRow + 1}`;
}

/** The hidden name Excel keeps for a sheet's filter range. */
export const FILTER_DATABASE = "_xlnm._FilterDatabase";

/** "A4:G120" as the absolute reference a defined name holds, "$A$4:$G$120". */
function absolute(range: string): string {
  return range.replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");
}

/** The hidden name that tells Excel the range of a sheet's filter ("A4:G120"). */
export function filterDatabaseName(sheetName: string, range: string): { name: string; value: string; hidden: boolean } {
  return { name: FILTER_DATABASE, value: `${quoteSheetName(sheetName)}!${absolute(range)}`, hidden: true };
}

/** The sheet-scoped names Excel keeps beside a generated sheet: print titles, and its filter's range. */
export function definedNamesFor(
  sheetName: string,
  sheet: SheetLayout,
): { name: string; value: string; hidden: boolean }[] {
  const names = [{ name: "_xlnm.Print_Titles", value: printTitles(sheetName, sheet.headerRow), hidden: false }];
  if (sheet.filter) names.push(filterDatabaseName(sheetName, filterRange(sheet)));
  return names;
}
