// Opens an .xlsx file for the command line: bytes → package → snapshot, with plain-English errors.

import type { WorkbookSnapshot } from "../../core/workbook/grid";
import { readInputFile } from "./files";
import { openPackage, type XlsxPackage } from "./package";
import { readWorkbook } from "./read-workbook";
import path from "node:path";

export interface OpenedWorkbook {
  file: string;
  pkg: XlsxPackage;
  snapshot: WorkbookSnapshot;
}

export function openWorkbookFile(file: string): OpenedWorkbook {
  const bytes = readInputFile(file);
  const pkg = openPackage(bytes, path.basename(file));
  return { file, pkg, snapshot: readWorkbook(pkg) };
}
