// What a deadline means once read: when it is due, what kind of timescale it is, and how it reads in
// plain English. Nothing is guessed silently: anything not understood is kind "unknown".

import type { IsoDate } from "./calendar";

export type DeadlineKind =
  /** A single due date (a named month means its last day). */
  | "date"
  /** "On-going to the end of March 2018": ongoing work with an end date. */
  | "ongoing-until"
  /** Several dated steps; due is the last one. */
  | "milestones"
  /** "from Jul17 onwards", "Pilot to commence in July 2017": a start, no due date. */
  | "start"
  /** "on-going", "quarterly": repeats, no due date. */
  | "recurring"
  /** "With immediate effect": in force now, never overdue. */
  | "immediate"
  /** Nothing written, or a placeholder such as "TBC". */
  | "missing"
  /** Written, but not understood. */
  | "unknown";

export interface Milestone {
  label: string;
  due: IsoDate;
}

export type DeadlineProblem =
  | { code: "probable-typo"; written: string; readAs: string }
  | { code: "no-year"; written: string }
  | { code: "impossible-date"; written: string }
  /**
   * An Excel date in a cell formatted as a plain number: it shows as 43100 where it means 31/12/2017.
   * `asText` when the cell holds those digits as text (a CSV import, a column formatted as Text).
   */
  | { code: "lost-date-format"; written: string; readAs: IsoDate; asText?: boolean };

/** Why a deadline that names a year was still not read, and how to write it so it is. */
export interface DeadlineDoubt {
  /** Finishes '"Q2 2018" …': "could be a quarter of the calendar year or of the financial year". */
  says: string;
  fix: string | null;
}

export interface Deadline {
  raw: string;
  kind: DeadlineKind;
  due: IsoDate | null;
  start: IsoDate | null;
  milestones: Milestone[];
  /** Plain English: "due by 31 August 2017". */
  reading: string;
  problems: DeadlineProblem[];
  /** For an unknown deadline that names a year: why it could not be read. */
  doubt: DeadlineDoubt | null;
  /**
   * Whose date it is, where the cell names another's instead of a date ("See 1.1", "As above"): "action
   * 1.1", "the action above", "its last sub-action", as messages say it. Absent for a date written.
   */
  from?: string;
}

/** True when the deadline has a due date that can pass. */
export function canBeOverdue(deadline: Deadline): boolean {
  return deadline.due !== null && deadline.kind !== "immediate";
}
