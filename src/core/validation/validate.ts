// Validation: every rule over the plan as of one date, giving located findings, per-action flags
// (overdue, unowned, complete) and the counts reports lead with.

import type { IsoDate } from "../deadline/calendar";
import { findingOrder, type Finding } from "../findings/finding";
import type { Action } from "../plan/model";
import { defaultGlossary, type PlanSettings } from "../plan/settings";
import { actionStatus } from "../plan/status";
import { readPlan, type PlanReading } from "../reader/read-plan";
import type { WorkbookSnapshot } from "../workbook/grid";
import type { Rule, ValidationContext } from "./context";
import { compareBoards, previousBoard, takeSnapshot, type BoardChanges } from "../tracking/board-snapshot";
import { coverageRule } from "./rules/coverage";
import { deadlinesRule } from "./rules/deadlines";
import { isOverdue, overdueRule } from "./rules/overdue";
import { isUnowned, isUnownedSubAction, ownersRule } from "./rules/owners";
import { requiredContentRule } from "./rules/required-content";
import { statusRule } from "./rules/status";
import { structureRule } from "./rules/structure";

export const RULES: Rule[] = [
  structureRule,
  requiredContentRule,
  ownersRule,
  overdueRule,
  deadlinesRule,
  coverageRule,
  statusRule,
];

export interface ActionState {
  action: Action;
  overdue: boolean;
  unowned: boolean;
  complete: boolean;
  /** Closed without being delivered ("Withdrawn", "Superseded"): neither open nor complete. */
  withdrawn: boolean;
}

export interface ValidationCounts {
  actions: number;
  subActions: number;
  errors: number;
  warnings: number;
  infos: number;
  overdue: number;
  unowned: number;
  overdueSubActions: number;
  unownedSubActions: number;
  complete: number;
  withdrawn: number;
}

export interface ValidationResult {
  asOf: IsoDate;
  /** Where the as-of date came from, said in reports. */
  asOfSource: "given" | "board date" | "today";
  reading: PlanReading;
  glossary: Record<string, string>;
  findings: Finding[];
  states: ActionState[];
  counts: ValidationCounts;
  /** What changed since the last board snapshot saved in the workbook, when there is one. */
  changes: BoardChanges | null;
}

/** The date to judge on: the one the user gives, else the board date saved in the workbook, else today. */
export function resolveAsOf(
  given: IsoDate | undefined,
  settings: PlanSettings,
  today: IsoDate,
): { asOf: IsoDate; source: ValidationResult["asOfSource"] } {
  if (given) return { asOf: given, source: "given" };
  if (settings.boardDate) return { asOf: settings.boardDate, source: "board date" };
  return { asOf: today, source: "today" };
}

export function validatePlan(
  reading: PlanReading,
  asOf: IsoDate,
  asOfSource: ValidationResult["asOfSource"] = "given",
): ValidationResult {
  // The council's own glossary sheet wins over Plan Check's defaults and the settings sheet's copies of them.
  const glossary = { ...defaultGlossary(reading.plan.structure), ...reading.settings.glossary, ...reading.glossary };
  const context: ValidationContext = { reading, asOf, glossary };
  const findings = withoutEchoes([...reading.findings, ...RULES.flatMap((rule) => rule(context))]).sort(
    findingOrder(reading.plan.sheets, reading.tabOrder),
  );
  const states = reading.plan.actions.map((action) => {
    const status = actionStatus(action);
    return {
      action,
      overdue: isOverdue(action, asOf),
      unowned: isUnowned(action),
      complete: status === "Complete",
      withdrawn: status === "Withdrawn",
    };
  });
  const subActions = reading.plan.actions.flatMap((a) => a.subActions);
  const counts: ValidationCounts = {
    actions: states.length,
    subActions: subActions.length,
    errors: findings.filter((f) => f.severity === "error").length,
    warnings: findings.filter((f) => f.severity === "warning").length,
    infos: findings.filter((f) => f.severity === "info").length,
    overdue: states.filter((s) => s.overdue).length,
    unowned: states.filter((s) => s.unowned).length,
    overdueSubActions: findings.filter((f) => f.code === "overdue/sub-action").length,
    unownedSubActions: subActions.filter(isUnownedSubAction).length,
    complete: states.filter((s) => s.complete).length,
    withdrawn: states.filter((s) => s.withdrawn).length,
  };
  const result: ValidationResult = { asOf, asOfSource, reading, glossary, findings, states, counts, changes: null };
  const previous = previousBoard(reading.history, asOf);
  if (previous) result.changes = compareBoards(previous, takeSnapshot(result));
  return result;
}

/**
 * A cell showing an Excel error (#REF!) reads as empty, so a rule would also call it missing: one finding
 * says what is wrong there, the error.
 */
function withoutEchoes(findings: Finding[]): Finding[] {
  const errorCells = new Set(
    findings.filter((f) => f.code === "structure/unreadable-cell").map((f) => `${f.sheet}!${f.cell}`),
  );
  if (errorCells.size === 0) return findings;
  const saysMissing = (f: Finding) => f.code === "owner/missing" || f.code.startsWith("content/missing-");
  return findings.filter((f) => !(saysMissing(f) && errorCells.has(`${f.sheet}!${f.cell}`)));
}

/** Reads the plan from a workbook and validates it as of the given date, else the board date, else today. */
export function validateWorkbook(
  workbook: WorkbookSnapshot,
  options: { sheet?: string; asOf?: IsoDate; today: IsoDate },
): ValidationResult {
  const reading = readPlan(workbook, { sheet: options.sheet });
  const { asOf, source } = resolveAsOf(options.asOf, reading.settings, options.today);
  return validatePlan(reading, asOf, source);
}
