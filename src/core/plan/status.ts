// Delivery status as councils write it: Plan Check's list, and the RAG words many plans use instead.

import { memoiseText } from "../memoise";

export const STATUSES = ["Not started", "On track", "At risk", "Off track", "Complete"] as const;
export type Status = (typeof STATUSES)[number];

const SYNONYMS: Record<string, Status> = {
  "not started": "Not started",
  "not yet started": "Not started",
  "yet to start": "Not started",
  "on track": "On track",
  "in progress": "On track",
  underway: "On track",
  "under way": "On track",
  green: "On track",
  g: "On track",
  "at risk": "At risk",
  amber: "At risk",
  a: "At risk",
  "off track": "Off track",
  delayed: "Off track",
  "behind schedule": "Off track",
  red: "Off track",
  r: "Off track",
  complete: "Complete",
  completed: "Complete",
  done: "Complete",
  closed: "Complete",
  achieved: "Complete",
  delivered: "Complete",
  blue: "Complete",
  b: "Complete",
};

/** A plan uses a handful of status words on every action; each is read once. */
const statusOf = memoiseText(
  (text): Status | null => SYNONYMS[text.trim().toLowerCase().replace(/[-_]/g, " ").replace(/\s+/g, " ")] ?? null,
);

/** The status a cell names, or null when it is not one Plan Check knows. */
export function readStatus(text: string | null): Status | null {
  return text === null ? null : statusOf(text);
}

export function isComplete(text: string | null): boolean {
  return readStatus(text) === "Complete";
}
