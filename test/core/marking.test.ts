// Protective markings as councils write them, in a cell or in the printed header and footer.

import { markingIn, strictestMarking } from "../../src/core/reader/marking";
import { headerFooterWords } from "../../src/core/workbook/grid";

describe("protective markings", () => {
  it.each([
    ["OFFICIAL-SENSITIVE", "OFFICIAL-SENSITIVE"],
    ["OFFICIAL - SENSITIVE", "OFFICIAL-SENSITIVE"],
    ["OFFICIAL–SENSITIVE", "OFFICIAL-SENSITIVE"],
    ["OFFICIAL SENSITIVE: not for circulation outside the board", "OFFICIAL-SENSITIVE"],
    ["Official Sensitive", "OFFICIAL-SENSITIVE"],
    ["Official - Sensitive", "OFFICIAL-SENSITIVE"],
    ["Classification: OFFICIAL", "OFFICIAL"],
    ["RESTRICTED", "RESTRICTED"],
  ])("reads %j as %s", (written, marking) => expect(markingIn(written)).toBe(marking));

  it("does not take an ordinary word in a title for a marking", () => {
    expect(markingIn("Official improvement plan 2025")).toBeNull();
    expect(markingIn("Confidential reporting policy review")).toBeNull();
  });

  it("takes the strictest where a plan carries several", () => {
    expect(strictestMarking(["OFFICIAL", null, "OFFICIAL-SENSITIVE", "OFFICIAL"])).toBe("OFFICIAL-SENSITIVE");
    expect(strictestMarking([null, null])).toBeNull();
  });

  it("reads the words of a printed header or footer without Excel's codes", () => {
    expect(headerFooterWords('&L&"Arial,Bold"&14OFFICIAL - SENSITIVE&R&KFF0000Page &P of &N')).toBe(
      "OFFICIAL - SENSITIVE Page of",
    );
    expect(headerFooterWords("&CFostering && Adoption")).toBe("Fostering & Adoption");
  });
});
