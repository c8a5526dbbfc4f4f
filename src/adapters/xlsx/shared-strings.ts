// The workbook's shared-strings table, as Plan Check adds to it: text for generated sheets goes in
// once and cells point at it, as Excel itself writes. The council's own strings stay where they are,
// byte for byte and at the same positions, so no cell of theirs changes meaning; a string already in
// the table is reused, so generating again adds nothing.

import { PlanReadError } from "../../core/reader/read-plan";
import { addWorkbookPart, partText, setPartText, WORKBOOK_RELS, type XlsxPackage } from "./package";
import { escapeXml } from "./xml";

const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const SST_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings";
const SST_CONTENT = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml";
const NEEDS_PRESERVE = /^\s|\s$|\n/;

/** Where the workbook keeps its shared strings (Excel always uses xl/sharedStrings.xml; others may not). */
export function sharedStringsPath(pkg: XlsxPackage): string {
  const rels = partText(pkg, WORKBOOK_RELS) ?? "";
  // By the type's last segment, so Strict OOXML's relationship namespace is recognised too.
  const rel = [...rels.matchAll(/<Relationship\b[^>]*>/g)].find((m) => /\bType="[^"]*\/sharedStrings"/.test(m[0]));
  const target = rel ? /Target="([^"]*)"/.exec(rel[0])?.[1] : undefined;
  if (!target) return "xl/sharedStrings.xml";
  return target.startsWith("/") ? target.slice(1) : `xl/${target.replace(/^\.\//, "")}`;
}

/** Every <si> item, empty ones included; `p` is the namespace prefix the table uses ("" or "x:"). */
function itemPattern(p: string): RegExp {
  return new RegExp(`<${p}si\\b[^>]*/>|<${p}si\\b[^>]*>[\\s\\S]*?</${p}si>`, "g");
}

function itemXml(text: string, p: string): string {
  const space = NEEDS_PRESERVE.test(text) ? ' xml:space="preserve"' : "";
  return `<${p}si><${p}t${space}>${escapeXml(text)}</${p}t></${p}si>`;
}

export class SharedStrings {
  private readonly path: string;
  private readonly original: string | null;
  /** The council's items by their XML, then every text written, by text. */
  private readonly indexOf = new Map<string, number>();
  private readonly byText = new Map<string, number>();
  private readonly added: string[] = [];
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
    let n = 0;
    for (const [item] of this.original?.matchAll(itemPattern(this.prefix)) ?? []) {
      if (!this.indexOf.has(item)) this.indexOf.set(item, n);
      n++;
    }
    this.existing = n;
  }

  /** The table position of a text, added after the workbook's own strings when it is not there yet. */
  index(text: string): number {
    const known = this.byText.get(text);
    if (known !== undefined) return known;
    const item = itemXml(text, this.prefix);
    let index = this.indexOf.get(item);
    if (index === undefined) {
      index = this.existing + this.added.length;
      this.added.push(item);
    }
    this.byText.set(text, index);
    return index;
  }

  /** Writes the table into the package; when nothing was added the part is left exactly as it was. */
  save(): void {
    if (this.added.length === 0) return;
    const items = this.added.join("");
    const unique = this.existing + this.added.length;
    if (this.original === null) {
      setPartText(
        this.pkg,
        this.path,
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="${MAIN_NS}" count="${unique}" uniqueCount="${unique}">${items}</sst>`,
      );
      addWorkbookPart(this.pkg, this.path, SST_CONTENT, SST_TYPE);
      return;
    }
    // count is the number of references: a hint to Excel, kept a lower bound (each new string is used at least once).
    const start = this.start as RegExpExecArray;
    const oldCount = Number(/\bcount="(\d+)"/.exec(start[0])?.[1] ?? this.existing);
    const tag = setAttribute(
      setAttribute(start[0].replace(/\/>$/, ">"), "count", oldCount + this.added.length),
      "uniqueCount",
      unique,
    );
    const rest = this.original.slice(start.index + start[0].length);
    const body = start[2] === "/" ? `${items}</${this.prefix}sst>` : insertBeforeEnd(rest, items, this.prefix);
    setPartText(this.pkg, this.path, this.original.slice(0, start.index) + tag + body);
  }
}

function setAttribute(tag: string, name: string, value: number): string {
  const pattern = new RegExp(`\\b${name}="\\d*"`);
  return pattern.test(tag) ? tag.replace(pattern, `${name}="${value}"`) : tag.replace(/>$/, ` ${name}="${value}">`);
}

/** New items go after the last <si>, before an <extLst> if the table has one. */
function insertBeforeEnd(rest: string, items: string, p: string): string {
  const ext = rest.lastIndexOf(`<${p}extLst`);
  const at = ext >= 0 ? ext : rest.lastIndexOf(`</${p}sst>`);
  return rest.slice(0, at) + items + rest.slice(at);
}
