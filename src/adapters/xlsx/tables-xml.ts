// A plan kept in an Excel table, or under a sheet filter: reading where they are, and widening them
// over the columns set-up adds beside them, as Excel widens a table when a heading is typed next to
// it. Left outside, sorting the table would move the actions and leave their new cells behind.

import { parseRangeAddress, rangeAddress } from "../../core/workbook/address";
import type { CellRange, SheetFilter, SheetTable } from "../../core/workbook/grid";
import { partRelationships, partText, setPartText, type XlsxPackage } from "./package";
import { attributes, decodeXml } from "./scan-xml";
import { escapeXml } from "./xml";

const TABLE_PART = /<(?:\w+:)?tablePart\b[^>]*\br:id="([^"]+)"/g;
const TABLE_START = /<(\w+:)?table\b[^>]*>/;

/** The table parts a worksheet points at, by zip path. */
function tablePaths(pkg: XlsxPackage, sheetPath: string, sheetXml: string): string[] {
  if (!sheetXml.includes("tablePart")) return [];
  const ids = [...sheetXml.matchAll(TABLE_PART)].map((m) => m[1]);
  if (ids.length === 0) return [];
  const paths = new Map(partRelationships(pkg, sheetPath).map((r) => [r.id, r.path]));
  return ids.flatMap((id) => paths.get(id) ?? []);
}

interface TablePart {
  path: string;
  xml: string;
  start: RegExpExecArray;
  table: SheetTable;
}

function tableParts(pkg: XlsxPackage, sheetPath: string, sheetXml: string): TablePart[] {
  return tablePaths(pkg, sheetPath, sheetXml).flatMap((path) => {
    const xml = partText(pkg, path);
    const start = xml === null ? null : TABLE_START.exec(xml);
    if (xml === null || !start) return [];
    const a = attributes(start[0]);
    const range = a.ref ? parseRangeAddress(a.ref) : null;
    if (!range) return [];
    const name = decodeXml(a.displayName ?? a.name ?? "");
    const totalsRow = Number(a.totalsRowCount ?? 0) > 0;
    return [{ path, xml, start, table: { name, range, totalsRow } }];
  });
}

/** The Excel tables on a worksheet. */
export function readTables(pkg: XlsxPackage, sheetPath: string, sheetXml: string): SheetTable[] {
  return tableParts(pkg, sheetPath, sheetXml).map((t) => t.table);
}

/** The sheet's own autoFilter: the first after the cells (a custom view's come later). */
function sheetFilterTag(sheetXml: string): RegExpExecArray | null {
  // From the end of the cells, found from the back: the sheet's cells may run to megabytes.
  const after = sheetXml.lastIndexOf("sheetData");
  if (after < 0) return null;
  const pattern = /<(?:\w+:)?autoFilter\b[^>]*?(\/?)>/g;
  pattern.lastIndex = after;
  return pattern.exec(sheetXml);
}

export function readFilter(sheetXml: string): SheetFilter | null {
  const tag = sheetFilterTag(sheetXml);
  if (!tag) return null;
  const ref = attributes(tag[0]).ref;
  const range = ref ? parseRangeAddress(ref) : null;
  if (!range) return null;
  // A filter column holding criteria (values, a condition, top ten, colour) is hiding rows.
  const body = tag[1] === "/" ? "" : sheetXml.slice(tag.index, sheetXml.indexOf("autoFilter>", tag.index));
  return { range, filtering: /<(?:\w+:)?filterColumn\b[^>]*>\s*<(?!\/)/.test(body) };
}

/**
 * Widens tables on the sheet to the ranges given, naming their new columns with the headings set-up
 * wrote (a table's column names must match its header cells).
 */
export function widenTables(
  pkg: XlsxPackage,
  sheetPath: string,
  sheetXml: string,
  widened: SheetTable[],
  headings: string[],
): void {
  for (const part of tableParts(pkg, sheetPath, sheetXml)) {
    const wanted = widened.find((t) => t.name === part.table.name);
    if (!wanted) continue;
    const prefix = part.start[1] ?? "";
    const ref = rangeAddress(wanted.range);
    let xml = part.xml.replace(part.start[0], part.start[0].replace(/\bref="[^"]*"/, `ref="${ref}"`));
    // The table's own filter keeps its rows (above a totals row) and takes in the new columns.
    xml = xml.replace(
      new RegExp(`(<${prefix}autoFilter\\b[^>]*\\bref=")([^"]*)"`),
      (_m, start: string, old: string) => {
        const filter = parseRangeAddress(old);
        return `${start}${filter ? rangeAddress({ ...filter, right: wanted.range.right }) : ref}"`;
      },
    );
    const ids = [...xml.matchAll(new RegExp(`<${prefix}tableColumn\\b[^>]*\\bid="(\\d+)"`, "g"))].map((m) =>
      Number(m[1]),
    );
    let next = Math.max(0, ...ids);
    const added = headings.map((h) => `<${prefix}tableColumn id="${++next}" name="${escapeXml(h)}"/>`).join("");
    xml = xml.replace(
      new RegExp(`<${prefix}tableColumns\\b([^>]*)>([\\s\\S]*?)</${prefix}tableColumns>`),
      (_m, attrs: string, body: string) =>
        `<${prefix}tableColumns${attrs.replace(/\bcount="\d+"/, `count="${ids.length + headings.length}"`)}>${body}${added}</${prefix}tableColumns>`,
    );
    setPartText(pkg, part.path, xml);
  }
}

/** Widens the sheet's filter to the range given; its criteria stay on the columns they were on. */
export function widenFilter(sheetXml: string, range: CellRange): string {
  const tag = sheetFilterTag(sheetXml);
  if (!tag) return sheetXml;
  const widened = tag[0].replace(/\bref="[^"]*"/, `ref="${rangeAddress(range)}"`);
  return sheetXml.slice(0, tag.index) + widened + sheetXml.slice(tag.index + tag[0].length);
}
