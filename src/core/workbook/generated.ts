// Sheets Plan Check writes. They are marked as generated inside the workbook by the adapters; these
// names are the defaults, and a council's own sheet of the same name is never overwritten.

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
