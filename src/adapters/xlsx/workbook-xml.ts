// Adds or replaces Plan Check's generated sheets in a package: workbook.xml, its relationships,
// content types, defined names and the shared-strings table are added to in place; every other part
// is left byte for byte.

import { chooseSheetNames, followSheetNames } from "../../core/workbook/generated";
import type { GeneratedKind, GeneratedSheet } from "../../core/workbook/sheet-spec";
import { rangeAddress } from "../../core/workbook/address";
import type { CellRange } from "../../core/workbook/grid";
import { listSheets, usesDate1904 } from "./read-workbook";
import { addWorkbookPart, partText, setPartText, type XlsxPackage } from "./package";
import { SharedStrings } from "./shared-strings";
import { definedNamesFor, FILTER_DATABASE, filterDatabaseName, sheetXml } from "./sheet-xml";
import type { SheetStyles } from "./styles";
import { escapeXml } from "./xml";

const MARKER_NAME = "PlanCheck_Generated";
const WORKSHEET_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet";
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const WORKSHEET_CONTENT = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";

interface DefinedName {
  xml: string;
  name: string;
  localSheetId: number | null;
  value: string;
}

function definedNames(workbookXml: string): DefinedName[] {
  return [...workbookXml.matchAll(/<definedName\b([^>]*)>([\s\S]*?)<\/definedName>/g)].map((m) => {
    const attrs = m[1];
    const local = /localSheetId="(\d+)"/.exec(attrs);
    return {
      xml: m[0],
      name: /name="([^"]*)"/.exec(attrs)?.[1] ?? "",
      localSheetId: local ? Number(local[1]) : null,
      value: m[2],
    };
  });
}

/** Which sheets Plan Check generated, by kind: read from the hidden marker names inside the workbook. */
export function generatedSheets(pkg: XlsxPackage): Map<GeneratedKind, { name: string; path: string; index: number }> {
  const workbookXml = partText(pkg, "xl/workbook.xml") ?? "";
  const sheets = listSheets(pkg);
  const out = new Map<GeneratedKind, { name: string; path: string; index: number }>();
  for (const d of definedNames(workbookXml)) {
    if (d.name !== MARKER_NAME || d.localSheetId === null) continue;
    const sheet = sheets.find((s) => s.index === d.localSheetId);
    const kind = d.value.replace(/&quot;|"/g, "") as GeneratedKind;
    if (sheet) out.set(kind, { name: sheet.name, path: sheet.path, index: sheet.index });
  }
  return out;
}

/** Removes a sheet-scoped name, if the workbook has it. */
function removeDefinedName(workbookXml: string, localSheetId: number, name: string): string {
  const found = definedNames(workbookXml).find((d) => d.localSheetId === localSheetId && d.name === name);
  return found ? workbookXml.replace(found.xml, "") : workbookXml;
}

/** Sets sheet-scoped names, replacing an existing one where it stands so regenerating changes nothing. */
function setDefinedNames(
  workbookXml: string,
  localSheetId: number,
  entries: { name: string; value: string; hidden: boolean }[],
): string {
  let xml = workbookXml;
  const added: string[] = [];
  for (const e of entries) {
    const element = `<definedName name="${e.name}" localSheetId="${localSheetId}"${e.hidden ? ' hidden="1"' : ""}>${escapeXml(e.value)}</definedName>`;
    const existing = definedNames(xml).find((d) => d.localSheetId === localSheetId && d.name === e.name);
    if (existing) xml = xml.replace(existing.xml, element);
    else added.push(element);
  }
  if (added.length === 0) return xml;
  const joined = added.join("");
  if (/<definedNames\s*\/>/.test(xml))
    return xml.replace(/<definedNames\s*\/>/, `<definedNames>${joined}</definedNames>`);
  if (xml.includes("</definedNames>")) return xml.replace("</definedNames>", `${joined}</definedNames>`);
  // definedNames follows sheets, functionGroups and externalReferences (ECMA-376 §18.2.27).
  const after = xml.includes("</externalReferences>")
    ? "</externalReferences>"
    : xml.includes("</functionGroups>")
      ? "</functionGroups>"
      : "</sheets>";
  return xml.replace(after, `${after}<definedNames>${joined}</definedNames>`);
}

/** Points the hidden name Excel keeps for a sheet's filter at its new range. */
export function setFilterDatabase(pkg: XlsxPackage, sheet: { name: string; index: number }, range: CellRange): void {
  const xml = partText(pkg, "xl/workbook.xml") ?? "";
  const name = filterDatabaseName(sheet.name, rangeAddress(range));
  setPartText(pkg, "xl/workbook.xml", setDefinedNames(xml, sheet.index, [name]));
}

export interface WrittenSheet {
  kind: GeneratedKind;
  name: string;
  /** Set when a council sheet already had the wanted name and another was chosen. */
  renamedFrom: string | null;
}

/**
 * Adds a worksheet part with the given XML at the end of the workbook: relationship, content type and
 * sheet entry. Returns its 0-based index (what localSheetId counts).
 */
export function addWorksheet(pkg: XlsxPackage, name: string, xml: Uint8Array<ArrayBuffer>, hidden = false): number {
  let workbookXml = partText(pkg, "xl/workbook.xml") ?? "";
  const index = (workbookXml.match(/<sheet\b/g) ?? []).length;
  let n = 1;
  while (pkg.parts[`xl/worksheets/sheet${n}.xml`]) n++;
  const path = `xl/worksheets/sheet${n}.xml`;
  pkg.parts[path] = xml;

  const rId = addWorkbookPart(pkg, path, WORKSHEET_CONTENT, WORKSHEET_TYPE);

  const prefix = new RegExp(`xmlns:(\\w+)="${REL_NS}"`).exec(workbookXml)?.[1];
  if (!prefix) workbookXml = workbookXml.replace(/<workbook\b/, `<workbook xmlns:r="${REL_NS}"`);
  const sheetIds = [...workbookXml.matchAll(/<sheet\b[^>]*\bsheetId="(\d+)"/g)].map((m) => Number(m[1]));
  const state = hidden ? ' state="hidden"' : "";
  const element = `<sheet name="${escapeXml(name)}" sheetId="${Math.max(0, ...sheetIds) + 1}"${state} ${prefix ?? "r"}:id="${rId}"/>`;
  workbookXml = workbookXml.includes("</sheets>")
    ? workbookXml.replace("</sheets>", `${element}</sheets>`)
    : workbookXml.replace(/<sheets\s*\/>/, `<sheets>${element}</sheets>`);
  setPartText(pkg, "xl/workbook.xml", workbookXml);
  return index;
}

/** Every sheet name in the workbook. */
export function sheetNames(pkg: XlsxPackage): string[] {
  const workbookXml = partText(pkg, "xl/workbook.xml") ?? "";
  return [...workbookXml.matchAll(/<sheet\b[^>]*\bname="([^"]*)"/g)].map((m) => m[1]);
}

/** Writes each generated sheet, replacing the one Plan Check made before, never a council's own. */
export function putGeneratedSheets(pkg: XlsxPackage, wanted: GeneratedSheet[], styles: SheetStyles): WrittenSheet[] {
  const before = generatedSheets(pkg);
  const placements = chooseSheetNames(
    wanted,
    new Map([...before].map(([kind, sheet]) => [kind, sheet.name])),
    sheetNames(pkg),
  );
  const sheets = followSheetNames(wanted, placements);
  const strings = new SharedStrings(pkg);
  const date1904 = usesDate1904(pkg);
  const written = sheets.map((sheet, i): WrittenSheet => {
    const { name, renamedFrom } = placements[i];
    const existing = before.get(sheet.kind);
    if (existing) {
      pkg.parts[existing.path] = sheetXml(sheet, styles, strings, date1904);
      // A filter a user put on the old sheet left its hidden range name; the new sheet may have none.
      const kept = sheet.filter
        ? (partText(pkg, "xl/workbook.xml") ?? "")
        : removeDefinedName(partText(pkg, "xl/workbook.xml") ?? "", existing.index, FILTER_DATABASE);
      const workbookXml = setDefinedNames(kept, existing.index, definedNamesFor(name, sheet));
      setPartText(pkg, "xl/workbook.xml", workbookXml);
      return { kind: sheet.kind, name, renamedFrom };
    }
    const index = addWorksheet(pkg, name, sheetXml(sheet, styles, strings, date1904), sheet.hidden === true);
    const workbookXml = setDefinedNames(partText(pkg, "xl/workbook.xml") ?? "", index, [
      { name: MARKER_NAME, value: `"${sheet.kind}"`, hidden: true },
      ...definedNamesFor(name, sheet),
    ]);
    setPartText(pkg, "xl/workbook.xml", workbookXml);
    return { kind: sheet.kind, name, renamedFrom };
  });
  strings.save();
  return written;
}
