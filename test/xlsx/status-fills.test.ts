// The .xlsx adapter reads the shading of empty cells under a status heading, as Excel shows it, so a
// RAG kept as colour alone can be read; no other cell's fill is read.

import { snapshotOf, type SheetSpec } from "../support/workbooks";

const SHADED: SheetSpec = {
  name: "Plan",
  rows: [
    ["Improvement plan"],
    ["What?", "Lead", "RAG", "Notes"],
    ["Action one", "Head of QA", "", ""],
    ["Action two", "Head of QA", "", ""],
    ["Action three", "Head of QA", "", ""],
    ["Action four", "Head of QA", "Green", ""],
    ["Action five", "Head of QA", "", ""],
  ],
  fills: {
    A1: "FF00B050", // a title banner: not under a status heading
    C2: "FF1F4E78", // the heading's own shading
    C3: "FFFF0000",
    // ExcelJS's workbooks carry the Office 2007 theme: Accent 6 is orange, #F79646, and Excel's palette
    // offers it Lighter 40% as #FAC090.
    C4: { theme: 9, tint: 0.3999755851924192 },
    C5: { indexed: 12 } as unknown as { theme: number }, // the legacy palette's blue
    C6: "FF00B050", // written as well as shaded: the word is read, not the fill
    D3: "FFFFC000", // a notes cell beside it
  },
};

describe("fills of status cells in the .xlsx adapter", () => {
  it("keeps the empty status cells' fills, as plain colours, theme tints and indexed colours", async () => {
    const [grid] = (await snapshotOf([SHADED])).sheets;
    expect(grid.fills).toEqual([
      { row: 2, column: 2, color: "#FF0000" },
      { row: 3, column: 2, color: "#FAC090" },
      { row: 4, column: 2, color: "#0000FF" },
    ]);
  });

  it("reads no fills at all from a sheet with no status heading", async () => {
    const [grid] = (
      await snapshotOf([{ ...SHADED, rows: SHADED.rows.map((r, i) => (i === 1 ? ["What?", "Lead", "Notes"] : r)) }])
    ).sheets;
    expect(grid.fills).toBeUndefined();
  });
});
