// Zip parts of a written workbook, for comparing input and output part by part.

import { unzipSync } from "fflate";

export function parts(bytes: Uint8Array): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, data] of Object.entries(unzipSync(bytes))) out[name] = Buffer.from(data).toString("latin1");
  return out;
}

/** Names of parts that differ between two workbooks, and those only one has. */
export function changedParts(
  before: Uint8Array,
  after: Uint8Array,
): { changed: string[]; added: string[]; removed: string[] } {
  const a = parts(before);
  const b = parts(after);
  return {
    changed: Object.keys(a)
      .filter((k) => k in b && a[k] !== b[k])
      .sort(),
    added: Object.keys(b)
      .filter((k) => !(k in a))
      .sort(),
    removed: Object.keys(a)
      .filter((k) => !(k in b))
      .sort(),
  };
}

/**
 * True when every shared string of the input is still in the output's table, byte for byte and at the
 * same position (so no council cell changes meaning), whatever Plan Check appended after them.
 */
export function councilStringsKept(before: Uint8Array, after: Uint8Array): boolean {
  const items = (xml: string): string => xml.slice(xml.indexOf("<si"), xml.lastIndexOf("</sst>"));
  const original = items(parts(before)["xl/sharedStrings.xml"] ?? "");
  return items(parts(after)["xl/sharedStrings.xml"] ?? "").startsWith(original);
}
