// Which plan cells are highlighted, and which of them can show the "[Error] "/"[Warning] " marker.

import { readPlan } from "../../src/core/reader/read-plan";
import { highlightOverlay } from "../../src/core/validation/highlights";
import { validatePlan } from "../../src/core/validation/validate";
import { cellValue } from "../../src/core/workbook/grid";
import { DERBY, openSample } from "../support/derby";

describe("the highlight overlay on the Derby plan", () => {
  const { snapshot } = openSample(DERBY);
  const result = validatePlan(readPlan(snapshot), "2017-11-30");
  const overlays = highlightOverlay(result, snapshot);
  const [overlay] = overlays;
  const grid = snapshot.sheets.find((s) => s.name === overlay.sheet);
  const valueOf = (row: number, column: number) => (grid ? cellValue(grid, row, column) : "");

  it("is one overlay, for the one plan sheet", () => {
    expect(overlays.map((o) => o.sheet)).toEqual(["Improvement plan"]);
  });

  it("marks each cell once, errors over warnings, and never for an info finding", () => {
    const keys = overlay.cells.map((c) => `${c.row},${c.column}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(overlay.cells.some((c) => c.severity === "error")).toBe(true);
    expect(overlay.cells.some((c) => c.severity === "warning")).toBe(true);
  });

  it("shows the text marker only on text of up to 255 characters, which Excel can display with it", () => {
    const long = overlay.cells.filter((c) => String(valueOf(c.row, c.column)).length > 255);
    const short = overlay.cells.filter((c) => typeof valueOf(c.row, c.column) === "string" && !long.includes(c));
    expect(long.length).toBeGreaterThan(0);
    expect(short.length).toBeGreaterThan(0);
    expect(long.every((c) => !c.showsMarker)).toBe(true);
    expect(short.every((c) => c.showsMarker)).toBe(true);
  });
});
