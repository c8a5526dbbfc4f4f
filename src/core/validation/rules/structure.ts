// Actions must sit under a theme row. A plan with no theme rows at all is only told once, and only
// when its structure names themes; many councils' plans have no sections, and that is not a fault.

import { plural } from "../../in-words";
import { quotedThemes } from "../../plan/model";
import { actionFinding, actionName, type Rule } from "../context";

export const structureRule: Rule = (context) => {
  const { actions, themeRows, structure } = context.reading.plan;
  if (themeRows.length === 0) {
    const first = actions[0];
    if (!first || structure.themes.length === 0) return [];
    const names = quotedThemes(structure);
    return [
      actionFinding(
        context,
        "structure/outside-theme",
        first,
        "what",
        first.what,
        `The plan has no theme rows, so none of its ${plural(actions.length, "action")} belongs to a theme (${names}).`,
      ),
    ];
  }
  return actions
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
};
