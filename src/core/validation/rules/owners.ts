// Unowned work: actions with no accountable officer (or a placeholder), sub-action bullets with no
// owner or no date in their bracket, owners whose names were cut off, and one role written different
// ways (mistyped ones included).

import { finding, type Finding } from "../../findings/finding";
import { splitBracketOwners } from "../../reader/cell-lists";
import { datedAtEnd } from "../../reader/sub-actions";
import { cutOff, describeOwner, isPlaceholderOwner, namesNobody, rankSpellings, type CutOff } from "../../plan/owners";
import { nameToCallBy, ownerBeforeTask, ownerKeys, personAndPost } from "../../plan/people";
import type { Action, PlacedCell, SubAction, SubActionRow } from "../../plan/model";
import { oneLine } from "../../one-line";
import {
  actionFinding,
  actionName,
  columnName,
  headingInProse,
  subActionFinding,
  subActionPlace,
  subActionWhere,
  type Rule,
  type ValidationContext,
} from "../context";

export function isUnowned(action: Action): boolean {
  return action.owners.length === 0 || action.owners.every(isPlaceholderOwner);
}

/** A sub-action that names no owner where one is expected. */
export function isUnownedSubAction(sub: SubAction): boolean {
  if (sub.ownRow) return sub.ownRow.owners.every(isPlaceholderOwner);
  if (sub.bracket) return sub.bracket.owner === null || isPlaceholderOwner(sub.bracket.owner);
  return sub.expectsOwner;
}

/** The owners a sub-action names: in its bracket, or in its row's own Accountable cell. */
export function subActionOwners(sub: SubAction): readonly string[] {
  return sub.ownRow
    ? sub.ownRow.owners.filter((o) => !isPlaceholderOwner(o))
    : splitBracketOwners(sub.bracket?.owner ?? "");
}

/**
 * Who answers for a sub-action: the owners it names, or, for a milestone kept in a column of its own or
 * dated in a column that names no owners, its action's lead (and delivery lead), who own its milestones.
 */
export function subActionAnswerers(action: Action, sub: SubAction): readonly string[] {
  if (!sub.dateCell && !isLeadsMilestone(sub)) return subActionOwners(sub);
  return [...action.owners, ...action.deliveryLeads].filter((o) => !isPlaceholderOwner(o));
}

/**
 * A dated line in a column that never names owners ("Audit of 50 plans – Sept 2025" under Milestones):
 * the action's own milestone, which its lead answers for, as for one kept in a column of its own.
 */
function isLeadsMilestone(sub: SubAction): boolean {
  return !sub.expectsOwner && !sub.bracket && !sub.ownRow && sub.deadline !== null;
}

/** A milestone kept in a column, owned by its action's lead, with its date cell left empty. */
function milestoneWithoutDate(action: Action, sub: SubAction, dateCell: PlacedCell): Finding {
  const date = headingInProse(dateCell.heading);
  return finding(
    "owner/sub-action-no-date",
    subActionPlace(action, sub, "deadline"),
    sub.text,
    `The sub-action ${subActionWhere(sub)} ("${oneLine(sub.text, 60)}") has no date in ${date}.`,
    `Agree the date it is due with the action's owner and write it in ${date} ('Nov17', 'November 2017').`,
  );
}

/** A sub-action kept as a row: an owner in its Accountable cell, and a date beside it. */
function rowOwnerFindings(context: ValidationContext, action: Action, sub: SubAction, own: SubActionRow): Finding[] {
  const lead = headingInProse(own.ownerCell.heading);
  const named = subActionOwners(sub);
  if (named.length === 0) {
    const written = own.owners.join(", ");
    const message = written
      ? `The sub-action ${subActionWhere(sub)} has "${written}" in ${lead}, ${namesNobody(written)}.`
      : `The sub-action ${subActionWhere(sub)} names nobody in ${lead}.`;
    const fix = `Name the officer who owns it in ${lead} (a role, e.g. 'Team Manager').`;
    return [finding("owner/sub-action-no-owner", subActionPlace(action, sub, "owner"), sub.text, message, fix)];
  }
  const findings: Finding[] = [];
  cutOffSubActionOwners(findings, action, sub, named);
  if (sub.deadline?.kind !== "missing") return findings;
  const owner = describeOwner(named.join(", "), context.glossary);
  const date = headingInProse(own.deadlineCell.heading);
  return [
    ...findings,
    finding(
      "owner/sub-action-no-date",
      subActionPlace(action, sub, "deadline"),
      sub.text,
      `The sub-action ${subActionWhere(sub)} names an owner, ${owner}, but no date in ${date}.`,
      `Agree the date it is due with its owner and write it in ${date} ('Nov17', 'November 2017').`,
    ),
  ];
}

/** One note per column whose bullets the reader took for measures, so the missing warnings are explained. */
function measureColumns(context: ValidationContext): Finding[] {
  const { header, plan } = context.reading;
  // Where its lines are dated ("Audit – Sept 2025"), they are milestones rather than measures.
  const dated = (role: string) => plan.actions.some((a) => a.subActions.some((s) => s.role === role && s.deadline));
  return header.columns
    .filter((c) => (plan.measureColumns as string[]).includes(c.role))
    .map((c) =>
      finding(
        "owner/measures-column",
        {
          sheet: plan.sheet,
          row: header.rows[header.rows.length - 1],
          column: c.column,
          columnName: columnName(c.heading),
        },
        c.heading,
        `None of the bullets under ${headingInProse(c.heading)} ends in (Owner – Date), so Plan Check reads them as ${dated(c.role) ? "the action's own milestones, which its lead answers for," : "measures of success,"} not sub-actions that need an owner.`,
      ),
    );
}

export const ownersRule: Rule = (context) => {
  const findings: Finding[] = [...measureColumns(context)];
  for (const action of context.reading.plan.actions) {
    const accountable = (action.cells.accountable ?? "").trim();
    if (action.owners.length === 0) {
      findings.push(
        actionFinding(
          context,
          "owner/missing",
          action,
          "accountable",
          "",
          `${actionName(action)} has no accountable officer.`,
        ),
      );
    } else if (isUnowned(action)) {
      findings.push(
        actionFinding(
          context,
          "owner/placeholder",
          action,
          "accountable",
          accountable,
          `${actionName(action)} has "${accountable}" as its accountable officer, ${namesNobody(accountable)}.`,
        ),
      );
    }
    cutOffActionOwners(context, action, findings);
    for (const sub of action.subActions) {
      if (sub.ownRow) {
        findings.push(...rowOwnerFindings(context, action, sub, sub.ownRow));
        continue;
      }
      if (sub.dateCell) {
        if (sub.deadline === null && !sub.done) findings.push(milestoneWithoutDate(action, sub, sub.dateCell));
        continue;
      }
      const b = sub.bracket;
      if (!b) {
        if (sub.expectsOwner) {
          findings.push(
            sub.deadline
              ? subActionFinding(
                  "owner/sub-action-no-owner",
                  action,
                  sub,
                  `The sub-action ${subActionWhere(sub)} ${datedAtEnd(sub) ? "ends" : "starts"} with its date (${sub.deadline.raw.trim()}) but names no owner.`,
                  undefined,
                  ownerFix(sub, (who) => `end the line with (${who})`) ??
                    "End the line with its owner in brackets, e.g. (Head of QA).",
                )
              : subActionFinding(
                  "owner/sub-action-no-bracket",
                  action,
                  sub,
                  `The sub-action ${subActionWhere(sub)} does not end with (Owner – Date), so nobody owns it.`,
                  undefined,
                  ownerFix(sub, (who) => `end the bullet with (${who} – Nov17), with the date it is due`),
                ),
          );
        }
        continue;
      }
      if (b.problem) {
        const what =
          b.problem === "cut-off"
            ? "opens a bracket that never closes (the text may have been cut off)"
            : "has brackets that do not pair up";
        findings.push(
          subActionFinding(
            "deadline/bracket-cut-off",
            action,
            sub,
            `The sub-action ${subActionWhere(sub)} ${what}: "${b.raw}".`,
          ),
        );
      }
      if (b.owner === null || isPlaceholderOwner(b.owner)) {
        findings.push(
          subActionFinding(
            "owner/sub-action-no-owner",
            action,
            sub,
            b.when
              ? // "on-going" or "termly" is a timescale, not a date: the message says which it has.
                `The sub-action ${subActionWhere(sub)} has ${sub.deadline?.due ? "a date" : "a timescale"} (${b.when}) but no owner in its bracket.`
              : `The sub-action ${subActionWhere(sub)} has a bracket with no owner or date in it: "${b.raw}".`,
            undefined,
            b.when ? ownerFix(sub, (who) => `write its bracket as (${who} – ${b.when})`) : undefined,
          ),
        );
      } else {
        cutOffSubActionOwners(findings, action, sub, splitBracketOwners(b.owner), b.when);
        if (b.when === null)
          findings.push(
            subActionFinding(
              "owner/sub-action-no-date",
              action,
              sub,
              `The sub-action ${subActionWhere(sub)} names an owner, ${describeOwner(b.owner, context.glossary)}, but no date.`,
            ),
          );
      }
    }
  }
  return [...findings, ...ownerVariants(context)];
};

/** An action's accountable officers and delivery leads whose names look cut off ("Head of"). */
function cutOffActionOwners(context: ValidationContext, action: Action, findings: Finding[]): void {
  const check = (owners: readonly string[], column: "accountable" | "deliveryLead", as: string) => {
    for (const owner of owners) {
      const how = cutOff(owner);
      if (how && !isPlaceholderOwner(owner))
        findings.push(
          actionFinding(
            context,
            "owner/cut-off",
            action,
            column,
            owner,
            `${actionName(action)} names "${owner}" as its ${as}, which looks cut off: ${cutOffHow(how)}.`,
          ),
        );
    }
  };
  check(action.owners, "accountable", "accountable officer");
  check(action.deliveryLeads, "deliveryLead", "delivery lead");
}

/** 'it ends with "of"', as a finding says it. */
function cutOffHow(how: CutOff): string {
  return `it ${how.at === "end" ? "ends" : "starts"} with "${how.word}"`;
}

/**
 * A sub-action's owners whose names look cut off: "(Head of May18)" lists "Head of" among the owners to
 * chase, and nobody can tell which head of service it means.
 */
function cutOffSubActionOwners(
  findings: Finding[],
  action: Action,
  sub: SubAction,
  owners: readonly string[],
  when: string | null = null,
): void {
  for (const owner of owners) {
    const how = cutOff(owner);
    if (!how) continue;
    // Where the missing words go, in the bracket as written: "(Head of … – May18)", "(… and Intel. – Oct17)".
    const whole = how.at === "end" ? `${owner} …` : `… ${owner}`;
    const fix = sub.ownRow
      ? undefined
      : `Write the ${how.at === "end" ? "rest" : "start"} of the owner's post or name in its bracket: (${whole}${when ? ` – ${when}` : ""}).`;
    findings.push(
      subActionFinding(
        "owner/cut-off",
        action,
        sub,
        `The owner of the sub-action ${subActionWhere(sub)}, "${owner}", looks cut off: ${cutOffHow(how)}.`,
        "owner",
        fix,
      ),
    );
  }
}

/**
 * A fix naming the post or person the line itself names before its task ("DHOS to audit …"), for the
 * plan's rule asks the owner in the bracket; undefined where the line names none, and the usual fix stands.
 */
function ownerFix(sub: SubAction, example: (who: string) => string): string | undefined {
  const who = ownerBeforeTask(sub.text);
  return who ? `The line names ${who} at its start; if that is its owner, ${example(who)}.` : undefined;
}

/** One spelling of an owner: how often it is used, and the first place it is, to point the finding at. */
interface Spelling {
  count: number;
  action: Action;
  sub: SubAction | null;
  /** The action's column it is first written in, where it is an action's owner. */
  column: "accountable" | "deliveryLead";
}

/** Every spelling of every owner, grouped by the role they expand to or the person they name. */
function spellingsByOwner(context: ValidationContext): Map<string, Map<string, Spelling>> {
  const spellings = new Map<string, Spelling>();
  const mention = (owner: string, action: Action, sub: SubAction | null, column: Spelling["column"]): void => {
    const seen = spellings.get(owner);
    if (seen) seen.count++;
    else spellings.set(owner, { count: 1, action, sub, column });
  };
  for (const action of context.reading.plan.actions) {
    for (const owner of action.owners) mention(owner, action, null, "accountable");
    for (const owner of action.deliveryLeads) mention(owner, action, null, "deliveryLead");
    for (const sub of action.subActions) {
      for (const owner of subActionOwners(sub)) mention(owner, action, sub, "accountable");
    }
  }
  const keyOf = ownerKeys(spellings.keys(), context.glossary);
  const owners = new Map<string, Map<string, Spelling>>();
  for (const [owner, spelling] of spellings) {
    const key = keyOf(owner);
    if (key === "") continue;
    let same = owners.get(key);
    if (!same) owners.set(key, (same = new Map()));
    same.set(owner, spelling);
  }
  return owners;
}

/** The name a spelling gives a person, or the whole spelling where it names none: "Jane Smith (HoS)" → "Jane Smith". */
function nameWritten(spelling: string): string {
  return personAndPost(spelling)?.person ?? spelling;
}

/**
 * One finding per spelling that differs from the most used spelling of the same role, or from the name
 * a person is called by. A person named with their post in one place and without it in another is
 * written the same way: only the name counts.
 */
function ownerVariants(context: ValidationContext): Finding[] {
  const findings: Finding[] = [];
  for (const spellings of spellingsByOwner(context).values()) {
    if (spellings.size < 2) continue;
    const ranked = rankSpellings(spellings, (s) => s.count);
    const person = nameToCallBy([...spellings].map(([spelling, s]) => [spelling, s.count]));
    const main = person ?? ranked[0][0];
    for (const [spelling, { action, sub, column }] of ranked) {
      if (person ? nameWritten(spelling) === person : spelling === main) continue;
      const message = `"${spelling}" looks like the same ${person ? "person" : "role"} as "${main}", written another way.`;
      findings.push(
        sub
          ? subActionFinding("owner/variant", action, sub, message, "owner")
          : actionFinding(context, "owner/variant", action, column, spelling, message),
      );
    }
  }
  return findings;
}
