// The bundled samples, read through the .xlsx adapter, for tests that need the real plan.

import fs from "node:fs";
import path from "node:path";
import { openPackage, type XlsxPackage } from "../../src/adapters/xlsx/package";
import { readWorkbook } from "../../src/adapters/xlsx/read-workbook";
import type { WorkbookSnapshot } from "../../src/core/workbook/grid";

export const EXAMPLES = path.join(__dirname, "..", "..", "examples");
export const DERBY = path.join(EXAMPLES, "derby-improvement-plan-2017.xlsx");
export const DERBY_TRACKED = path.join(EXAMPLES, "derby-improvement-plan-2017-tracked.xlsx");

export function openSample(file: string): { bytes: Uint8Array; pkg: XlsxPackage; snapshot: WorkbookSnapshot } {
  const bytes = new Uint8Array(fs.readFileSync(file));
  const pkg = openPackage(bytes, path.basename(file));
  return { bytes, pkg, snapshot: readWorkbook(pkg) };
}
