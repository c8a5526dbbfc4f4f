// Cells that name another action's instead of saying their own: a deadline "See 1.2", "As per action
// 1.2", "In line with 2.3" or "As above", an Accountable, Links or Status cell "As above". The plan
// means that action's, so they are read as that: the date falls due with it, the owners are chased. A
// deadline "See milestones" is the action's own last sub-action's date. A step kept as a row takes
// "As above" from the step above it.

import type { Deadline } from "../deadline/deadline";
import type { Action } from "../plan/model";
import { isAsAbove } from "../placeholder";
import { bareRef } from "./numbered-rows";

/** "See 1.2", "As 1.2", "As per action 1.2", "Same as 1.2 above", "In line with ref 2.3". */
const NAMES_ACTION =
  /^(?:see|as(?: per| for)?|same as|in line with|linked to|aligned (?:to|with)|per)\s+(?:action\s+|ref\.?\s+)?(\d{1,3}(?:\.\d{1,3})*[a-z]?)\.?(?:\s+(?:above|below))?\.?$/i;

/**
 * "See milestones", "Various – see sub-actions", "As per key steps", "See below", "See dates below": due
 * when the last of its own is.
 */
const SEE_OWN_STEPS =
  /^(?:various\s*[-–—(,]?\s*)?(?:see|as per|per|in line with|as)\s+(?:the\s+)?(?:(?:(?:milestones?|sub-?actions?|key steps|steps)(?:\s+(?:dates|deadlines|timescales))?|dates|deadlines|timescales)(?:\s+below)?|below)\)?\.?$/i;

/** The start of a borrowed deadline's reading: "as action 1.1: ". */
const BORROWED = /^as [^:]+: /;

/** True for a deadline that says the action is due with its own last sub-action ("See milestones"). */
function namesOwnSteps(written: string): boolean {
  return SEE_OWN_STEPS.test(written.trim());
}

/** The number of the action a deadline names instead of a date, or null. */
function actionNamedBy(written: string): string | null {
  const ref = NAMES_ACTION.exec(written.trim())?.[1];
  return ref ? bareRef(ref) : null;
}

/**
 * Gives each action whose deadline names another ("See 1.2") that action's deadline, read as its own
 * date would be; `numbered` finds an action by its number. One that names no action of the plan, or
 * one whose deadline cannot be read either, is left unread and reported as ever.
 */
export function followDeadlineReferences(actions: readonly Action[], numbered: ReadonlyMap<string, Action>): void {
  // "As above" in a deadline cell means the date of the action above. Its index is built only when a
  // plan says so, as few do.
  let indexOf: Map<Action, number> | null = null;
  const above = (action: Action): Action | undefined => {
    indexOf ??= new Map(actions.map((a, i) => [a, i]));
    return aboveOnSheet(actions, indexOf.get(action) ?? 0);
  };
  const resolve = (action: Action, seen: Set<Action>): void => {
    if (action.deadline.kind !== "unknown") return;
    if (namesOwnSteps(action.deadline.raw)) {
      action.deadline = lastStepDeadline(action) ?? action.deadline;
      return;
    }
    const ref = actionNamedBy(action.deadline.raw);
    const named = ref !== null ? numbered.get(ref) : isAsAbove(action.deadline.raw) ? above(action) : undefined;
    if (!named || seen.has(named)) return;
    resolve(named, new Set([...seen, action]));
    const { deadline } = named;
    if (deadline.kind === "unknown" || deadline.kind === "missing") return;
    action.deadline =
      ref !== null
        ? borrowed(deadline, action.deadline.raw, `action ${ref}`, `action ${ref}`)
        : borrowed(deadline, action.deadline.raw, "the action above", `the action in row ${named.row + 1}`);
  };
  for (const action of actions) if (action.deadline.kind === "unknown") resolve(action, new Set([action]));
}

/** The deadline of an action's last dated sub-action, for one whose own cell says "See milestones". */
function lastStepDeadline(action: Action): Deadline | null {
  let last: Deadline | null = null;
  for (const { deadline } of action.subActions)
    if (
      deadline?.due &&
      (deadline.kind === "date" || deadline.kind === "milestones") &&
      (!last || deadline.due > (last.due as string))
    )
      last = deadline;
  return last && borrowed(last, action.deadline.raw, "its last sub-action", "its last sub-action");
}

/**
 * Another's deadline, as a cell that says `raw` instead of a date reads: its date, with `from` saying
 * whose it is to messages and `readAs` to its reading ("as action 1.1: due by …").
 */
function borrowed(deadline: Deadline, raw: string, from: string, readAs: string): Deadline {
  // One "as …" only, where the deadline borrowed was borrowed in turn.
  const reading = `as ${readAs}: ${deadline.reading.replace(BORROWED, "")}`;
  return { ...deadline, raw, from, reading, problems: [], doubt: null };
}

/** The action above the one at `index`, on the same sheet; none for the first on its sheet. */
function aboveOnSheet(actions: readonly Action[], index: number): Action | undefined {
  const previous = actions[index - 1];
  return previous?.sheet === actions[index]?.sheet ? previous : undefined;
}

/** Owners or links that say only "As above" or "Ditto". */
function onlyAsAbove(list: readonly string[]): boolean {
  return list.length === 1 && isAsAbove(list[0]);
}

/**
 * Gives each action whose Accountable, delivery lead, Links or Status cell says only "As above" or
 * "Ditto" what the action above it on its sheet has there, as the plan means. The first action has none
 * above, and keeps the words: as an owner they name nobody, as a link or status they are reported.
 */
export function followCellsAbove(actions: readonly Action[]): void {
  actions.forEach((action, i) => {
    const above = aboveOnSheet(actions, i);
    if (!above) return;
    if (onlyAsAbove(action.owners)) action.owners = [...above.owners];
    if (onlyAsAbove(action.deliveryLeads)) action.deliveryLeads = [...above.deliveryLeads];
    if (onlyAsAbove(action.links)) action.links = [...above.links];
    if (action.status !== null && isAsAbove(action.status)) action.status = above.status;
  });
}

/**
 * A step kept as a row of its own whose Lead or date says only "As above" or "Ditto": the step's above
 * it, or, for the first step, its action's, as the plan means. With nothing above to take, the words
 * are kept and reported, as for an action.
 */
export function followStepsAbove(actions: readonly Action[]): void {
  for (const action of actions) {
    let owners: readonly string[] = action.owners;
    let deadline: Deadline = action.deadline;
    let whose = "its action";
    for (const sub of action.subActions) {
      const own = sub.ownRow;
      if (!own) continue;
      if (onlyAsAbove(own.owners) && owners.length > 0) {
        own.owners = [...owners];
        sub.owner = owners.join(", ");
      }
      if (sub.deadline?.kind === "unknown" && isAsAbove(sub.deadline.raw) && deadline.due)
        sub.deadline = borrowed(deadline, sub.deadline.raw, whose, whose);
      owners = own.owners;
      deadline = sub.deadline ?? deadline;
      whose = `the step in row ${own.row + 1}`;
    }
  }
}
