// Status values must be ones Plan Check (and the drop-down list set-up adds) understands.

import { readStatus, STATUSES } from "../../plan/status";
import { actionFinding, type Rule } from "../context";

export const statusRule: Rule = (context) =>
  context.reading.plan.actions
    .filter((a) => a.status !== null && readStatus(a.status) === null)
    .map((a) =>
      actionFinding(
        context,
        "status/unknown",
        a,
        "status",
        a.status,
        `The status "${a.status}" in row ${a.row + 1} is not one Plan Check knows (${STATUSES.join(", ")}), so the action counts as open.`,
      ),
    );
