// Writes summary sheets: into a copy of the council's workbook (replacing only sheets Plan Check made
// before), or alone into a new workbook for circulation.

import { strToU8 } from "fflate";
import type { GeneratedSheet } from "../../core/workbook/sheet-spec";
import { partText, savePackage, setPartText, type XlsxPackage } from "./package";
import { patchStyles } from "./styles";
import { putGeneratedSheets, type WrittenSheet } from "./workbook-xml";

export interface WrittenWorkbook {
  bytes: Uint8Array;
  sheets: WrittenSheet[];
}

export function addSheetsToCopy(original: XlsxPackage, sheets: GeneratedSheet[]): WrittenWorkbook {
  const pkg: XlsxPackage = { parts: { ...original.parts } };
  const styles = patchStyles(partText(pkg, "xl/styles.xml"));
  setPartText(pkg, "xl/styles.xml", styles.xml);
  const written = putGeneratedSheets(pkg, sheets, styles.sheet);
  return { bytes: savePackage(pkg), sheets: written };
}

const EMPTY_WORKBOOK: Record<string, string> = {
  "[Content_Types].xml":
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>',
  "_rels/.rels":
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
  "xl/workbook.xml":
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><bookViews><workbookView/></bookViews><sheets></sheets></workbook>',
  "xl/_rels/workbook.xml.rels":
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>',
};

export function summariesWorkbook(sheets: GeneratedSheet[]): WrittenWorkbook {
  const pkg: XlsxPackage = { parts: {} };
  for (const [path, xml] of Object.entries(EMPTY_WORKBOOK)) pkg.parts[path] = strToU8(xml);
  const styles = patchStyles(null);
  setPartText(pkg, "xl/styles.xml", styles.xml);
  const written = putGeneratedSheets(pkg, sheets, styles.sheet);
  return { bytes: savePackage(pkg), sheets: written };
}
