// Loads an .xlsx into the fake with ExcelJS — a different reader from Plan Check's own — so that
// comparing the two adapters means something.

import ExcelJS from "exceljs";
import { toExcelSerial } from "../../../src/core/deadline/calendar";
import { FakeExcel } from "./fake-excel";
import { emptySheet, key, type FakeSheet, type Value } from "./state";

export async function fakeExcelFromXlsx(bytes: Uint8Array): Promise<FakeExcel> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const excel = new FakeExcel(sheetsOf(wb));
  excel.date1904 = wb.properties.date1904 === true;
  return excel;
}

export async function sheetsFromXlsx(bytes: Uint8Array): Promise<FakeSheet[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return sheetsOf(wb);
}

function sheetsOf(wb: ExcelJS.Workbook): FakeSheet[] {
  // ExcelJS gives dates as Dates; Excel holds serials, counted as the workbook counts them.
  const serial = (date: Date) => toExcelSerial(date.toISOString().slice(0, 10)) - (wb.properties.date1904 ? 1462 : 0);
  const sheets: FakeSheet[] = [];
  wb.eachSheet((ws) => {
    const sheet = emptySheet(ws.name);
    sheet.visibility = ws.state === "hidden" ? "Hidden" : ws.state === "veryHidden" ? "VeryHidden" : "Visible";
    if (typeof ws.autoFilter === "string") sheet.autoFilter = ws.autoFilter;
    const { oddHeader, oddFooter } = ws.headerFooter ?? {};
    if (oddHeader || oddFooter)
      sheet.pageLayout.headersFooters = {
        ...sections(oddHeader ?? "", "Header"),
        ...sections(oddFooter ?? "", "Footer"),
      };
    for (const table of ws.getTables() as unknown as {
      table: { name: string; tableRef: string; totalsRow?: boolean };
    }[])
      sheet.tables.push({
        name: table.table.name,
        address: table.table.tableRef,
        showTotals: table.table.totalsRow === true,
      });
    for (let c = 1; c <= ws.columnCount; c++) if (ws.getColumn(c).hidden) sheet.hiddenColumns.add(c - 1);
    ws.eachRow({ includeEmpty: true }, (row, rowNumber) => {
      if (row.hidden) sheet.hiddenRows.add(rowNumber - 1);
      row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
        // In a merged area only the top-left cell carries the value in Excel; ExcelJS repeats it.
        if (cell.isMerged && cell.master.address !== cell.address) return;
        const value = excelValue(cell, serial);
        const fill = solidFill(cell);
        if (value === "" && !cell.numFmt && !fill) return;
        sheet.cells.set(key(rowNumber - 1, colNumber - 1), {
          value,
          numberFormat: cell.numFmt || "General",
          ...(fill ? { fill } : {}),
        });
      });
    });
    const merges = (
      ws as unknown as {
        _merges: Record<string, { model: { top: number; left: number; bottom: number; right: number } }>;
      }
    )._merges;
    for (const m of Object.values(merges ?? {})) {
      sheet.merges.push({
        top: m.model.top - 1,
        left: m.model.left - 1,
        bottom: m.model.bottom - 1,
        right: m.model.right - 1,
      });
    }
    sheets.push(sheet);
  });
  return sheets;
}

/**
 * A cell's solid fill as Excel reports it, "#RRGGBB". Only fills given as a colour: the fake does not
 * work out theme colours and their tints, which the .xlsx adapter's own tests cover.
 */
function solidFill(cell: ExcelJS.Cell): string | undefined {
  const fill = cell.fill;
  if (fill?.type !== "pattern" || fill.pattern !== "solid") return undefined;
  const argb = fill.fgColor?.argb;
  return argb ? `#${argb.slice(-6).toUpperCase()}` : undefined;
}

/** "&LPlan Check&RPage &P": the left, centre and right sections Office.js reports, each with its own codes. */
function sections(text: string, part: "Header" | "Footer"): Record<string, string> {
  const found: Record<string, string> = {};
  let side = "center";
  for (const piece of text.split(/(&[LCR])/)) {
    if (/^&[LCR]$/.test(piece)) side = { "&L": "left", "&C": "center", "&R": "right" }[piece] as string;
    else if (piece !== "") found[`${side}${part}`] = (found[`${side}${part}`] ?? "") + piece;
  }
  return found;
}

/** What Range.values reports for a cell: computed values for formulas, serials for dates, "#REF!" for errors. */
function excelValue(cell: ExcelJS.Cell, serial: (date: Date) => number): Value {
  const v = cell.value;
  if (v === null || v === undefined) return "";
  if (v instanceof Date) return serial(v);
  if (typeof v === "object") {
    if ("richText" in v) return v.richText.map((r) => r.text).join("");
    if ("error" in v) return v.error;
    if ("formula" in v || "sharedFormula" in v) {
      const result = (v as { result?: unknown }).result;
      if (result instanceof Date) return serial(result);
      if (result && typeof result === "object" && "error" in result) return String((result as { error: string }).error);
      return (result as Value | undefined) ?? 0;
    }
    if ("text" in v) return String((v as { text: string }).text);
    return "";
  }
  return v as Value;
}
