// Owners as the plan writes them: abbreviations expanded through the glossary, dots and all.

import { describeOwner, expandAbbreviations, ownerKey } from "../../src/core/plan/owners";
import { ownerBeforeTask, ownerKeys } from "../../src/core/plan/people";
import { areDerbyThemes, DERBY_2017 } from "../../src/core/plan/derby-2017";
import { readPlan } from "../../src/core/reader/read-plan";
import { splitOwners } from "../../src/core/reader/cell-lists";
import { splitBracketOwners } from "../../src/core/reader/cell-lists";
import { DERBY, openSample } from "../support/derby";
import type { PlanStructure } from "../../src/core/plan/model";
import { defaultGlossary } from "../../src/core/plan/settings";

const DEFAULT_GLOSSARY = defaultGlossary(DERBY_2017);

describe("expanding abbreviations", () => {
  it("replaces whole words, longest first", () => {
    expect(expandAbbreviations("SD EHCS and HOS Safeguarding", DEFAULT_GLOSSARY)).toBe(
      "Service Director for Early Help and Children's Safeguarding and Head of Service Safeguarding",
    );
  });

  it("takes an abbreviation's dots with it", () => {
    expect(expandAbbreviations("Perf and Intel.", DEFAULT_GLOSSARY)).toBe("Performance and Intelligence");
    expect(expandAbbreviations("Perf. and Intel.", DEFAULT_GLOSSARY)).toBe("Performance and Intelligence");
    expect(expandAbbreviations("HOS. Safeguarding", DEFAULT_GLOSSARY)).toBe("Head of Service Safeguarding");
  });

  it("leaves words that only contain an abbreviation, and glossed abbreviations, as written", () => {
    expect(expandAbbreviations("HOSTS and Head of Service (HOS)", DEFAULT_GLOSSARY)).toBe(
      "HOSTS and Head of Service (HOS)",
    );
  });

  it("reads abbreviations written in mixed case (HoS, DHoS, CiC), never an ordinary word that spells one", () => {
    expect(expandAbbreviations("HoS Safeguarding; DHoS CiC", DEFAULT_GLOSSARY)).toBe(
      "Head of Service Safeguarding; Deputy Head of Service Children in Care",
    );
    expect(expandAbbreviations("Mat Jones, sc team", DEFAULT_GLOSSARY)).toBe("Mat Jones, sc team");
  });

  it("accepts glossary entries written with dots", () => {
    expect(expandAbbreviations("Perf and Intel", { "Perf. and Intel.": "Performance and Intelligence" })).toBe(
      "Performance and Intelligence",
    );
  });
});

describe("one role, many spellings", () => {
  it("drops a bracketed abbreviation that glosses the role, never a word that names it", () => {
    const key = (owner: string) => ownerKey(owner, DEFAULT_GLOSSARY);
    expect(key("Head of Service (HoS) Safeguarding")).toBe(key("HOS Safeguarding"));
    expect(key("Service Director (SD EHCS)")).toBe(key("Service Director"));
    expect(key("Head of Service (Safeguarding)")).toBe(key("HOS Safeguarding"));
    expect(key("Head of Service (Safeguarding)")).not.toBe(key("Head of Service (Fostering)"));
  });

  it("reads & as and, and knows the roles every children's service has", () => {
    const key = (owner: string) => ownerKey(owner, defaultGlossary({ ...DERBY_2017, derby: false }));
    expect(key("HoS Fostering & Adoption")).toBe(key("Head of Service Fostering and Adoption"));
    expect(key("DCS")).toBe(key("Director of Children's Services (DCS)"));
    expect(key("PSW")).toBe(key("Principal Social Worker"));
    expect(key("AD Early Help")).toBe(key("Assistant Director Early Help"));
    expect(key("Team Manager MASH")).toBe(key("TM Multi-Agency Safeguarding Hub"));
  });

  it("keys an owner with the part they play in brackets with the role itself", () => {
    const key = (owner: string) => ownerKey(owner, DEFAULT_GLOSSARY);
    expect(key("HOS Safeguarding (lead)")).toBe(key("Head of Service Safeguarding"));
    expect(key("Head of QA (Support)")).toBe(key("Head of Quality Assurance"));
  });

  it("keys an acting or interim post holder with the post", () => {
    const key = (owner: string) => ownerKey(owner, DEFAULT_GLOSSARY);
    expect(key("Acting HOS Safeguarding")).toBe(key("Head of Service Safeguarding"));
    expect(key("Interim Head of QA")).toBe(key("Head of Quality Assurance"));
    expect(key("Interim")).toBe("interim");
  });

  it("reads an abbreviation with an apostrophe-s as its plural: Derby's \"TM's\" are its TMs", () => {
    const key = (owner: string) => ownerKey(owner, DEFAULT_GLOSSARY);
    expect(key("TM's")).toBe(key("Team Managers"));
    expect(key("TM’s")).toBe(key("TMs"));
    expect(key("IRO's")).toBe(key("Independent Reviewing Officers"));
    expect(key("SW TM's")).toBe(key("SW Team Managers"));
  });

  it("gives every spelling of Performance and Intelligence one key", () => {
    const keys = ["Perf and Intel.", "Perf. and Intel.", "Performance and Intelligence"].map((o) =>
      ownerKey(o, DEFAULT_GLOSSARY),
    );
    expect(new Set(keys)).toEqual(new Set(["performance and intelligence"]));
  });

  it("keys a post mistyped by one slip with the post, never a different post or a person", () => {
    const spellings = [
      "Head of Service Safeguarding",
      "HOS Safeguading",
      "Servcie Manager",
      "Service Manager",
      "SD EHCS and SD IS",
      "SD EHSC and SD IS",
      // Not slips: numbers, plurals, short words one letter apart, and people's names.
      "HOS Locality 1",
      "HOS Locality 5",
      "Team Manager",
      "Team Managers",
      "HOS QA",
      "DHOS QA",
      "Sarah Brown",
      "Sarah Browne",
    ];
    const key = ownerKeys(spellings, DEFAULT_GLOSSARY);
    const same = (a: string, b: string) => key(a) === key(b);
    expect(same("HOS Safeguading", "Head of Service Safeguarding")).toBe(true);
    expect(same("Servcie Manager", "Service Manager")).toBe(true);
    expect(same("SD EHSC and SD IS", "SD EHCS and SD IS")).toBe(true);
    expect(same("HOS Locality 1", "HOS Locality 5")).toBe(false);
    expect(same("Team Manager", "Team Managers")).toBe(false);
    expect(same("HOS QA", "DHOS QA")).toBe(false);
    expect(same("Sarah Brown", "Sarah Browne")).toBe(false);
  });

  it("describes an owner with its meaning only when the glossary changes it", () => {
    expect(describeOwner("Perf and Intel.", DEFAULT_GLOSSARY)).toBe('"Perf and Intel." (Performance and Intelligence)');
    expect(describeOwner("Designated Nurse", DEFAULT_GLOSSARY)).toBe('"Designated Nurse"');
  });
});

describe("the glossary a plan starts from", () => {
  const other: PlanStructure = {
    title: "Northshire",
    source: "none",
    derby: false,
    themes: [],
    recommendations: [],
    priorities: [],
  };

  it("has Derby's own services and board only for Derby's plan", () => {
    expect(defaultGlossary(DERBY_2017).DSCB).toBe("Derby Safeguarding Children Board");
    expect(defaultGlossary(other).DSCB).toBeUndefined();
    expect(defaultGlossary(other).HOS).toBe("Head of Service");
  });

  it("expands Derby's Integrated Services on their own, as the plan writes them beside EHCS", () => {
    const glossary = defaultGlossary(DERBY_2017);
    expect(expandAbbreviations("EHCS and IS", glossary)).toBe(
      "Early Help and Children's Safeguarding and Integrated Services",
    );
    expect(ownerKey("SD for IS", glossary)).toBe(ownerKey("Service Director for Integrated Services", glossary));
    // Only as written in capitals: "is" and "Is" are words.
    expect(expandAbbreviations("Team that is on call", glossary)).toBe("Team that is on call");
  });

  it("knows Derby's plan by its themes when the workbook lists them on its own sheets", () => {
    const withOwnSheets = readPlan(openSample(DERBY).snapshot).plan.structure;
    expect([withOwnSheets.source, withOwnSheets.derby]).toEqual(["workbook", true]);
    expect(defaultGlossary(withOwnSheets).DSCB).toBe("Derby Safeguarding Children Board");
    expect(areDerbyThemes(["Help and protection", "Learning from practice", "Capacity within the city"])).toBe(false);
  });
});

describe("owners in one cell", () => {
  it.each([
    ["Head of QA\nEH HOS", ["Head of QA", "EH HOS"]],
    [
      "HOS Locality 1 and 5 / T Tassi (County LA) and Police",
      ["HOS Locality 1 and 5", "T Tassi (County LA) and Police"],
    ],
    [
      "Head of Service (HOS) Quality Assurance (QA), Early Help (EH) HOS, Heads of Service (HOS) for Social Care",
      ["Head of Service (HOS) Quality Assurance (QA)", "Early Help (EH) HOS", "Heads of Service (HOS) for Social Care"],
    ],
    ["Head of QA, Service Manager; Virtual Head", ["Head of QA", "Service Manager", "Virtual Head"]],
    // A comma inside one owner's name: not every piece names a role.
    [
      "All staff in Early Help, Social Care and Youth Offending",
      ["All staff in Early Help, Social Care and Youth Offending"],
    ],
    ["Head of Service, Safeguarding", ["Head of Service, Safeguarding"]],
    // The lead owns the action; those supporting it do not, unless no one else is named.
    ["Lead: Head of QA\nSupported by: Service Manager", ["Head of QA"]],
    ["Head of QA\nSupport: PSW; With: TM MASH", ["Head of QA"]],
    ["Lead: HoS, Support: PSW", ["HoS"]],
    ["Supported by: PSW", ["PSW"]],
    ["Supporting: PSW", ["PSW"]],
    // … and named as supporting without a label's colon, after a comma or in brackets
    ["HoS Safeguarding, supported by TM MASH", ["HoS Safeguarding"]],
    ["Head of QA, supported by Jane Smith", ["Head of QA"]],
    ["HoS Safeguarding (supported by TM MASH)", ["HoS Safeguarding"]],
    ["HoS CP\nsupported by PSW", ["HoS CP"]],
    ["supported by TM MASH", ["TM MASH"]],
    // One owner a line, numbered
    ["1. Head of QA\n2. Service Manager", ["Head of QA", "Service Manager"]],
    ["1) HoS CP 2) HoS LAC", ["HoS CP", "HoS LAC"]],
    ["1. Head of QA 2. Service Manager 3. PSW", ["Head of QA", "Service Manager", "PSW"]],
    ["1) HoS Locality 3) DHOS", ["HoS Locality 3) DHOS"]],
    ["HOS Locality 1. 2. Review", ["HOS Locality 1. 2. Review"]],
    // A line in brackets names who holds the role above, or how: no owner of its own.
    ["Head of Service\n(Jane Smith)", ["Head of Service (Jane Smith)"]],
    ["HoS CP\n(interim)\nHoS LAC", ["HoS CP (interim)", "HoS LAC"]],
    // "&" between roles, as between any two owners; "and" inside a role's own name is left alone.
    ["HOS Safeguarding & HOS CiC", ["HOS Safeguarding", "HOS CiC"]],
    ["HoS CP + HoS LAC", ["HoS CP", "HoS LAC"]],
    ["Schools + Health", ["Schools + Health"]],
    ["SD Early Help & Children's Safeguarding", ["SD Early Help & Children's Safeguarding"]],
    // Abbreviated posts joined by a bare slash; a slash inside one name stays.
    ["DCS/DHOS", ["DCS", "DHOS"]],
    ["HoS/DHoS/TMs", ["HoS", "DHoS", "TMs"]],
    ["EH/CSC HoS", ["EH/CSC HoS"]],
    ["HoS Fostering/Adoption", ["HoS Fostering/Adoption"]],
    [
      "Service Director for Early help and Children's Safeguarding",
      ["Service Director for Early help and Children's Safeguarding"],
    ],
    // Derby row 19: two posts whose line break was lost in copying, each a post the plan names alone.
    [
      "Service Director for Early help and Children's Safeguarding Service Director for Integrated Services",
      ["Service Director for Early help and Children's Safeguarding", "Service Director for Integrated Services"],
    ],
    ["Head of QA Head of Service CiC", ["Head of QA", "Head of Service CiC"]],
    // … where the second starts with words that are part of its name
    [
      "Head of Service Safeguarding Acting Head of Service CiC",
      ["Head of Service Safeguarding", "Acting Head of Service CiC"],
    ],
    ["Head of QA Interim Senior Head of Service", ["Head of QA", "Interim Senior Head of Service"]],
    ["Acting Head of Service", ["Acting Head of Service"]],
    ["Head of Service and Acting Head of Service", ["Head of Service", "Acting Head of Service"]],
    // The words a post starts with, inside a longer post or after a word that leads into them: one owner.
    [
      "Heads of Service (HOS) and Deputy Heads of Service (DHOS's) for Social Care (SC)",
      ["Heads of Service (HOS) and Deputy Heads of Service (DHOS's) for Social Care (SC)"],
    ],
    ["Head of Service for Head of Service Training", ["Head of Service for Head of Service Training"]],
    // Posts joined by "and" in an Accountable cell, Derby row 32; a group's qualifier stays with both.
    ["HOS Fostering and Adoption and DHOS Children in Care", ["HOS Fostering and Adoption", "DHOS Children in Care"]],
    ["Head of QA and Lead Member", ["Head of QA", "Lead Member"]],
    ["All SC and EH and DHOS for Reception and Localities", ["All SC and EH and DHOS for Reception and Localities"]],
    // … where the words on both sides end in a role, or a post's abbreviation starts after it
    ["Virtual School Head and Designated Nurse", ["Virtual School Head", "Designated Nurse"]],
    ["Team Manager and Senior Practitioner", ["Team Manager", "Senior Practitioner"]],
    [
      "Principal Social Worker and Workforce Development Manager",
      ["Principal Social Worker", "Workforce Development Manager"],
    ],
    ["Team Leader and Youth Worker", ["Team Leader", "Youth Worker"]],
    ["Chief Executive and Director of Public Health", ["Chief Executive", "Director of Public Health"]],
    ["Chair of LSCB and DCS", ["Chair of LSCB", "DCS"]],
    ["AD Early Help and AD Social Care", ["AD Early Help", "AD Social Care"]],
    ["Lead Member and Chief Executive", ["Lead Member", "Chief Executive"]],
    ["Chief Executive and Leader of the Council", ["Chief Executive", "Leader of the Council"]],
    ["Head of QA and Performance", ["Head of QA and Performance"]],
    ["Business Support Manager and IT", ["Business Support Manager and IT"]],
    ["Director of Education and Skills", ["Director of Education and Skills"]],
    ["Head of Service (Head of Service designate)", ["Head of Service (Head of Service designate)"]],
  ])("reads %j as %j", (cell, owners) => {
    expect(splitOwners(cell)).toEqual(owners);
  });
});

describe("owners in a sub-action's bracket", () => {
  it.each([
    ["HOS Safeguarding / Reception DHOS", ["HOS Safeguarding", "Reception DHOS"]],
    ["HOS Fostering and Adoption", ["HOS Fostering and Adoption"]],
    // Joined as an Accountable cell joins them: "&" between roles, ";" always.
    ["HoS CP & TM MASH", ["HoS CP", "TM MASH"]],
    ["HoS CP; PSW", ["HoS CP", "PSW"]],
    ["Schools & Health", ["Schools & Health"]],
    ["DCS/DHOS", ["DCS", "DHOS"]],
    // "And" between posts, as Derby's brackets join them; "and" inside a post's name, or after a
    // group it may speak for as well, is left alone.
    ["SD EHCS and SD IS", ["SD EHCS", "SD IS"]],
    ["HOS Fostering and Adoption and HOS Safeguarding", ["HOS Fostering and Adoption", "HOS Safeguarding"]],
    ["Performance and Intelligence and All DHOS", ["Performance and Intelligence", "All DHOS"]],
    ["CYP Participation Officer and DSCB Manager", ["CYP Participation Officer", "DSCB Manager"]],
    ["EH HOS and SW DHOS", ["EH HOS", "SW DHOS"]],
    ["SD EHCS, SD IS and Head of QA", ["SD EHCS", "SD IS", "Head of QA"]],
    ["VH, HOS Safeguarding and DHOS", ["VH", "HOS Safeguarding", "DHOS"]],
    ["EH and SC HOS", ["EH and SC HOS"]],
    ["SD EHSC and IS", ["SD EHSC and IS"]],
    ["HOS Locality 1 and 5", ["HOS Locality 1 and 5"]],
    ["Reception and Locality DHOS", ["Reception and Locality DHOS"]],
    ["All HOS and DHOS", ["All HOS and DHOS"]],
    ["Head of Fostering and Adoption Team", ["Head of Fostering and Adoption Team"]],
    ["SD EHCS and HC Safeguarding", ["SD EHCS and HC Safeguarding"]],
    // Derby: "( Missing Apprentice / (HOS Locality 1 and 5 / DHOS CIC – from Apr17) )", a bracket
    // opened inside the owners and closed after the date.
    [
      "Missing Apprentice / (HOS Locality 1 and 5 / DHOS CIC",
      ["Missing Apprentice", "HOS Locality 1 and 5", "DHOS CIC"],
    ],
    ["HOS Safeguarding) / DHOS", ["HOS Safeguarding", "DHOS"]],
    // A bracket that opens and closes within one owner is part of the name.
    ["Head of Service (HOS) / TBC", ["Head of Service (HOS)"]],
    [
      "Director of Children's Services Director of Education",
      ["Director of Children's Services", "Director of Education"],
    ],
    // Those supporting are not owners where a lead is named; alone, they are.
    ["HoS CP; with: PSW", ["HoS CP"]],
    ["Supported by: PSW", ["PSW"]],
    ["Supporting: PSW", ["PSW"]],
  ])("reads %j as %j", (owner, owners) => {
    expect(splitBracketOwners(owner)).toEqual(owners);
  });
});

describe("a post or person named before the task, in the line's words", () => {
  it.each([
    ["DHOS to audit the induction process for staff", "DHOS"],
    ["EH HOS and SW DHOS to quality audit supervisions (Dec17)", "EH HOS and SW DHOS"],
    ["DCS continues to Chair the Strategic Engagement Group ( On-going )", "DCS"],
    ["Lead Member attend Leaving Care Forum (Dec17)", "Lead Member"],
    ["Head of QA will report to the board (Mar18)", "Head of QA"],
    ["Jane Smith to audit the induction process (Dec17)", "Jane Smith"],
    ["Ofsted Inspectors to revisit (Mar18)", null],
    // Those who do the task, not a post that owns it, and words that are no one at all.
    ["All Council staff to complete a mandatory course", null],
    ["Foster carers to attend training", null],
    ["DSCB Quarterly missing reports to provide an update on training", null],
    ["Training to be delivered (Dec17)", null],
    ["Quarterly reporting to Derby Safeguarding Children Board", null],
  ])("%j names %j", (line, who) => {
    expect(ownerBeforeTask(line)).toBe(who);
  });
});
