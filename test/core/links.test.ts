import { recommendationNumber, resolveLink } from "../../src/core/plan/links";
import type { PlanStructure } from "../../src/core/plan/model";
import { splitLinks } from "../../src/core/reader/cell-lists";

describe("recommendation numbers, as plans write them", () => {
  it.each([
    ["R3", 3],
    ["r 3", 3],
    ["Rec. 3", 3],
    ["Recommendation 3", 3],
    ["AFI 3", 3],
    ["afi3", 3],
    ["Area for improvement 3", 3],
    ["#3", 3],
    ["3.", 3],
    [" 3 ", 3],
    ["Ofsted rec 3", 3],
    ["Rec no. 3", 3],
  ])("%s is number %d", (text, number) => {
    expect(recommendationNumber(text)).toBe(number);
  });

  it.each(["R0", "R1234", "Thresholds", "AFI", "3a", "AFI 2 & 3", ""])("%s names no number", (text) => {
    expect(recommendationNumber(text)).toBeNull();
  });

  it("splits lists of numbers, of either kind, and nothing else", () => {
    expect(splitLinks("AFI 1 & AFI 2")).toEqual(["AFI 1", "AFI 2"]);
    expect(splitLinks("AFIs 1 and 3")).toEqual(["1", "3"]);
    expect(splitLinks("Recs 1 and 3; Thresholds")).toEqual(["1", "3", "Thresholds"]);
    expect(splitLinks("Recruitment and retention")).toEqual(["Recruitment and retention"]);
    // Numbers after a priority action's label stay priority actions: a bare number is the inspection's.
    expect(splitLinks("PA1 & 2")).toEqual(["PA1", "PA2"]);
    expect(splitLinks("PAs 1 and 3")).toEqual(["PA1", "PA3"]);
    expect(splitLinks("PAs 2")).toEqual(["PA2"]);
    expect(splitLinks("PAs 1-3")).toEqual(["PA1", "PA2", "PA3"]);
    expect(splitLinks("PAs overview")).toEqual(["PAs overview"]);
    // A placeholder names nothing.
    expect(splitLinks("TBC")).toEqual([]);
    expect(splitLinks("R1; N/A")).toEqual(["R1"]);
  });

  it("opens a short run of numbers into each one, and leaves anything else alone", () => {
    expect(splitLinks("R1-R3")).toEqual(["R1", "R2", "R3"]);
    expect(splitLinks("Recs 4–6; R9")).toEqual(["4", "5", "6", "R9"]);
    expect(splitLinks("AFI 1 to 2")).toEqual(["AFI 1", "AFI 2"]);
    // A year span, a run backwards and a name with a dash are not runs of recommendations.
    expect(splitLinks("2017-18")).toEqual(["2017-18"]);
    expect(splitLinks("R3-R1")).toEqual(["R3-R1"]);
    expect(splitLinks("Early help - phase 2")).toEqual(["Early help - phase 2"]);
  });

  it("resolves a link that copies the inspection's own words", () => {
    const text = "Management oversight of social work practice.";
    const structure: PlanStructure = {
      title: "Plan",
      source: "workbook",
      derby: false,
      themes: [],
      priorities: [],
      recommendations: [{ id: "AFI 2", term: "area for improvement", number: 2, text, topic: "", theme: "" }],
    };
    expect(resolveLink("management oversight of social work practice", structure)).toMatchObject({
      recommendation: { id: "AFI 2" },
    });
    expect(resolveLink("Management oversight", structure)).toBeNull();
    // Or its label and its words, as a plan laid out by area for improvement writes each block's cell.
    expect(resolveLink("AFI 2: Management oversight and supervision", structure)).toMatchObject({
      recommendation: { id: "AFI 2" },
    });
    expect(resolveLink("AFI 3: Care leavers", structure)).toBeNull();
    // Or a good part of its words, shortened, where no other recommendation has them.
    expect(resolveLink("Management oversight of social work", structure)).toMatchObject({
      recommendation: { id: "AFI 2" },
    });
  });

  it("tells a priority action from the inspection's item of the same number by its label", () => {
    const item = (id: string, term: "area for improvement" | "priority action", number: number) => ({
      id,
      term,
      number,
      text: `${id}'s words, long enough to be matched by.`,
      topic: "",
      theme: "",
    });
    const both: PlanStructure = {
      title: "Plan",
      source: "workbook",
      derby: false,
      themes: [],
      priorities: [],
      recommendations: [item("AFI 2", "area for improvement", 2), item("PA2", "priority action", 2)],
    };
    const id = (link: string, structure = both) => {
      const target = resolveLink(link, structure);
      return target?.kind === "recommendation" ? target.recommendation.id : null;
    };
    expect(["PA2", "PA 2", "Priority action 2", "PA2: front door oversight"].map((l) => id(l))).toEqual([
      "PA2",
      "PA2",
      "PA2",
      "PA2",
    ]);
    // A bare number is the inspection's; "R2" names the inspection's item too.
    expect(["AFI 2", "R2", "2", "Recommendation 2"].map((l) => id(l))).toEqual(["AFI 2", "AFI 2", "AFI 2", "AFI 2"]);
    expect(id("PA3")).toBeNull();
    // A plan answering priority actions alone reads "R2" as it always did: its only item 2.
    const visitOnly = { ...both, recommendations: [item("PA2", "priority action", 2)] };
    expect(id("R2", visitOnly)).toBe("PA2");
  });

  it("resolves a link with a comment after it or a label before it, and keeps a name's own dash", () => {
    const structure: PlanStructure = {
      title: "Plan",
      source: "workbook",
      derby: false,
      themes: [],
      priorities: [
        { id: "P1", name: "Early help", theme: "" },
        { id: "P2", name: "Early help - phase 2 (targeted)", theme: "" },
      ],
      recommendations: [{ id: "R2", term: "recommendation", number: 2, text: "Plans", topic: "Plans", theme: "" }],
    };
    const id = (link: string) => {
      const target = resolveLink(link, structure);
      return target?.kind === "recommendation" ? target.recommendation.id : (target?.priority.name ?? null);
    };
    expect(["R2 (partly)", "R2 – in part", "Ofsted: R2", "Priority: Early help"].map(id)).toEqual([
      "R2",
      "R2",
      "R2",
      "Early help",
    ]);
    expect(id("Early help - phase 2 (targeted)")).toBe("Early help - phase 2 (targeted)");
    expect(id("R3 (partly)")).toBeNull();
  });
});
