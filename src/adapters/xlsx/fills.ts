// Each cell format's solid fill as the colour Excel shows ("#RRGGBB"), as Office.js's format.fill.color
// reports it: a plain colour, a theme colour with its tint ("Green, Accent 6, Lighter 40%"), or one of
// the legacy indexed colours. Read so a RAG kept as shading alone can be read.

import { tinted } from "../../core/workbook/colour";
import { partRelationships, partText, type XlsxPackage } from "./package";
import { attr, child, children, type XmlNode } from "./xml";

/** Excel's default indexed colours (ECMA-376 §18.8.27), unless the workbook sets its own. */
// prettier-ignore
const INDEXED = [
  "000000", "FFFFFF", "FF0000", "00FF00", "0000FF", "FFFF00", "FF00FF", "00FFFF",
  "000000", "FFFFFF", "FF0000", "00FF00", "0000FF", "FFFF00", "FF00FF", "00FFFF",
  "800000", "008000", "000080", "808000", "800080", "008080", "C0C0C0", "808080",
  "9999FF", "993366", "FFFFCC", "CCFFFF", "660066", "FF8080", "0066CC", "CCCCFF",
  "000080", "FF00FF", "FFFF00", "00FFFF", "800080", "800000", "008080", "0000FF",
  "00CCFF", "CCFFFF", "CCFFCC", "FFFF99", "99CCFF", "FF99CC", "CC99FF", "FFCC99",
  "3366FF", "33CCCC", "99CC00", "FFCC00", "FF9900", "FF6600", "666699", "969696",
  "003366", "339966", "003300", "333300", "993300", "993366", "333399", "333333",
];

/** The theme's colours in the order a cell's theme="n" counts them: light 1, dark 1, light 2, dark 2, accents, links. */
const THEME_SLOTS = [
  "lt1",
  "dk1",
  "lt2",
  "dk2",
  "accent1",
  "accent2",
  "accent3",
  "accent4",
  "accent5",
  "accent6",
  "hlink",
  "folHlink",
];

function themeColours(pkg: XlsxPackage): string[] {
  const rel = partRelationships(pkg, "xl/workbook.xml").find((r) => r.type.endsWith("/theme"));
  const xml = rel ? (partText(pkg, rel.path) ?? "") : "";
  return THEME_SLOTS.map((slot) => {
    // <a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1>, <a:accent6><a:srgbClr val="70AD47"/>
    const inner = new RegExp(`<(?:\\w+:)?${slot}>([\\s\\S]*?)</(?:\\w+:)?${slot}>`).exec(xml)?.[1] ?? "";
    return /\b(?:lastClr|val)="([0-9A-Fa-f]{6})"/.exec(inner)?.[1] ?? "";
  });
}

function colourOf(node: XmlNode | undefined, theme: string[], indexed: string[]): string | null {
  if (!node) return null;
  const rgb = attr(node, "rgb");
  const themeIndex = attr(node, "theme");
  const index = attr(node, "indexed");
  const base = rgb
    ? rgb.slice(-6)
    : themeIndex !== undefined
      ? theme[Number(themeIndex)]
      : index !== undefined
        ? indexed[Number(index)]
        : undefined;
  if (!base || !/^[0-9A-Fa-f]{6}$/.test(base)) return null;
  return tinted(`#${base.toUpperCase()}`, Number(attr(node, "tint") ?? 0));
}

/** The fill colour of each cell format (cellXfs), by its index; null where it has no solid fill. */
export function cellFillColours(pkg: XlsxPackage, styles: XmlNode | undefined): (string | null)[] {
  const fills = children(child(styles, "fills"), "fill");
  const xfs = children(child(styles, "cellXfs"), "xf");
  if (!fills.some((f) => attr(child(f, "patternFill"), "patternType") === "solid")) return xfs.map(() => null);
  const custom = children(child(child(styles, "colors"), "indexedColors"), "rgbColor").map(
    (c) => attr(c, "rgb")?.slice(-6) ?? "",
  );
  const indexed = custom.length > 0 ? custom : INDEXED;
  const theme = themeColours(pkg);
  const colours = fills.map((f) => {
    const pattern = child(f, "patternFill");
    return attr(pattern, "patternType") === "solid" ? colourOf(child(pattern, "fgColor"), theme, indexed) : null;
  });
  return xfs.map((xf) => colours[Number(attr(xf, "fillId") ?? 0)] ?? null);
}
