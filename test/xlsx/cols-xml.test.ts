// Column widths written into a council's <cols>: ranges stay in order and never overlap, or Excel
// says the workbook is damaged.

import { setColumnWidths } from "../../src/adapters/xlsx/cols-xml";

const SHEET = (cols: string) => `<worksheet>${cols}<sheetData/></worksheet>`;

function ranges(xml: string): string[] {
  return [...xml.matchAll(/<col\b([^>]*)\/>/g)].map((m) => m[1].trim());
}

describe("setting column widths", () => {
  it("splits a range over every column past the table, keeping its style on each part", () => {
    const xml = SHEET(
      '<cols><col min="1" max="1" width="34" customWidth="1"/><col min="2" max="16384" width="12" style="3" customWidth="1"/></cols>',
    );
    expect(ranges(setColumnWidths(xml, [{ column: 10, width: 14 }]))).toEqual([
      'min="1" max="1" width="34" customWidth="1"',
      'min="2" max="10" width="12" style="3" customWidth="1"',
      'min="11" max="11" style="3" width="14" customWidth="1"',
      'min="12" max="16384" width="12" style="3" customWidth="1"',
    ]);
  });

  it("gives adjacent new columns their own widths, in order, at the start or end of a range", () => {
    const xml = SHEET('<cols><col min="11" max="13" width="9" hidden="1"/></cols>');
    expect(
      ranges(
        setColumnWidths(xml, [
          { column: 12, width: 40 },
          { column: 10, width: 14 },
        ]),
      ),
    ).toEqual([
      'min="11" max="11" width="14" customWidth="1"',
      'min="12" max="12" width="9" hidden="1"',
      'min="13" max="13" width="40" customWidth="1"',
    ]);
  });

  it("adds <cols> before the cells when the sheet has none, and leaves a sheet alone when there is nothing to set", () => {
    expect(setColumnWidths(SHEET(""), [{ column: 0, width: 20 }])).toBe(
      '<worksheet><cols><col min="1" max="1" width="20" customWidth="1"/></cols><sheetData/></worksheet>',
    );
    expect(setColumnWidths(SHEET("<cols/>"), [])).toBe(SHEET("<cols/>"));
    expect(setColumnWidths(SHEET("<cols/>"), [{ column: 0, width: 20 }])).toBe(
      '<worksheet><cols><col min="1" max="1" width="20" customWidth="1"/></cols><sheetData/></worksheet>',
    );
  });

  it("keeps the namespace prefix a sheet uses", () => {
    const xml = '<x:worksheet><x:cols><x:col min="1" max="3" width="9"/></x:cols><x:sheetData/></x:worksheet>';
    expect(setColumnWidths(xml, [{ column: 3, width: 14 }])).toBe(
      '<x:worksheet><x:cols><x:col min="1" max="3" width="9"/><x:col min="4" max="4" width="14" customWidth="1"/></x:cols><x:sheetData/></x:worksheet>',
    );
  });
});
