// A RAG kept as shading alone: which fills read as red, amber, green or blue, and how a theme colour's
// tint becomes the colour Excel shows.

import { ragColourOf } from "../../src/core/plan/rag-colour";
import { tinted } from "../../src/core/workbook/colour";

describe("reading a fill as a RAG colour", () => {
  it.each([
    ["#FF0000", "red"],
    ["#C00000", "red"],
    ["#FFC7CE", "red"], // Excel's Bad style
    ["#FFC000", "amber"],
    ["#FFFF00", "amber"], // yellow, as many plans shade amber
    ["#FFEB9C", "amber"], // Excel's Neutral style
    ["#ED7D31", "amber"], // orange
    ["#00B050", "green"],
    ["#92D050", "green"],
    ["#C6EFCE", "green"], // Excel's Good style
    ["#0070C0", "blue"],
    ["#00B0F0", "blue"],
  ])("%s reads as %s", (fill, colour) => {
    expect(ragColourOf(fill)).toBe(colour);
  });

  it.each([
    ["#FFFFFF", "white"],
    ["#000000", "black"],
    ["#F2F2F2", "a light grey"],
    ["#808080", "grey"],
    ["#DDEBF7", "a faint blue tint, as rows are banded"],
    ["#BDD7EE", "a pale blue, as headings and theme rows are tinted"],
    ["#FFFFCC", "a faint yellow, as a column to type in is marked"],
    ["#7030A0", "purple"],
    ["not a colour", "text that is no colour"],
  ])("%s (%s) says nothing", (fill) => {
    expect(ragColourOf(fill)).toBeNull();
  });
});

describe("a theme colour's tint, as Excel shows it", () => {
  it.each([
    // Office theme Green, Accent 6 (#70AD47) and Gold, Accent 4 (#FFC000) as Excel's palette offers them.
    ["#70AD47", -0.249977111117893, "#548235"],
    ["#FFC000", -0.249977111117893, "#BF9000"],
    ["#ED7D31", 0.5999938962981048, "#F8CBAD"],
  ])("%s at tint %d is %s", (base, tint, shown) => {
    expect(tinted(base, tint)).toBe(shown);
  });

  it("is within a shade of Excel's for lighter tints, which it works in whole steps", () => {
    // Excel shows #A9D08E for Green, Accent 6, Lighter 40%.
    const [r, g, b] = (tinted("#70AD47", 0.3999755851924192).match(/[0-9A-F]{2}/g) ?? []).map((x) => parseInt(x, 16));
    expect(Math.abs(r - 0xa9) + Math.abs(g - 0xd0) + Math.abs(b - 0x8e)).toBeLessThanOrEqual(2);
    expect(tinted("#70AD47", 0)).toBe("#70AD47");
  });
});
