// Builds small workbooks in tests with ExcelJS (a different writer from Plan Check's own reader, so a
// test can't pass by reading back its own mistakes), and reads them through the .xlsx adapter.

import ExcelJS from "exceljs";
import { openPackage } from "../../src/adapters/xlsx/package";
import { readWorkbook } from "../../src/adapters/xlsx/read-workbook";
import type { WorkbookSnapshot } from "../../src/core/workbook/grid";
import { parseRangeAddress } from "../../src/core/workbook/address";
import { readPlan, type PlanReading, type ReadOptions } from "../../src/core/reader/read-plan";
import { text, type GeneratedSheet } from "../../src/core/workbook/sheet-spec";

export type CellInput =
  string | number | boolean | Date | null | { formula: string; result: unknown } | { error: string };

export interface SheetSpec {
  name: string;
  rows: CellInput[][];
  /** "A1:J1" style ranges. */
  merges?: string[];
  /** 1-based rows to hide. */
  hiddenRows?: number[];
  /** 1-based columns to hide. */
  hiddenColumns?: number[];
  /** Number formats by A1 address. */
  formats?: Record<string, string>;
  /** Solid fills by A1 address: an ARGB colour ("FFFF0000"), or a theme colour with its tint. */
  fills?: Record<string, string | { theme: number; tint?: number }>;
  state?: "visible" | "hidden";
  /**
   * An Excel table over "A1:G5" style range, its first row the header, named as given; with `totals`,
   * a totals row below it labelled "Total" and counting the last column.
   */
  table?: { name: string; ref: string; totals?: boolean };
  /** The sheet's own filter, over an "A1:G5" style range. */
  autoFilter?: string;
  /** The printed page header and footer, with Excel's codes: '&C&"Arial,Bold"OFFICIAL-SENSITIVE'. */
  printed?: { header?: string; footer?: string };
}

/** A plan keeping numbered milestones in columns of their own, the second dated in the column after it. */
export const MILESTONE_HEADER = [
  "Action",
  "Lead",
  "Completion date",
  "Closing the loop",
  "Milestone 1",
  "Milestone 1 date",
  "Milestone 2",
  "Date",
];

/** A plan keeping its steps a row each, with a lead and date of their own beside the action's status. */
export const STEP_HEADER = [
  "Action",
  "Lead",
  "Deadline",
  "Evidence of impact",
  "Status",
  "Sub-action",
  "Sub-action lead",
  "Sub-action deadline",
];

export const HEADER = [
  "What?",
  "What area will this support an improvement in?*",
  "Accountable Officer(s)",
  "Deadline",
  "Closing the loop**",
  "Financial",
  "Staff and WFD",
  "Partners / stakeholders",
  "Systems, analysis and reporting",
  "Leadership***",
];

/** A complete action row in the ten Derby columns. */
export function actionRow(
  what: string,
  accountable: string,
  deadline: CellInput,
  more: Partial<Record<"closing" | "staff", string>> = {},
): CellInput[] {
  return [
    what,
    "Improved outcomes",
    accountable,
    deadline,
    more.closing ?? "- Audit (Head of QA – Nov17)",
    "N/A",
    more.staff ?? "- Training (HOS Safeguarding – Aug17)",
    "N/A",
    "N/A",
    "N/A",
  ];
}

/** `date1904`: the workbook counts its dates from 1904, as old Excel for Mac's did. */
export async function buildXlsx(sheets: SheetSpec[], options: { date1904?: boolean } = {}): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  if (options.date1904) workbook.properties.date1904 = true;
  for (const spec of sheets) {
    const sheet = workbook.addWorksheet(spec.name, { state: spec.state ?? "visible" });
    spec.rows.forEach((row, r) => {
      row.forEach((value, c) => {
        if (value === null) return;
        const cell = sheet.getCell(r + 1, c + 1);
        cell.value = value as ExcelJS.CellValue;
      });
    });
    for (const range of spec.merges ?? []) sheet.mergeCells(range);
    for (const r of spec.hiddenRows ?? []) sheet.getRow(r).hidden = true;
    for (const c of spec.hiddenColumns ?? []) sheet.getColumn(c).hidden = true;
    for (const [address, format] of Object.entries(spec.formats ?? {})) sheet.getCell(address).numFmt = format;
    for (const [address, colour] of Object.entries(spec.fills ?? {}))
      sheet.getCell(address).fill = {
        type: "pattern",
        pattern: "solid",
        fgColor: typeof colour === "string" ? { argb: colour } : colour,
      };
    if (spec.table) {
      const range = parseRangeAddress(spec.table.ref);
      if (!range) throw new Error(`bad table range ${spec.table.ref}`);
      const header = spec.rows[range.top].slice(range.left, range.right + 1);
      const rows = spec.rows.slice(range.top + 1, range.bottom + 1).map((r) => r.slice(range.left, range.right + 1));
      const totals = spec.table.totals === true;
      sheet.addTable({
        name: spec.table.name,
        ref: spec.table.ref.split(":")[0],
        headerRow: true,
        totalsRow: totals,
        columns: header.map((h, i) => ({
          name: String(h),
          ...(totals && i === 0 ? { totalsRowLabel: "Total" } : {}),
          ...(totals && i === header.length - 1
            ? { totalsRowFunction: "count" as const, totalsRowResult: rows.length }
            : {}),
        })),
        rows,
      });
    }
    if (spec.autoFilter) sheet.autoFilter = spec.autoFilter;
    if (spec.printed) sheet.headerFooter = { oddHeader: spec.printed.header, oddFooter: spec.printed.footer };
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

export async function snapshotOf(sheets: SheetSpec[]): Promise<WorkbookSnapshot> {
  return readWorkbook(openPackage(await buildXlsx(sheets), "test.xlsx"));
}

export async function readSheets(sheets: SheetSpec[], options?: ReadOptions): Promise<PlanReading> {
  return readPlan(await snapshotOf(sheets), options);
}

/** A generated Validation sheet of one column holding the given texts, one a row. */
export function oneColumnSheet(texts: string[]): GeneratedSheet {
  return {
    kind: "validation",
    name: "Validation",
    columnWidths: [20],
    rows: texts.map((t) => [text(t, "wrap")]),
    headerRow: 0,
    marking: null,
  };
}
