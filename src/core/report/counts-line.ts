// The one line every report leads with: how many actions, errors and warnings, and what is late or
// unowned — on screen, in the command line's output and at the top of the Validation sheet.

import { plural } from "../in-words";
import type { ValidationCounts } from "../validation/validate";

export function countsLine(c: ValidationCounts): string {
  return [
    plural(c.actions, "action"),
    plural(c.errors, "error"),
    plural(c.warnings, "warning"),
    `${c.overdue} overdue`,
    `${c.unowned} unowned`,
    `${plural(c.overdueSubActions, "sub-action")} past ${c.overdueSubActions === 1 ? "its" : "their"} date`,
    `${plural(c.unownedSubActions, "sub-action")} without an owner`,
  ].join(" · ");
}
