// Writes "Set up tracking" into a copy of the workbook: the new columns' headings (styled like the
// plan's own), drop-down lists and date checks through Excel's data validation, the settings sheet.
// Existing cells are not moved or overwritten; only what the set-up plan lists is added.

import { cellAddress } from "../../core/workbook/address";
import { serialFor } from "../../core/workbook/date-system";
import type { ListRule, SheetSetup, TrackingSetup } from "../../core/tracking/tracking-setup";
import { SETTINGS_SHEET } from "../../core/plan/settings";
import { text } from "../../core/workbook/sheet-spec";
import { partText, savePackage, setPartText, type XlsxPackage } from "./package";
import { listSheets, usesDate1904, type SheetEntry } from "./read-workbook";
import { SharedStrings } from "./shared-strings";
import { sheetXml } from "./sheet-xml";
import { patchStyles } from "./styles";
import { addWorksheet, setFilterDatabase } from "./workbook-xml";
import { widenFilter, widenTables } from "./tables-xml";
import { escapeCellText, escapeXml } from "./xml";
import { insertInOrder } from "./worksheet-order";
import { setColumnWidths } from "./cols-xml";
import { parseCellAddress } from "../../core/workbook/address";

const CELL = /<(?:\w+:)?c\b[^>]*?(?:\/>|>[\s\S]*?<\/(?:\w+:)?c>)/g;

/** Adds heading cells to a header row, in column order, styled like the row's last heading. */
function addHeadingCells(xml: string, row: number, cells: { column: number; heading: string }[]): string {
  const rowPattern = new RegExp(`<row\\b([^>]*\\br="${row + 1}"[^>]*?)(/>|>([\\s\\S]*?)</row>)`);
  const m = rowPattern.exec(xml);
  const existing = m ? [...(m[3] ?? "").matchAll(CELL)].map((c) => c[0]) : [];
  const style = existing.length ? (/\bs="(\d+)"/.exec(existing[existing.length - 1])?.[1] ?? null) : null;
  const added = cells.map(
    (c) =>
      `<c r="${cellAddress(row, c.column)}"${style ? ` s="${style}"` : ""} t="inlineStr"><is><t>${escapeCellText(c.heading)}</t></is></c>`,
  );
  const all = [...existing, ...added].sort((a, b) => columnOf(a) - columnOf(b));
  const rowXml = `<row${(m?.[1] ?? ` r="${row + 1}"`).replace(/\sspans="[^"]*"/, "")}>${all.join("")}</row>`;
  if (m) return xml.replace(m[0], rowXml);
  // No row element yet: insert it in row order.
  const later = [...xml.matchAll(/<row\b[^>]*\br="(\d+)"/g)].find((r) => Number(r[1]) > row + 1);
  if (later?.index !== undefined) return xml.slice(0, later.index) + rowXml + xml.slice(later.index);
  return xml.replace(/<\/sheetData>|<sheetData\s*\/>/, (t) =>
    t.startsWith("</") ? `${rowXml}</sheetData>` : `<sheetData>${rowXml}</sheetData>`,
  );
}

/**
 * Widens the sheet's recorded used range over the new headings: readers that trust it (openpyxl's
 * read-only mode, some importers) would otherwise never see the new columns.
 */
function widenDimension(xml: string, lastColumn: number, lastRow: number): string {
  return xml.replace(
    /(<(?:\w+:)?dimension\b[^>]*\bref=")([^"]*)(")/,
    (whole, open: string, ref: string, close: string) => {
      const [from, to = from] = ref.split(":");
      const start = parseCellAddress(from);
      const end = parseCellAddress(to);
      if (!start || !end) return whole;
      const widened = cellAddress(Math.max(end.row, lastRow), Math.max(end.column, lastColumn));
      return `${open}${cellAddress(start.row, start.column)}:${widened}${close}`;
    },
  );
}

function columnOf(cellXml: string): number {
  const ref = /\br="([A-Z]+\d+)"/.exec(cellXml)?.[1];
  return ref ? (parseCellAddress(ref)?.column ?? 0) : 0;
}

/** The earliest date a Last updated cell takes (1 January 2000), as this workbook counts it. */
function earliestDate(date1904: boolean): number {
  return serialFor("2000-01-01", date1904);
}

function validationXml(rule: ListRule, sheet: SheetSetup, date1904: boolean): string {
  const sqref = `${cellAddress(sheet.firstRow, rule.column)}:${cellAddress(sheet.lastRow, rule.column)}`;
  const common = `allowBlank="1" showInputMessage="1" showErrorMessage="1" errorStyle="${rule.errorStyle}" prompt="${escapeXml(rule.prompt)}" sqref="${sqref}"`;
  return rule.kind === "list"
    ? `<dataValidation type="list" ${common}><formula1>${escapeXml(rule.source ?? "")}</formula1></dataValidation>`
    : `<dataValidation type="date" operator="greaterThan" ${common} error="Enter a date, for example 30/11/2017."><formula1>${earliestDate(date1904)}</formula1></dataValidation>`;
}

/** One plan sheet's part with set-up's headings, widths, widened table or filter, and lists. */
function setUpSheet(
  pkg: XlsxPackage,
  entry: SheetEntry,
  sheetXml: string,
  sheet: SheetSetup,
  setup: TrackingSetup,
): string {
  let xml = sheetXml;
  const { headerRows } = sheet;
  if (setup.columns.length > 0) {
    xml = addHeadingCells(xml, headerRows[0], setup.columns);
    xml = widenDimension(xml, Math.max(...setup.columns.map((c) => c.column)), headerRows[headerRows.length - 1]);
    if (headerRows.length > 1) {
      const refs = setup.columns.map(
        (c) =>
          `<mergeCell ref="${cellAddress(headerRows[0], c.column)}:${cellAddress(headerRows[headerRows.length - 1], c.column)}"/>`,
      );
      if (/<mergeCells\b/.test(xml)) {
        xml = xml.replace(/<mergeCells\b([^>]*)>([\s\S]*?)<\/mergeCells>/, (_m, _a, body: string) => {
          const count = (body.match(/<mergeCell\b/g) ?? []).length + refs.length;
          return `<mergeCells count="${count}">${body}${refs.join("")}</mergeCells>`;
        });
      } else xml = insertInOrder(xml, "mergeCells", `<mergeCells count="${refs.length}">${refs.join("")}</mergeCells>`);
    }
    xml = setColumnWidths(xml, setup.columns);
    const { tables, filter } = sheet.widen;
    if (tables.length > 0)
      widenTables(
        pkg,
        entry.path,
        xml,
        tables,
        setup.columns.map((c) => c.heading),
      );
    if (filter) {
      xml = widenFilter(xml, filter);
      setFilterDatabase(pkg, entry, filter);
    }
  }

  if (setup.rules.length > 0) {
    const date1904 = usesDate1904(pkg);
    const rules = setup.rules.map((r) => validationXml(r, sheet, date1904)).join("");
    if (/<dataValidations\b/.test(xml)) {
      xml = xml.replace(/<dataValidations\b([^>]*)>([\s\S]*?)<\/dataValidations>/, (_m, _a, body: string) => {
        const count = (body.match(/<dataValidation\b/g) ?? []).length + setup.rules.length;
        return `<dataValidations count="${count}">${body}${rules}</dataValidations>`;
      });
    } else
      xml = insertInOrder(
        xml,
        "dataValidations",
        `<dataValidations count="${setup.rules.length}">${rules}</dataValidations>`,
      );
  }
  return xml;
}

export function writeTrackingSetup(original: XlsxPackage, setup: TrackingSetup): Uint8Array {
  const pkg: XlsxPackage = { parts: { ...original.parts } };
  const entries = listSheets(pkg);
  for (const sheet of setup.sheets) {
    const entry = entries.find((s) => s.name === sheet.sheet);
    if (!entry) throw new Error(`the plan sheet "${sheet.sheet}" is missing`);
    setPartText(pkg, entry.path, setUpSheet(pkg, entry, partText(pkg, entry.path) ?? "", sheet, setup));
  }

  if (setup.settings) {
    const styles = patchStyles(partText(pkg, "xl/styles.xml"));
    setPartText(pkg, "xl/styles.xml", styles.xml);
    const rows = setup.settings.map((r, i) =>
      // Values wrap, so a long priority's name prints inside its column rather than across the page edge.
      i === 0 ? [text(r.key, "header"), text(r.value, "header")] : [text(r.key, "text"), text(r.value, "wrap")],
    );
    const strings = new SharedStrings(pkg);
    addWorksheet(
      pkg,
      SETTINGS_SHEET,
      sheetXml({ columnWidths: [34, 60], rows, headerRow: 0, marking: null }, styles.sheet, strings),
    );
    strings.save();
  }
  return savePackage(pkg);
}
