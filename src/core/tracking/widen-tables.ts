// Set-up's new columns go beside the plan. Where the plan is kept in an Excel table, or under the
// sheet's filter, they must join it, as Excel itself widens a table when a heading is typed next to
// it: otherwise sorting the table moves the actions and leaves their new Status and Progress cells
// behind, against the wrong actions.

import { columnLetter } from "../workbook/address";
import { cellValue, type CellRange, type SheetGrid, type SheetTable } from "../workbook/grid";
import type { NewColumn } from "./tracking-setup";

export interface Widening {
  /**
   * Tables whose last column is just left of the new ones, with the plan's header as their header,
   * each with the range it is to cover.
   */
  tables: SheetTable[];
  /** The range the sheet's filter is to cover, when it ends there too and is not hiding rows. */
  filter: CellRange | null;
  /** Plain words for the user to confirm. */
  summary: string[];
}

const NONE: Widening = { tables: [], filter: null, summary: [] };

/**
 * `canResizeTables` is false in an Excel whose add-ins cannot resize a table (before ExcelApi 1.13):
 * the user is told how to do it instead.
 */
export function planWidening(
  grid: SheetGrid,
  headerRows: number[],
  columns: NewColumn[],
  canResizeTables: boolean,
): Widening {
  // A table has one header row and cannot hold the merged headings of a two-row header.
  if (columns.length === 0 || headerRows.length !== 1) return NONE;
  const header = headerRows[0];
  const first = columns[0].column;
  const last = columns[columns.length - 1].column;
  const ends = (range: { top: number; right: number }): boolean => range.top === header && range.right === first - 1;
  const headings = new Set(columns.map((c) => c.heading.toLowerCase()));
  // A table's column names are unique: one that already has a new heading could not take it.
  const hasHeading = (t: SheetTable): boolean => {
    for (let c = t.range.left; c <= t.range.right; c++) {
      const name = String(cellValue(grid, header, c)).trim();
      if (headings.has(name.toLowerCase())) return true;
    }
    return false;
  };
  const tables = grid.tables
    .filter((t) => ends(t.range) && !hasHeading(t))
    .map((t) => ({ ...t, range: { ...t.range, right: last } }));
  const span = `columns ${columnLetter(first)} to ${columnLetter(last)}`;
  const summary = tables.map((t) =>
    canResizeTables
      ? `Widen the table "${t.name}" over the new columns, so sorting or filtering it keeps each action's cells together.`
      : `This version of Excel cannot widen the table "${t.name}" for Plan Check: afterwards, widen it over ${span} (Table Design › Resize Table), so sorting it keeps each action's cells together.`,
  );
  const filter = grid.filter && ends(grid.filter.range) ? grid.filter : null;
  if (filter?.filtering) {
    summary.push(
      `The filter on row ${header + 1} is hiding rows, so it is left as it is. To have it take in the new columns, clear it and turn it on again (Data › Filter).`,
    );
  } else if (filter) {
    summary.push(
      `Widen the filter on row ${header + 1} to column ${columnLetter(last)}, so sorting keeps each action's cells together.`,
    );
  }
  const widened = filter && !filter.filtering ? { ...filter.range, right: last } : null;
  return { tables: canResizeTables ? tables : [], filter: widened, summary };
}
