// The default plan structure: Derby City Council's Children Early Help and Social Care Services
// Improvement Plan 2017 (themes, the eleven Ofsted recommendations, existing priorities). Used for
// that plan — recognised by its theme headings — when the workbook carries no sheet of its own.

import type { PlanStructure } from "./model";

export const DERBY_2017: PlanStructure = {
  title: "Derby City Council – Children Early Help and Social Care Services Improvement Plan 2017",
  source: "default",
  derby: true,
  themes: [
    { name: "Identifying and meeting needs" },
    { name: "Learning from practice" },
    { name: "Capacity within the city" },
  ],
  recommendations: [
    {
      id: "R1",
      term: "recommendation",
      number: 1,
      topic: "Caseloads and recruitment of workers",
      theme: "Capacity within the city",
      text: "Reduce social work caseloads in the reception and locality social work teams to enable staff to carry out good-quality direct work with children.",
    },
    {
      id: "R2",
      term: "recommendation",
      number: 2,
      topic: "Assessments",
      theme: "Identifying and meeting needs",
      text: "Ensure that assessments are informed by the child's history, research findings and social work theory, and address all issues relevant to parenting capacity and unmet need, including those arising from disability, language and ethnicity.",
    },
    {
      id: "R3",
      term: "recommendation",
      number: 3,
      topic: "Plans",
      theme: "Identifying and meeting needs",
      text: "Ensure that child in need and child protection plans clearly detail the support to be put in place to effect the changes needed to improve outcomes, and that they are updated to take account of changing circumstances and emerging risks.",
    },
    {
      id: "R4",
      term: "recommendation",
      number: 4,
      topic: "Private fostering",
      theme: "Identifying and meeting needs",
      text: "Ensure that private fostering notifications are responded to promptly and that children living in such arrangements are seen in a timely way.",
    },
    {
      id: "R5",
      term: "recommendation",
      number: 5,
      topic: "16 and 17 year old homelessness",
      theme: "Identifying and meeting needs",
      text: "Ensure that assessments of homeless 16- and 17-year-old young people are appropriately offered support under section 20 of the Children Act 1989 and, when a young person decides to be supported as a child in need rather than becoming looked after, that they are making a fully informed decision.",
    },
    {
      id: "R6",
      term: "recommendation",
      number: 6,
      topic: "Reflective supervision",
      theme: "Learning from practice",
      text: "Ensure that supervision is regular and reflective, and has a clear focus on risk assessment and improving the quality of assessments and plans.",
    },
    {
      id: "R7",
      term: "recommendation",
      number: 7,
      topic: "Quality of return interviews",
      theme: "Learning from practice",
      text: "Improve the quality of return interviews so that these can better inform plans and wider intelligence about vulnerable children.",
    },
    {
      id: "R8",
      term: "recommendation",
      number: 8,
      topic: "Quality of PEPs",
      theme: "Identifying and meeting needs",
      text: "Ensure that all children looked after have analytical and targeted, specific personal education plans to capture their progress and any support needs.",
    },
    {
      id: "R9",
      term: "recommendation",
      number: 9,
      topic: "Recruitment of carers",
      theme: "Capacity within the city",
      text: "Prioritise the recruitment and commissioning of a variety of local foster carers to provide sufficient capacity to best meet the needs of children looked after in Derby.",
    },
    {
      id: "R10",
      term: "recommendation",
      number: 10,
      topic: "Care leavers health history",
      theme: "Identifying and meeting needs",
      text: "Ensure that all care leavers are clear about their own health histories and are aware of any family health issues that may affect them as they go through life.",
    },
    {
      id: "R11",
      term: "recommendation",
      number: 11,
      topic: "Corporate Parenting",
      theme: "Learning from practice",
      text: "Ensure that the corporate parenting committee strengthens its oversight of children looked after with additional vulnerabilities and that children's views help to shape services.",
    },
  ],
  priorities: [
    { id: "Thresholds", name: "Thresholds", theme: "Identifying and meeting needs" },
    { id: "Equality and diversity", name: "Equality and diversity", theme: "Identifying and meeting needs" },
    { id: "CIC Dental checks", name: "CIC Dental checks", theme: "Identifying and meeting needs" },
    {
      id: "Early help services that are sustainable and continue to meet needs",
      name: "Early help services that are sustainable and continue to meet needs",
      theme: "Identifying and meeting needs",
    },
    {
      id: "Quality of life story work and later life letters",
      name: "Quality of life story work and later life letters",
      theme: "Identifying and meeting needs",
    },
    { id: "Closing the loop", name: "Closing the loop", theme: "Learning from practice" },
    {
      id: "Performance management (including data quality, recording and reporting) and quality assurance activity",
      name: "Performance management (including data quality, recording and reporting) and quality assurance activity",
      theme: "Learning from practice",
    },
    { id: "The Children in Care Council", name: "The Children in Care Council", theme: "Learning from practice" },
    { id: "Complaints", name: "Complaints", theme: "Learning from practice" },
    { id: "Workforce development", name: "Workforce development", theme: "Capacity within the city" },
    {
      id: "Alternative models of service delivery (Delivering Differently)",
      name: "Alternative models of service delivery (Delivering Differently)",
      theme: "Capacity within the city",
    },
    { id: "Managing demand", name: "Managing demand", theme: "Capacity within the city" },
  ],
};

/** True when a list of theme names is Derby's three, in any order and case. */
export function areDerbyThemes(names: readonly string[]): boolean {
  const lower = new Set(names.map((n) => n.toLowerCase()));
  return lower.size === DERBY_2017.themes.length && DERBY_2017.themes.every((t) => lower.has(t.name.toLowerCase()));
}
