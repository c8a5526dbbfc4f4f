// The workbook's shared-strings table, as Plan Check adds to it: text for generated sheets goes in
// once and cells point at it, as Excel itself writes. The council's own strings stay where they are,
// byte for byte and at the same positions, so no cell of theirs changes meaning; a string already in
// the table is reused, so generating again adds nothing.

import { PlanReadError } from "../../core/reader/errors";
import { addWorkbookPart, partRelationships, partText, type XlsxPackage } from "./package";
import { decodeCellText } from "./scan-xml";
import { Utf8Writer } from "./utf8-writer";
import { escapeCellText } from "./xml";

const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const SST_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings";
const SST_CONTENT = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml";
const NEEDS_PRESERVE = /^\s|\s$|\n/;

/** Where the workbook keeps its shared strings (Excel always uses xl/sharedStrings.xml; others may not). */
export function sharedStringsPath(pkg: XlsxPackage): string {
  // By the type's last segment, so Strict OOXML's relationship namespace is recognised too.
  const rel = partRelationships(pkg, "xl/workbook.xml").find((r) => r.type.endsWith("/sharedStrings"));
  return rel?.path ?? "xl/sharedStrings.xml";
}

/** Every <si> item, empty ones included; `p` is the namespace prefix the table uses ("" or "x:"). */
function itemPattern(p: string): RegExp {
  return new RegExp(`<${p}si\\b[^>]*/>|<${p}si\\b[^>]*>[\\s\\S]*?</${p}si>`, "g");
}

function itemXml(text: string, p: string): string {
  const space = NEEDS_PRESERVE.test(text) ? ' xml:space="preserve"' : "";
  return `<${p}si><${p}t${space}>${escapeCellText(text)}</${p}t></${p}si>`;
}

/** A plain item — one <t>, no runs or phonetic guides — whose text a generated cell can share. */
function plainItemPattern(p: string): RegExp {
  return new RegExp(`^<${p}si><${p}t(?: xml:space="preserve")?>([^<]*)</${p}t></${p}si>$`);
}

export class SharedStrings {
  private readonly path: string;
  private readonly original: string | null;
  /** Positions by text: the council's plain items (first of equals), then every text written. */
  private readonly byText = new Map<string, number>();
  private readonly added = new Utf8Writer();
  private addedCount = 0;
  private readonly existing: number;
  /** The table's start tag, and its namespace prefix: written items must match the council's own. */
  private readonly start: RegExpExecArray | null;
  private readonly prefix: string;

  constructor(private readonly pkg: XlsxPackage) {
    this.path = sharedStringsPath(pkg);
    this.original = partText(pkg, this.path);
    this.start = this.original === null ? null : /<(\w+:)?sst\b[^>]*?(\/?)>/.exec(this.original);
    // Cells would point past a table that cannot be added to: refuse rather than write a broken copy.
    if (this.original !== null && !this.start)
      throw new PlanReadError(
        "The workbook's shared-strings part is damaged. Open and save it in Excel, then try again.",
      );
    this.prefix = this.start?.[1] ?? "";
    const plain = plainItemPattern(this.prefix);
    let n = 0;
    for (const [item] of this.original?.matchAll(itemPattern(this.prefix)) ?? []) {
      // Rich text is never reused: a generated cell would take on the council's bold or colour.
      const xml = plain.exec(item)?.[1];
      const text = xml === undefined ? undefined : decodeCellText(xml);
      if (text !== undefined && !this.byText.has(text)) this.byText.set(text, n);
      n++;
    }
    this.existing = n;
  }

  /** The table position of a text, added after the workbook's own strings when it is not there yet. */
  index(text: string): number {
    const known = this.byText.get(text);
    if (known !== undefined) return known;
    const index = this.existing + this.addedCount++;
    this.added.write(itemXml(text, this.prefix));
    this.byText.set(text, index);
    return index;
  }

  /** Writes the table into the package; when nothing was added the part is left exactly as it was. */
  save(): void {
    if (this.addedCount === 0) return;
    const unique = this.existing + this.addedCount;
    const out = new Utf8Writer();
    if (this.original === null) {
      out.write(
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="${MAIN_NS}" count="${unique}" uniqueCount="${unique}">`,
      );
      out.append(this.added);
      out.write("</sst>");
      this.pkg.parts[this.path] = out.bytes();
      addWorkbookPart(this.pkg, this.path, SST_CONTENT, SST_TYPE);
      return;
    }
    // count is the number of references: a hint to Excel, kept a lower bound (each new string is used at least once).
    const start = this.start as RegExpExecArray;
    const oldCount = Number(/\bcount="(\d+)"/.exec(start[0])?.[1] ?? this.existing);
    const tag = setAttribute(
      setAttribute(start[0].replace(/\/>$/, ">"), "count", oldCount + this.addedCount),
      "uniqueCount",
      unique,
    );
    const rest = this.original.slice(start.index + start[0].length);
    // New items go after the last <si>, before an <extLst> if the table has one; an empty <sst/> is opened.
    const empty = start[2] === "/";
    const ext = rest.lastIndexOf(`<${this.prefix}extLst`);
    const at = empty ? 0 : ext >= 0 ? ext : rest.lastIndexOf(`</${this.prefix}sst>`);
    out.write(this.original.slice(0, start.index) + tag + rest.slice(0, at));
    out.append(this.added);
    out.write(empty ? `</${this.prefix}sst>${rest}` : rest.slice(at));
    this.pkg.parts[this.path] = out.bytes();
  }
}

function setAttribute(tag: string, name: string, value: number): string {
  const pattern = new RegExp(`\\b${name}="\\d*"`);
  return pattern.test(tag) ? tag.replace(pattern, `${name}="${value}"`) : tag.replace(/>$/, ` ${name}="${value}">`);
}
