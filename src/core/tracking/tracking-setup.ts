// "Set up tracking": what to add to a plan that has nowhere to record delivery — Status, Links,
// Progress update and Last updated columns beside the plan's own, drop-down lists Excel enforces, and
// the settings sheet both the add-in and the command line read. Only what is missing is added.

import { COLUMN_LABELS } from "../plan/columns";
import type { ColumnRole } from "../plan/model";
import { defaultGlossary, findSettingsSheet, SETTINGS_SHEET } from "../plan/settings";
import { STATUSES } from "../plan/status";
import { readPlan, type PlanReading } from "../reader/read-plan";
import { columnLetter } from "../workbook/address";
import { quotedSheets } from "../in-words";
import type { SheetGrid, WorkbookSnapshot } from "../workbook/grid";
import { planWidening, type Widening } from "./widen-tables";

export const TRACKING_ROLES = ["status", "links", "progress", "lastUpdated"] as const satisfies readonly ColumnRole[];

export interface NewColumn {
  role: (typeof TRACKING_ROLES)[number];
  heading: string;
  /** 0-based column it goes in. */
  column: number;
  width: number;
}

/** A drop-down or check Excel applies as people type, over the plan's rows of a column. */
export interface ListRule {
  column: number;
  kind: "list" | "date";
  /** For lists: the settings-sheet range holding the choices, e.g. 'Plan Check settings'!$B$12:$B$16. */
  source: string | null;
  /** "stop" refuses other values; "information" allows them (links may name several). */
  errorStyle: "stop" | "information" | "warning";
  prompt: string;
}

export interface SettingsRow {
  key: string;
  value: string;
}

/** One of the plan's sheets as set-up changes it. */
export interface SheetSetup {
  sheet: string;
  headerRows: number[];
  /** Rows the drop-downs cover: the sheet's action rows and room to grow (0-based, inclusive). */
  firstRow: number;
  lastRow: number;
  /** The table or filter the plan is kept in on this sheet, widened over the new columns. */
  widen: Pick<Widening, "tables" | "filter">;
}

export interface TrackingSetup {
  /** The plan's sheets — one, or one a theme — each given the same new columns and lists. */
  sheets: SheetSetup[];
  columns: NewColumn[];
  rules: ListRule[];
  /** The settings sheet to create, or null when the workbook already has one. */
  settings: SettingsRow[] | null;
  /** Plain words for the user to confirm. */
  summary: string[];
}

const WIDTHS: Record<NewColumn["role"], number> = { status: 14, links: 28, progress: 40, lastUpdated: 14 };
/** Drop-downs reach this many rows past the last action, so new actions get them too. */
const ROOM_TO_GROW = 200;

function listRange(firstRow: number, count: number): string {
  return `'${SETTINGS_SHEET}'!$B$${firstRow + 1}:$B$${firstRow + count}`;
}

export interface SetupOptions {
  /** False where the host cannot resize a table (an older Excel): the user is told how instead. */
  canResizeTables?: boolean;
}

export function planTrackingSetup(
  reading: PlanReading,
  grids: readonly SheetGrid[],
  hasSettingsSheet: boolean,
  options: SetupOptions = {},
): TrackingSetup {
  const { header, plan } = reading;
  const present = new Set(header.columns.map((c) => c.role));
  // After every sheet's last column: the sheets of a plan kept one theme a sheet may each keep a column of their own.
  const lastColumn = Math.max(
    ...reading.sheetHeaders.flatMap(({ header: h }) => [
      ...[...h.columns, ...h.extraColumns].map((c) => c.column),
      ...h.milestoneColumns.map((m) => Math.max(m.column, m.dateColumn)),
    ]),
  );
  const missing = TRACKING_ROLES.filter((role) => !present.has(role));
  const columns: NewColumn[] = missing.map((role, i) => ({
    role,
    heading: COLUMN_LABELS[role],
    column: lastColumn + 1 + i,
    width: WIDTHS[role],
  }));

  // The settings sheet: plan sheet, board date, status list, link list, glossary — rows fixed here so
  // the drop-downs can point at them.
  const settingsRows: SettingsRow[] = [
    { key: "Setting", value: "Value" },
    { key: "Plan sheet", value: plan.sheet },
    { key: "Board date", value: "" },
    { key: "", value: "" },
    { key: "Status values", value: "" },
  ];
  const statusStart = settingsRows.length;
  for (const status of STATUSES) settingsRows.push({ key: "Status", value: status });
  settingsRows.push({ key: "", value: "" }, { key: "Link values", value: "" });
  const linksStart = settingsRows.length;
  const links = [...plan.structure.recommendations.map((r) => r.id), ...plan.structure.priorities.map((p) => p.name)];
  for (const link of links) settingsRows.push({ key: "Link", value: link });
  settingsRows.push({ key: "", value: "" });
  // Entries the council's own glossary sheet has stay there only: one place to edit each.
  for (const [abbreviation, meaning] of Object.entries(defaultGlossary(plan.structure)))
    if (!(abbreviation in reading.glossary))
      settingsRows.push({ key: `Abbreviation: ${abbreviation}`, value: meaning });

  const roleColumn = (role: ColumnRole): number | undefined =>
    header.columns.find((c) => c.role === role)?.column ?? columns.find((c) => c.role === role)?.column;
  const rules: ListRule[] = [];
  const status = roleColumn("status");
  const linksColumn = roleColumn("links");
  const updated = roleColumn("lastUpdated");
  if (status !== undefined && missing.includes("status")) {
    rules.push({
      column: status,
      kind: "list",
      source: listRange(statusStart, STATUSES.length),
      errorStyle: "stop",
      prompt: "Choose the delivery status.",
    });
  }
  // With no recommendations or priorities in the workbook there is nothing to offer in a drop-down.
  if (linksColumn !== undefined && missing.includes("links") && links.length > 0) {
    rules.push({
      column: linksColumn,
      kind: "list",
      source: listRange(linksStart, links.length),
      errorStyle: "information",
      prompt: "Choose a recommendation or priority; to name several, type them separated by ;",
    });
  }
  if (updated !== undefined && missing.includes("lastUpdated")) {
    rules.push({
      column: updated,
      kind: "date",
      source: null,
      errorStyle: "warning",
      prompt: "Enter the date of the latest update; a completed action needs its completion date here.",
    });
  }

  const planned = reading.sheetHeaders.map(({ sheet, header: sheetHeader }) => {
    const grid = grids.find((g) => g.name === sheet) as SheetGrid;
    const widening = planWidening(grid, sheetHeader.rows, columns, options.canResizeTables ?? true);
    const firstRow = sheetHeader.rows[sheetHeader.rows.length - 1] + 1;
    const lastAction = Math.max(firstRow, ...plan.actions.filter((a) => a.sheet === sheet).map((a) => a.row));
    const { tables, filter } = widening;
    const lastRow = lastAction + ROOM_TO_GROW;
    const setup: SheetSetup = { sheet, headerRows: sheetHeader.rows, firstRow, lastRow, widen: { tables, filter } };
    return { setup, summary: widening.summary };
  });
  const sheets = planned.map((p) => p.setup);
  // One sheet is named with its rows; a plan kept one theme a sheet gets the same on each sheet.
  const [only] = sheets;
  const where = sheets.length === 1 ? `"${only.sheet}"` : `each of ${quotedSheets(sheets.map((s) => s.sheet))}`;
  const rows =
    sheets.length === 1
      ? `, rows ${only.firstRow + 1}–${only.lastRow + 1}`
      : ` of each sheet, from its first action to ${ROOM_TO_GROW} rows below its last`;
  const summary = [
    ...columns.map((c) => `Add a "${c.heading}" column in column ${columnLetter(c.column)} of ${where}.`),
    ...planned.flatMap((p) => p.summary),
    ...rules.map(
      (r) =>
        `Add ${r.kind === "list" ? "a drop-down list" : "a date check"} to column ${columnLetter(r.column)}${rows}.`,
    ),
    ...(hasSettingsSheet
      ? []
      : [
          `Add a "${SETTINGS_SHEET}" sheet with the plan sheet, board date, status and link lists and the abbreviation glossary.`,
        ]),
  ];
  return {
    sheets,
    columns,
    rules,
    settings: hasSettingsSheet ? null : settingsRows,
    summary,
  };
}

export function isNothingToDo(setup: TrackingSetup): boolean {
  return setup.columns.length === 0 && setup.rules.length === 0 && setup.settings === null;
}

/** What set-up would add to a workbook's plan (on the named sheet, or the one found). */
export function planWorkbookTrackingSetup(
  workbook: WorkbookSnapshot,
  sheet?: string,
  options: SetupOptions = {},
): TrackingSetup {
  return planTrackingSetup(
    readPlan(workbook, { sheet }),
    workbook.sheets,
    findSettingsSheet(workbook) !== null,
    options,
  );
}
