// New elements go where the worksheet schema puts them, whatever the cells themselves carry.

import { insertInOrder } from "../../src/adapters/xlsx/worksheet-order";

const CELL_WITH_EXTENSION = '<c r="A1"><v>1</v><extLst><ext uri="{x}"/></extLst></c>';

function sheet(cells: string, after: string): string {
  return `<worksheet><sheetData><row r="1">${cells}</row></sheetData>${after}</worksheet>`;
}

describe("inserting a worksheet element in schema order", () => {
  it("puts conditional formatting after the cells even when a cell has an extension list", () => {
    const xml = insertInOrder(sheet(CELL_WITH_EXTENSION, "<extLst/>"), "conditionalFormatting", "<cf/>");
    expect(xml).toBe(sheet(CELL_WITH_EXTENSION, "<cf/><extLst/>"));
  });

  it("puts it before the first later element the sheet has, after the ones that come before it", () => {
    const after = '<mergeCells count="0"/><pageMargins left="1"/><drawing r:id="rId1"/>';
    const xml = insertInOrder(sheet("", after), "conditionalFormatting", "<cf/>");
    expect(xml).toBe(sheet("", '<mergeCells count="0"/><cf/><pageMargins left="1"/><drawing r:id="rId1"/>'));
  });

  it("puts it before the end tag when nothing follows it, and handles an empty <sheetData/>", () => {
    expect(insertInOrder("<worksheet><sheetData/></worksheet>", "dataValidations", "<dv/>")).toBe(
      "<worksheet><sheetData/><dv/></worksheet>",
    );
  });

  it("puts an element that comes before the cells ahead of them", () => {
    expect(insertInOrder(sheet(CELL_WITH_EXTENSION, ""), "cols", "<cols/>")).toBe(
      `<worksheet><cols/><sheetData><row r="1">${CELL_WITH_EXTENSION}</row></sheetData></worksheet>`,
    );
  });
});
