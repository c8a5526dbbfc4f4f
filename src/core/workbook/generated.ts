// Sheets Plan Check writes. They are marked as generated inside the workbook by the adapters; these
// names are the defaults, and a council's own sheet of the same name is never overwritten.

import type { GeneratedKind, GeneratedSheet, SpecCell } from "./sheet-spec";

export const GENERATED_SHEET_NAMES = {
  validation: "Validation",
  theme: "Summary by theme",
  recommendation: "Summary by recommendation",
  owner: "Summary by owner",
  chase: "Chase list by owner",
  exceptions: "Board exceptions",
  changes: "Changes since last board",
  history: "Plan Check history",
} as const;

const NAMES = new Set<string>(Object.values(GENERATED_SHEET_NAMES));

/** The wanted name, or "Name (2)", "Name (3)" … when a sheet already has it (Excel compares names without case). */
export function freeSheetName(wanted: string, taken: Iterable<string>): string {
  const lower = new Set([...taken].map((t) => t.toLowerCase()));
  if (!lower.has(wanted.toLowerCase())) return wanted;
  for (let n = 2; ; n++) if (!lower.has(`${wanted} (${n})`.toLowerCase())) return `${wanted} (${n})`;
}

/** True for a default generated name or its numbered variant ("Validation (2)"). */
export function isGeneratedSheetName(name: string): boolean {
  return NAMES.has(name.replace(/ \(\d+\)$/, ""));
}

/**
 * The name each generated sheet is written under: the sheet Plan Check made before for its kind (even
 * if the council renamed it), else its default name or the next free "Name (2)".
 */
export function chooseSheetNames(
  sheets: readonly GeneratedSheet[],
  existing: ReadonlyMap<GeneratedKind, string>,
  taken: Iterable<string>,
): string[] {
  const names = new Set(taken);
  return sheets.map((sheet) => {
    const name = existing.get(sheet.kind) ?? freeSheetName(sheet.name, names);
    names.add(name);
    return name;
  });
}

/**
 * The sheets with each note that names a generated sheet ("listed on "Chase list by owner"") naming it
 * as it was written, so a note never points at a sheet that is not there.
 */
export function followSheetNames(sheets: readonly GeneratedSheet[], names: readonly string[]): GeneratedSheet[] {
  const renamed = new Map<GeneratedKind, string>();
  sheets.forEach((sheet, i) => {
    if (names[i] !== sheet.name) renamed.set(sheet.kind, names[i]);
  });
  // Nearly always nothing was renamed, and the Validation sheet can have tens of thousands of rows.
  if (renamed.size === 0) return [...sheets];
  const follow = (cell: SpecCell): SpecCell => {
    if (cell?.kind !== "text" || !cell.names) return cell;
    const name = renamed.get(cell.names);
    if (name === undefined) return cell;
    return { ...cell, text: cell.text.split(`"${GENERATED_SHEET_NAMES[cell.names]}"`).join(`"${name}"`) };
  };
  return sheets.map((sheet) => ({ ...sheet, rows: sheet.rows.map((row) => row.map(follow)) }));
}
