// An open action whose sub-actions are all done — each ticked off in its text, or closed by its own
// Status — may be ready to close: said, so the coordinator can ask for it to be marked complete.

import { actionStatus, isClosedStatus, isClosedSubAction } from "../../plan/status";
import { actionFinding, actionName, columnOf, type Rule } from "../context";

export const subActionsDoneRule: Rule = (context) => {
  // Without a Status column every action counts as open, and that is said once already.
  if (!columnOf(context, "status").present) return [];
  return context.reading.plan.actions
    .filter((a) => a.subActions.length >= 2 && a.subActions.every(isClosedSubAction))
    .filter((a) => !isClosedStatus(actionStatus(a)))
    .map((a) =>
      actionFinding(
        context,
        "status/sub-actions-done",
        a,
        "status",
        a.status ?? "",
        `${a.subActions.length === 2 ? "Both" : `All ${a.subActions.length}`} sub-actions of ${actionName(a).replace(/^The /, "the ")} are done, but the action is still open.`,
      ),
    );
};
