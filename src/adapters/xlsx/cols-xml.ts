// Column widths in a worksheet's <cols>: Excel wants its <col> ranges in order and never
// overlapping, and calls the file damaged otherwise. A council's sheet often has one range over every
// column past the table ("min=11 max=16384", a column style or default width); giving one of those
// columns its own width splits the range round it and keeps the rest as it was.

import { attributes } from "./scan-xml";

interface Col {
  min: number;
  max: number;
  /** The element's attributes other than min and max, as written. */
  attributes: string;
}

const COLS = /<((?:\w+:)?)cols(?:\s*\/>|>([\s\S]*?)<\/(?:\w+:)?cols>)/;
const COL = /<(?:\w+:)?col\b([^>]*?)\/?>(?:<\/(?:\w+:)?col>)?/g;

function without(attributes: string, ...names: string[]): string {
  return names.reduce((a, name) => a.replace(new RegExp(`\\s*\\b${name}="[^"]*"`), ""), attributes);
}

function colXml(prefix: string, col: Col): string {
  return `<${prefix}col min="${col.min}" max="${col.max}"${col.attributes ? ` ${col.attributes.trim()}` : ""}/>`;
}

/**
 * Sets the width of each 0-based column, splitting any range that covers it. The column keeps the
 * range's style; it is shown, since it is being added for the user to fill in.
 */
export function setColumnWidths(sheetXml: string, widths: { column: number; width: number }[]): string {
  if (widths.length === 0) return sheetXml;
  const found = COLS.exec(sheetXml);
  const prefix = found?.[1] ?? /<(\w+:)?sheetData\b/.exec(sheetXml)?.[1] ?? "";
  let cols: Col[] = found
    ? [...(found[2] ?? "").matchAll(COL)].map((m) => {
        const { min, max } = attributes(m[1]);
        return { min: Number(min), max: Number(max), attributes: without(m[1], "min", "max") };
      })
    : [];
  for (const { column, width } of widths) {
    const n = column + 1;
    const covering = cols.find((c) => c.min <= n && n <= c.max);
    const kept = covering ? without(covering.attributes, "width", "customWidth", "hidden") : "";
    const own: Col = { min: n, max: n, attributes: `${kept} width="${width}" customWidth="1"` };
    cols = cols.flatMap((c) =>
      c !== covering
        ? [c]
        : [...(c.min < n ? [{ ...c, max: n - 1 }] : []), own, ...(n < c.max ? [{ ...c, min: n + 1 }] : [])],
    );
    if (!covering) cols.push(own);
  }
  const xml = `<${prefix}cols>${cols
    .sort((a, b) => a.min - b.min)
    .map((c) => colXml(prefix, c))
    .join("")}</${prefix}cols>`;
  if (found) return sheetXml.replace(found[0], xml);
  return sheetXml.replace(/<(?:\w+:)?sheetData\b/, (tag) => `${xml}${tag}`);
}
