// The project's own copy of the Derby 2017 plan (scripts/data), typed for the sample builders.

import plan from "../data/derby-improvement-plan-2017.json";

export interface DerbyAction {
  id: string;
  theme: string;
  what: string;
  area: string;
  accountable: string;
  deadline: string;
  closingTheLoop: string;
  financial: string;
  staffAndWfd: string;
  partners: string;
  systems: string;
  leadership: string;
}

export const DERBY = plan as unknown as {
  title: string;
  organisation: string;
  themes: { name: string; ofstedRecommendationTopics: string[]; existingPriorities: string[] }[];
  recommendations: { number: number; text: string; topic: string; theme: string }[];
  columns: string[];
  notes: { marker: string; text: string }[];
  actions: DerbyAction[];
};

/** The ten plan columns in document order, with the keys of the JSON transcription. */
export const PLAN_COLUMNS: { key: keyof DerbyAction; heading: string; width: number }[] = [
  { key: "what", heading: "What?", width: 34 },
  { key: "area", heading: "What area will this support an improvement in?*", width: 28 },
  { key: "accountable", heading: "Accountable Officer(s)", width: 22 },
  { key: "deadline", heading: "Deadline", width: 14 },
  { key: "closingTheLoop", heading: "Closing the loop**", width: 34 },
  { key: "financial", heading: "Financial", width: 18 },
  { key: "staffAndWfd", heading: "Staff and WFD", width: 38 },
  { key: "partners", heading: "Partners / stakeholders", width: 34 },
  { key: "systems", heading: "Systems, analysis and reporting", width: 34 },
  { key: "leadership", heading: "Leadership***", width: 30 },
];

/** Illustrative tracking a few months on (not Derby's real progress): status and links per action. */
export const ILLUSTRATIVE_TRACKING: Record<
  string,
  { status: string; links: string; progress: string; updated: string }
> = {
  A01: {
    status: "On track",
    links: "Thresholds",
    progress: "Quarterly QA sessions running in Reception.",
    updated: "2017-11-06",
  },
  A02: {
    status: "On track",
    links: "R2; R3",
    progress: "GCP training dates booked for all teams.",
    updated: "2017-11-06",
  },
  A03: {
    status: "Complete",
    links: "R4",
    progress: "PF checklist rolled out; champions in place.",
    updated: "2017-09-04",
  },
  A04: { status: "Complete", links: "R5", progress: "Protocol reviewed; leaflet published.", updated: "2017-10-02" },
  A05: { status: "On track", links: "R7", progress: "Focus group held in October.", updated: "2017-11-06" },
  A06: {
    status: "On track",
    links: "R2; Early help services that are sustainable and continue to meet needs",
    progress: "APIRE guidance issued.",
    updated: "2017-10-02",
  },
  A07: {
    status: "At risk",
    links: "R2; Equality and diversity",
    progress: "Training backlog after staff changes.",
    updated: "2017-11-06",
  },
  A08: { status: "On track", links: "R3", progress: "Plan audit scheduled for December.", updated: "2017-11-06" },
  A09: { status: "Not started", links: "R10", progress: "", updated: "" },
  A10: {
    status: "On track",
    links: "Quality of life story work and later life letters",
    progress: "Awareness sessions held in two localities.",
    updated: "2017-10-02",
  },
  A11: { status: "On track", links: "R11", progress: "Committee TOR updated.", updated: "2017-10-02" },
  A12: {
    status: "Off track",
    links: "The Children in Care Council; Closing the loop",
    progress: "Voice tools not yet in use in social care.",
    updated: "2017-11-06",
  },
  A13: {
    status: "On track",
    links: "Complaints; Closing the loop",
    progress: "Feedback log set up.",
    updated: "2017-10-02",
  },
  A14: {
    status: "On track",
    links:
      "R6; Performance management (including data quality, recording and reporting) and quality assurance activity",
    progress: "Supervision audit in September.",
    updated: "2017-10-02",
  },
  A15: { status: "Complete", links: "R8", progress: "PEP quality tool in use.", updated: "2017-09-04" },
  A16: { status: "On track", links: "R7", progress: "Missing pathway reconfigured.", updated: "2017-11-06" },
  A17: { status: "On track", links: "R7", progress: "", updated: "2017-10-02" },
  A18: { status: "On track", links: "R7", progress: "Charging policy drafted.", updated: "2017-11-06" },
  A19: { status: "Complete", links: "R7", progress: "Protocol approved by DSCB.", updated: "2017-10-30" },
  A20: { status: "On track", links: "R7", progress: "", updated: "2017-11-06" },
  A21: { status: "Not started", links: "R7", progress: "", updated: "" },
  A22: {
    status: "At risk",
    links: "R1; Workforce development; Managing demand",
    progress: "Two of four posts filled.",
    updated: "2017-11-06",
  },
  A23: {
    status: "On track",
    links: "R1; Workforce development",
    progress: "Induction guidance in draft.",
    updated: "2017-11-06",
  },
  A24: { status: "On track", links: "R9", progress: "Recruitment video released.", updated: "2017-10-02" },
  A25: {
    status: "On track",
    links: "R9; Alternative models of service delivery (Delivering Differently)",
    progress: "Pilot started July 2017.",
    updated: "2017-10-02",
  },
};
