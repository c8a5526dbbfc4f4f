// The thinking the add-in asks of the core — read the plan, validate, build summaries — as jobs that
// take and give plain data. The same jobs run inline or in a Web Worker, so a big plan never holds up
// the pane or Excel while it is checked; only Office.js calls stay on the page's own thread.

import type { IsoDate } from "../../core/deadline/calendar";
import type { Finding } from "../../core/findings/finding";
import type { PlanHeader } from "../../core/reader/header";
import { PlanNotFoundError, PlanReadError } from "../../core/reader/errors";
import { buildSummaries, defaultSummaryKinds, type SummaryKind } from "../../core/summaries/build-summaries";
import { historySheet, takeSnapshot } from "../../core/tracking/board-snapshot";
import { planWorkbookTrackingSetup, type SetupOptions, type TrackingSetup } from "../../core/tracking/tracking-setup";
import { highlightOverlay, type HighlightOverlay } from "../../core/validation/highlights";
import { validateWorkbook, type ValidationCounts, type ValidationResult } from "../../core/validation/validate";
import type { WorkbookSnapshot } from "../../core/workbook/grid";
import type { GeneratedSheet } from "../../core/workbook/sheet-spec";

/** What every job is given: the workbook as read, which sheet, and the dates to judge on. */
export interface JobInput {
  snapshot: WorkbookSnapshot;
  sheet?: string;
  asOf?: IsoDate;
  today: IsoDate;
}

export interface ValidationJobResult {
  asOf: IsoDate;
  asOfSource: ValidationResult["asOfSource"];
  sheet: string;
  /** Every sheet the plan is on: the plan sheet, and the others of a plan kept one theme a sheet. */
  sheets: string[];
  /** Other sheets that look like plans, to offer in the pane. */
  otherPlanSheets: string[];
  columns: PlanHeader["columns"];
  /** Numbered milestones read from columns of their own, each with its date column. */
  milestoneColumns: PlanHeader["milestoneColumns"];
  counts: ValidationCounts;
  findings: Finding[];
  changes: ValidationResult["changes"];
  /** The highlights to paint, when they were asked for. */
  overlay: HighlightOverlay[] | null;
}

export interface CoreJobs {
  validate(input: JobInput & { highlight: boolean }): Promise<ValidationJobResult>;
  summaries(input: JobInput & { kinds?: SummaryKind[] }): Promise<GeneratedSheet[]>;
  boardSnapshot(input: JobInput): Promise<{ sheet: GeneratedSheet; boardDate: IsoDate }>;
  trackingSetup(input: JobInput & SetupOptions): Promise<TrackingSetup>;
}

export type JobName = keyof CoreJobs;

/** The jobs, done synchronously by the core; a worker runs exactly these. */
export const CORE_JOB_RUNNERS: {
  [J in JobName]: (input: Parameters<CoreJobs[J]>[0]) => Awaited<ReturnType<CoreJobs[J]>>;
} = {
  validate(input) {
    const result = validateWorkbook(input.snapshot, input);
    return {
      asOf: result.asOf,
      asOfSource: result.asOfSource,
      sheet: result.reading.plan.sheet,
      sheets: result.reading.plan.sheets,
      otherPlanSheets: result.reading.otherPlanSheets,
      columns: result.reading.header.columns,
      milestoneColumns: result.reading.header.milestoneColumns,
      counts: result.counts,
      findings: result.findings,
      changes: result.changes,
      overlay: input.highlight ? highlightOverlay(result, input.snapshot) : null,
    };
  },
  summaries(input) {
    const result = validateWorkbook(input.snapshot, input);
    return buildSummaries(result, input.kinds ?? defaultSummaryKinds(result), {
      generatedOn: input.today,
      linkToPlan: true,
    });
  },
  boardSnapshot(input) {
    const result = validateWorkbook(input.snapshot, input);
    const snapshot = takeSnapshot(result);
    return { sheet: historySheet(result.reading.history, snapshot), boardDate: snapshot.boardDate };
  },
  trackingSetup: (input) => planWorkbookTrackingSetup(input.snapshot, input.sheet, input),
};

/** The jobs on the calling thread: for tests, the benchmark, and pages where no worker can start. */
export const inlineCoreJobs: CoreJobs = {
  validate: async (input) => CORE_JOB_RUNNERS.validate(input),
  summaries: async (input) => CORE_JOB_RUNNERS.summaries(input),
  boardSnapshot: async (input) => CORE_JOB_RUNNERS.boardSnapshot(input),
  trackingSetup: async (input) => CORE_JOB_RUNNERS.trackingSetup(input),
};

/** A job's failure as it crosses to another thread: the message a user reads, and what kind of error it was. */
export interface JobFailure {
  message: string;
  kind: "plan-not-found" | "plan-unreadable" | "other";
}

export function toJobFailure(error: unknown): JobFailure {
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof PlanNotFoundError) return { message, kind: "plan-not-found" };
  return { message, kind: error instanceof PlanReadError ? "plan-unreadable" : "other" };
}

export function fromJobFailure(failure: JobFailure): Error {
  if (failure.kind === "plan-not-found") return new PlanNotFoundError(failure.message);
  return failure.kind === "plan-unreadable" ? new PlanReadError(failure.message) : new Error(failure.message);
}
