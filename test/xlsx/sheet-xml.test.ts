// Generated cells are shared strings with the text format: injection payloads stay text, control
// characters that XML forbids are dropped, and Excel's cell limits are respected with an ellipsis. The
// shared-strings table keeps the council's own strings where they were and reuses what is there.

import { strFromU8, strToU8 } from "fflate";
import { partText, type XlsxPackage } from "../../src/adapters/xlsx/package";
import { scanSharedStrings } from "../../src/adapters/xlsx/scan-xml";
import { SharedStrings, sharedStringsPath } from "../../src/adapters/xlsx/shared-strings";
import { sheetXml } from "../../src/adapters/xlsx/sheet-xml";
import { patchStyles } from "../../src/adapters/xlsx/styles";
import { MAX_CELL_CHARS, text } from "../../src/core/workbook/sheet-spec";
import { oneColumnSheet } from "../support/workbooks";

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

const COUNCIL_SST =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="5" uniqueCount="3"><si><t>What?</t></si><si><r><rPr><b/></rPr><t>Bold</t></r></si><si><t>Deadline</t></si></sst>';

function packageWith(parts: Record<string, string>): XlsxPackage {
  return { parts: Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, strToU8(v)])) };
}

/** Writes a sheet into a package with the council's table, and returns the sheet XML and the table. */
function written(values: string[], sst: string | null = COUNCIL_SST): { xml: string; sst: string; pkg: XlsxPackage } {
  const pkg = packageWith(sst === null ? {} : { "xl/sharedStrings.xml": sst });
  const strings = new SharedStrings(pkg);
  const xml = strFromU8(sheetXml(oneColumnSheet(values), patchStyles(null).sheet, strings));
  strings.save();
  return { xml, sst: partText(pkg, "xl/sharedStrings.xml") ?? "", pkg };
}

describe("generated sheet XML", () => {
  it("writes formula-like text as shared strings, never as formulas", () => {
    const { xml, sst } = written(PAYLOADS);
    expect(xml).not.toMatch(/<f[ >]/);
    expect((xml.match(/t="s"/g) ?? []).length).toBe(PAYLOADS.length);
    expect(xml).not.toContain("inlineStr");
    expect(sst).toContain("<si><t>=cmd|&quot; /C calc&quot;!A0</t></si>");
    expect(sst).toContain('<si><t xml:space="preserve">\t=1+1</t></si>');
  });

  it("keeps the council's strings first and unchanged, reuses one already there, and adds the rest after", () => {
    const { xml, sst } = written(["Deadline", "New text", "New text"]);
    const councilItems = COUNCIL_SST.slice(COUNCIL_SST.indexOf("<si>"), COUNCIL_SST.indexOf("</sst>"));
    expect(sst).toContain(`uniqueCount="4">${councilItems}<si><t>New text</t></si></sst>`);
    expect(sst).toContain('count="6"');
    expect([...xml.matchAll(/<v>(\d+)<\/v>/g)].map((m) => m[1])).toEqual(["2", "3", "3"]);
  });

  it("reuses the council's plain items by their text, never a rich-text one that would lend its bold", () => {
    const sst =
      '<?xml version="1.0"?>\n<sst xmlns="x" count="3" uniqueCount="3"><si><t>A &amp; B</t></si><si><r><rPr><b/></rPr><t>Bold</t></r></si><si><t xml:space="preserve"> padded</t></si></sst>';
    const { xml, sst: after } = written(["A & B", " padded", "Bold"], sst);
    expect([...xml.matchAll(/<v>(\d+)<\/v>/g)].map((m) => m[1])).toEqual(["0", "2", "3"]);
    expect(after).toContain('uniqueCount="4"><si><t>A &amp; B</t></si>');
    expect(after.endsWith("<si><t>Bold</t></si></sst>")).toBe(true);
  });

  it("opens an empty self-closing table and adds to it", () => {
    const sst = '<?xml version="1.0"?>\n<x:sst xmlns:x="m" count="0" uniqueCount="0"/>\n';
    expect(written(["New"], sst).sst).toBe(
      '<?xml version="1.0"?>\n<x:sst xmlns:x="m" count="1" uniqueCount="1"><x:si><x:t>New</x:t></x:si></x:sst>\n',
    );
  });

  it("leaves the table byte for byte when every string is already in it", () => {
    const { sst } = written(["What?", "Deadline"]);
    expect(sst).toBe(COUNCIL_SST);
  });

  it("finds the table where the workbook's relationships say it is", () => {
    const pkg = packageWith({
      "xl/_rels/workbook.xml.rels":
        '<Relationships><Relationship Id="rId9" Type="http://purl.oclc.org/ooxml/officeDocument/relationships/sharedStrings" Target="/xl/strings/table.xml"/></Relationships>',
      "xl/strings/table.xml": COUNCIL_SST,
    });
    expect(sharedStringsPath(pkg)).toBe("xl/strings/table.xml");
    const strings = new SharedStrings(pkg);
    expect(strings.index("Deadline")).toBe(2);
    expect(strings.index("New")).toBe(3);
    strings.save();
    expect(partText(pkg, "xl/strings/table.xml")).toContain("<si><t>New</t></si></sst>");
    expect(partText(pkg, "xl/sharedStrings.xml")).toBeNull();
  });

  it("refuses a damaged table rather than point cells past it", () => {
    const pkg = packageWith({ "xl/sharedStrings.xml": "<si><t>no table element</t></si>" });
    expect(() => new SharedStrings(pkg)).toThrow("The workbook's shared-strings part is damaged.");
  });

  it("creates the table, its content type and relationship when the workbook has none", () => {
    const pkg = packageWith({
      "[Content_Types].xml": "<Types></Types>",
      "xl/_rels/workbook.xml.rels":
        '<Relationships><Relationship Id="rId3" Type="x" Target="styles.xml"/></Relationships>',
    });
    const strings = new SharedStrings(pkg);
    sheetXml(oneColumnSheet(["only"]), patchStyles(null).sheet, strings);
    strings.save();
    expect(partText(pkg, "xl/sharedStrings.xml")).toContain('uniqueCount="1"><si><t>only</t></si></sst>');
    expect(partText(pkg, "[Content_Types].xml")).toContain('PartName="/xl/sharedStrings.xml"');
    expect(partText(pkg, "xl/_rels/workbook.xml.rels")).toContain('Id="rId4"');
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

  it("keeps control characters and carriage returns as Excel's own escapes, and escapes a literal one", () => {
    const { sst } = written(["a\u0001b\r\nc", "_x0041_ stays as written"]);
    expect(sst).toContain('<t xml:space="preserve">a_x0001_b_x000D_\nc</t>');
    expect(sst).toContain("<t>_x005F_x0041_ stays as written</t>");
    expect(scanSharedStrings(sst).slice(-2)).toEqual(["a\u0001b\r\nc", "_x0041_ stays as written"]);
  });

  it("does not reuse a council item whose escapes mean other text", () => {
    const sst = '<sst count="1" uniqueCount="1"><si><t>_x000D_</t></si></sst>';
    expect(written(["_x000D_", "\r"], sst).xml.match(/<v>(\d+)<\/v>/g)).toEqual(["<v>1</v>", "<v>0</v>"]);
  });
});
