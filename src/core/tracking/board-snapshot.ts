// "Since the last board": a small record of each action's state saved in the workbook under the board
// date, and what changed between two of them — newly overdue, completed, re-dated, new and removed.

import type { IsoDate } from "../deadline/calendar";
import type { ValidationResult } from "../validation/validate";
import { cellValue, type CellValue, type WorkbookSnapshot } from "../workbook/grid";
import { fromExcelSerial, parseIsoDate } from "../deadline/calendar";
import { GENERATED_SHEET_NAMES } from "../workbook/generated";
import { num, text, type GeneratedSheet } from "../workbook/sheet-spec";

export const HISTORY_SHEET = GENERATED_SHEET_NAMES.history;
export const HISTORY_HEADER = ["Board date", "Action key", "Row", "What?", "Due", "Complete", "Overdue", "Unowned"];

export interface ActionRecord {
  /** Identifies an action across boards even when rows move: its What? text, normalised. */
  key: string;
  row: number;
  what: string;
  due: IsoDate | null;
  complete: boolean;
  overdue: boolean;
  unowned: boolean;
}

export interface BoardSnapshot {
  boardDate: IsoDate;
  actions: ActionRecord[];
}

export interface BoardChanges {
  since: IsoDate;
  newlyOverdue: ActionRecord[];
  completed: ActionRecord[];
  redated: { action: ActionRecord; from: IsoDate | null; to: IsoDate | null }[];
  added: ActionRecord[];
  removed: ActionRecord[];
}

export function actionKey(what: string): string {
  return what.toLowerCase().replace(/\s+/g, " ").trim().slice(0, 250);
}

export function takeSnapshot(result: ValidationResult): BoardSnapshot {
  return {
    boardDate: result.asOf,
    actions: result.states.map((s) => ({
      key: actionKey(s.action.what),
      row: s.action.row + 1,
      what: s.action.what,
      due: s.action.deadline.due,
      complete: s.complete,
      overdue: s.overdue,
      unowned: s.unowned,
    })),
  };
}

function asDate(value: CellValue): IsoDate | null {
  if (typeof value === "number") return fromExcelSerial(value);
  return typeof value === "string" ? parseIsoDate(value) : null;
}

function asBool(value: CellValue): boolean {
  return value === true || (typeof value === "string" && /^(yes|true|1)$/i.test(value.trim()));
}

/** Every snapshot saved in the workbook, oldest first. */
export function readHistory(workbook: WorkbookSnapshot): BoardSnapshot[] {
  const sheet = workbook.sheets.find((s) => s.name === HISTORY_SHEET);
  if (!sheet) return [];
  const byDate = new Map<IsoDate, ActionRecord[]>();
  for (let r = 1; r < sheet.values.length; r++) {
    const boardDate = asDate(cellValue(sheet, r, 0));
    const key = String(cellValue(sheet, r, 1));
    if (!boardDate || key === "") continue;
    const records = byDate.get(boardDate) ?? [];
    records.push({
      key,
      row: Number(cellValue(sheet, r, 2)) || 0,
      what: String(cellValue(sheet, r, 3)),
      due: asDate(cellValue(sheet, r, 4)),
      complete: asBool(cellValue(sheet, r, 5)),
      overdue: asBool(cellValue(sheet, r, 6)),
      unowned: asBool(cellValue(sheet, r, 7)),
    });
    byDate.set(boardDate, records);
  }
  return [...byDate].sort((a, b) => a[0].localeCompare(b[0])).map(([boardDate, actions]) => ({ boardDate, actions }));
}

/** The latest snapshot from before the given date: the last board to compare with. */
export function previousBoard(history: BoardSnapshot[], asOf: IsoDate): BoardSnapshot | null {
  const earlier = history.filter((h) => h.boardDate < asOf);
  return earlier.length ? earlier[earlier.length - 1] : null;
}

export function compareBoards(previous: BoardSnapshot, current: BoardSnapshot): BoardChanges {
  const before = new Map(previous.actions.map((a) => [a.key, a]));
  const now = new Map(current.actions.map((a) => [a.key, a]));
  const changes: BoardChanges = {
    since: previous.boardDate,
    newlyOverdue: [],
    completed: [],
    redated: [],
    added: [],
    removed: [],
  };
  for (const action of current.actions) {
    const old = before.get(action.key);
    if (!old) {
      changes.added.push(action);
      continue;
    }
    if (action.overdue && !old.overdue) changes.newlyOverdue.push(action);
    if (action.complete && !old.complete) changes.completed.push(action);
    if (action.due !== old.due) changes.redated.push({ action, from: old.due, to: action.due });
  }
  for (const old of previous.actions) if (!now.has(old.key)) changes.removed.push(old);
  return changes;
}

/** The history sheet's rows: every earlier board kept, this board's replacing any saved on the same date. */
export function historyRows(history: BoardSnapshot[], current: BoardSnapshot): (string | number | boolean)[][] {
  const boards = [...history.filter((h) => h.boardDate !== current.boardDate), current].sort((a, b) =>
    a.boardDate.localeCompare(b.boardDate),
  );
  return boards.flatMap((b) =>
    b.actions.map((a) => [
      b.boardDate,
      a.key,
      a.row,
      a.what,
      a.due ?? "",
      a.complete ? "yes" : "no",
      a.overdue ? "yes" : "no",
      a.unowned ? "yes" : "no",
    ]),
  );
}

/** The hidden sheet that keeps every board's snapshot, this one included. */
export function historySheet(history: BoardSnapshot[], current: BoardSnapshot): GeneratedSheet {
  const rows = [
    HISTORY_HEADER.map((h) => text(h, "header")),
    ...historyRows(history, current).map((r) => r.map((v) => (typeof v === "number" ? num(v) : text(String(v))))),
  ];
  return {
    kind: "history",
    name: HISTORY_SHEET,
    columnWidths: [12, 40, 6, 60, 12, 10, 10, 10],
    rows,
    headerRow: 0,
    marking: null,
    hidden: true,
  };
}
