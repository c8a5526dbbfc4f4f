// The annotated copy keeps everything the council wrote: only the parts it means to change change,
// highlights come off without a trace, and text it copies stays text.

import ExcelJS from "exceljs";
import { openPackage } from "../../src/adapters/xlsx/package";
import { readWorkbook } from "../../src/adapters/xlsx/read-workbook";
import { removeHighlights } from "../../src/adapters/xlsx/highlight-xml";
import { writeAnnotatedCopy } from "../../src/adapters/xlsx/write-annotated";
import { generatedSheets } from "../../src/adapters/xlsx/workbook-xml";
import { readPlan } from "../../src/core/reader/read-plan";
import { validatePlan } from "../../src/core/validation/validate";
import { DERBY, openSample } from "../support/derby";
import { changedParts, councilStringsKept, parts } from "../support/zip";
import { actionRow, HEADER } from "../support/workbooks";

const AS_OF = "2017-11-30";
const EXPECTED_CHANGES = [
  "[Content_Types].xml",
  "xl/_rels/workbook.xml.rels",
  // The Validation sheet's text is appended to the table; the council's strings are kept (checked below).
  "xl/sharedStrings.xml",
  "xl/styles.xml",
  "xl/workbook.xml",
  "xl/worksheets/sheet1.xml",
];

function annotate(bytes: Uint8Array): Uint8Array {
  const pkg = openPackage(bytes, "plan.xlsx");
  const snapshot = readWorkbook(pkg);
  const result = validatePlan(readPlan(snapshot), AS_OF);
  return writeAnnotatedCopy(pkg, snapshot, result, { generatedOn: "2017-12-01" });
}

// A 1×1 PNG, to prove pictures survive.
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
  "base64",
);

async function richWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const plan = wb.addWorksheet("Plan");
  plan.addRow(HEADER);
  plan.addRow(["Identifying and meeting needs"]);
  plan.addRow(
    actionRow('=HYPERLINK("http://example.invalid")', "+Head of QA", "+1 month", {
      closing: "- @SUM(A1:A2)",
      staff: "- =SUM(A1) (Head of QA)",
    }),
  );
  plan.addRow(actionRow("-1 Reduce caseloads", "Head of QA", "Dec17"));
  plan.getCell("K3").value = { formula: "LEN(A3)", result: 30 };
  plan.getCell("D3").dataValidation = { type: "list", allowBlank: true, formulae: ['"Aug17,Sept17"'] };
  plan.getCell("A4").note = "Checked by the coordinator";
  plan.getCell("A3").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFFF00" } };
  plan.pageSetup = { orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
  const image = wb.addImage({ buffer: PNG, extension: "png" } as unknown as ExcelJS.Image);
  plan.addImage(image, "M1:N3");
  wb.definedNames.add("'Plan'!$A$1:$J$4", "PlanTable");
  const other = wb.addWorksheet("Budget");
  other.addRow(["Line", "Amount"]);
  other.addRow(["Staff", { formula: "100*2", result: 200 }]);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe("the annotated copy", () => {
  it("changes only the parts it means to change, and adds one sheet", () => {
    const { bytes } = openSample(DERBY);
    const out = annotate(bytes);
    const diff = changedParts(bytes, out);
    expect(diff.changed).toEqual(EXPECTED_CHANGES);
    expect(councilStringsKept(bytes, out)).toBe(true);
    expect(diff.added).toEqual(["xl/worksheets/sheet4.xml"]);
    expect(diff.removed).toEqual([]);
  });

  it("leaves the plan sheet exactly as it was once the highlights are removed", () => {
    const { bytes } = openSample(DERBY);
    const before = parts(bytes)["xl/worksheets/sheet1.xml"];
    const after = Buffer.from(parts(annotate(bytes))["xl/worksheets/sheet1.xml"], "latin1").toString("utf8");
    expect(after).toContain("plan-check:error");
    expect(removeHighlights(after)).toBe(Buffer.from(before, "latin1").toString("utf8"));
  });

  it("only appends to the council's styles", () => {
    const { bytes } = openSample(DERBY);
    const before = Buffer.from(parts(bytes)["xl/styles.xml"], "latin1").toString("utf8");
    const after = Buffer.from(parts(annotate(bytes))["xl/styles.xml"], "latin1").toString("utf8");
    const xfs = (xml: string): string => /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(xml)?.[1] ?? "";
    expect(xfs(after).startsWith(xfs(before))).toBe(true);
    expect(after).toContain('<fonts count="');
    expect(after).toContain('x14ac:knownFonts="1"');
  });

  it("keeps pictures, notes, data validation, defined names, formulas and other sheets byte for byte", async () => {
    const input = await richWorkbook();
    const out = annotate(input);
    const diff = changedParts(input, out);
    const untouched = Object.keys(parts(input)).filter((p) => !diff.changed.includes(p));
    const kept = [
      "xl/media/image1.png",
      "xl/drawings/drawing1.xml",
      "xl/drawings/vmlDrawing1.vml",
      "xl/comments1.xml",
      "xl/worksheets/_rels/sheet1.xml.rels",
      "xl/worksheets/sheet2.xml",
      "xl/theme/theme1.xml",
      "docProps/app.xml",
      "docProps/core.xml",
    ];
    for (const part of kept) expect(untouched).toContain(part);
    expect(councilStringsKept(input, out)).toBe(true);
    const plan = Buffer.from(parts(out)["xl/worksheets/sheet1.xml"], "latin1").toString("utf8");
    expect(plan).toContain("<dataValidations");
    expect(plan).toContain("<f>LEN(A3)</f>");
    expect(Buffer.from(parts(out)["xl/workbook.xml"], "latin1").toString("utf8")).toContain('name="PlanTable"');
    expect(diff.removed).toEqual([]);
  });

  it("writes text that starts with =, +, - or @ as text, never as a formula", async () => {
    const out = annotate(await richWorkbook());
    const added = Object.entries(parts(out)).find(
      ([name, xml]) => name.startsWith("xl/worksheets/") && xml.includes("validation findings"),
    );
    const xml = Buffer.from(added?.[1] ?? "", "latin1").toString("utf8");
    expect(xml).not.toContain("<f>");
    const strings = Buffer.from(parts(out)["xl/sharedStrings.xml"], "latin1").toString("utf8");
    for (const echoed of ["+1 month", "@SUM(A1:A2)", "=SUM(A1) (Head of QA)"]) {
      expect(strings).toContain(`<si><t>${echoed}</t></si>`);
    }
    const snapshot = readWorkbook(openPackage(out, "out.xlsx"));
    const validation = snapshot.sheets.find((s) => s.name === "Validation");
    expect(validation?.values.flat()).toEqual(
      expect.arrayContaining(["+1 month", "@SUM(A1:A2)", "=SUM(A1) (Head of QA)"]),
    );
  });

  it("links each finding to its cell on the plan sheet", () => {
    const out = annotate(openSample(DERBY).bytes);
    const xml = Buffer.from(parts(out)["xl/worksheets/sheet4.xml"], "latin1").toString("utf8");
    expect(xml).toContain(`<hyperlink ref="B11" location="&apos;Priorities&apos;!A3"`.replace(/&apos;/g, "'"));
    expect(xml).toMatch(/<hyperlink ref="B\d+" location="'Improvement plan'!I23" display="Improvement plan!I23"\/>/);
  });

  it("draws a solid border round errors and a dashed one round warnings, so empty cells read without colour", () => {
    const out = annotate(openSample(DERBY).bytes);
    const styles = Buffer.from(parts(out)["xl/styles.xml"], "latin1").toString("utf8");
    const sheet = Buffer.from(parts(out)["xl/worksheets/sheet1.xml"], "latin1").toString("utf8");
    const dxfs = [...(/<dxfs[^>]*>([\s\S]*?)<\/dxfs>/.exec(styles)?.[1] ?? "").matchAll(/<dxf>[\s\S]*?<\/dxf>/g)].map(
      (m) => m[0],
    );
    const borderOf = (severity: string): string[] => {
      const id = Number(
        new RegExp(`dxfId="(\\d+)"[^>]*><formula>LEN\\(&quot;plan-check:${severity}&quot;`).exec(sheet)?.[1],
      );
      return [...dxfs[id].matchAll(/<(left|right|top|bottom) style="(\w+)"/g)].map((m) => m[2]);
    };
    expect(borderOf("error")).toEqual(["thin", "thin", "thin", "thin"]);
    expect(borderOf("warning")).toEqual(["dashed", "dashed", "dashed", "dashed"]);
  });

  it("puts filter buttons over the findings table, header to last finding", async () => {
    const sample = openSample(DERBY);
    const findings = validatePlan(readPlan(readWorkbook(sample.pkg)), AS_OF).findings.length;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(annotate(sample.bytes)) as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet("Validation");
    expect(sheet?.getCell("A10").value).toBe("Severity");
    expect(sheet?.autoFilter).toBe(`A10:I${10 + findings}`);
  });

  it("marks the Validation sheet as generated inside the workbook, and replaces only that sheet next time", () => {
    const once = annotate(openSample(DERBY).bytes);
    expect(generatedSheets(openPackage(once, "x.xlsx")).get("validation")?.name).toBe("Validation");
    const twice = annotate(once);
    const diff = changedParts(once, twice);
    expect(diff).toEqual({ changed: [], added: [], removed: [] });
  });

  it("never overwrites a council's own sheet called Validation", async () => {
    const wb = new ExcelJS.Workbook();
    const plan = wb.addWorksheet("Plan");
    plan.addRow(HEADER);
    plan.addRow(["Identifying and meeting needs"]);
    plan.addRow(actionRow("A", "Head of QA", "Aug17"));
    wb.addWorksheet("Validation").addRow(["Our own checks"]);
    const input = new Uint8Array(await wb.xlsx.writeBuffer());
    const out = annotate(input);
    const sheets = readWorkbook(openPackage(out, "out.xlsx")).sheets;
    expect(sheets.map((s) => s.name)).toEqual(["Plan", "Validation", "Validation (2)"]);
    expect(sheets[1].values).toEqual([["Our own checks"]]);
  });
});
