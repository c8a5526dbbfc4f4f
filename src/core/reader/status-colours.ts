// Status cells shaded and left empty: where a plan keeps its RAG as colour alone, the shade is its
// status. Adapters read fills only where they can matter — the empty cells under a status heading —
// and the reader reads each such cell as the status word its colour stands for.

import { finding, type Finding } from "../findings/finding";
import { oneLine } from "../one-line";
import { matchHeading } from "../plan/columns";
import type { ColumnRole } from "../plan/model";
import { ragColourOf, STATUS_OF_COLOUR, type RagColour } from "../plan/rag-colour";
import { isFilled, type SheetGrid } from "../workbook/grid";
import { HEADER_SEARCH_ROWS, type PlanColumn, type PlanHeader } from "./header";

/** The columns whose cells may hold a status: an action's, a step's. */
const STATUS_ROLES: ColumnRole[] = ["status", "stepStatus"];

export interface ColourColumn {
  column: number;
  /** The first row below the status heading. */
  fromRow: number;
}

/** The columns under a status heading ("Status", "RAG", "Sub-action status") in the rows a header may be in. */
export function statusColourColumns(grid: Pick<SheetGrid, "values">): ColourColumn[] {
  const found = new Map<number, number>();
  const last = Math.min(grid.values.length, HEADER_SEARCH_ROWS);
  for (let row = 0; row < last; row++) {
    (grid.values[row] ?? []).forEach((value, column) => {
      const role = typeof value === "string" && !found.has(column) ? matchHeading(value)?.role : undefined;
      if (role && STATUS_ROLES.includes(role)) found.set(column, row + 1);
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

interface ShadedStatuses {
  /** The colour each shaded, empty status cell is read as, by "row,column". */
  colours: Map<string, RagColour>;
  /** Status columns in which no row has its status written: every status there is shading. */
  allShaded: Set<number>;
}

const NONE: ShadedStatuses = { colours: new Map(), allShaded: new Set() };
const shadedByHeader = new WeakMap<PlanHeader, ShadedStatuses>();

/** A row with more than its status in it: a theme row is one cell, often banded a colour of its own. */
function saysMoreThanStatus(grid: SheetGrid, header: PlanHeader, row: number, statusColumn: number): boolean {
  let filled = 0;
  for (const c of header.columns)
    if (c.column !== statusColumn && isFilled(grid, row, c.column) && ++filled >= 2) return true;
  return false;
}

/**
 * The shaded status cells of a plan sheet that are read as statuses. A column's shades count only where
 * its rows use two RAG colours or more: one shade throughout is a background (a pale yellow "type here"
 * column), not ratings. Only rows with more than a status in them count, so theme rows banded in a
 * colour of their own make no second colour.
 */
function shadedStatuses(grid: SheetGrid, header: PlanHeader): ShadedStatuses {
  if (!grid.fills?.length) return NONE;
  const known = shadedByHeader.get(header);
  if (known) return known;
  const fills = new Map(grid.fills.map((f) => [`${f.row},${f.column}`, f.color]));
  const out: ShadedStatuses = { colours: new Map(), allShaded: new Set() };
  const first = header.rows[header.rows.length - 1] + 1;
  for (const col of header.columns.filter((c) => STATUS_ROLES.includes(c.role))) {
    const shaded: [string, RagColour][] = [];
    let written = 0;
    for (let row = first; row < grid.values.length; row++) {
      if (!saysMoreThanStatus(grid, header, row, col.column)) continue;
      if (isFilled(grid, row, col.column)) written++;
      const fill = fills.get(`${row},${col.column}`);
      const colour = fill ? ragColourOf(fill) : null;
      if (colour) shaded.push([`${row},${col.column}`, colour]);
    }
    if (new Set(shaded.map(([, colour]) => colour)).size < 2) continue;
    for (const [at, colour] of shaded) out.colours.set(at, colour);
    if (written === 0) out.allShaded.add(col.column);
  }
  shadedByHeader.set(header, out);
  return out;
}

/**
 * The status word a shaded, empty status cell stands for, with the finding that asks for it to be
 * written; null where the cell is not read as shading. Where the whole column is shading, its one
 * finding is on the heading (shadingHeadingFindings), not on each cell.
 */
export function statusFromShading(
  grid: SheetGrid,
  header: PlanHeader,
  row: number,
  col: PlanColumn,
  theme: string | null,
): { status: string; finding: Finding | null } | null {
  if (!grid.fills?.length || !STATUS_ROLES.includes(col.role)) return null;
  const { colours, allShaded } = shadedStatuses(grid, header);
  const colour = colours.get(`${row},${col.column}`);
  if (!colour) return null;
  const status = STATUS_OF_COLOUR[colour];
  const heading = oneLine(col.heading);
  return {
    status,
    finding: allShaded.has(col.column)
      ? null
      : finding(
          "status/colour-only",
          { sheet: grid.name, row, column: col.column, columnName: heading, actionRow: row + 1, theme },
          "",
          `${heading} in row ${row + 1} is shown only by the cell's colour (${colour}), read as "${status}".`,
          `Write "${status}" in the cell as well, so it reads in black and white and to a screen reader.`,
        ),
  };
}

/** One finding on the heading of each status column that is shading throughout. */
export function shadingHeadingFindings(grid: SheetGrid, header: PlanHeader): Finding[] {
  const { allShaded } = shadedStatuses(grid, header);
  return header.columns
    .filter((c) => allShaded.has(c.column))
    .map((c) => {
      const heading = oneLine(c.heading);
      return finding(
        "status/colour-only",
        { sheet: grid.name, row: header.rows[0], column: c.column, columnName: heading },
        "",
        `Every status in ${heading} is shown only by its cell's colour; Plan Check read red as Off track, amber as At risk, green as On track and blue as Complete.`,
        "Write each status in its cell as well, so the plan reads in black and white and to a screen reader.",
      );
    });
}
