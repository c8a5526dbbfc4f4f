// The "(Owner – Date)" bracket at the end of sub-action lines, on lines from the Derby 2017 plan.

import { findTrailingBracket } from "../../src/core/reader/bracket";

type Case = [line: string, owner: string | null, when: string | null, problem?: "cut-off" | "unbalanced"];

const CASES: Case[] = [
  ["- Multi-agency audit (Head of QA - Nov17)", "Head of QA", "Nov17"],
  ["- Neglect audit in Early Help (Head of QA – Jan18)", "Head of QA", "Jan18"],
  [
    "- Multi-Agency audit on neglect (Head of Quality Assurance (QA) – Mar18)",
    "Head of Quality Assurance (QA)",
    "Mar18",
  ],
  ["- Signed agreement in Live Link in every appropriate case (All TMs – Sept17 onwards)", "All TMs", "Sept17 onwards"],
  ["- Management log records discussions ( All TMs – Sept17 onwards )", "All TMs", "Sept17 onwards"],
  [
    "- Analysis completed on the time (HOS Safeguarding / Performance and Intelligence end of Sept17)",
    "HOS Safeguarding / Performance and Intelligence",
    "end of Sept17",
  ],
  ["- IROs check presen life story (DHOS Sept17)", "DHOS", "Sept17"],
  ["- Submit outcomes focused Annual Report DCSB challenge (Head of May18)", "Head of", "May18"],
  ["- Fostering and Adoption Annual Reports (2018)", null, "2018"],
  ["- Lead Member attend Leaving Care Forum (Dec17)", null, "Dec17"],
  [
    "- Cabinet Member engagement key events – minimum of three (Jun17, Sept17 and Jan18)",
    null,
    "Jun17, Sept17 and Jan18",
  ],
  ["- Quarterly reporting to Derby Safeguarding Children Board on missing activity ( on-going )", null, "on-going"],
  // The owner in the bracket, the date in the words before it
  [
    "- Complete an unannounced review by the end of Dec18 ( Perf and Intel. )",
    "Perf and Intel.",
    "by the end of Dec18",
  ],
  [
    "- Report on a quality basis (Performance and Intelligence and HOS Fostering and Adoption)",
    "Performance and Intelligence and HOS Fostering and Adoption",
    null,
  ],
  [
    "- Refresh Boards plan for 2017/18 include vulnerable issues (Committee Chair / LQA – Apr)",
    "Committee Chair / LQA",
    "Apr",
  ],
  [
    "- Fostering a Adoption Tea to inform the evaluative of D2N2 pilot (H of Fostering a Adoption – Ma",
    "H of Fostering a Adoption",
    "Ma",
    "cut-off",
  ],
  [
    "- Scope viability (HOS Locality 1 and 5 / Service Director Early Help) and Children's Safeguarding – Dec17)",
    "HOS Locality 1 and 5 / Service Director Early Help) and Children's Safeguarding",
    "Dec17",
    "unbalanced",
  ],
  [
    "- Partners (Commissioning / HOS Fostering and Adoption –Apr17 onwards)",
    "Commissioning / HOS Fostering and Adoption",
    "Apr17 onwards",
  ],
  [
    "- All Council staff to complete a course (Policy to go live by Jun17, review of compliance at the end of Sept17)",
    null,
    "Policy to go live by Jun17, review of compliance at the end of Sept17",
  ],
  [
    "- Continue to deliver pledge events (Lead Service Directors – twice by the end of Mar18)",
    "Lead Service Directors",
    "twice by the end of Mar18",
  ],
  [
    "- Monitor missing episodes ( Missing Apprentice / (HOS Locality 1 and 5 / DHOS CIC – from Apr17) )",
    "Missing Apprentice / (HOS Locality 1 and 5 / DHOS CIC",
    "from Apr17",
  ],
  [
    "- Recording on LCS – Service Manager (CYP Information Systems) Aug17)",
    "Service Manager (CYP Information Systems)",
    "Aug17",
    "unbalanced",
  ],
  ["- Neglect audit – quarterly (Head of QA – Nov17))", "Head of QA", "Nov17", "unbalanced"],
  ["- Audit (Head of QA, Nov17)", "Head of QA", "Nov17"],
  ["- Audit (Lead: Head of QA; Date: Nov17)", "Head of QA", "Nov17"],
  ["- Audit (Lead officer: Head of QA – Nov17)", "Head of QA", "Nov17"],
  ["- Audit (Supported by: PSW – Nov17)", "PSW", "Nov17"],
  ["- Audit (Head of QA - Q3 2017/18)", "Head of QA", "Q3 2017/18"],
  ["- Audit (Head of QA, H1 2018/19)", "Head of QA", "H1 2018/19"],
  ["- Audit (Head of QA w/c 5 March 2018)", "Head of QA", "w/c 5 March 2018"],
  ["- Audit (Head of QA week commencing 5 March 2018)", "Head of QA", "week commencing 5 March 2018"],
  ["- Audit (Standby team – Spring 2018)", "Standby team", "Spring 2018"],
  ["- Four FTE posts (provisional)", null, null],
  // Other ways plans write it
  ["- Audit [Head of QA – Nov17]", "Head of QA", "Nov17"],
  ["- Audit (Head of QA / Nov17)", "Head of QA", "Nov17"],
  ["- Audit (Nov17 – Head of QA)", "Head of QA", "Nov17"],
  // Other councils' ways of writing the same bracket
  ["- Review thresholds (by Sept 2025, TM MASH)", "TM MASH", "by Sept 2025"],
  ["- Review thresholds (Owner: TM MASH; Due: Sept 2025)", "TM MASH", "Sept 2025"],
  ["- Review thresholds (Lead: TM MASH, by Sept 2025)", "TM MASH", "by Sept 2025"],
  // A separator typed with no spaces round it, where a timescale follows
  ["- Audit (HOS-Nov17)", "HOS", "Nov17"],
  ["- Audit (Co-ordinator-Dec17)", "Co-ordinator", "Dec17"],
  ["- Audit (Head of QA/Nov17)", "Head of QA", "Nov17"],
  ["- Audit (TM:ongoing)", "TM", "ongoing"],
  ["- Audit (Jul17-Mar18)", null, "Jul17-Mar18"],
  ["- Audit (14/11/17)", null, "14/11/17"],
  // A span of dates keeps its own dash: the owner ends before it
  ["- Audit (HOS – Jul17 - Mar18)", "HOS", "Jul17 - Mar18"],
  [
    "- Audit (Head of Service – Early Help – Apr 2018 – Mar 2019)",
    "Head of Service – Early Help",
    "Apr 2018 – Mar 2019",
  ],
  ["- Audit (Jul17 - Mar18 – HOS)", "HOS", "Jul17 - Mar18"],
  ["- Audit (HOS, Apr 2018 – Mar 2019)", "HOS", "Apr 2018 – Mar 2019"],
  // An owner and a date in brackets side by side, or the date after the owner's bracket
  ["- Audit (HOS) (Nov17)", "HOS", "Nov17"],
  ["- Audit (Nov17) (HOS)", "HOS", "Nov17"],
  ["- Audit (HOS) – Nov17", "HOS", "Nov17"],
  ["- Audit (HOS) Nov17", "HOS", "Nov17"],
  ["- Audit (HOS), Nov17", "HOS", "Nov17"],
  ["- Engage schools (including academies) in the audit", null, null],
  ["- Audit (Jun17) (Nov17)", null, "Nov17"],
  ["- Train (EH) staff (Nov17)", null, "Nov17"],
  ["- Meet (monthly) – MASH", null, null],
  ["- Review the 2018 strategy (HOS)", "HOS", null],
  // A date still to be filled in, and a label with no date
  ["- Audit (HOS – )", "HOS", null],
  ["- Audit (HOS – TBC)", "HOS", null],
  ["- Audit (Head of QA - tbc)", "Head of QA", null],
  // Two months joined by a slash, as by a dash
  ["- Audit (HOS – Nov17/Dec17)", "HOS", "Nov17/Dec17"],
  ["- Audit (HOS – Sept/Oct 2017)", "HOS", "Sept/Oct 2017"],
  ["- Audit (Lead: HOS)", "HOS", null],
  // A full stop after the bracket
  ["- Audit (HOS – Nov17).", "HOS", "Nov17"],
  // Cycles are timescales too, not part of the owner
  ["- Audit (HOS – termly)", "HOS", "termly"],
  ["- Audit (TM fortnightly)", "TM", "fortnightly"],
  ["- Audit (Head of QA – bi-monthly)", "Head of QA", "bi-monthly"],
  ["- Audit (TM-daily)", "TM", "daily"],
  ["- Report (SD – each board)", "SD", "each board"],
  ["- Report (Annual Review Team – Nov17)", "Annual Review Team", "Nov17"],
  // The date after a word rather than a dash, and a date moved with its old one kept
  ["- Audit (HoS by 31/10/24)", "HoS", "by 31/10/24"],
  ["- Audit (Head of QA due Nov17)", "Head of QA", "due Nov17"],
  ["- Audit (due Nov17)", null, "due Nov17"],
  ["- Audit (Head of Due Diligence – Nov17)", "Head of Due Diligence", "Nov17"],
  ["- Audit (HoS – Oct 24 – revised Jan 25)", "HoS", "Oct 24 – revised Jan 25"],
  // An owner's label set off by a dash, not a colon: the label is no owner
  ["- Audit of files (Lead – HoS, by Nov17)", "HoS", "by Nov17"],
  ["- Audit (Owner – Head of QA – Nov17)", "Head of QA", "Nov17"],
  ["- Audit (Lead – Nov17)", null, "Nov17"],
  ["- Audit (Lead Member – Dec17)", "Lead Member", "Dec17"],
  ["- Audit (Resp: HoS; By: Nov17)", "HoS", "Nov17"],
  ["- Audit (Responsible officer: HoS – Nov17)", "HoS", "Nov17"],
  // A bar between owner and date, as some plans type it
  ["- Audit (HoS | Nov17)", "HoS", "Nov17"],
  // A person's name that starts like a month is no date; a misspelt month still is
  ["- Audit (Jane Smith, Nov17)", "Jane Smith", "Nov17"],
  ["- Audit (Martin Jones Dec 2017)", "Martin Jones", "Dec 2017"],
  // … and a person whose first name is a month's is named, not read as a date
  ["- Audit (April Lee, Apr18)", "April Lee", "Apr18"],
  ["- Audit (May Jones May18)", "May Jones", "May18"],
  ["- Audit (June Fox Jul18)", "June Fox", "Jul18"],
  ["- Audit (Head of May18)", "Head of", "May18"],
  // A span of dates and nothing else names no owner: its first month is no owner's name
  ["- Audit (Oct17 – Mar18)", null, "Oct17 – Mar18"],
  ["- Audit (April – June 2018)", null, "April – June 2018"],
  ["- Audit (Jan–Mar 2018)", null, "Jan–Mar 2018"],
  ["- Audit (HoS – April – June 2018)", "HoS", "April – June 2018"],
  // A date typed with slashes is one date, not split at its slashes
  ["- Audit (HoS 30/11/17)", "HoS", "30/11/17"],
  ["- Audit (TM MASH-12/17)", "TM MASH", "12/17"],
  // The date written first, before a colon, a label's value or only a space
  ["- Audit (Nov17: HoS)", "HoS", "Nov17"],
  ["- Audit (Date: Nov17; Lead: HoS)", "HoS", "Nov17"],
  ["- Audit (Dec17 Head of QA)", "Head of QA", "Dec17"],
  ["- Audit (30/11/17 HoS)", "HoS", "30/11/17"],
  ["- Audit (May Jones)", "May Jones", null],
  // A time the deadline reader knows but cannot date is the date's place, not part of the owner
  ["- Audit (HoS – ASAP)", "HoS", "ASAP"],
  ["- Audit (HoS – next board)", "HoS", "next board"],
  ["- Audit (HoS – after the inspection)", "HoS", "after the inspection"],
  ["- Audit (HoS – within 6 weeks)", "HoS", "within 6 weeks"],
  ["- Audit (DHOS – Children in Care)", "DHOS – Children in Care", null],
  ["- Audit (HoS – Phase 2 Lead)", "HoS – Phase 2 Lead", null],
  // A date's label alone is no owner
  ["- Audit (Date: Nov17)", null, "Nov17"],
  ["- Audit (Target date: 30/11/17)", null, "30/11/17"],
  ["- Audit (HoS – Septmber17)", "HoS", "Septmber17"],
  ["- Audit (TM Novmber 2017)", "TM", "Novmber 2017"],
];

describe("sub-action brackets", () => {
  it.each(CASES)("%s", (...[line, owner, when, problem]: Case) => {
    const bracket = findTrailingBracket(line);
    if (owner === null && when === null) {
      expect(bracket).toBeNull();
      return;
    }
    expect(bracket).not.toBeNull();
    expect(bracket?.owner).toBe(owner);
    expect(bracket?.when).toBe(when);
    expect(bracket?.problem).toBe(problem ?? null);
  });

  it("finds no bracket on a line without one", () => {
    expect(findTrailingBracket("- Monitor progress via case audits")).toBeNull();
    expect(findTrailingBracket("- Deliver actions under assessments (pages 6 and 7) to ensure accuracy")).toBeNull();
  });
});
