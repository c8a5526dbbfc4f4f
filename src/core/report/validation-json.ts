// The JSON document `validate --json` prints: as-of date, counts, actions with their flags, findings.

import type { Finding } from "../findings/finding";
import type { ValidationResult } from "../validation/validate";
import { actionJson, type ActionJson } from "./plan-json";

export interface ValidationJson {
  asOf: string;
  asOfSource: string;
  /** The plan sheet; `sheets` lists every sheet a plan kept one theme a sheet is on. */
  sheet: string;
  sheets: string[];
  counts: ValidationResult["counts"];
  actions: (ActionJson & { overdue: boolean; unowned: boolean; complete: boolean; withdrawn: boolean })[];
  findings: Finding[];
  changes: ValidationResult["changes"];
}

export function validationJson(result: ValidationResult, findings: Finding[]): ValidationJson {
  return {
    asOf: result.asOf,
    asOfSource: result.asOfSource,
    sheet: result.reading.plan.sheet,
    sheets: result.reading.plan.sheets,
    counts: result.counts,
    actions: result.states.map((s) => ({
      ...actionJson(s.action),
      overdue: s.overdue,
      unowned: s.unowned,
      complete: s.complete,
      withdrawn: s.withdrawn,
    })),
    findings,
    changes: result.changes,
  };
}
