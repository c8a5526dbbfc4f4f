// A problem as the command line says it. Where the add-in's pane would ask which sheet and columns hold
// the plan, the command line cannot ask, so it says what to do instead.

import { NoPlanHeaderError } from "../core/reader/errors";

const HEADER_ADVICE =
  "Rename the plan's headings to ones Plan Check knows (for example Action, Lead, Deadline), or open the workbook in Excel and say which columns hold them in Plan Check's task pane, which saves that in the workbook.";

export function explain(error: Error): string {
  return error instanceof NoPlanHeaderError ? `${error.message} ${HEADER_ADVICE}` : error.message;
}
