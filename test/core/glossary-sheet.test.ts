// The council's own glossary sheet: read one term a row, in two cells or one, and used in messages,
// in grouping one role's spellings, and left out of the settings sheet set-up writes.

import { planWorkbookTrackingSetup } from "../../src/core/tracking/tracking-setup";
import { validatePlan } from "../../src/core/validation/validate";
import { actionRow, HEADER, snapshotOf, type SheetSpec } from "../support/workbooks";
import { readPlan } from "../../src/core/reader/read-plan";

const THEME = "Identifying and meeting needs";

const plan: SheetSpec = {
  name: "Plan",
  rows: [
    HEADER,
    [THEME],
    actionRow("Audit cases", "SM CP", "Dec17"),
    actionRow("Train staff", "Service Manager Child Protection", "Dec17", { staff: "- Sessions (WDM)" }),
  ],
};

const glossary: SheetSpec = {
  name: "Glossary",
  rows: [
    ["Abbreviation", "Meaning"],
    ["SM CP", "Service Manager Child Protection"],
    ["WDM = Workforce Development Manager"],
    ["HOS", "Head of Safeguarding"],
    // Not a term and its meaning: a note, and a pair of abbreviations.
    ["Terms used in this plan are listed below."],
    ["CP", "CIN"],
  ],
};

describe("the council's own glossary sheet", () => {
  it("reads one term a row, in two cells or in one", async () => {
    const reading = readPlan(await snapshotOf([plan, glossary]));
    expect(reading.glossary).toEqual({
      "SM CP": "Service Manager Child Protection",
      WDM: "Workforce Development Manager",
      HOS: "Head of Safeguarding",
    });
  });

  it("spells out the plan's abbreviations with it, over Plan Check's own meanings", async () => {
    const result = validatePlan(readPlan(await snapshotOf([plan, glossary])), "2017-11-30");
    expect(result.glossary.HOS).toBe("Head of Safeguarding");
    expect(result.findings.find((f) => f.code === "owner/variant")?.message).toBe(
      '"SM CP" looks like the same role as "Service Manager Child Protection", written another way.',
    );
    expect(result.findings.find((f) => f.code === "owner/sub-action-no-date")?.message).toContain(
      '"WDM" (Workforce Development Manager)',
    );
  });

  it.each(["Abbreviations", "Key to abbreviations", "Abbreviations used", "Jargon buster", "Definitions"])(
    "is read from a sheet named %j",
    async (name) => {
      const reading = readPlan(await snapshotOf([plan, { ...glossary, name }]));
      expect(reading.glossary["SM CP"]).toBe("Service Manager Child Protection");
    },
  );

  it("is read only from a sheet so named, and set-up leaves its entries out of the settings sheet", async () => {
    const elsewhere = readPlan(await snapshotOf([plan, { ...glossary, name: "Notes" }]));
    expect(elsewhere.glossary).toEqual({});

    const setup = planWorkbookTrackingSetup(await snapshotOf([plan, glossary]));
    const keys = (setup.settings ?? []).map((r) => r.key);
    expect(keys).not.toContain("Abbreviation: HOS");
    expect(keys).toContain("Abbreviation: DHOS");
  });
});
