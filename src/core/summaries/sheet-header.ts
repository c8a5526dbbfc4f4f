// The block every generated sheet starts with: title, the plan's name, as-of and generation dates,
// and the protective marking of the plan sheet.

import { formatLongDate, type IsoDate } from "../deadline/calendar";
import { quotedSheets } from "../in-words";
import type { ValidationResult } from "../validation/validate";
import { GENERATED_SHEET_NAMES } from "../workbook/generated";
import { text, type GeneratedKind, type SpecCell, type TextCell } from "../workbook/sheet-spec";

export interface SummaryOptions {
  generatedOn: IsoDate;
  /** False when summaries go to a workbook of their own, where plan rows can't be linked to. */
  linkToPlan: boolean;
}

export function headerBlock(
  title: string,
  result: ValidationResult,
  options: SummaryOptions,
  note?: string | TextCell | readonly (string | TextCell)[],
): SpecCell[][] {
  const { reading } = result;
  const rows: SpecCell[][] = [];
  if (reading.marking) rows.push([text(reading.marking, "bold")]);
  rows.push([text(title, "title")]);
  rows.push([text(reading.title ?? reading.plan.structure.title, "subtitle")]);
  rows.push([
    text(
      `As of ${formatLongDate(result.asOf)} · generated on ${formatLongDate(options.generatedOn)} from ${reading.plan.sheets.length > 1 ? "sheets" : "sheet"} ${quotedSheets(reading.plan.sheets)}`,
      "note",
    ),
  ]);
  // Each note on a row of its own: one long line would run past the printed page.
  const notes = note === undefined ? [] : Array.isArray(note) ? note : [note];
  for (const n of notes as (string | TextCell)[]) rows.push([typeof n === "string" ? text(n, "note") : n]);
  rows.push([]);
  return rows;
}

/** A link to a plan cell, or its address as plain text when the summary stands alone. */
export function planLink(sheet: string, cell: string, options: SummaryOptions, label = `${sheet}!${cell}`): SpecCell {
  return options.linkToPlan ? text(label, "link", { sheet, cell }) : text(label, "text");
}

/** A link to an action's row: "Row 12", or "Children in care, row 12" where the plan is kept one theme a sheet. */
export function rowLink(
  result: ValidationResult,
  at: { sheet: string; cell: string; row: number },
  options: SummaryOptions,
): SpecCell {
  const label = result.reading.plan.sheets.length > 1 ? `${at.sheet}, row ${at.row}` : `Row ${at.row}`;
  return planLink(at.sheet, at.cell, options, label);
}

/** "█████░░░░░ 50%": a progress bar that reads in black and white and in any font. */
export function progressBar(done: number, total: number): string {
  if (total === 0) return "no actions";
  const share = done / total;
  const filled = Math.round(share * 10);
  return `${"█".repeat(filled)}${"░".repeat(10 - filled)} ${Math.round(share * 100)}%`;
}

/** A note that names another generated sheet, written with `sheet` standing for its quoted name. */
export function noteNaming(kind: GeneratedKind, write: (sheet: string) => string): TextCell {
  return { ...text(write(`"${GENERATED_SHEET_NAMES[kind]}"`), "note"), names: kind };
}
