// Plan columns matched by meaning, not position: the headings councils actually write, with the
// footnote marks, line breaks, case and spacing they come with.

import { MONTH_NAME } from "../deadline/months";
import { memoiseText } from "../memoise";
import type { ColumnRole } from "./model";

/** The Derby 2017 heading first, then the usual synonyms. All in normalised form. */
const SYNONYMS: Record<ColumnRole, string[]> = {
  // Trackers often give each row its theme in a column rather than under a heading row. "Priority"
  // alone is left out: it as often means High, Medium or Low.
  // "Bucket" is how Microsoft Planner groups tasks, and so how its exports head the column.
  theme: [
    "theme",
    "themes",
    "improvement theme",
    "workstream",
    "work stream",
    "strand",
    "priority area",
    "bucket",
    "bucket name",
    // ILACS plans group actions by the inspection's judgement areas: "Help and protection", "Children in care".
    "judgement area",
    "judgment area",
    "ofsted judgement area",
    "ofsted judgment area",
    "ilacs judgement area",
    "ilacs judgment area",
  ],
  // What is done comes before what it is for: a plan with an Objective column over one task per row
  // has its actions in the Action column.
  what: [
    "what",
    "action",
    "actions",
    "action s",
    "what will we do",
    "improvement action",
    "actions required",
    "action required",
    "key actions",
    "key action",
    "specific actions",
    "task",
    "tasks",
    "key tasks",
    "action task",
    "actions to be taken",
    "action to be taken",
    "what are we going to do",
    "what we are going to do",
    "what we will do",
    "activity",
    "activities",
    // Trackers and task lists name the column for its row: "Task name", "Action title".
    "task name",
    "action name",
    "action title",
    "action description",
    "task description",
    "action objective",
    "objective",
    "objectives",
    // A SharePoint list keeps each item's name in its Title column.
    "title",
    // A tracker's generic column for what each row is, last: an "Action" beside it is the closer name.
    "description",
  ],
  area: [
    "what area will this support an improvement in",
    "area",
    "improvement area",
    "area of improvement",
    "outcome",
    "intended outcome",
    "impact",
    "impact outcome",
    "outcome s",
    "outcomes",
    "intended outcomes",
    "desired outcome",
    "expected outcome",
    "expected impact",
    "intended impact",
    "outcome sought",
    "outcomes sought",
  ],
  accountable: [
    "accountable officer s",
    "accountable officers",
    "accountable officer",
    "accountable",
    "lead officer",
    "lead officers",
    "lead",
    "owner",
    "owners",
    "responsible officer",
    "responsible manager",
    "action owner",
    "lead s",
    "owner s",
    "responsible person",
    "person responsible",
    "officer responsible",
    "officers responsible",
    "responsible",
    "lead person",
    // The What? / Who? / When? / How will we know? layout many plans follow.
    "who",
    "by whom",
    "who is responsible",
    "responsible lead",
    "workstream lead",
    "lead manager",
    "senior responsible officer",
    "sro",
    "responsibility",
    "assigned to",
    "action lead",
    "accountable lead",
    "accountable manager",
    "named lead",
    "lead responsibility",
    "who will lead",
    "who will do it",
    "who will do this",
    "executive lead",
    "strategic lead",
    "lead director",
    "responsible director",
    "assistant director",
    "lead ad",
  ],
  deliveryLead: ["delivery lead", "delivery leads", "operational lead", "lead for delivery"],
  deadline: [
    "deadline",
    "deadlines",
    "target date",
    "due",
    "due date",
    "due by",
    "timescale",
    "timescales",
    "by when",
    "completion date",
    "target completion date",
    "target date for completion",
    "timescale for completion",
    "when",
    "end date",
    "target end date",
    "date due",
    "completion due",
    "timescales for completion",
    "deadline date",
    "target deadline",
    "timeframe",
    "timeframes",
    "time frame",
    "completion by",
    // Beside a revised date, the one first agreed.
    "original target date",
    "original deadline",
    "original timescale",
    "original due date",
    "original completion date",
    "original date",
    "target date original",
    "deadline original",
    "baseline date",
    "by when date",
    "completion target",
    "target timescale",
    "implementation date",
    "when by",
    "when will it be done",
    "timeline for completion",
    "date for completion",
    "completion timescale",
    "planned completion date",
    "planned completion",
    "expected completion date",
    "expected completion",
    "forecast completion date",
    // Beside a Start column with no heading over both.
    "end",
    "finish",
    "finish date",
    "timeline",
    "timelines",
  ],
  revisedDeadline: [
    "revised target date",
    "revised deadline",
    "revised date",
    "revised timescale",
    "revised due date",
    "revised completion date",
    "revised end date",
    "agreed revised date",
    "new deadline",
    "new target date",
    "new date",
    "amended deadline",
    "amended target date",
    "extended deadline",
    "target date revised",
    "deadline revised",
  ],
  closingTheLoop: [
    "closing the loop",
    "closing the loop checks",
    "evidence of impact",
    "impact evidence",
    "how will we know",
    "how we will know",
    "how will we know it has worked",
    "how we will measure impact",
    "how we will measure success",
    "how will we measure impact",
    "measures of success",
    "success measures",
    "impact measures",
    "measure of impact",
    "evidence",
    "outcome measures",
    "evidence of completion",
    "measure of success",
    "measures",
    "success measure",
    "success criteria",
    "how will we measure success",
    "how will we know we have made a difference",
    "evidence of success",
    "evidence impact",
    "impact and evidence",
    "evidence and impact",
    "outcome impact measure",
    "outcome impact measures",
    "outcome measure",
    "measures of impact",
    "what will success look like",
    "what does success look like",
    "what difference will it make",
    "what difference will this make",
    "performance measures",
    "performance measure",
    "key performance indicators",
    "kpis",
  ],
  // One column of dated tasks under each action, where Derby's plan has five by kind.
  milestones: [
    "milestones",
    "key milestones",
    "sub actions",
    "sub action",
    "sub actions milestones",
    "milestones sub actions",
    "milestones and sub actions",
    "key steps",
    "steps",
    "interim milestones",
    "milestone",
    "sub tasks",
    "subtasks",
    "how will we do it",
    "how we will do it",
    "how will this be achieved",
  ],
  // A step's lead, date and status in columns of their own, beside the Sub-action column.
  stepOwner: [
    "sub action lead",
    "sub action owner",
    "sub action lead officer",
    "sub action responsible officer",
    "lead for sub action",
    "milestone lead",
    "milestone owner",
    "step lead",
    "step owner",
  ],
  stepDeadline: [
    "sub action deadline",
    "sub action date",
    "sub action due date",
    "sub action target date",
    "sub action timescale",
    "sub action completion date",
    "milestone date",
    "milestone deadline",
    "milestone due date",
    "milestone target date",
    "step deadline",
    "step due date",
  ],
  stepStatus: ["sub action status", "sub action rag", "milestone status", "milestone rag", "step status"],
  financial: ["financial", "finance", "financial implications"],
  staffAndWfd: ["staff and wfd", "staff and workforce development", "staff", "workforce development", "wfd"],
  partners: ["partners stakeholders", "partners", "stakeholders", "partners and stakeholders"],
  systems: ["systems analysis and reporting", "systems", "systems and reporting"],
  leadership: ["leadership"],
  status: [
    "status",
    "rag",
    "rag status",
    "delivery status",
    "completion status",
    "progress status",
    "rag rating",
    "current rag",
    "status rag",
    "current status",
    "brag",
    "brag status",
    "brag rating",
    "progress rag",
    "rag progress",
    "overall rag",
    "overall status",
    "current rag rating",
    "rag status brag",
    "rag rating b r a g",
    // Boards that rate each action's delivery confidence Green, Amber or Red.
    "delivery confidence",
    "confidence",
    "confidence rag",
    "delivery confidence rag",
    "delivery rag",
  ],
  percentComplete: [
    "% complete",
    "% completed",
    "% done",
    "% achieved",
    "percent complete",
    "percentage complete",
    "completion %",
    "progress %",
    "% progress",
  ],
  links: [
    "links to recommendations priorities",
    "links",
    "link",
    "linked to",
    "links to recommendations",
    "linked recommendations",
    "recommendations",
    "recommendation s",
    "recommendation priority",
    "recommendation",
    "ofsted recommendation",
    "ofsted recommendations",
    "ofsted recommendation s",
    "inspection recommendation",
    "link to ofsted recommendation",
    "link to recommendation",
    "ofsted ref",
    "ofsted reference",
    "link to ofsted",
    "links to ofsted",
    "link to inspection",
    "links to inspection",
    // Since 2018 inspections list areas for improvement (AFIs) instead of recommendations.
    "afi",
    "afis",
    "afi s",
    "afi ref",
    "ofsted afi",
    "link to afi",
    "linked afi",
    "area for improvement",
    "areas for improvement",
    "ofsted area for improvement",
    // Priority actions, which Ofsted sets where it finds serious weakness.
    "priority action",
    "priority actions",
    "priority action ref",
    "link to priority action",
    "linked priority action",
    // ILACS reports head their list "What needs to improve"; plans copy each item beside its actions.
    "what needs to improve",
    "area for development",
    "areas for development",
    "ofsted finding",
    "inspection finding",
    "what ofsted said",
    "rec",
    "recs",
    "rec no",
    "rec ref",
    "ofsted rec",
    "link to priority",
    "linked priority",
    "priority link",
    "links to priorities",
  ],
  progress: [
    "progress update",
    "progress",
    "update",
    "commentary",
    "progress commentary",
    "board update",
    "update for board",
    "update for the board",
    "latest update",
    "progress comments",
    "progress and comments",
    "comments",
    "progress to date",
    "comments progress",
    "current position",
    "position statement",
    "update on progress",
    "comments update",
    "comments updates",
    "update comments",
    "comments next steps",
    "comments and next steps",
    "progress and next steps",
    "updates",
    "evidence of progress",
    "progress notes",
    // One column for the update and what shows it: "Progress / evidence", "Progress & impact".
    "progress evidence",
    "progress and evidence",
    "evidence progress",
    "update and evidence",
    "progress and impact",
    "progress impact",
    "narrative",
    "progress narrative",
    "status update",
  ],
  lastUpdated: [
    "last updated",
    "date updated",
    "updated",
    "date of update",
    "date last updated",
    "last update",
    "last review date",
    "date of last review",
    "last reviewed",
    "date reviewed",
    "updated on",
    "update date",
    "date of last update",
    "last update date",
    "reviewed on",
    // SharePoint lists date every change to an item.
    "modified",
    "last modified",
    "date modified",
  ],
  dateCompleted: [
    "date completed",
    "completed on",
    "date complete",
    "actual completion date",
    "completion date actual",
    "date closed",
    "closed date",
    "closed on",
    "date achieved",
    "date delivered",
    "completed date",
    "date of completion",
  ],
  // Asked as a question, answered yes or no: "Completed (Y/N)", "Complete?".
  completed: [
    "completed y n",
    "complete y n",
    "completed yes no",
    "complete yes no",
    "completed",
    "complete",
    "action completed",
    "action complete",
    "done",
    "done y n",
    "achieved y n",
    "delivered y n",
    "closed y n",
  ],
};

export const COLUMN_LABELS: Record<ColumnRole, string> = {
  what: "What?",
  area: "What area will this support an improvement in?",
  accountable: "Accountable Officer(s)",
  deliveryLead: "Delivery lead",
  deadline: "Deadline",
  revisedDeadline: "Revised deadline",
  closingTheLoop: "Closing the loop",
  milestones: "Milestones",
  stepOwner: "Sub-action lead",
  stepDeadline: "Sub-action deadline",
  stepStatus: "Sub-action status",
  financial: "Financial",
  staffAndWfd: "Staff and WFD",
  partners: "Partners / stakeholders",
  systems: "Systems, analysis and reporting",
  leadership: "Leadership",
  status: "Status",
  percentComplete: "% complete",
  links: "Links to recommendations / priorities",
  progress: "Progress update",
  lastUpdated: "Last updated",
  dateCompleted: "Date completed",
  completed: "Completed (Y/N)",
  theme: "Theme",
};

/** The group heading over the five sub-action columns in a two-row header. */
export const SUB_ACTIONS_GROUP = "sub actions and implications";

/** Lower case, footnote marks and punctuation gone, "&" read as "and", spaces collapsed. */
export function normaliseHeading(text: string): string {
  return text
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[*?:()/,.'’\-–\n\r\t]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** Each heading's role, and its rank among that role's headings: 0 for the Derby heading, then in list order. */
const BY_HEADING = new Map<string, { role: ColumnRole; rank: number }>();
for (const [role, names] of Object.entries(SYNONYMS) as [ColumnRole, string[]][]) {
  names.forEach((name, rank) => {
    if (!BY_HEADING.has(name)) BY_HEADING.set(name, { role, rank });
  });
}

export interface HeadingMatch {
  role: ColumnRole;
  /** Lower is a closer name for the role: where two columns name one role, the closer one takes it. */
  rank: number;
  /** The heading names the role only with a date beside it ("RAG Nov 2017"): one of a run of updates. */
  dated?: boolean;
}

/** The role a heading names, or null. Long Derby headings also match when cut off or extended. */
export function roleForHeading(text: string): ColumnRole | null {
  return matchHeading(text)?.role ?? null;
}

/** The role a heading names word for word, with no cut-off or extended match. */
export function exactRoleForHeading(text: string): ColumnRole | null {
  return BY_HEADING.get(normaliseHeading(text))?.role ?? null;
}

/** The role a heading names and how closely, or null. */
export function matchHeading(text: string): HeadingMatch | null {
  // Headings are short; plan text is not, and normalising every long cell of every row is costly.
  if (text.length > 80) return null;
  // Short cells repeat (owners, timescales), and every row is checked for a repeated header.
  return matchShortHeading(text);
}

const matchShortHeading = memoiseText((text): HeadingMatch | null => {
  const heading = normaliseHeading(text);
  if (heading === "") return null;
  const exact = BY_HEADING.get(heading);
  if (exact) return exact;
  // "Target date(s)", "Lead officer(s)": the plural in brackets changes nothing.
  const singular = heading.includes(" s") ? BY_HEADING.get(heading.replace(/ s(?= |$)/g, "")) : undefined;
  if (singular) return singular;
  const qualified = BY_HEADING.get(withoutQualifier(heading));
  if (qualified) return DATE_QUALIFIER.test(heading) ? { ...qualified, dated: true } : qualified;
  // "Deadline (month/year)", "Status (drop-down)", "Update – include date": a note on how to fill it in.
  const noted = HEADING_NOTE.exec(text);
  const beforeNote =
    noted && noted.index > 0 ? BY_HEADING.get(normaliseHeading(text.slice(0, noted.index))) : undefined;
  if (beforeNote) return beforeNote;
  // "Action status", "Action due date", "Action update": a heading named for the action it is about.
  const ofAction = /^actions? (.+)$/.exec(heading);
  const named = ofAction ? BY_HEADING.get(ofAction[1]) : undefined;
  if (named && named.role !== "what") return { role: named.role, rank: SYNONYMS[named.role].length };
  for (const [name, match] of BY_HEADING) {
    if (name.length >= 12 && (heading.startsWith(name) || (heading.length >= 12 && name.startsWith(heading))))
      return { role: match.role, rank: SYNONYMS[match.role].length };
  }
  return LINKS_HEADING.test(heading) ? { role: "links", rank: SYNONYMS.links.length } : null;
});

/** Where a note on filling a column in begins: a bracket, a dash between spaces, or a new line. */
const HEADING_NOTE = /\s*[([]|\s+[-–—]\s+|\s*\n/;

const MONTH = String.raw`(?:${MONTH_NAME})`;
/** A date as a normalised heading writes it: "feb 2025", "31 01 25", "q3 2024 25", "jan". */
const HEADING_DATE = String.raw`(?:(?:\d{1,2} )?${MONTH}(?: \d{2,4})?|\d{1,2} \d{1,2} \d{2,4}|q[1-4](?: \d{4}(?: \d{2})?)?)`;
const DATE_QUALIFIER = new RegExp(String.raw`^(?:${HEADING_DATE} )|(?: (?:as at|as of|at|for|in))? ${HEADING_DATE}$`);

/** The key to a RAG heading's letters, "RAG (B/G/A/R)": read as "rag". */
const RAG_LETTERS = /(?: [bgar]){3,4}$/;

/**
 * A heading without the date of the update it holds ("Update (Feb 2025)", "RAG as at 31.01.25", "Q3
 * update") or the key to its letters ("RAG (B/G/A/R)"): the column is the same one either way.
 */
function withoutQualifier(heading: string): string {
  return heading.replace(DATE_QUALIFIER, "").replace(RAG_LETTERS, "").trim();
}

/**
 * A links heading in words no list foresees: "Links to Ofsted recommendations", "Linked Ofsted
 * recommendation(s)", "Link to inspection recommendation", "Links to AFI / PA", "Ofsted link".
 */
const LINKS_HEADING =
  /^(?:(?:links?|linked|related|which|ofsted|inspection)\b.*\b(?:recommendations?|recs?|afis?|pas?|areas? for improvement|priorit(?:y|ies)(?: actions?)?)(?: s)?|(?:ofsted|inspection) links?)$/;
