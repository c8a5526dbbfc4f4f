// A finding: one thing in the plan that is missing, wrong or late, pinned to a real cell.

import { oneLine } from "../one-line";
import { cellAddress } from "../workbook/address";
import type { FindingCode } from "./codes";
import { FINDING_CODES } from "./codes";

export type Severity = "error" | "warning" | "info";

export interface Finding {
  code: FindingCode;
  severity: Severity;
  sheet: string;
  /** A1 address of the cell to look at. */
  cell: string;
  /** 1-based sheet row, as Excel shows it. */
  row: number;
  /** The column heading as the council wrote it (or its standard name). */
  column: string;
  /** 1-based row of the action this belongs to, when it belongs to one. */
  actionRow: number | null;
  /** The theme of that action. */
  theme: string | null;
  /** The offending value, echoed back (shortened). */
  value: string;
  message: string;
  fix: string | null;
}

export interface FindingPlace {
  sheet: string;
  /** 0-based row and column. */
  row: number;
  column: number;
  columnName: string;
  actionRow?: number | null;
  theme?: string | null;
}

/** The offending value, as a finding echoes it back: one line, shortened. */
export function echo(value: unknown): string {
  return oneLine(typeof value === "string" ? value : String(value ?? ""));
}

export function finding(
  code: FindingCode,
  place: FindingPlace,
  value: unknown,
  message: string,
  fix?: string,
): Finding {
  return {
    code,
    severity: FINDING_CODES[code].severity,
    sheet: place.sheet,
    cell: cellAddress(place.row, place.column),
    row: place.row + 1,
    column: place.columnName,
    actionRow: place.actionRow ?? null,
    theme: place.theme ?? null,
    value: echo(value),
    message,
    fix: fix ?? FINDING_CODES[code].fix,
  };
}

/** Errors before warnings before information, wherever findings are listed. */
export const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * The order a coordinator reads findings in: those on other sheets (the plan as a whole: its
 * recommendations, priorities, settings) first, sheet by sheet as the workbook's tabs run, then each of
 * the plan's sheets in turn; on a sheet by row, then column, then severity.
 */
export function findingOrder(planSheets: string[], tabOrder: string[]): (a: Finding, b: Finding) => number {
  // Other sheets rank below zero in tab order, a sheet the workbook does not list just before the plan's.
  const rank = new Map(tabOrder.map((sheet, i) => [sheet, i - tabOrder.length - 1]));
  planSheets.forEach((sheet, i) => rank.set(sheet, i));
  const sheetRank = (f: Finding) => rank.get(f.sheet) ?? -1;
  return (a, b) =>
    sheetRank(a) - sheetRank(b) ||
    (a.sheet === b.sheet ? 0 : a.sheet < b.sheet ? -1 : 1) ||
    a.row - b.row ||
    a.cell.length - b.cell.length ||
    a.cell.localeCompare(b.cell) ||
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
    a.code.localeCompare(b.code);
}

export interface FindingFilter {
  codes?: string[];
  severities?: Severity[];
}

export function filterFindings(findings: Finding[], filter: FindingFilter): Finding[] {
  return findings.filter(
    (f) =>
      (!filter.codes || filter.codes.length === 0 || filter.codes.includes(f.code)) &&
      (!filter.severities || filter.severities.length === 0 || filter.severities.includes(f.severity)),
  );
}
