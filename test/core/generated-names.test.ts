// Which name each generated sheet is written under, and notes that name another generated sheet.

import { chooseSheetNames, followSheetNames, freeSheetName } from "../../src/core/workbook/generated";
import { text, type GeneratedSheet } from "../../src/core/workbook/sheet-spec";
import { noteNaming } from "../../src/core/summaries/sheet-header";

function sheet(kind: GeneratedSheet["kind"], name: string, rows: GeneratedSheet["rows"] = []): GeneratedSheet {
  return { kind, name, columnWidths: [], rows, headerRow: 0, marking: null };
}

describe("choosing sheet names", () => {
  it("takes the next free number, comparing names as Excel does, without case", () => {
    expect(freeSheetName("Validation", ["Plan"])).toBe("Validation");
    expect(freeSheetName("Validation", ["validation", "VALIDATION (2)"])).toBe("Validation (3)");
  });

  it("keeps the sheet Plan Check made before, even renamed, and never reuses a name twice in one run", () => {
    const sheets = [sheet("owner", "Summary by owner"), sheet("chase", "Chase list by owner")];
    const before = new Map([["owner", "Owners for May board"] as const]);
    expect(chooseSheetNames(sheets, before, ["Plan", "Owners for May board", "Chase list by owner"])).toEqual([
      { name: "Owners for May board", replacing: true, renamedFrom: null },
      { name: "Chase list by owner (2)", replacing: false, renamedFrom: "Chase list by owner" },
    ]);
  });
});

describe("notes that name a generated sheet", () => {
  const note = noteNaming("chase", (name) => `Listed on ${name}.`);
  const owner = sheet("owner", "Summary by owner", [[note], [text('Council text quoting "Chase list by owner"')]]);
  const chase = sheet("chase", "Chase list by owner");

  it("follow the name the sheet was written under; other text is left as written", () => {
    const [followed] = followSheetNames(
      [owner, chase],
      [{ name: "Summary by owner" }, { name: "Chase list by owner (2)" }],
    );
    expect(followed.rows.map((row) => (row[0]?.kind === "text" ? row[0].text : null))).toEqual([
      'Listed on "Chase list by owner (2)".',
      'Council text quoting "Chase list by owner"',
    ]);
  });

  it("are left alone when the sheet they name is not written in the same run", () => {
    const [followed] = followSheetNames([owner], [{ name: "Summary by owner (2)" }]);
    expect(followed.rows[0][0]).toEqual(note);
  });
});
