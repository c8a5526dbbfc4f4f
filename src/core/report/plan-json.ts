// The JSON shape of actions that `inspect --json` and `validate --json` print. Documented in the
// README; scripts depend on it, so fields are only ever added.

import type { Action } from "../plan/model";
import { isClosedSubAction } from "../plan/status";
import { cellAddress } from "../workbook/address";

export interface ActionJson {
  /** The sheet the action is on: a plan kept one theme a sheet has several. */
  sheet: string;
  row: number;
  theme: string | null;
  what: string;
  owners: string[];
  /** Who delivers it, where the plan names them beside the accountable officer ("Responsible officer"). */
  deliveryLeads: string[];
  deadline: { raw: string; kind: string; due: string | null; reading: string };
  status: string | null;
  /** "% complete" from 0 to 100, where the plan has such a column. */
  percentComplete: number | null;
  /** The date in a "Date completed" column, as YYYY-MM-DD. */
  completedOn: string | null;
  links: string[];
  hidden: boolean;
  subActions: {
    column: string;
    /** On the action's sheet. */
    cell: string;
    line: number;
    text: string;
    owner: string | null;
    due: string | null;
    when: string | null;
    /** The status of a sub-action kept as a row of its own (null for a line in a cell). */
    status: string | null;
    /** A line ticked off in its text ("(HOS – Nov17) – complete"), or a row whose status closes it. */
    done: boolean;
  }[];
}

export function actionJson(action: Action): ActionJson {
  return {
    sheet: action.sheet,
    row: action.row + 1,
    theme: action.theme,
    what: action.what,
    owners: action.owners,
    deliveryLeads: action.deliveryLeads,
    deadline: {
      raw: action.deadline.raw,
      kind: action.deadline.kind,
      due: action.deadline.due,
      reading: action.deadline.reading,
    },
    status: action.status,
    percentComplete: action.percentComplete,
    completedOn: action.completedOn,
    links: action.links,
    hidden: action.hidden,
    subActions: action.subActions.map((s) => ({
      column: s.column,
      cell: cellAddress(s.cell.row, s.cell.column),
      line: s.line,
      text: s.text,
      owner: s.owner,
      due: s.deadline?.due ?? null,
      when: s.ownRow || s.dateCell ? s.deadline?.raw.trim() || null : (s.bracket?.when ?? null),
      status: s.ownRow?.status ?? null,
      done: isClosedSubAction(s),
    })),
  };
}
