// The annotated copy: the council's workbook with findings shown in Excel — conditional-format
// highlights on the plan's sheets and a Validation sheet — and every other part left as it was.

import { highlightOverlay } from "../../core/validation/highlights";
import type { ValidationResult } from "../../core/validation/validate";
import { validationSheet } from "../../core/validation/validation-sheet";
import { historySheet, takeSnapshot } from "../../core/tracking/board-snapshot";
import type { IsoDate } from "../../core/deadline/calendar";
import { addHighlights } from "./highlight-xml";
import { partText, savePackage, setPartText, type XlsxPackage } from "./package";
import { listSheets } from "./read-workbook";
import type { WorkbookSnapshot } from "../../core/workbook/grid";
import { patchStyles } from "./styles";
import { putGeneratedSheets } from "./workbook-xml";

export interface AnnotateOptions {
  generatedOn: IsoDate;
  /** Save this board's snapshot in the copy's history sheet. */
  saveSnapshot?: boolean;
}

/** Returns the bytes of the annotated copy; the package passed in is not changed. */
export function writeAnnotatedCopy(
  original: XlsxPackage,
  snapshot: WorkbookSnapshot,
  result: ValidationResult,
  options: AnnotateOptions,
): Uint8Array {
  const pkg: XlsxPackage = { parts: { ...original.parts } };
  const styles = patchStyles(partText(pkg, "xl/styles.xml"));
  setPartText(pkg, "xl/styles.xml", styles.xml);

  const entries = listSheets(pkg);
  for (const overlay of highlightOverlay(result, snapshot)) {
    const entry = entries.find((s) => s.name === overlay.sheet);
    if (!entry) continue;
    const xml = partText(pkg, entry.path) ?? "";
    setPartText(pkg, entry.path, addHighlights(xml, overlay, styles.highlight));
  }
  const sheets = [validationSheet(result, options.generatedOn)];
  if (options.saveSnapshot) sheets.push(historySheet(result.reading.history, takeSnapshot(result)));
  putGeneratedSheets(pkg, sheets, styles.sheet);
  return savePackage(pkg);
}
