// Status words as councils write them, read into Plan Check's five.

import { isComplete, readStatus } from "../../src/core/plan/status";

describe("status words", () => {
  it.each([
    ["Not started", "Not started"],
    ["Not yet started", "Not started"],
    ["in progress", "On track"],
    ["Underway", "On track"],
    ["GREEN", "On track"],
    ["Amber", "At risk"],
    ["Delayed", "Off track"],
    ["Behind schedule", "Off track"],
    ["Completed", "Complete"],
    ["Blue", "Complete"],
  ])("reads %s as %s", (written, status) => {
    expect(readStatus(written)).toBe(status);
  });

  it("knows nothing it was not told, and never calls an unknown word complete", () => {
    expect(readStatus("Nearly there")).toBeNull();
    expect(isComplete("Nearly there")).toBe(false);
    expect(readStatus(null)).toBeNull();
  });
});
