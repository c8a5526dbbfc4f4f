import { inWords } from "../../src/core/in-words";

describe("lists in words", () => {
  it("joins as a sentence would", () => {
    expect(inWords([])).toBe("");
    expect(inWords(["R1"])).toBe("R1");
    expect(inWords(["R1", "R4"])).toBe("R1 and R4");
    expect(inWords(["R1", "R4", "R7"])).toBe("R1, R4 and R7");
  });
});
