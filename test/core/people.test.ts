// Owners written as a person, with or without their post: one person, however the plan writes them.

import { isPersonName, nameToCallBy, ownerKeys, personAndPost } from "../../src/core/plan/people";
import { splitBracketOwners, splitOwners } from "../../src/core/reader/cell-lists";
import { defaultGlossary } from "../../src/core/plan/settings";
import { DERBY_2017 } from "../../src/core/plan/derby-2017";

const GLOSSARY = defaultGlossary(DERBY_2017);

describe("a person's name", () => {
  it.each(["Jane Smith", "J Smith", "J. Smith", "Mary-Ann O'Neill", "Jane McDonald", "Dr Patel", "Anna van der Berg"])(
    "reads %j as a person",
    (name) => {
      expect(isPersonName(name)).toBe(true);
    },
  );

  // Posts, abbreviations and the services councils name as owners are nobody's name.
  it.each([
    "Head of QA",
    "HoS Safeguarding",
    "Early Help",
    "Virtual School",
    "Children's Services",
    "Smith",
    "QA Team",
    // A title alone names nobody.
    "Cllr",
  ])("does not read %j as a person", (name) => {
    expect(isPersonName(name)).toBe(false);
  });
});

describe("a person and their post", () => {
  it.each([
    ["Jane Smith (HoS Safeguarding)", { person: "Jane Smith", post: "HoS Safeguarding" }],
    ["HoS Fostering (Amir Khan)", { person: "Amir Khan", post: "HoS Fostering" }],
    ["Jane Smith, Head of Service Safeguarding", { person: "Jane Smith", post: "Head of Service Safeguarding" }],
    ["Amir Khan – Head of Fostering", { person: "Amir Khan", post: "Head of Fostering" }],
    ["Head of QA: Jane Smith", { person: "Jane Smith", post: "Head of QA" }],
    // The part someone plays is no post.
    ["Jane Smith (lead)", { person: "Jane Smith", post: null }],
    ["J Smith", { person: "J Smith", post: null }],
  ])("reads %j as %j", (owner, named) => {
    expect(personAndPost(owner)).toEqual(named);
  });

  it.each(["HoS Safeguarding", "Head of Service (HOS)", "Head of Service, Safeguarding", "Early Help (HoS)"])(
    "finds no person in %j",
    (owner) => {
      expect(personAndPost(owner)).toBeNull();
    },
  );
});

describe("people in an Accountable cell or a bracket", () => {
  it("keeps a name and the post after it together, and splits two people apart", () => {
    expect(splitOwners("Jane Smith, Head of Service Safeguarding")).toEqual([
      "Jane Smith, Head of Service Safeguarding",
    ]);
    expect(splitBracketOwners("Jane Smith, Head of Service Safeguarding")).toEqual([
      "Jane Smith, Head of Service Safeguarding",
    ]);
    expect(splitOwners("Jane Smith, Amir Khan")).toEqual(["Jane Smith", "Amir Khan"]);
    expect(splitOwners("Jane Smith, HoS, Amir Khan")).toEqual(["Jane Smith, HoS", "Amir Khan"]);
    // "&" always joins two owners.
    expect(splitOwners("Jane Smith & Head of QA")).toEqual(["Jane Smith", "Head of QA"]);
  });

  it("reads a name above a post, as a name and title are set out, as one owner; a list stays a list", () => {
    expect(splitOwners("Jane Smith\nHead of Service Safeguarding")).toEqual([
      "Jane Smith, Head of Service Safeguarding",
    ]);
    expect(splitOwners("Jane Smith\nHead of QA\nAmir Khan\nHoS Fostering")).toEqual([
      "Jane Smith, Head of QA",
      "Amir Khan, HoS Fostering",
    ]);
    expect(splitOwners("Jane Smith\nAmir Khan")).toEqual(["Jane Smith", "Amir Khan"]);
    expect(splitOwners("- Jane Smith\n- Head of QA")).toEqual(["Jane Smith", "Head of QA"]);
    expect(splitOwners("Head of QA\nEH HOS")).toEqual(["Head of QA", "EH HOS"]);
  });
});

describe("one person, many spellings", () => {
  it("keys a person by their name, with or without their post, and an initial where only one name fits", () => {
    const spellings = [
      "Jane Smith (HoS Safeguarding)",
      "Jane Smith, Head of Service Safeguarding",
      "Jane Smith",
      "J Smith",
      "Dr Jane Smith",
      "HoS Safeguarding",
    ];
    const key = ownerKeys(spellings, GLOSSARY);
    expect(new Set(spellings.slice(0, 5).map(key)).size).toBe(1);
    // A post written alone may be any holder of it: never taken for the person the plan names.
    expect(key("HoS Safeguarding")).not.toBe(key("Jane Smith"));
    expect(key("HoS Safeguarding")).toBe(key("Head of Service Safeguarding"));
  });

  it("leaves an initial alone where it could be either of two people", () => {
    const key = ownerKeys(["Jane Smith", "John Smith", "J Smith"], GLOSSARY);
    expect(new Set([key("Jane Smith"), key("John Smith"), key("J Smith")]).size).toBe(3);
  });

  it("calls a person by their full name before an initial, then by the name used most", () => {
    expect(
      nameToCallBy([
        ["J Smith", 5],
        ["Jane Smith (HoS)", 1],
      ]),
    ).toBe("Jane Smith");
    expect(
      nameToCallBy([
        ["Jane Smith", 1],
        ["Jane Smith (HoS)", 1],
        ["Jane Smyth", 1],
      ]),
    ).toBe("Jane Smith");
    expect(nameToCallBy([["HoS Safeguarding", 3]])).toBeNull();
  });
});
