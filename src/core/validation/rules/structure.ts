// Actions must sit under a theme row.

import { actionFinding, actionName, type Rule } from "../context";

export const structureRule: Rule = (context) =>
  context.reading.plan.actions
    .filter((action) => action.theme === null)
    .map((action) =>
      actionFinding(
        context,
        "structure/outside-theme",
        action,
        "what",
        action.what,
        `${actionName(action)} is above the first theme row, so it belongs to no theme.`,
      ),
    );
