// What the task pane and the ribbon commands can ask of the workbook. Each operation is one
// Excel.run with a fixed number of syncs; all the thinking is done by the same core as the CLI.

import type { IsoDate } from "../../core/deadline/calendar";
import type { Finding } from "../../core/findings/finding";
import type { PlanHeader } from "../../core/reader/header";
import { PlanReadError, readPlan } from "../../core/reader/read-plan";
import { buildSummaries, defaultSummaryKinds, type SummaryKind } from "../../core/summaries/build-summaries";
import { highlightOverlay } from "../../core/validation/highlights";
import {
  resolveAsOf,
  validatePlan,
  type ValidationCounts,
  type ValidationResult,
} from "../../core/validation/validate";
import {
  checkRequirement,
  describeOfficeError,
  PlanCheckOfficeError,
  type ExcelRunner,
  type SetSupported,
} from "./excel-runner";
import { readSnapshot, type OfficeSnapshot } from "./read-snapshot";
import { queueClearHighlights, queueHighlights } from "./write-highlights";
import { PayloadBudget, writeGeneratedSheet } from "./write-sheets";
import { queueTrackingSetup } from "./write-setup";
import { saveColumnMapping, type ColumnLetters } from "./write-settings";
import { findSettingsSheet } from "../../core/plan/settings";
import { isNothingToDo, planTrackingSetup, type TrackingSetup } from "../../core/tracking/tracking-setup";
import { historySheet, takeSnapshot } from "../../core/tracking/board-snapshot";

export interface ValidationView {
  asOf: IsoDate;
  asOfSource: ValidationResult["asOfSource"];
  sheet: string;
  columns: PlanHeader["columns"];
  counts: ValidationCounts;
  findings: Finding[];
  /** Said when the plan could not be highlighted (a protected sheet), with what to do. */
  highlightNote: string | null;
  highlighted: number;
  changes: ValidationResult["changes"];
}

export interface ValidateRequest {
  asOf?: IsoDate;
  sheet?: string;
  highlight: boolean;
}

export interface SummariesRequest {
  asOf?: IsoDate;
  sheet?: string;
  /** Default: every summary, "changes" once a board snapshot is saved. */
  kinds?: SummaryKind[];
}

export interface Environment {
  isSetSupported: SetSupported;
  today: () => IsoDate;
}

export type Outcome<T> = { ok: true; value: T } | { ok: false; message: string };

async function attempt<T>(work: () => Promise<T>): Promise<Outcome<T>> {
  try {
    return { ok: true, value: await work() };
  } catch (error) {
    if (error instanceof PlanReadError) return { ok: false, message: error.message };
    return { ok: false, message: describeOfficeError(error) };
  }
}

export class PlanCheckService {
  constructor(
    private readonly run: ExcelRunner,
    private readonly env: Environment,
  ) {}

  private mergesSupported(): boolean {
    return this.env.isSetSupported("ExcelApi", "1.13");
  }

  private validateSnapshot(read: OfficeSnapshot, request: { asOf?: IsoDate; sheet?: string }): ValidationResult {
    const reading = readPlan(read.snapshot, { sheet: request.sheet });
    const { asOf, source } = resolveAsOf(request.asOf, reading.settings, this.env.today());
    return validatePlan(reading, asOf, source);
  }

  validate(request: ValidateRequest): Promise<Outcome<ValidationView>> {
    return attempt(() =>
      this.run(async (context) => {
        checkRequirement("validate", this.env.isSetSupported);
        const read = await readSnapshot(context, { merges: this.mergesSupported() });
        const result = this.validateSnapshot(read, request);
        const sheet = result.reading.plan.sheet;
        let highlightNote: string | null = null;
        let highlighted = 0;
        if (request.highlight) {
          const extras = read.extras.get(sheet);
          if (extras?.protected) {
            highlightNote = `The sheet "${sheet}" is protected, so its cells were not highlighted. Unprotect it (Review > Unprotect Sheet) to see them; the findings are listed here.`;
          } else {
            const overlay = highlightOverlay(result, read.snapshot);
            queueHighlights(context.workbook.worksheets.getItem(sheet), overlay, extras?.conditionalFormats ?? []);
            highlighted = overlay.cells.length;
            await context.sync();
          }
        }
        return {
          asOf: result.asOf,
          asOfSource: result.asOfSource,
          sheet,
          columns: result.reading.header.columns,
          counts: result.counts,
          findings: result.findings,
          highlightNote,
          highlighted,
          changes: result.changes,
        };
      }),
    );
  }

  buildSummaries(
    request: SummariesRequest,
  ): Promise<Outcome<{ sheets: { name: string; renamedFrom: string | null }[] }>> {
    return attempt(() =>
      this.run(async (context) => {
        checkRequirement("summaries", this.env.isSetSupported);
        const read = await readSnapshot(context, { merges: this.mergesSupported() });
        const result = this.validateSnapshot(read, request);
        const sheets = buildSummaries(result, request.kinds ?? defaultSummaryKinds(result), {
          generatedOn: this.env.today(),
          linkToPlan: true,
        });
        const taken = new Set(read.snapshot.sheets.map((s) => s.name));
        const byKind = new Map([...read.generated].map(([name, kind]) => [kind, name]));
        const written = [];
        const budget = new PayloadBudget(context);
        for (const sheet of sheets) {
          const existing = byKind.get(sheet.kind) ?? null;
          // Sheets are written one after another; the budget syncs only when ~2 MB are queued.
          written.push(await writeGeneratedSheet(context, sheet, { existing, taken }, budget));
        }
        await context.sync();
        return { sheets: written };
      }),
    );
  }

  clearHighlights(): Promise<Outcome<{ removed: number }>> {
    return attempt(() =>
      this.run(async (context) => {
        const worksheets = context.workbook.worksheets;
        worksheets.load("items/name");
        await context.sync();
        const collections = worksheets.items.map((ws) => {
          const cfs = ws.getRange().conditionalFormats;
          cfs.load("items/type");
          return cfs;
        });
        await context.sync();
        const custom = collections.flatMap((c) => c.items.filter((cf) => cf.type === "Custom"));
        for (const cf of custom) cf.custom.rule.load("formula");
        await context.sync();
        const removed = queueClearHighlights(custom.filter((cf) => cf.custom.rule.formula.includes("plan-check:")));
        await context.sync();
        return { removed };
      }),
    );
  }

  /** What set-up would add, for the user to confirm; nothing is written. */
  planTrackingSetup(sheet?: string): Promise<Outcome<TrackingSetup>> {
    return attempt(() =>
      this.run(async (context) => {
        checkRequirement("validate", this.env.isSetSupported);
        const read = await readSnapshot(context, { merges: this.mergesSupported() });
        return planTrackingSetup(readPlan(read.snapshot, { sheet }), findSettingsSheet(read.snapshot) !== null);
      }),
    );
  }

  /** Adds what set-up lists, after the user confirmed it (the plan is read again, so nothing stale is written). */
  setUpTracking(sheet?: string): Promise<Outcome<{ summary: string[] }>> {
    return attempt(() =>
      this.run(async (context) => {
        checkRequirement("validate", this.env.isSetSupported);
        const read = await readSnapshot(context, { merges: this.mergesSupported() });
        const setup = planTrackingSetup(readPlan(read.snapshot, { sheet }), findSettingsSheet(read.snapshot) !== null);
        if (isNothingToDo(setup)) return { summary: [] };
        queueTrackingSetup(context, setup);
        await context.sync();
        return { summary: setup.summary };
      }),
    );
  }

  /** Saves this board's snapshot on the hidden history sheet, for the next run's "since the last board". */
  saveSnapshot(request: { asOf?: IsoDate; sheet?: string }): Promise<Outcome<{ boardDate: IsoDate }>> {
    return attempt(() =>
      this.run(async (context) => {
        checkRequirement("validate", this.env.isSetSupported);
        const read = await readSnapshot(context, { merges: this.mergesSupported() });
        const result = this.validateSnapshot(read, request);
        const snapshot = takeSnapshot(result);
        const existing = [...read.generated].find(([, kind]) => kind === "history")?.[0] ?? null;
        const written = await writeGeneratedSheet(context, historySheet(result.reading.history, snapshot), {
          existing,
          taken: new Set(read.snapshot.sheets.map((s) => s.name)),
        });
        context.workbook.worksheets.getItem(written.name).visibility = "Hidden";
        await context.sync();
        return { boardDate: snapshot.boardDate };
      }),
    );
  }

  /** Saves which column holds what, for every later check (by the add-in and the command line). */
  saveColumnMapping(mapping: ColumnLetters): Promise<Outcome<void>> {
    return attempt(async () => {
      for (const letter of Object.values(mapping)) {
        if (!/^[A-Za-z]{1,3}$/.test(letter ?? ""))
          throw new PlanCheckOfficeError(`"${letter}" is not a column letter (A, B, … AA).`);
      }
      await this.run((context) => saveColumnMapping(context, mapping));
    });
  }

  selectCell(sheet: string, cell: string): Promise<Outcome<void>> {
    return attempt(() =>
      this.run(async (context) => {
        const ws = context.workbook.worksheets.getItemOrNullObject(sheet);
        await context.sync();
        if (ws.isNullObject)
          throw new PlanCheckOfficeError(`The sheet "${sheet}" is no longer in this workbook. Validate again.`);
        ws.activate();
        ws.getRange(cell).select();
        await context.sync();
      }),
    );
  }
}
