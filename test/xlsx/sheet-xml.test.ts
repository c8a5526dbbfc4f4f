// Generated cells are inline strings with the text format: injection payloads stay text, control
// characters that XML forbids are dropped, and Excel's cell limits are respected with an ellipsis.

import { sheetXml } from "../../src/adapters/xlsx/sheet-xml";
import { patchStyles } from "../../src/adapters/xlsx/styles";
import { MAX_CELL_CHARS, text, type GeneratedSheet } from "../../src/core/workbook/sheet-spec";

const PAYLOADS = [
  "=1+1",
  "+SUM(A1)",
  "-2+3",
  "@SUM(A1)",
  "\t=1+1",
  "\r=1+1",
  '=cmd|" /C calc"!A0',
  '=HYPERLINK("http://x","y")',
];

function sheetWith(values: string[]): GeneratedSheet {
  return {
    kind: "validation",
    name: "Validation",
    columnWidths: [20],
    rows: values.map((v) => [text(v, "wrap")]),
    headerRow: 0,
    marking: null,
  };
}

describe("generated sheet XML", () => {
  const styles = patchStyles(null).sheet;

  it("writes formula-like text as inline strings, never as formulas", () => {
    const xml = sheetXml(sheetWith(PAYLOADS), styles);
    expect(xml).not.toMatch(/<f[ >]/);
    expect((xml.match(/t="inlineStr"/g) ?? []).length).toBe(PAYLOADS.length);
    expect(xml).toContain("<t>=cmd|&quot; /C calc&quot;!A0</t>");
  });

  it("gives every text cell a style with the text number format", () => {
    const { xml } = patchStyles(null);
    const xfs = [...xml.matchAll(/<xf numFmtId="(\d+)"[^>]*xfId="0" applyNumberFormat/g)].map((m) => m[1]);
    expect(xfs.filter((id) => id === "49").length).toBeGreaterThan(10);
  });

  it("cuts text beyond 32,767 characters or 253 line breaks with a visible ellipsis", () => {
    expect(text("x".repeat(40000)).text).toHaveLength(MAX_CELL_CHARS);
    expect(text("x".repeat(40000)).text.endsWith("…")).toBe(true);
    const lines = text(Array.from({ length: 400 }, (_, i) => `line ${i}`).join("\n")).text;
    expect(lines.split("\n")).toHaveLength(253);
    expect(lines.endsWith("…")).toBe(true);
  });

  it("drops control characters XML cannot hold", () => {
    const xml = sheetXml(sheetWith(["a\u0001b\u0008c"]), styles);
    expect(xml).toContain("<t>abc</t>");
  });
});
