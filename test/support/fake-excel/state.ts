// The workbook the fake Excel holds: cells, merges, hidden rows, conditional formats, names and the
// rest of what Plan Check touches, as plain data that tests can inspect after a run.

import { rangeAddress } from "../../../src/core/workbook/address";
import type { WorkbookSnapshot } from "../../../src/core/workbook/grid";

export type Value = string | number | boolean;

export interface FakeCell {
  value: Value;
  /** Set when Excel would hold a formula: written text that starts with =, + or - into a non-text cell. */
  formula?: string;
  numberFormat: string;
  /** The council's solid fill, "#RRGGBB", where the cell has one. */
  fill?: string;
}

export interface FakeConditionalFormat {
  id: number;
  type: string;
  addresses: string[];
  formula: string;
  format: Record<string, unknown>;
}

export interface FakeSheet {
  name: string;
  visibility: "Visible" | "Hidden" | "VeryHidden";
  cells: Map<string, FakeCell>;
  merges: { top: number; left: number; bottom: number; right: number }[];
  hiddenRows: Set<number>;
  hiddenColumns: Set<number>;
  /** The range of the sheet's AutoFilter, when it has one (its criteria are not modelled). */
  autoFilter: string | null;
  /** Whether that filter has criteria, hiding rows: what AutoFilter.isDataFiltered reports. */
  filterHidesRows: boolean;
  /** Excel tables on the sheet: name and range, header row included, and whether the last row totals it. */
  tables: { name: string; address: string; showTotals: boolean }[];
  protected: boolean;
  conditionalFormats: FakeConditionalFormat[];
  names: { name: string; formula: string; visible: boolean }[];
  hyperlinks: Map<string, string>;
  formats: Map<string, Record<string, unknown>>;
  columnWidths: Map<number, number>;
  frozenRows: number;
  pageLayout: Record<string, unknown>;
  dataValidations: { address: string; rule?: unknown; errorAlert?: unknown; prompt?: unknown }[];
}

export function key(row: number, column: number): string {
  return `${row},${column}`;
}

export function emptySheet(name: string): FakeSheet {
  return {
    name,
    visibility: "Visible",
    cells: new Map(),
    merges: [],
    hiddenRows: new Set(),
    hiddenColumns: new Set(),
    autoFilter: null,
    filterHidesRows: false,
    tables: [],
    protected: false,
    conditionalFormats: [],
    names: [],
    hyperlinks: new Map(),
    formats: new Map(),
    columnWidths: new Map(),
    frozenRows: 0,
    pageLayout: {},
    dataValidations: [],
  };
}

/** Plain JSON for the state, so a browser page can hold the same fake. */
export function sheetsToJson(sheets: FakeSheet[]): string {
  return JSON.stringify(sheets, (_k, v) =>
    v instanceof Map ? { __map: [...v] } : v instanceof Set ? { __set: [...v] } : v,
  );
}

export function sheetsFromJson(json: string): FakeSheet[] {
  return JSON.parse(json, (_k, v) =>
    v && typeof v === "object" && "__map" in v
      ? new Map(v.__map)
      : v && typeof v === "object" && "__set" in v
        ? new Set(v.__set)
        : v,
  );
}

/** The fake's state from a snapshot the .xlsx adapter read: quick, for benchmarks of the Office.js path. */
export function sheetsFromSnapshot(snapshot: WorkbookSnapshot): FakeSheet[] {
  return snapshot.sheets.map((grid) => {
    const sheet = emptySheet(grid.name);
    grid.values.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value !== "") sheet.cells.set(key(r, c), { value, numberFormat: grid.numberFormats[r]?.[c] ?? "General" });
      }),
    );
    for (const f of grid.fills ?? [])
      sheet.cells.set(key(f.row, f.column), { value: "", numberFormat: "General", fill: f.color });
    sheet.merges = grid.merges.map((m) => ({ ...m }));
    sheet.hiddenRows = new Set(grid.hiddenRows);
    sheet.hiddenColumns = new Set(grid.hiddenColumns);
    sheet.tables = grid.tables.map((t) => ({
      name: t.name,
      address: rangeAddress(t.range),
      showTotals: t.totalsRow,
    }));
    sheet.autoFilter = grid.filter ? rangeAddress(grid.filter.range) : null;
    sheet.filterHidesRows = grid.filter?.filtering ?? false;
    return sheet;
  });
}
