// Deadlines that could not be read, probable typos, impossible dates, months without a year, dates
// years away, and sub-actions due after their action.

import { formatLongDate, type IsoDate } from "../../deadline/calendar";
import type { Deadline, DeadlineProblem } from "../../deadline/deadline";
import { dayMeantInstead, FAR_OFF_YEARS, farOffLimit } from "../../deadline/far-off";
import { monthFirstDate } from "../../deadline/month-first";
import { finding, type Finding, type FindingPlace } from "../../findings/finding";
import { isClosedStatus, isClosedSubAction, readStatus, withoutNotApplicable } from "../../plan/status";
import type { Action } from "../../plan/model";
import { actionPlace, columnOf, subActionPlace, subActionWhere, type Rule } from "../context";

/** `statusFix` advises on a status written where the date goes. */
function problemFindings(
  deadline: Deadline,
  place: FindingPlace,
  what: string,
  statusFix?: (status: string) => string,
): Finding[] {
  const out: Finding[] = [];
  for (const p of deadline.problems) out.push(problemFinding(p, place, what));
  if (
    deadline.kind === "unknown" &&
    !deadline.problems.some((p) => p.code === "no-year" || p.code === "impossible-date")
  ) {
    const written = deadline.raw.trim();
    // "Complete" or "On track" in a date's place: the status went in the wrong column.
    const status = readStatus(written);
    const reason = status ? "is a status rather than a date" : (deadline.doubt?.says ?? "could not be read as a date");
    const fix = status ? statusFix?.(written) : (deadline.doubt?.fix ?? undefined);
    out.push(
      finding(
        "deadline/unreadable",
        place,
        deadline.raw,
        `${what}, "${written}", ${reason}, so Plan Check cannot tell when it is due.`,
        fix,
      ),
    );
  }
  return out;
}

function problemFinding(problem: DeadlineProblem, place: FindingPlace, what: string): Finding {
  switch (problem.code) {
    case "probable-typo":
      return finding(
        "deadline/probable-typo",
        place,
        problem.written,
        `${what}, "${problem.written}", looks like a typo; Plan Check read it as ${problem.readAs}.`,
        `Correct it to ${problem.readAs}.`,
      );
    case "no-year":
      return finding(
        "deadline/no-year",
        place,
        problem.written,
        `${what}, "${problem.written}", names a month but no year.`,
      );
    case "lost-date-format":
      return finding(
        "deadline/lost-date-format",
        place,
        problem.written,
        `${what} shows as ${problem.written}: an Excel date that has lost its date format. Plan Check read it as ${formatLongDate(problem.readAs)}.`,
        // A format does not turn text into a date: it has to be typed again.
        problem.asText
          ? `The cell holds the number as text, so a date format will not change it. Type the date again, e.g. ${dayFirst(problem.readAs)}.`
          : undefined,
      );
    case "impossible-date": {
      const meant = monthFirstDate(problem.written);
      return finding(
        "deadline/impossible-date",
        place,
        problem.written,
        `${what}, "${problem.written}", is not a real date.`,
        meant
          ? `Dates are read day/month/year, and this one looks written month first. If it means ${formatLongDate(meant)}, write ${dayFirst(meant)}.`
          : undefined,
      );
    }
  }
}

/** "2024-12-31" as typed day first: "31/12/2024". */
function dayFirst(date: IsoDate): string {
  const [year, month, day] = date.split("-");
  return `${day}/${month}/${year}`;
}

/** The date a deadline is due (or starts), when it falls after the limit. */
function farOffDate(deadline: Deadline, limit: IsoDate): IsoDate | null {
  const date = deadline.due ?? deadline.start;
  return date !== null && date > limit ? date : null;
}

/** A date read more than FAR_OFF_YEARS after the as-of date: likely a day taken for a year ("Mar 31"). */
function farOffFinding(deadline: Deadline, date: IsoDate, place: FindingPlace, what: string, asOf: IsoDate): Finding {
  const meant = dayMeantInstead(deadline.raw, date, asOf);
  const year = date.slice(0, 4);
  return finding(
    "deadline/far-off",
    place,
    deadline.raw,
    `${what}, "${deadline.raw.trim()}", reads as ${formatLongDate(date)}, more than ${FAR_OFF_YEARS} years after ${formatLongDate(asOf)}.`,
    meant
      ? `If "${year.slice(2)}" is the day and not the year, write the year too, such as "${meant}". If ${year} is right, there is nothing to do.`
      : `Check the year. If ${year} is right, there is nothing to do.`,
  );
}

/**
 * What to do with a status written where the date goes: move it to the Status column (or, where that
 * already says it, just write the date), or, in a plan with none, keep it after the date, where it is
 * read as done.
 */
function statusInDeadlineFix(hasStatusColumn: boolean, action: Action): (status: string) => string {
  const inColumn = action.status;
  if (hasStatusColumn && inColumn !== null)
    return (status) =>
      readStatus(status) === readStatus(inColumn)
        ? `The Status column already says "${inColumn}": write the date it was due here instead.`
        : `The Status column says "${inColumn}": correct it if "${withoutNotApplicable(status)}" is right, and write the date it was due here.`;
  if (hasStatusColumn)
    return (status) => `Put "${withoutNotApplicable(status)}" in the Status column and write the date it was due here.`;
  return (status) =>
    isClosedStatus(readStatus(status))
      ? `Write the date it was due before it, as in "Oct 2017 – ${withoutNotApplicable(status)}": Plan Check then knows both when it was due and that it is done.`
      : `Write the date it is due here. The plan has no Status column for "${status}": Set up tracking adds one.`;
}

export const deadlinesRule: Rule = (context) => {
  const findings: Finding[] = [];
  const limit = farOffLimit(context.asOf);
  const hasStatusColumn = columnOf(context, "status").present;
  for (const action of context.reading.plan.actions) {
    // The column it was read from: a revised date, where one is filled in.
    const deadlineColumn = columnOf(context, action.deadlineRole);
    // A deadline merged down over several actions is written once, and its wording reported once.
    if (deadlineColumn.present && !action.mergedFrom[action.deadlineRole]) {
      const place = actionPlace(action, deadlineColumn.column, deadlineColumn.heading);
      const what = `The deadline of the action in row ${action.row + 1}`;
      findings.push(...problemFindings(action.deadline, place, what, statusInDeadlineFix(hasStatusColumn, action)));
      const farOff = farOffDate(action.deadline, limit);
      if (farOff) findings.push(farOffFinding(action.deadline, farOff, place, what, context.asOf));
    }

    for (const sub of action.subActions) {
      if (!sub.deadline) continue;
      const unreadable = sub.deadline.problems.length > 0 || sub.deadline.kind === "unknown";
      const actionDue = action.deadline.due;
      const subDue = sub.deadline.due;
      // Work already delivered needs no new date, however its date sat against the action's.
      // A later step's date is not held to the first step's, where that is all the action's row gives.
      const late =
        actionDue &&
        subDue &&
        subDue > actionDue &&
        action.deadline.kind !== "immediate" &&
        !isClosedSubAction(sub) &&
        !sub.ownRow?.followsFirstStep;
      // A date years away is queried unless "due after its action" already says so.
      const farOff = late ? null : farOffDate(sub.deadline, limit);
      if (!unreadable && !late && !farOff) continue;
      const place = subActionPlace(action, sub, "deadline");
      const what = `The date of the sub-action ${subActionWhere(sub)}`;
      if (unreadable) findings.push(...problemFindings(sub.deadline, place, what));
      if (farOff) findings.push(farOffFinding(sub.deadline, farOff, place, what, context.asOf));
      if (late) {
        findings.push(
          finding(
            "deadline/sub-action-after-action",
            place,
            sub.text,
            `The sub-action ${subActionWhere(sub)} is due by ${formatLongDate(subDue)}, after its action's deadline of ${formatLongDate(actionDue)}.`,
          ),
        );
      }
    }
  }
  return findings;
};
