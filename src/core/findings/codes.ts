// Every finding code, with its severity and what a coordinator should do about it. Codes are
// stable: reports, filters and saved snapshots refer to them. The README table is built from this.

import type { Severity } from "./finding";

export interface CodeInfo {
  severity: Severity;
  title: string;
  fix: string;
}

export const FINDING_CODES = {
  // Reading the sheet
  "structure/missing-column": {
    severity: "error",
    title: "A required column is missing",
    fix: "Add the column to the header row, or map an existing column to it in Plan Check settings.",
  },
  "structure/repeated-header": {
    severity: "info",
    title: "Header row repeated inside the table",
    fix: "Nothing to do; it is skipped. You may delete it if it was copied from a printed page.",
  },
  "structure/other-plan-sheet": {
    severity: "info",
    title: "Another sheet also looks like a plan",
    fix: 'To check that sheet instead, choose it as the plan sheet in the pane, enter its name beside "Plan sheet" on the "Plan Check settings" sheet, or run the command line with --sheet.',
  },
  "structure/outside-theme": {
    severity: "warning",
    title: "Action above the first theme row",
    fix: "Add a theme row above this action, or move the action under its theme.",
  },
  "structure/unknown-theme": {
    severity: "warning",
    title: "Theme not in the plan's list",
    fix: "Check the spelling against the themes on the Recommendations sheet, or add the theme there.",
  },
  "structure/unreadable-cell": {
    severity: "error",
    title: "Cell shows an Excel error",
    fix: "Fix the formula or retype the value so the cell shows text.",
  },
  // Required content
  "content/missing-what": {
    severity: "error",
    title: "Action has no description",
    fix: "Describe the action in the What? column.",
  },
  "content/missing-closing-the-loop": {
    severity: "warning",
    title: "No closing-the-loop check",
    fix: "Say how delivery and impact will be tested.",
  },
  "content/missing-links": {
    severity: "warning",
    title: "Action names no recommendation or priority",
    fix: "Name the recommendation(s) or priority(ies) it supports, e.g. R2; Thresholds.",
  },
  "content/missing-deadline": {
    severity: "error",
    title: "Action has no deadline",
    fix: "Enter a deadline such as 'March 2018' or a date.",
  },
  // Owners
  "owner/missing": {
    severity: "error",
    title: "Action has no accountable officer",
    fix: "Name the accountable officer (a role, e.g. 'Head of QA').",
  },
  "owner/placeholder": {
    severity: "error",
    title: "Accountable officer is a placeholder",
    fix: "Replace the placeholder with the officer who is accountable.",
  },
  "owner/sub-action-no-owner": {
    severity: "warning",
    title: "Sub-action has no owner",
    fix: "End the bullet with the owner and date in brackets, e.g. (Head of QA – Nov17).",
  },
  "owner/measures-column": {
    severity: "info",
    title: "Bullets read as measures, not sub-actions",
    fix: "If they are tasks, end each with its owner and date in brackets, e.g. (Head of QA – Nov17).",
  },
  "owner/sub-action-no-date": {
    severity: "warning",
    title: "Sub-action has an owner but no date",
    fix: "Add the date after the owner, e.g. (Head of QA – Nov17).",
  },
  "owner/sub-action-no-bracket": {
    severity: "warning",
    title: "Sub-action has no (Owner – Date)",
    fix: "End the bullet with the owner and date in brackets, e.g. (Head of QA – Nov17).",
  },
  "owner/cut-off": {
    severity: "warning",
    title: "Owner's name looks cut off",
    fix: "Write the owner's post or name in full, e.g. Head of QA.",
  },
  "owner/variant": {
    severity: "info",
    title: "Same owner written different ways",
    fix: "Use one spelling for each role and each person, so summaries group them together.",
  },
  // Time
  "overdue/action": {
    severity: "error",
    title: "Action overdue",
    fix: "Update the status if it is done, or agree a new deadline and record why.",
  },
  "overdue/sub-action": {
    severity: "warning",
    title: "Sub-action date has passed while the action is open",
    fix: "If it was delivered, write '– complete' after its bracket; if not, agree a new date with the owner.",
  },
  "overdue/milestone": {
    severity: "warning",
    title: "Milestone date has passed",
    fix: "Confirm the milestone was met, or agree a new date.",
  },
  "overdue/not-started": {
    severity: "warning",
    title: "Start date has passed, still not started",
    fix: "Update the status if the work has started; if not, agree a new start date with its owner and record why.",
  },
  "overdue/no-status-column": {
    severity: "info",
    title: "No status column: every action counts as open",
    fix: "Add a Status column (Plan Check's 'Set up tracking' does this) so completed actions are not shown as overdue.",
  },
  // Deadlines
  "deadline/unreadable": {
    severity: "warning",
    title: "Deadline could not be read",
    fix: "Write the date as a month and year ('Nov17', 'November 2017'), a date (30/11/2017) or a financial quarter ('Q3 2024/25').",
  },
  "deadline/probable-typo": {
    severity: "warning",
    title: "Deadline has a probable typo",
    fix: "Correct the spelling of the month.",
  },
  "deadline/impossible-date": {
    severity: "error",
    title: "Date does not exist",
    fix: "Check the day and month (dates are read day/month/year).",
  },
  "deadline/lost-date-format": {
    severity: "warning",
    title: "Deadline is a date shown as a number",
    fix: "Select the cell and choose Home > Number > Short Date, so it shows as the date it holds.",
  },
  "deadline/no-year": {
    severity: "warning",
    title: "Month without a year",
    fix: "Add the year, e.g. 'Apr18'.",
  },
  "deadline/far-off": {
    severity: "warning",
    title: "Deadline more than 5 years away",
    fix: "Check the year: 'Mar 31' reads as March 2031. If the date is right, there is nothing to do.",
  },
  "deadline/sub-action-after-action": {
    severity: "warning",
    title: "Sub-action due after its action's deadline",
    fix: "Bring the sub-action date forward or move the action's deadline.",
  },
  "deadline/bracket-cut-off": {
    severity: "warning",
    title: "Bracket cut off or unbalanced",
    fix: "Complete the bracket so it reads (Owner – Date).",
  },
  // Coverage
  "coverage/recommendation-gap": {
    severity: "error",
    title: "Recommendation has no action",
    fix: "Add an action that supports this recommendation, or link an existing one to it.",
  },
  "coverage/priority-gap": {
    severity: "warning",
    title: "Priority has no action",
    fix: "Add an action that supports this priority, or link an existing one to it.",
  },
  "coverage/unknown-link": {
    severity: "error",
    title: "Link names a recommendation or priority that does not exist",
    fix: "Use a recommendation number (R1, R2 …) or a priority name, as on the Recommendations and Priorities sheets.",
  },
  "coverage/no-recommendations": {
    severity: "info",
    title: "No recommendations to check coverage against",
    fix: 'Add a sheet named "Recommendations" with the columns No., Recommendation, Topic and Theme (and a "Priorities" sheet for existing priorities).',
  },
  "coverage/inferred-link": {
    severity: "info",
    title: "Suggested link (inferred from the text)",
    fix: "If right, record it in a Links column; Plan Check guessed it from the wording.",
  },
  // Tracking
  "status/colour-only": {
    severity: "info",
    title: "Status shown only by the cell's colour",
    fix: "Write the status in the cell as well, so it reads in black and white and to a screen reader.",
  },
  "status/complete-without-date": {
    severity: "warning",
    title: "Completed action has no completion date",
    fix: "Enter the date it was completed in the Last updated column.",
  },
  "status/missing": {
    severity: "warning",
    title: "Action has no status",
    fix: "Choose its status: Not started, On track, At risk, Off track, Complete or Withdrawn.",
  },
  "status/none-given": {
    severity: "info",
    title: "No action has a status yet",
    fix: "Give each action its status in the Status column (the drop-down offers the choices); until then every action counts as open.",
  },
  "status/sub-actions-done": {
    severity: "info",
    title: "Every sub-action done, the action still open",
    fix: "If the action is delivered and its closing-the-loop check shows the difference it made, mark it Complete.",
  },
  "status/stale-update": {
    severity: "warning",
    title: "Progress update out of date",
    fix: "Ask the owner for an update, record it, and put its date in Last updated.",
  },
  "status/unknown": {
    severity: "warning",
    title: "Status not recognised",
    fix: "Use one of: Not started, On track, At risk, Off track, Complete, Withdrawn.",
  },
} as const satisfies Record<string, CodeInfo>;

export type FindingCode = keyof typeof FINDING_CODES;
