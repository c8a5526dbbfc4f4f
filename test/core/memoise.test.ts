// The bounded text cache the core uses for repeated short texts.

import { memoiseText } from "../../src/core/memoise";

describe("memoiseText", () => {
  it("computes each distinct text once, including answers that are null", () => {
    const calls: string[] = [];
    const role = memoiseText((text) => {
      calls.push(text);
      return text === "Deadline" ? "deadline" : null;
    });
    expect([role("Deadline"), role("HOS"), role("Deadline"), role("HOS")]).toEqual([
      "deadline",
      null,
      "deadline",
      null,
    ]);
    expect(calls).toEqual(["Deadline", "HOS"]);
  });

  it("starts afresh when full, so memory stays bounded", () => {
    const calls: string[] = [];
    const upper = memoiseText((text) => {
      calls.push(text);
      return text.toUpperCase();
    }, 2);
    ["a", "b", "c", "a"].forEach((t) => upper(t));
    expect(calls).toEqual(["a", "b", "c", "a"]);
  });
});
