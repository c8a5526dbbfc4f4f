// Adds Plan Check's own styles to xl/styles.xml — appended, never altering the council's — and
// reuses them when they are already there, so writing twice gives the same file.

import type { CellStyle } from "../../core/workbook/sheet-spec";
import type { HighlightCell } from "../../core/validation/highlights";
import { HIGHLIGHT_BORDER, markerFormat } from "../../core/validation/highlights";
import { escapeXml } from "./xml";

const MINIMAL_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';

/** The order of styleSheet's children (ECMA-376 §18.8.39); new sections are inserted in place. */
const SECTION_ORDER = [
  "numFmts",
  "fonts",
  "fills",
  "borders",
  "cellStyleXfs",
  "cellXfs",
  "cellStyles",
  "dxfs",
  "tableStyles",
  "colors",
  "extLst",
];

const ITEM: Record<string, string> = {
  numFmts: "numFmt",
  fonts: "font",
  fills: "fill",
  borders: "border",
  cellXfs: "xf",
  dxfs: "dxf",
};

class StyleSheet {
  constructor(public xml: string) {}

  private section(name: string): { start: number; end: number; attrs: string; body: string } | null {
    const open = new RegExp(`<${name}(\\s[^>]*?)?(/?)>`).exec(this.xml);
    if (!open) return null;
    const attrs = (open[1] ?? "").replace(/\s*\bcount="\d*"/, "");
    if (open[2] === "/") return { start: open.index, end: open.index + open[0].length, attrs, body: "" };
    const close = this.xml.indexOf(`</${name}>`, open.index);
    if (close < 0) throw new Error(`xl/styles.xml is damaged: <${name}> is never closed`);
    return {
      start: open.index,
      end: close + name.length + 3,
      attrs,
      body: this.xml.slice(open.index + open[0].length, close),
    };
  }

  private items(name: string): string[] {
    const s = this.section(name);
    if (!s) return [];
    const tag = ITEM[name];
    return s.body.match(new RegExp(`<${tag}(?:\\s[^>]*?)?/>|<${tag}(?:\\s[^>]*)?>[\\s\\S]*?</${tag}>`, "g")) ?? [];
  }

  /** Rewrites a section with these items, keeping its other attributes (e.g. x14ac:knownFonts). */
  private write(name: string, items: string[]): void {
    const s = this.section(name);
    const xml = `<${name} count="${items.length}"${s?.attrs ?? ""}>${items.join("")}</${name}>`;
    if (s) {
      this.xml = this.xml.slice(0, s.start) + xml + this.xml.slice(s.end);
      return;
    }
    const later = SECTION_ORDER.slice(SECTION_ORDER.indexOf(name) + 1)
      .map((n) => this.section(n)?.start)
      .find((i) => i !== undefined);
    const at = later ?? this.xml.indexOf("</styleSheet>");
    this.xml = this.xml.slice(0, at) + xml + this.xml.slice(at);
  }

  /** The index of an item, appending it when no identical one exists. */
  ensure(name: string, item: string): number {
    const items = this.items(name);
    const found = items.indexOf(item);
    if (found >= 0) return found;
    this.write(name, [...items, item]);
    return items.length;
  }

  /** A custom number format id for a code, reusing an existing one. */
  numFmt(code: string): number {
    const items = this.items("numFmts");
    for (const item of items) {
      const m = /numFmtId="(\d+)"[^>]*formatCode="([^"]*)"/.exec(item);
      if (m && m[2] === escapeXml(code)) return Number(m[1]);
    }
    const ids = items.map((i) => Number(/numFmtId="(\d+)"/.exec(i)?.[1] ?? 0));
    const id = Math.max(163, ...ids) + 1;
    this.write("numFmts", [...items, `<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`]);
    return id;
  }
}

const COLOURS = {
  error: { fill: "FFFFC7CE", font: "FF9C0006" },
  warning: { fill: "FFFFEB9C", font: "FF7F4F00" },
  info: { fill: "FFDDEBF7", font: "FF1F4E79" },
  ok: { fill: "FFC6EFCE", font: "FF006100" },
} as const;

export interface HighlightStyles {
  /** dxf ids by severity, for cells that show the text marker and for those that don't. */
  marked: Record<HighlightCell["severity"], number>;
  unmarked: Record<HighlightCell["severity"], number>;
}

export interface SheetStyles {
  xf: Record<CellStyle | "date" | "number" | "default", number>;
  /** The same looks for number cells: General format, so numbers align and sum as numbers. */
  numberXf: Partial<Record<CellStyle, number>>;
}

export interface PatchedStyles {
  xml: string;
  highlight: HighlightStyles;
  sheet: SheetStyles;
}

function dxf(severity: HighlightCell["severity"], marker: { id: number; code: string } | null): string {
  const c = COLOURS[severity];
  const line = HIGHLIGHT_BORDER[severity] === "solid" ? "thin" : "dashed";
  const edge = (side: string): string => `<${side} style="${line}"><color rgb="${c.font}"/></${side}>`;
  const border = `<border>${["left", "right", "top", "bottom"].map(edge).join("")}</border>`;
  const numFmt = marker ? `<numFmt numFmtId="${marker.id}" formatCode="${escapeXml(marker.code)}"/>` : "";
  return `<dxf><font><b/><color rgb="${c.font}"/></font>${numFmt}<fill><patternFill patternType="solid"><bgColor rgb="${c.fill}"/></patternFill></fill>${border}</dxf>`;
}

export function patchStyles(original: string | null): PatchedStyles {
  const sheet = new StyleSheet(original ?? MINIMAL_STYLES);
  const highlight: HighlightStyles = { marked: { error: 0, warning: 0 }, unmarked: { error: 0, warning: 0 } };
  for (const severity of ["error", "warning"] as const) {
    // dxf number formats need ids; they live only inside the dxf and don't touch numFmts.
    const id = 200 + (severity === "error" ? 1 : 2);
    highlight.marked[severity] = sheet.ensure("dxfs", dxf(severity, { id, code: markerFormat(severity) }));
    highlight.unmarked[severity] = sheet.ensure("dxfs", dxf(severity, null));
  }

  const font = (inner: string): number =>
    sheet.ensure("fonts", `<font>${inner}<name val="Calibri"/><family val="2"/></font>`);
  const fill = (rgb: string): number =>
    sheet.ensure(
      "fills",
      `<fill><patternFill patternType="solid"><fgColor rgb="${rgb}"/><bgColor indexed="64"/></patternFill></fill>`,
    );
  const thin = sheet.ensure(
    "borders",
    '<border><left style="thin"><color rgb="FFBFBFBF"/></left><right style="thin"><color rgb="FFBFBFBF"/></right><top style="thin"><color rgb="FFBFBFBF"/></top><bottom style="thin"><color rgb="FFBFBFBF"/></bottom><diagonal/></border>',
  );
  const none = sheet.ensure("borders", "<border><left/><right/><top/><bottom/><diagonal/></border>");
  const dateFmt = sheet.numFmt("dd mmm yyyy");
  const textFmt = 49; // "@": what Plan Check writes is text, and stays text if someone edits it
  const xf = (fmt: number, fontId: number, fillId: number, borderId: number, align = ""): number =>
    sheet.ensure(
      "cellXfs",
      `<xf numFmtId="${fmt}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0" applyNumberFormat="1" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment vertical="top"${align}/></xf>`,
    );
  const regular = font('<sz val="11"/>');
  const noFill = 0;
  const wrap = ' wrapText="1"';
  const severityXf = (s: keyof typeof COLOURS, fmt = textFmt): number =>
    xf(fmt, font(`<b/><sz val="11"/><color rgb="${COLOURS[s].font}"/>`), fill(COLOURS[s].fill), thin);
  const styles: SheetStyles["xf"] = {
    default: xf(textFmt, regular, noFill, none),
    title: xf(textFmt, font('<b/><sz val="16"/><color rgb="FF1F3864"/>'), noFill, none),
    subtitle: xf(textFmt, font('<b/><sz val="12"/>'), noFill, none),
    note: xf(textFmt, font('<i/><sz val="10"/><color rgb="FF595959"/>'), noFill, none),
    bold: xf(textFmt, font('<b/><sz val="11"/>'), noFill, none),
    header: xf(textFmt, font('<b/><sz val="11"/><color rgb="FFFFFFFF"/>'), fill("FF1F3864"), thin, wrap),
    text: xf(textFmt, regular, noFill, thin),
    wrap: xf(textFmt, regular, noFill, thin, wrap),
    link: xf(textFmt, font('<u/><sz val="11"/><color rgb="FF0563C1"/>'), noFill, thin),
    bar: xf(textFmt, font('<sz val="11"/><color rgb="FF2E75B6"/>'), noFill, thin),
    error: severityXf("error"),
    warning: severityXf("warning"),
    info: severityXf("info"),
    ok: severityXf("ok"),
    date: xf(dateFmt, regular, noFill, thin),
    number: xf(0, regular, noFill, thin),
  };
  const numberXf: SheetStyles["numberXf"] = {
    error: severityXf("error", 0),
    warning: severityXf("warning", 0),
    ok: severityXf("ok", 0),
    info: severityXf("info", 0),
    bold: xf(0, font('<b/><sz val="11"/>'), noFill, thin),
  };
  return { xml: sheet.xml, highlight, sheet: { xf: styles, numberXf } };
}
