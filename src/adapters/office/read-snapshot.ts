// Reads the open workbook into the core's WorkbookSnapshot in a fixed handful of round trips:
// the sheet list; each sheet's extent, merges, hidden rows, protection and conditional formats; then
// the cell values and number formats in chunks sized to stay well under Excel on the web's 5 MB limit.

import { parseRangeAddress } from "../../core/workbook/address";
import { countedFrom1900, serialFor } from "../../core/workbook/date-system";
import type { CellRange, CellValue, SheetGrid, WorkbookSnapshot } from "../../core/workbook/grid";
import { statusColourColumns, wantsFill } from "../../core/reader/status-colours";
import { isPlanCheckRule } from "./write-highlights";

/** Cells in the first values chunk, before the real size of a cell is known (plan cells run to kilobytes). */
const FIRST_CHUNK_CELLS = 5000;
/** Later chunks aim below the limit by a wide margin: cell sizes vary from one chunk to the next. */
const READ_TARGET_BYTES = 2 * 1024 * 1024;

export interface SheetExtras {
  /** Plan Check's conditional formats found on the sheet, to remove before adding new ones. */
  conditionalFormats: Excel.ConditionalFormat[];
  protected: boolean;
}

export interface OfficeSnapshot {
  /** Dates counted from 1900, whichever system the workbook uses. */
  snapshot: WorkbookSnapshot;
  /** The workbook counts its dates from 1904: dates written to it are counted that way too. */
  date1904: boolean;
  extras: Map<string, SheetExtras>;
  /** Generated-sheet markers: sheet name → kind. */
  generated: Map<string, string>;
}

interface Pending {
  sheet: Excel.Worksheet;
  used: Excel.Range;
  merges: Excel.RangeAreas | null;
  visible: Excel.RangeAreas;
  conditionalFormats: Excel.ConditionalFormatCollection;
  names: Excel.NamedItemCollection;
  autoFilter: Excel.AutoFilter;
  filterRange: Excel.Range;
  tables: Excel.TableCollection;
  headerFooters: Excel.HeaderFooter[];
}

/** Excel names sheet visibility "Visible", "Hidden", "VeryHidden"; the core, as the file format does. */
const VISIBILITY: Record<string, SheetGrid["visibility"]> = {
  Visible: "visible",
  Hidden: "hidden",
  VeryHidden: "veryHidden",
};

/** The sections of a printed header and footer, as Office.js names them. */
export const HEADER_FOOTER_SECTIONS = [
  "leftHeader",
  "centerHeader",
  "rightHeader",
  "leftFooter",
  "centerFooter",
  "rightFooter",
] as const;

function rangesOf(address: string): CellRange[] {
  return address.split(",").flatMap((part) => parseRangeAddress(part) ?? []);
}

function valueBytes(values: unknown[][]): number {
  return JSON.stringify(values).length;
}

/**
 * Loads the sheet list, and asks Excel's own DATE function (ExcelApi 1.2) which date system the
 * workbook uses, in one round trip: DATE answers in the workbook's count, and no released API set has
 * a property for it. A host that refuses worksheet functions fails the whole batch; the sheets are
 * then read without asking, counted from 1900 as nearly every workbook is, for one round trip more.
 */
async function readSheetListAndDateSystem(
  context: Excel.RequestContext,
  worksheets: Excel.WorksheetCollection,
): Promise<boolean> {
  worksheets.load("items/name,items/visibility");
  const firstOf2000 = context.workbook.functions.date(2000, 1, 1).load("value");
  try {
    await context.sync();
    return firstOf2000.value === serialFor("2000-01-01", true);
  } catch {
    worksheets.load("items/name,items/visibility");
    await context.sync();
    return false;
  }
}

export async function readSnapshot(
  context: Excel.RequestContext,
  options: { merges: boolean; fills: boolean },
): Promise<OfficeSnapshot> {
  const worksheets = context.workbook.worksheets;
  const date1904 = await readSheetListAndDateSystem(context, worksheets);

  const pending: Pending[] = worksheets.items.map((sheet) => {
    const used = sheet.getUsedRangeOrNullObject(true);
    used.load("rowIndex,columnIndex,rowCount,columnCount");
    // Merged areas need ExcelApi 1.13; without them theme rows are still found by their single cell.
    const merges = options.merges ? used.getMergedAreasOrNullObject() : null;
    merges?.load("address");
    const visible = used.getSpecialCellsOrNullObject("Visible");
    visible.load("address");
    sheet.protection.load("protected");
    const conditionalFormats = sheet.getRange().conditionalFormats;
    conditionalFormats.load("items/type");
    const names = sheet.names;
    names.load("items/name,items/formula");
    const autoFilter = sheet.autoFilter;
    autoFilter.load("isDataFiltered");
    const filterRange = autoFilter.getRangeOrNullObject();
    filterRange.load("address");
    // Set-up widens the table or filter the plan is kept in over its new columns.
    const tables = sheet.tables;
    tables.load("items/name,items/showTotals");
    // A protective marking is often only in the printed header or footer.
    // Every page kind: a plan set up with a different first page may carry the marking only there.
    const group = sheet.pageLayout.headersFooters;
    const headerFooters = [group.defaultForAllPages, group.firstPage, group.oddPages, group.evenPages];
    for (const hf of headerFooters) hf.load([...HEADER_FOOTER_SECTIONS]);
    return { sheet, used, merges, visible, conditionalFormats, names, autoFilter, filterRange, tables, headerFooters };
  });
  await context.sync();
  // Their ranges come back with the first chunk of values, not in a round trip of their own.
  const tableRanges = pending.map((p) =>
    p.tables.items.map((table) => ({
      name: table.name,
      totalsRow: table.showTotals,
      range: table.getRange().load("address"),
    })),
  );

  // Custom rules may be Plan Check's: their formulas are read with the values.
  const customRules = pending.map((p) => {
    const rules = p.conditionalFormats.items.filter((cf) => cf.type === "Custom");
    for (const rule of rules) rule.custom.rule.load("formula");
    return rules;
  });

  const grids: SheetGrid[] = pending.map((p) => ({
    name: p.sheet.name,
    visibility: VISIBILITY[p.sheet.visibility] ?? "visible",
    values: [],
    numberFormats: [],
    hiddenRows: [],
    hiddenColumns: [],
    merges: p.merges && !p.merges.isNullObject ? rangesOf(p.merges.address) : [],
    tables: [],
    filter: null,
    headerFooter: p.headerFooters
      .flatMap((hf) => HEADER_FOOTER_SECTIONS.map((s) => hf[s]))
      .filter((t) => t.trim() !== ""),
  }));
  await readValues(
    context,
    pending,
    grids,
    customRules.some((r) => r.length > 0) || tableRanges.some((t) => t.length > 0),
  );
  if (options.fills) await readStatusFills(context, pending, grids);

  const extras = new Map<string, SheetExtras>();
  const generated = new Map<string, string>();
  pending.forEach((p, i) => {
    const grid = grids[i];
    if (!p.used.isNullObject && !p.visible.isNullObject) {
      // What no visible area covers is hidden: rows, and columns.
      const shownRows = new Set<number>();
      const shownColumns = new Set<number>();
      for (const r of rangesOf(p.visible.address)) {
        for (let row = r.top; row <= r.bottom; row++) shownRows.add(row);
        for (let column = r.left; column <= r.right; column++) shownColumns.add(column);
      }
      for (let row = p.used.rowIndex; row < p.used.rowIndex + p.used.rowCount; row++)
        if (!shownRows.has(row)) grid.hiddenRows.push(row);
      for (let column = p.used.columnIndex; column < p.used.columnIndex + p.used.columnCount; column++)
        if (!shownColumns.has(column)) grid.hiddenColumns.push(column);
    }
    const ours = customRules[i].filter(isPlanCheckRule);
    extras.set(grid.name, { conditionalFormats: ours, protected: p.sheet.protection.protected });
    for (const n of p.names.items)
      if (n.name === "PlanCheck_Generated") generated.set(grid.name, n.formula.replace(/[="]/g, ""));
    const filter = p.filterRange.isNullObject ? null : rangesOf(p.filterRange.address)[0];
    if (filter) grid.filter = { range: filter, filtering: p.autoFilter.isDataFiltered };
    grid.tables = tableRanges[i].flatMap(({ name, totalsRow, range }) =>
      rangesOf(range.address).map((r) => ({ name, range: r, totalsRow })),
    );
  });
  return { snapshot: { sheets: date1904 ? grids.map(countedFrom1900) : grids }, date1904, extras, generated };
}

/** Values and number formats, in as few syncs as the size allows: one for an ordinary plan. */
async function readValues(
  context: Excel.RequestContext,
  pending: Pending[],
  grids: SheetGrid[],
  mustSync: boolean,
): Promise<void> {
  const jobs = pending
    .map((p, i) => ({ p, grid: grids[i] }))
    .filter(({ p }) => !p.used.isNullObject)
    .map(({ p, grid }) => ({
      p,
      grid,
      nextRow: 0,
      rows: p.used.rowIndex + p.used.rowCount,
      columns: p.used.columnIndex + p.used.columnCount,
    }));
  let cellsPerChunk = FIRST_CHUNK_CELLS;
  let first = true;
  while (first || jobs.some((j) => j.nextRow < j.rows)) {
    let budget = cellsPerChunk;
    const loads: { grid: SheetGrid; top: number; range: Excel.Range }[] = [];
    for (const job of jobs) {
      if (job.nextRow >= job.rows || budget <= 0) continue;
      const take = Math.max(1, Math.min(job.rows - job.nextRow, Math.floor(budget / Math.max(1, job.columns))));
      // From column A so grid indices are sheet indices, as the .xlsx adapter gives them.
      const range = job.p.sheet.getRangeByIndexes(job.nextRow, 0, take, job.columns);
      range.load("values,numberFormat");
      loads.push({ grid: job.grid, top: job.nextRow, range });
      job.nextRow += take;
      budget -= take * job.columns;
    }
    if (loads.length === 0 && !(first && mustSync)) break;
    // One sync per ~2 MB of cells (READ_TARGET_BYTES): bounded by the payload limit, not by row count.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
    let bytes = 0;
    let cells = 0;
    for (const { grid, top, range } of loads) {
      range.values.forEach((row, r) => {
        grid.values[top + r] = row as CellValue[];
        grid.numberFormats[top + r] = (range.numberFormat[r] ?? []).map(String);
      });
      bytes += valueBytes(range.values) + valueBytes(range.numberFormat);
      cells += range.values.length * (range.values[0]?.length ?? 0);
    }
    if (cells > 0) cellsPerChunk = Math.max(100, Math.floor(READ_TARGET_BYTES / Math.max(1, bytes / cells)));
    first = false;
  }
  for (const grid of grids) trimEmptyTail(grid);
}

/** Cells per round trip of fills: each comes back as an object of some 60 bytes. */
const FILL_CELLS_PER_SYNC = 30000;

/**
 * The fills of empty cells under a status heading, where a plan may keep its RAG as colour alone: one
 * round trip for a plan with a status column, none without.
 */
async function readStatusFills(context: Excel.RequestContext, pending: Pending[], grids: SheetGrid[]): Promise<void> {
  const asks = grids.flatMap((grid, i) =>
    statusColourColumns(grid).flatMap((colour) => {
      const parts = [];
      for (let top = colour.fromRow; top < grid.values.length; top += FILL_CELLS_PER_SYNC)
        parts.push({
          grid,
          sheet: pending[i].sheet,
          colour,
          top,
          rows: Math.min(FILL_CELLS_PER_SYNC, grid.values.length - top),
        });
      return parts;
    }),
  );
  let next = 0;
  while (next < asks.length) {
    const batch: { ask: (typeof asks)[number]; cells: OfficeExtension.ClientResult<Excel.CellProperties[][]> }[] = [];
    for (let cells = 0; next < asks.length && cells + asks[next].rows <= FILL_CELLS_PER_SYNC; next++) {
      const ask = asks[next];
      const range = ask.sheet.getRangeByIndexes(ask.top, ask.colour.column, ask.rows, 1);
      batch.push({ ask, cells: range.getCellProperties({ format: { fill: { color: true, pattern: true } } }) });
      cells += ask.rows;
    }
    // A plan has one status column, sometimes a run of dated ones: one round trip unless they are huge.
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch {
      // Shading is read as a courtesy: a host that cannot report fills still has its plan checked,
      // with shaded statuses counted empty, as before Plan Check read them.
      for (const grid of grids) delete grid.fills;
      return;
    }
    for (const { ask, cells } of batch) {
      const { column } = ask.colour;
      cells.value.forEach((properties, r) => {
        const fill = properties[0]?.format?.fill;
        const row = ask.top + r;
        if (fill?.pattern === "Solid" && fill.color && wantsFill(ask.grid, [ask.colour], row, column))
          (ask.grid.fills ??= []).push({ row, column, color: fill.color.toUpperCase() });
      });
    }
  }
}

/** Drops trailing empty rows and cells, as getUsedRange(valuesOnly) and the .xlsx reader do. */
function trimEmptyTail(grid: SheetGrid): void {
  for (let r = 0; r < grid.values.length; r++) {
    const row = grid.values[r] ?? [];
    let end = row.length;
    while (end > 0 && row[end - 1] === "") end--;
    grid.values[r] = row.slice(0, end);
    grid.numberFormats[r] = (grid.numberFormats[r] ?? []).slice(0, end);
  }
  let last = grid.values.length;
  while (last > 0 && grid.values[last - 1].length === 0) last--;
  grid.values.length = last;
  grid.numberFormats.length = last;
}
