// Property test of what Plan Check writes: any text — formula-like, whitespace at the edges, XML's
// special characters, control characters XML cannot hold, carriage returns, Excel's own "_x0041_"
// escapes written literally, emoji — put in a generated sheet of the Derby workbook comes back from the
// written file as exactly the same text, as text and never a formula, and the council's own shared
// strings stay first and unchanged. PLAN_CHECK_PROPERTY_RUNS sets the number of cases.

import fc from "fast-check";
import { openPackage, savePackage } from "../../src/adapters/xlsx/package";
import { readWorkbook } from "../../src/adapters/xlsx/read-workbook";
import { patchStyles } from "../../src/adapters/xlsx/styles";
import { putGeneratedSheets } from "../../src/adapters/xlsx/workbook-xml";
import { DERBY, openSample } from "../support/derby";
import { oneColumnSheet } from "../support/workbooks";
import { councilStringsKept, parts } from "../support/zip";

const RUNS = Math.max(1, Math.round(Number(process.env.PLAN_CHECK_PROPERTY_RUNS ?? 1000) / 10));
const derby = openSample(DERBY).bytes;

/** Characters that break naive writers, mixed with ordinary ones. */
const tricky = fc.string({
  unit: fc.oneof(
    fc.constantFrom(
      ...["=", "+", "-", "@", "\t", "\n", "\r", " ", "&", "<", ">", '"', "'", "\u0001", "\u001f", "é", "😀"],
      ...["_x0041_", "_x005F_", "_x", "_"],
    ),
    fc.string({ minLength: 1, maxLength: 1 }),
  ),
  maxLength: 40,
});

describe("text Plan Check writes into a workbook", () => {
  it("reads back as the same text, never a formula, with the council's strings kept", () => {
    fc.assert(
      fc.property(fc.array(tricky, { minLength: 1, maxLength: 8 }), (texts) => {
        const pkg = openPackage(derby, "derby.xlsx");
        const styles = patchStyles(null);
        putGeneratedSheets(pkg, [oneColumnSheet(texts)], styles.sheet);
        const out = savePackage(pkg);
        const written = readWorkbook(openPackage(out, "out.xlsx")).sheets.find((s) => s.name === "Validation");
        // An empty cell reads as "" whether or not the reader kept its row.
        const values = texts.map((_, r) => written?.values[r]?.[0] ?? "");
        expect(values).toEqual(texts);
        for (const [name, xml] of Object.entries(parts(out))) {
          if (name.startsWith("xl/worksheets/")) expect(xml).not.toMatch(/<f[ >]/);
        }
        expect(councilStringsKept(derby, out)).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });
});
