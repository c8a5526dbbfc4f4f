// A focused scanner for the two large, flat parts of a workbook — worksheet cells and shared
// strings. A general XML parser builds a tree of every node first and was most of the read time on
// big plans (measured in `npm run bench`); these parts have a fixed, shallow shape, so they are read
// with anchored patterns instead. The small parts (workbook, relationships, styles) still go through
// fast-xml-parser.

const ENTITY = /&(?:(lt|gt|amp|quot|apos)|#(\d+)|#x([0-9a-fA-F]+));/g;
const NAMED: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

export function decodeXml(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(ENTITY, (_m, name: string | undefined, dec: string | undefined, hex: string | undefined) => {
    if (name) return NAMED[name];
    const code = dec ? Number(dec) : parseInt(hex as string, 16);
    return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : "";
  });
}

const ATTRIBUTE = /([\w:]+)="([^"]*)"/g;

export function attributes(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of text.matchAll(ATTRIBUTE)) out[m[1].replace(/^\w+:/, "")] = decodeXml(m[2]);
  return out;
}

// Excel's own "_x000D_" escapes for characters XML can't carry.
const EXCEL_ESCAPE = /_x([0-9A-Fa-f]{4})_/g;

/** The text of a string item: plain <t>, or rich-text runs, without phonetic guides. */
export function stringItemText(inner: string): string {
  const body = inner.replace(/<(?:\w+:)?rPh\b[\s\S]*?<\/(?:\w+:)?rPh>/g, "");
  let out = "";
  for (const m of body.matchAll(/<(?:\w+:)?t(?:\s[^>]*)?>([\s\S]*?)<\/(?:\w+:)?t>|<(?:\w+:)?t(?:\s[^>]*)?\/>/g))
    out += m[1] ?? "";
  return decodeCellText(out);
}

/** The text of a <t> element's content: XML entities, then Excel's "_x000D_" escapes. */
export function decodeCellText(xml: string): string {
  const text = decodeXml(xml);
  return text.includes("_x")
    ? text.replace(EXCEL_ESCAPE, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    : text;
}

export function scanSharedStrings(xml: string): string[] {
  const out: string[] = [];
  for (const m of xml.matchAll(/<(?:\w+:)?si(?:\s[^>]*)?>([\s\S]*?)<\/(?:\w+:)?si>|<(?:\w+:)?si(?:\s[^>]*)?\/>/g))
    out.push(stringItemText(m[1] ?? ""));
  return out;
}

export interface ScannedCell {
  ref: string | undefined;
  type: string;
  style: number;
  value: string | undefined;
  inlineText: string | undefined;
}

export interface ScannedRow {
  index: number | undefined;
  hidden: boolean;
  cells: ScannedCell[];
}

const ROW = /<(?:\w+:)?row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?row>)/g;
const CELL = /<(?:\w+:)?c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?c>)/g;
const VALUE = /<(?:\w+:)?v(?:\s[^>]*)?>([\s\S]*?)<\/(?:\w+:)?v>/;
const INLINE = /<(?:\w+:)?is(?:\s[^>]*)?>([\s\S]*?)<\/(?:\w+:)?is>/;

export function scanRows(sheetData: string): ScannedRow[] {
  const rows: ScannedRow[] = [];
  for (const r of sheetData.matchAll(ROW)) {
    const rowAttrs = attributes(r[1]);
    const cells: ScannedCell[] = [];
    for (const c of (r[2] ?? "").matchAll(CELL)) {
      const a = attributes(c[1]);
      const inner = c[2] ?? "";
      const v = VALUE.exec(inner);
      const is = a.t === "inlineStr" ? INLINE.exec(inner) : null;
      cells.push({
        ref: a.r,
        type: a.t ?? "n",
        style: Number(a.s ?? 0),
        value: v ? decodeXml(v[1]) : undefined,
        inlineText: is ? stringItemText(is[1]) : undefined,
      });
    }
    rows.push({
      index: rowAttrs.r ? Number(rowAttrs.r) - 1 : undefined,
      hidden: rowAttrs.hidden === "1" || rowAttrs.hidden === "true",
      cells,
    });
  }
  return rows;
}

/** The sheetData element's content, and the mergeCells' refs, from a worksheet part. */
export function worksheetSections(xml: string): { sheetData: string; mergeRefs: string[] } {
  const open = /<(?:\w+:)?sheetData\b[^>]*?(\/?)>/.exec(xml);
  let sheetData = "";
  if (open && open[1] !== "/") {
    const start = open.index + open[0].length;
    const end = xml.search(/<\/(?:\w+:)?sheetData>/);
    sheetData = end > start ? xml.slice(start, end) : "";
  }
  const mergeRefs = [...xml.matchAll(/<(?:\w+:)?mergeCell\b[^>]*\bref="([^"]+)"/g)].map((m) => m[1]);
  return { sheetData, mergeRefs };
}
