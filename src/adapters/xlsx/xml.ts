// XML parsing for workbook parts. Workbooks never carry DTDs, so any part that does is refused
// rather than letting entity expansion run.

import { XMLParser } from "fast-xml-parser";
import { PlanReadError } from "../../core/reader/errors";

const ARRAYS = new Set([
  "sheet",
  "Relationship",
  "si",
  "r",
  "row",
  "c",
  "mergeCell",
  "xf",
  "numFmt",
  "definedName",
  "Override",
  "Default",
]);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  textNodeName: "#text",
  removeNSPrefix: true,
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: true,
  htmlEntities: false,
  isArray: (name) => ARRAYS.has(name),
});

export type XmlNode = Record<string, unknown>;

/** Excel never writes a DTD; a part that has one is refused rather than letting entities expand. */
export function refuseDtd(text: string, part: string): void {
  if (/<!DOCTYPE/i.test(text.slice(0, 2048))) {
    throw new PlanReadError(
      `The workbook part ${part} contains a DTD, which Excel never writes; the file was not read.`,
    );
  }
}

export function parseXml(text: string, part: string): XmlNode {
  refuseDtd(text, part);
  try {
    return parser.parse(text) as XmlNode;
  } catch {
    throw new PlanReadError(
      `The workbook part ${part} is damaged (its XML could not be read). Try saving the file again from Excel.`,
    );
  }
}

export function child(node: unknown, name: string): XmlNode | undefined {
  if (node && typeof node === "object") {
    const value = (node as XmlNode)[name];
    if (value && typeof value === "object" && !Array.isArray(value)) return value as XmlNode;
    if (value === "") return {};
  }
  return undefined;
}

export function children(node: unknown, name: string): XmlNode[] {
  if (node && typeof node === "object") {
    const value = (node as XmlNode)[name];
    if (Array.isArray(value))
      return value.map((v) => (typeof v === "object" && v !== null ? (v as XmlNode) : { "#text": String(v) }));
    if (value !== undefined)
      return [typeof value === "object" && value !== null ? (value as XmlNode) : { "#text": String(value) }];
  }
  return [];
}

export function attr(node: XmlNode | undefined, name: string): string | undefined {
  const value = node?.[`@_${name}`];
  return value === undefined ? undefined : String(value);
}

// Control characters are not allowed in XML 1.0 at all: they are dropped rather than write a broken part.
// eslint-disable-next-line no-control-regex
const NEEDS_ESCAPE = /[&<>"\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;
// eslint-disable-next-line no-control-regex
const ESCAPED = /[&<>"\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };

/** Escapes text for element content or attribute values. */
export function escapeXml(value: string): string {
  // Most plan text has nothing to escape; testing first spares a copy of every string written.
  return NEEDS_ESCAPE.test(value) ? value.replace(ESCAPED, (ch) => ENTITIES[ch] ?? "") : value;
}

// Cell text gets Excel's own escape for characters XML cannot carry ("_x000D_" for a carriage return,
// which XML readers would otherwise turn into a line feed), and a literal "_x0041_" in the text has
// its underscore escaped ("_x005F_x0041_") so it is not read back as "A". Nothing the plan says is lost.
// eslint-disable-next-line no-control-regex
const NEEDS_CELL_ESCAPE = /[\u0000-\u0008\u000B-\u001F\uFFFE\uFFFF]|_x[0-9A-Fa-f]{4}_/;
// eslint-disable-next-line no-control-regex
const CELL_ESCAPED = /[\u0000-\u0008\u000B-\u001F\uFFFE\uFFFF]|_(?=x[0-9A-Fa-f]{4}_)/g;

/** Escapes text for a string item (<t>) of a cell. */
export function escapeCellText(value: string): string {
  if (!NEEDS_CELL_ESCAPE.test(value)) return escapeXml(value);
  const kept = value.replace(
    CELL_ESCAPED,
    (ch) => `_x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`,
  );
  return escapeXml(kept);
}
