// Builds the summary sheets a user asked for, in a fixed order.

import type { ValidationResult } from "../validation/validate";
import type { GeneratedSheet } from "../workbook/sheet-spec";
import { boardExceptions } from "./board-exceptions";
import { ownerSummary } from "./owner-summary";
import { recommendationSummary } from "./recommendation-summary";
import type { SummaryOptions } from "./sheet-header";
import { themeSummary } from "./theme-summary";

export const SUMMARY_KINDS = ["theme", "recommendation", "owner", "exceptions"] as const;
export type SummaryKind = (typeof SUMMARY_KINDS)[number];

const BUILDERS: Record<SummaryKind, (result: ValidationResult, options: SummaryOptions) => GeneratedSheet> = {
  theme: themeSummary,
  recommendation: recommendationSummary,
  owner: ownerSummary,
  exceptions: boardExceptions,
};

export function buildSummaries(
  result: ValidationResult,
  kinds: readonly SummaryKind[],
  options: SummaryOptions,
): GeneratedSheet[] {
  return SUMMARY_KINDS.filter((k) => kinds.includes(k)).map((k) => BUILDERS[k](result, options));
}
