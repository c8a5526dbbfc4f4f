// What the summaries say about each action and sub-action: owners, due date, status and flags,
// computed once from the validation result.

import { daysBetween, type IsoDate } from "../deadline/calendar";
import { canBeOverdue } from "../deadline/deadline";
import type { Action, SubAction } from "../plan/model";
import { isClosedSubAction, readStatus } from "../plan/status";
import { cellAddress } from "../workbook/address";
import type { ActionState, ValidationResult } from "../validation/validate";
import { isUnownedSubAction, subActionAnswerers } from "../validation/rules/owners";
import { columnOf } from "../validation/context";

export interface ActionFacts extends ActionState {
  /** The cell to link to: the action's What? cell. */
  cell: string;
  deadlineCell: string;
  due: IsoDate | null;
  statusLabel: string;
  /** Days past due as of the validation date, when overdue. */
  daysLate: number | null;
}

export interface SubActionFacts {
  action: Action;
  sub: SubAction;
  cell: string;
  owners: readonly string[];
  due: IsoDate | null;
  overdue: boolean;
  unowned: boolean;
  /** Its action, or (kept as a row) the sub-action itself, is complete or withdrawn: nothing to chase. */
  closed: boolean;
  daysLate: number | null;
}

export function statusLabel(state: ActionState): string {
  if (state.complete) return "Complete";
  const known = readStatus(state.action.status);
  if (known) return known;
  return state.action.status ? `${state.action.status} (not recognised)` : "Open (no status)";
}

// Every summary starts from the same facts; building them once per result spares the rest.
const actionFactsOf = new WeakMap<ValidationResult, ActionFacts[]>();
const subActionFactsOf = new WeakMap<ValidationResult, SubActionFacts[]>();

/**
 * An action's owners as the summaries list them, one a line: its accountable officers, then whoever the
 * plan names as delivering it, marked so ("TM MASH (delivery lead)").
 */
export function ownersShown(action: Action): string {
  const leads = action.deliveryLeads.filter((l) => !action.owners.includes(l)).map((l) => `${l} (delivery lead)`);
  return [...action.owners, ...leads].join("\n");
}

export function actionFacts(result: ValidationResult): readonly ActionFacts[] {
  let facts = actionFactsOf.get(result);
  if (!facts) actionFactsOf.set(result, (facts = computeActionFacts(result)));
  return facts;
}

export function subActionFacts(result: ValidationResult): readonly SubActionFacts[] {
  let facts = subActionFactsOf.get(result);
  if (!facts) subActionFactsOf.set(result, (facts = computeSubActionFacts(result, actionFacts(result))));
  return facts;
}

function computeActionFacts(result: ValidationResult): ActionFacts[] {
  const context = { reading: result.reading, asOf: result.asOf, glossary: result.glossary };
  const what = columnOf(context, "what").column;
  return result.states.map((state) => {
    const due = state.action.deadline.due;
    // Fields written out rather than spread from state: spreading into a grown object is slow in V8.
    return {
      action: state.action,
      overdue: state.overdue,
      unowned: state.unowned,
      complete: state.complete,
      withdrawn: state.withdrawn,
      cell: cellAddress(state.action.row, what),
      deadlineCell: cellAddress(state.action.row, columnOf(context, state.action.deadlineRole).column),
      due,
      statusLabel: statusLabel(state),
      daysLate: state.overdue && due ? daysBetween(due, result.asOf) : null,
    };
  });
}

function computeSubActionFacts(result: ValidationResult, actions: readonly ActionFacts[]): SubActionFacts[] {
  return actions.flatMap((a) =>
    a.action.subActions.map((sub) => {
      const due = sub.deadline && canBeOverdue(sub.deadline) ? sub.deadline.due : null;
      const closed = a.complete || a.withdrawn || isClosedSubAction(sub);
      const overdue = !closed && due !== null && due < result.asOf;
      return {
        action: a.action,
        sub,
        cell: cellAddress(sub.cell.row, sub.cell.column),
        owners: subActionAnswerers(a.action, sub),
        due,
        overdue,
        unowned: isUnownedSubAction(sub),
        closed,
        daysLate: overdue && due ? daysBetween(due, result.asOf) : null,
      };
    }),
  );
}
