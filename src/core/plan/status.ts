// Delivery status as councils write it: Plan Check's list, and the RAG words many plans use instead.

import { memoiseText } from "../memoise";

export const STATUSES = ["Not started", "On track", "At risk", "Off track", "Complete", "Withdrawn"] as const;
export type Status = (typeof STATUSES)[number];

const SYNONYMS: Record<string, Status> = {
  "not started": "Not started",
  "not yet started": "Not started",
  "not started yet": "Not started",
  "yet to start": "Not started",
  planned: "Not started",
  "not due": "Not started",
  "not yet due": "Not started",
  "on track": "On track",
  ontrack: "On track",
  "in progress": "On track",
  "work in progress": "On track",
  wip: "On track",
  underway: "On track",
  "under way": "On track",
  "on target": "On track",
  // RAG keys that grade progress: good is green, some or limited amber, little or none red.
  "good progress": "On track",
  "significant progress": "On track",
  progressing: "On track",
  "progressing well": "On track",
  "some progress": "At risk",
  "limited progress": "At risk",
  "little progress": "Off track",
  "no progress": "Off track",
  "little or no progress": "Off track",
  "ahead of schedule": "On track",
  "on schedule": "On track",
  "to schedule": "On track",
  "on plan": "On track",
  "ahead of plan": "On track",
  ahead: "On track",
  ongoing: "On track",
  "on going": "On track",
  started: "On track",
  // Trackers that only say whether an action is open or closed: open is in progress.
  open: "On track",
  active: "On track",
  // Partly done is still in progress, as "in progress" is.
  "partially complete": "On track",
  "partially completed": "On track",
  "partly complete": "On track",
  "partly completed": "On track",
  "part complete": "On track",
  "part completed": "On track",
  "partially achieved": "On track",
  "partly achieved": "On track",
  "partially delivered": "On track",
  "partly delivered": "On track",
  "partially implemented": "On track",
  "partly implemented": "On track",
  "substantially complete": "On track",
  "substantially completed": "On track",
  "nearly complete": "On track",
  "mostly complete": "On track",
  green: "On track",
  g: "On track",
  "at risk": "At risk",
  amber: "At risk",
  a: "At risk",
  // Five-point RAG scales grade between the colours; each reads as its first, as "Amber/Green" does.
  "amber green": "At risk",
  ag: "At risk",
  "red amber": "Off track",
  ra: "Off track",
  "green amber": "On track",
  "off track": "Off track",
  "not on track": "Off track",
  "off target": "Off track",
  delayed: "Off track",
  "behind schedule": "Off track",
  behind: "Off track",
  slipped: "Off track",
  overdue: "Off track",
  slippage: "Off track",
  slipping: "Off track",
  late: "Off track",
  // RAG keys that grade the slippage: some is amber, significant is red.
  "some slippage": "At risk",
  "minor slippage": "At risk",
  "slight slippage": "At risk",
  "significant slippage": "Off track",
  "major slippage": "Off track",
  "serious slippage": "Off track",
  red: "Off track",
  r: "Off track",
  complete: "Complete",
  completed: "Complete",
  done: "Complete",
  closed: "Complete",
  achieved: "Complete",
  // Done after its date is still done: no longer overdue.
  "completed late": "Complete",
  "complete late": "Complete",
  "delivered late": "Complete",
  "achieved late": "Complete",
  "closed late": "Complete",
  // Trackers that judge each action against its success measure: met, partly met, not met.
  met: "Complete",
  "fully met": "Complete",
  exceeded: "Complete",
  "partially met": "At risk",
  "partly met": "At risk",
  "not met": "Off track",
  "not yet met": "Off track",
  delivered: "Complete",
  implemented: "Complete",
  "not achieved": "Off track",
  "not delivered": "Off track",
  // Improvement plans close an action once the change is "embedded" as business as usual.
  "complete and embedded": "Complete",
  "completed and embedded": "Complete",
  embedded: "Complete",
  "embedded in practice": "Complete",
  bau: "Complete",
  "business as usual": "Complete",
  sustained: "Complete",
  "transferred to bau": "Complete",
  "moved to bau": "Complete",
  "now bau": "Complete",
  "transferred to business as usual": "Complete",
  "moved to business as usual": "Complete",
  mainstreamed: "Complete",
  // Delivered as the council reports it, the board's sign-off to come: not late, whatever the date says.
  "proposed for closure": "Complete",
  "recommended for closure": "Complete",
  "ready for closure": "Complete",
  "ready to close": "Complete",
  "pending closure": "Complete",
  "awaiting sign off": "Complete",
  "pending sign off": "Complete",
  "signed off": "Complete",
  blue: "Complete",
  b: "Complete",
  // Closed without being delivered, usually by the board's decision: never overdue, never complete.
  withdrawn: "Withdrawn",
  cancelled: "Withdrawn",
  canceled: "Withdrawn",
  superseded: "Withdrawn",
  "no longer required": "Withdrawn",
  "not required": "Withdrawn",
  "no longer needed": "Withdrawn",
  "no longer applicable": "Withdrawn",
  removed: "Withdrawn",
  deleted: "Withdrawn",
  // Trackers kept in Microsoft 365 often use the coloured circles as RAG.
  "🟢": "On track",
  "🟡": "At risk",
  "🟠": "At risk",
  "🔴": "Off track",
  "🔵": "Complete",
  "✅": "Complete",
  "✓": "Complete",
  "✔": "Complete",
};

function statusWord(text: string): Status | null {
  return SYNONYMS[text.trim().toLowerCase().replace(/[-_]/g, " ").replace(/\s+/g, " ")] ?? null;
}

/**
 * Where a status word is followed by a comment ("Complete – signed off at board", "Green: on track"),
 * the word before the first dash, colon, bracket, slash or line break is the status. A word followed by
 * more words without one ("Complete but awaiting sign-off") is not read: it may not mean the word.
 */
const COMMENT_AFTER = /\s+[-–—]\s*|\s*[:;(/\n]/;

/**
 * "Superseded by 2.3", "Merged into 1.4", "Closed – withdrawn by the board", "Transferred to the service
 * plan": withdrawn from this plan, whatever follows.
 */
const WITHDRAWN_FIRST =
  /^(?:closed\s*(?:[-–—:(]\s*)?)?(?:withdrawn|cancell?ed|superseded|merged (?:with|into)|no longer (?:required|needed)|not required|(?:transferred|moved) to (?:the\s+)?(?:\S+\s+){0,3}?plan)\b/i;

/** "Completed 12/10/2017", "Complete Oct 2017", "Closed on 31 March 2018": a status, then when. */
const DATE_AFTER =
  /^(.+?)\s+(?:on\s+|in\s+)?(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:\s|\d|$))/i;

const CIRCLE_BEFORE_WORDS = /^\s*(?:🟢|🟡|🟠|🔴|🔵|✅|✓|✔)\s+(?=\S)/u;
/** A RAG letter in brackets before the words: "(G) On track". */
const LETTER_BEFORE_WORDS = /^\s*\([A-Za-z]\)\s+(?=\S)/;
/** A direction of travel after the status, as trackers pair them: "G ↑", "Amber →". */
const TREND_AFTER = /(?<=\S)\s*[↑↓→←↗↘⬆⬇➡⬅▲▼]+$/u;
/** Words that only say an action is not closed: the RAG after them says how it stands ("Open – overdue"). */
const OPEN_ONLY = /^(?:open|active)$/i;
/** A RAG colour, which a done word after it overrules: "Green – complete" is complete, not on track. */
const RAG_COLOUR = /^(?:red|amber|green|r|a|g)$/i;
/** A tick after the word: "Complete ✓". */
const TICK_AFTER_WORDS = /(?<=\S)\s+[✓✔✅]$/u;

/** A status kept as how far along the action is: "75%", "75% complete". */
const PERCENT = /^\s*(\d{1,3})\s*%(?:\s*(?:complete|completed|done|achieved|delivered))?\s*$/i;

/** 100% is complete, 0% not started, anything between in progress, as "In progress" reads. */
function percentStatus(text: string): Status | null {
  const percent = PERCENT.exec(text)?.[1];
  if (percent === undefined) return null;
  const n = Number(percent);
  return n >= 100 ? "Complete" : n === 0 ? "Not started" : "On track";
}

/** "N/A – complete": nothing more applies, because it is done; the status is what follows. */
const NOT_APPLICABLE_FIRST = /^\s*n\/?a\s*[-–—:]\s*(?=\S)/i;

/** A status as it would be written alone: "N/A – complete" → "complete". */
export function withoutNotApplicable(text: string): string {
  return text.replace(NOT_APPLICABLE_FIRST, "");
}

/** A plan uses a handful of status words on every action; each is read once. */
const statusOf = memoiseText((written): Status | null => {
  // People label a status ("RAG: Amber"), drop-down lists number their choices ("3 - Complete") or put
  // a circle or tick by them ("🔴 Off track", "Complete ✓"), and people end them as sentences ("On track.").
  const text = written
    .replace(/^\s*(?:b?rag(?: status| rating)?|status)\s*:\s*/i, "")
    .replace(/^\s*action\s+(?=\S)/i, "")
    .replace(NOT_APPLICABLE_FIRST, "")
    .replace(/^\s*\d{1,2}\s*[-–.:)]\s*/, "")
    .replace(CIRCLE_BEFORE_WORDS, "")
    .replace(LETTER_BEFORE_WORDS, "")
    .replace(TICK_AFTER_WORDS, "")
    .replace(TREND_AFTER, "")
    .replace(/[.!*]+\s*$/, "");
  const whole = statusWord(text) ?? percentStatus(text);
  if (whole) return whole;
  if (WITHDRAWN_FIRST.test(text.trim())) return "Withdrawn";
  const dated = DATE_AFTER.exec(text.trim());
  const before = dated ? statusWord(dated[1]) : null;
  if (before) return before;
  const cut = COMMENT_AFTER.exec(text);
  if (!cut || cut.index === 0) return null;
  const head = text.slice(0, cut.index);
  const rest = (): Status | null => statusWord(text.slice(cut.index + cut[0].length).replace(/[)]\s*$/, ""));
  if (OPEN_ONLY.test(head.trim())) {
    const after = rest();
    if (after) return after;
  }
  if (RAG_COLOUR.test(head.trim()) && rest() === "Complete") return "Complete";
  return statusWord(head) ?? percentStatus(head);
});

/** The status a cell names, or null when it is not one Plan Check knows. */
export function readStatus(text: string | null): Status | null {
  return text === null ? null : statusOf(text);
}

/**
 * What an action's status says: its Status cell, else a "% complete" of 100 or a date in "Date
 * completed", either of which makes it complete.
 */
export function actionStatus(action: {
  status: string | null;
  percentComplete: number | null;
  completedOn: string | null;
  markedDone: boolean;
}): Status | null {
  const done = action.percentComplete === 100 || action.completedOn !== null || action.markedDone;
  return readStatus(action.status) ?? (done ? "Complete" : null);
}

/** Complete or withdrawn: nothing more is due, so it is never overdue and never chased. */
export function isClosedStatus(status: Status | null): boolean {
  return status === "Complete" || status === "Withdrawn";
}

/** A sub-action delivered: a row whose own status closes it, or a line ticked off in its text. */
export function isClosedSubAction(sub: { ownRow: Parameters<typeof actionStatus>[0] | null; done: boolean }): boolean {
  return sub.done || (sub.ownRow !== null && isClosedStatus(actionStatus(sub.ownRow)));
}
