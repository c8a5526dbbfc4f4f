// Row heights of generated sheets: enough lines for each wrapped cell's words, so printed text is
// never cut off at the bottom of a row.

import { rowHeight, text, wrappedLines } from "../../src/core/workbook/sheet-spec";

describe("wrapped lines", () => {
  it("counts one line for text that fits", () => {
    expect(wrappedLines("Head of QA", 11.5)).toBe(1);
    expect(wrappedLines("", 11.5)).toBe(1);
  });

  it("wraps between words, so words that do not share a line take more lines than the length alone", () => {
    // 23 characters would fit in two lines of 11.5, but no two of these words fit on one line.
    expect(wrappedLines("aaaaaaa bbbbbbb ccccccc", 11.5)).toBe(3);
    expect(wrappedLines("aaa bbb ccc ddd", 11.5)).toBe(2);
  });

  it("breaks a word longer than a line, and starts a new line at each line break", () => {
    expect(wrappedLines("x".repeat(30), 10)).toBe(3);
    expect(wrappedLines("one\ntwo\n\nfour", 10)).toBe(4);
    expect(wrappedLines("aaaaaaa bbbbbbb\nccc", 11.5)).toBe(3);
  });

  it("stops counting just past a limit, however long the text", () => {
    expect(wrappedLines("x".repeat(32767), 10, 27)).toBe(28);
    expect(wrappedLines("line\n".repeat(250), 10, 27)).toBe(28);
    expect(wrappedLines("x".repeat(100), 10, 27)).toBe(10);
  });
});

describe("row height", () => {
  it("fits the fullest wrapped cell, and ignores unwrapped ones", () => {
    const row = [text("aaaaaaa bbbbbbb ccccccc", "wrap"), text("x".repeat(500))];
    expect(rowHeight(row, [10, 10])).toBe(3 * 15 + 2);
  });

  it("is one line for short cells and never more than Excel's 409 points", () => {
    expect(rowHeight([text("Warning", "warning"), null], [10, 10])).toBe(15);
    expect(rowHeight([text("word ".repeat(2000), "wrap")], [10])).toBe(409);
    expect(rowHeight([text("x".repeat(32767), "wrap")], [10])).toBe(409);
  });
});
