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

/** Where a generated sheet is written. */
export interface SheetPlacement {
  name: string;
  /** True when that is the sheet Plan Check generated before for its kind, to be rewritten in place. */
  replacing: boolean;
  /** The default name, when a council sheet already has it and another was taken: said to the user. */
  renamedFrom: string | null;
}

/**
 * Where each generated sheet is written: the sheet Plan Check made before for its kind (even if the
 * council renamed it), else its default name or the next free "Name (2)".
 */
export function chooseSheetNames(
  sheets: readonly GeneratedSheet[],
  existing: ReadonlyMap<GeneratedKind, string>,
  taken: Iterable<string>,
): SheetPlacement[] {
  const names = new Set(taken);
  return sheets.map((sheet) => {
    const before = existing.get(sheet.kind);
    const name = before ?? freeSheetName(sheet.name, names);
    names.add(name);
    return {
      name,
      replacing: before !== undefined,
      renamedFrom: before === undefined && name !== sheet.name ? sheet.name : null,
    };
  });
}

/**
 * The sheets with each note that names a generated sheet ("listed on "Chase list by owner"") naming it
 * as it was written, so a note never points at a sheet that is not there.
 */
export function followSheetNames(
  sheets: readonly GeneratedSheet[],
  placements: readonly Pick<SheetPlacement, "name">[],
): GeneratedSheet[] {
  const renamed = new Map<GeneratedKind, string>();
  sheets.forEach((sheet, i) => {
    if (placements[i].name !== sheet.name) renamed.set(sheet.kind, placements[i].name);
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
