// How the add-in talks to Excel: every batch goes through one runner (Excel.run in Excel, the fake in
// tests), and every Office error becomes a sentence a coordinator can act on.

export type ExcelBatch<T> = (context: Excel.RequestContext) => Promise<T>;
export type ExcelRunner = <T>(batch: ExcelBatch<T>) => Promise<T>;

/** Excel.run that waits for the user to leave cell-edit mode where Excel supports it (ExcelApi 1.11). */
export const excelRunner: ExcelRunner = (batch) => Excel.run({ delayForCellEdit: true }, batch);

/** A problem the user can fix, already in plain English. */
export class PlanCheckOfficeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PlanCheckOfficeError";
  }
}

const MESSAGES: Record<string, string> = {
  InvalidOperationInCellEditMode:
    "Excel is in cell-edit mode. Finish editing the cell (press Enter or Esc), then try again.",
  AccessDenied:
    "A sheet Plan Check needs to change is protected. Unprotect it (Review > Unprotect Sheet) and try again; the findings are still listed in the pane.",
  ItemNotFound: "The plan sheet was renamed or deleted since the last check. Validate again so Plan Check finds it.",
  RequestPayloadSizeLimitExceeded:
    "The workbook is too large for Excel on the web to send in one go. Try Excel on the desktop, or split the plan across workbooks.",
  ApiNotFound:
    "This version of Excel lacks a feature Plan Check needs. Use Excel 2021 or later, Microsoft 365 or Excel on the web.",
  InsufficientPermission:
    "Plan Check may not change this workbook: it may be read-only or opened in Protected View. Enable editing and try again.",
  GeneralException:
    "Excel could not finish the request. Try again; if it keeps happening, save and reopen the workbook.",
};

/** Turns whatever a batch threw into one plain sentence. */
export function describeOfficeError(error: unknown): string {
  if (error instanceof PlanCheckOfficeError) return error.message;
  const code = (error as { code?: string } | null)?.code;
  if (code && MESSAGES[code]) return MESSAGES[code];
  const message = error instanceof Error ? error.message : String(error);
  return `Plan Check could not finish: ${message}`;
}

/** ExcelApi sets the features need, and the Excel that brings each. */
export const REQUIREMENTS = {
  validate: { version: "1.9", excel: "Excel 2021 or later, Microsoft 365 or Excel on the web" },
  summaries: { version: "1.9", excel: "Excel 2021 or later, Microsoft 365 or Excel on the web" },
} as const;

export type SetSupported = (name: string, version: string) => boolean;

export function checkRequirement(feature: keyof typeof REQUIREMENTS, isSetSupported: SetSupported): void {
  const need = REQUIREMENTS[feature];
  if (!isSetSupported("ExcelApi", need.version)) {
    throw new PlanCheckOfficeError(
      `This version of Excel is too old for Plan Check (it needs ExcelApi ${need.version}: ${need.excel}).`,
    );
  }
}
