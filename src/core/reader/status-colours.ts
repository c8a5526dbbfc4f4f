// Status cells shaded and left empty: where a plan keeps its RAG as colour alone, the shade is its
// status. Adapters read fills only where they can matter — the empty cells under a status heading —
// and the reader looks them up here.

import { matchHeading } from "../plan/columns";
import type { Action } from "../plan/model";
import { ragColourOf, STATUS_OF_COLOUR, type RagColour } from "../plan/rag-colour";
import { cellValue, type SheetGrid } from "../workbook/grid";
import { HEADER_SEARCH_ROWS } from "./header";

export interface ColourColumn {
  column: number;
  /** The first row below the status heading. */
  fromRow: number;
}

/** The columns under a status heading ("Status", "RAG", "RAG Nov 2017") in the rows a header may be in. */
export function statusColourColumns(grid: Pick<SheetGrid, "values">): ColourColumn[] {
  const found = new Map<number, number>();
  const last = Math.min(grid.values.length, HEADER_SEARCH_ROWS);
  for (let row = 0; row < last; row++) {
    (grid.values[row] ?? []).forEach((value, column) => {
      if (typeof value === "string" && !found.has(column) && matchHeading(value)?.role === "status")
        found.set(column, row + 1);
    });
  }
  return [...found].map(([column, fromRow]) => ({ column, fromRow }));
}

/** Whether an adapter should read a cell's fill: an empty cell under a status heading. */
export function wantsFill(
  grid: Pick<SheetGrid, "values">,
  columns: ColourColumn[],
  row: number,
  column: number,
): boolean {
  return (grid.values[row]?.[column] ?? "") === "" && columns.some((c) => c.column === column && row >= c.fromRow);
}

const colourMaps = new WeakMap<SheetGrid, Map<string, RagColour>>();

/** The RAG colours of a sheet's empty status cells, by "row,column". */
function coloursOf(grid: SheetGrid): Map<string, RagColour> {
  const known = colourMaps.get(grid);
  if (known) return known;
  const out = new Map<string, RagColour>();
  for (const fill of grid.fills ?? []) {
    const colour = ragColourOf(fill.color);
    if (colour && cellValue(grid, fill.row, fill.column) === "") out.set(`${fill.row},${fill.column}`, colour);
  }
  colourMaps.set(grid, out);
  return out;
}

/** The RAG colour an empty status cell is shaded in, or null. */
export function statusColourAt(grid: SheetGrid, row: number, column: number): RagColour | null {
  if (!grid.fills?.length) return null;
  return coloursOf(grid).get(`${row},${column}`) ?? null;
}

/**
 * Takes each shaded action's colour as its status, where the actions' shades use two RAG colours or
 * more. One shade over every action is a background (a pale yellow "type here" column), not ratings;
 * only the actions count, so theme rows banded in a colour of their own do not make a second.
 */
export function settleStatusColours(actions: Action[]): void {
  const used = new Set(actions.flatMap((a) => (a.statusColour ? [a.statusColour] : [])));
  for (const action of actions) {
    if (!action.statusColour) continue;
    if (used.size < 2) delete action.statusColour;
    else action.status = STATUS_OF_COLOUR[action.statusColour];
  }
}
