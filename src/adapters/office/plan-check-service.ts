// What the task pane and the ribbon commands can ask of the workbook. Each operation is one
// Excel.run with a fixed number of syncs; all the thinking is done by the same core as the CLI, as
// core jobs that the add-in runs in a Web Worker.

import type { IsoDate } from "../../core/deadline/calendar";
import { PlanNotFoundError, PlanReadError } from "../../core/reader/errors";
import type { SummaryKind } from "../../core/summaries/build-summaries";
import { isNothingToDo, type SetupOptions, type TrackingSetup } from "../../core/tracking/tracking-setup";
import { inlineCoreJobs, type CoreJobs, type JobInput, type ValidationJobResult } from "./core-jobs";
import {
  checkRequirement,
  describeOfficeError,
  PlanCheckOfficeError,
  type ExcelRunner,
  type SetSupported,
} from "./excel-runner";
import { readSnapshot, type OfficeSnapshot } from "./read-snapshot";
import { isPlanCheckRule, queueClearHighlights, queueHighlights } from "./write-highlights";
import { writeGeneratedSheets } from "./write-sheets";
import { queueTrackingSetup } from "./write-setup";
import { saveColumnMapping, type ColumnLetters } from "./write-settings";
import { SETTINGS_SHEET } from "../../core/plan/settings";
import { quotedSheets } from "../../core/in-words";
import { isGeneratedSheetName } from "../../core/workbook/generated";

/** Where a long operation has got to, for the pane to show and a screen reader to announce. */
export interface Progress {
  step: number;
  of: number;
  label: string;
}

export type ProgressListener = (progress: Progress) => void;

export interface ValidationView extends Omit<ValidationJobResult, "overlay"> {
  /** Said when the plan could not be highlighted (a protected sheet), with what to do. */
  highlightNote: string | null;
  highlighted: number;
}

export interface ValidateRequest {
  asOf?: IsoDate;
  sheet?: string;
  highlight: boolean;
  onProgress?: ProgressListener;
}

export interface SummariesRequest {
  asOf?: IsoDate;
  sheet?: string;
  /** Default: every summary, "changes" once a board snapshot is saved. */
  kinds?: SummaryKind[];
  onProgress?: ProgressListener;
}

export interface Environment {
  isSetSupported: SetSupported;
  today: () => IsoDate;
}

/** Said when plan sheets are protected: their cells cannot take highlights, and the findings are listed instead. */
function protectedNote(sheets: string[]): string {
  return sheets.length === 1
    ? `The sheet "${sheets[0]}" is protected, so its cells were not highlighted. Unprotect it (Review > Unprotect Sheet) to see them; the findings are listed here.`
    : `The sheets ${quotedSheets(sheets)} are protected, so their cells were not highlighted. Unprotect them (Review > Unprotect Sheet) to see them; the findings are listed here.`;
}

/** A failure says what to do; `planNotFound` means the user can point Plan Check at the plan. */
export type Outcome<T> = { ok: true; value: T } | { ok: false; message: string; planNotFound?: boolean };

async function attempt<T>(work: () => Promise<T>): Promise<Outcome<T>> {
  try {
    return { ok: true, value: await work() };
  } catch (error) {
    if (error instanceof PlanNotFoundError) return { ok: false, message: error.message, planNotFound: true };
    if (error instanceof PlanReadError) return { ok: false, message: error.message };
    return { ok: false, message: describeOfficeError(error) };
  }
}

export class PlanCheckService {
  constructor(
    private readonly run: ExcelRunner,
    private readonly env: Environment,
    /** Where the core's work is done: in a Web Worker in the add-in, inline in tests. */
    private readonly jobs: CoreJobs = inlineCoreJobs,
  ) {}

  private read(context: Excel.RequestContext): Promise<OfficeSnapshot> {
    return readSnapshot(context, {
      merges: this.env.isSetSupported("ExcelApi", "1.13"),
      fills: this.env.isSetSupported("ExcelApi", "1.9"),
    });
  }

  private input(read: OfficeSnapshot, request: { asOf?: IsoDate; sheet?: string }): JobInput {
    return { snapshot: read.snapshot, sheet: request.sheet, asOf: request.asOf, today: this.env.today() };
  }

  /** Set-up widens the plan's table by resizing it, which add-ins can do from ExcelApi 1.13. */
  private setupInput(read: OfficeSnapshot, sheet: string | undefined): JobInput & SetupOptions {
    return { ...this.input(read, { sheet }), canResizeTables: this.env.isSetSupported("ExcelApi", "1.13") };
  }

  validate(request: ValidateRequest): Promise<Outcome<ValidationView>> {
    return attempt(() =>
      this.run(async (context) => {
        checkRequirement("validate", this.env.isSetSupported);
        const steps = request.highlight ? 3 : 2;
        request.onProgress?.({ step: 1, of: steps, label: "Reading the workbook…" });
        const read = await this.read(context);
        request.onProgress?.({ step: 2, of: steps, label: "Checking the plan…" });
        const { overlay, ...result } = await this.jobs.validate({
          ...this.input(read, request),
          highlight: request.highlight,
        });
        let highlightNote: string | null = null;
        let highlighted = 0;
        if (overlay) {
          const locked = overlay.filter((o) => read.extras.get(o.sheet)?.protected);
          if (locked.length > 0) highlightNote = protectedNote(locked.map((o) => o.sheet));
          const open = overlay.filter((o) => !locked.includes(o));
          if (open.length > 0) {
            request.onProgress?.({ step: 3, of: steps, label: "Highlighting problem cells…" });
            for (const o of open) {
              const previous = read.extras.get(o.sheet)?.conditionalFormats ?? [];
              queueHighlights(context.workbook.worksheets.getItem(o.sheet), o, previous);
              highlighted += o.cells.length;
            }
            await context.sync();
          }
        }
        return { ...result, highlightNote, highlighted };
      }),
    );
  }

  buildSummaries(
    request: SummariesRequest,
  ): Promise<Outcome<{ sheets: { name: string; renamedFrom: string | null }[] }>> {
    return attempt(() =>
      this.run(async (context) => {
        checkRequirement("summaries", this.env.isSetSupported);
        request.onProgress?.({ step: 1, of: 3, label: "Reading the workbook…" });
        const read = await this.read(context);
        request.onProgress?.({ step: 2, of: 3, label: "Building the summaries…" });
        const sheets = await this.jobs.summaries({ ...this.input(read, request), kinds: request.kinds });
        request.onProgress?.({ step: 3, of: 3, label: "Writing the summary sheets…" });
        const written = await writeGeneratedSheets(context, sheets, read);
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
        const removed = queueClearHighlights(custom.filter(isPlanCheckRule));
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
        const read = await this.read(context);
        return this.jobs.trackingSetup(this.setupInput(read, sheet));
      }),
    );
  }

  /** Adds what set-up lists, after the user confirmed it (the plan is read again, so nothing stale is written). */
  setUpTracking(sheet?: string): Promise<Outcome<{ summary: string[] }>> {
    return attempt(() =>
      this.run(async (context) => {
        checkRequirement("validate", this.env.isSetSupported);
        const read = await this.read(context);
        const setup = await this.jobs.trackingSetup(this.setupInput(read, sheet));
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
        const read = await this.read(context);
        const { sheet, boardDate } = await this.jobs.boardSnapshot(this.input(read, request));
        const [written] = await writeGeneratedSheets(context, [sheet], read);
        context.workbook.worksheets.getItem(written.name).visibility = "Hidden";
        await context.sync();
        return { boardDate };
      }),
    );
  }

  /**
   * Saves which column holds what — and, when given, which sheet is the plan — for every later check
   * (by the add-in and the command line).
   */
  saveColumnMapping(mapping: ColumnLetters, planSheet?: string): Promise<Outcome<void>> {
    return attempt(async () => {
      for (const letter of Object.values(mapping)) {
        if (!/^[A-Za-z]{1,3}$/.test(letter ?? ""))
          throw new PlanCheckOfficeError(`"${letter}" is not a column letter (A, B, … AA).`);
      }
      await this.run((context) => saveColumnMapping(context, mapping, planSheet));
    });
  }

  /** The workbook's sheets a plan could be on: visible ones, not Plan Check's own. */
  listSheets(): Promise<Outcome<string[]>> {
    return attempt(() =>
      this.run(async (context) => {
        const worksheets = context.workbook.worksheets;
        worksheets.load("items/name,items/visibility");
        await context.sync();
        return worksheets.items
          .filter((ws) => ws.visibility === "Visible" && ws.name !== SETTINGS_SHEET && !isGeneratedSheetName(ws.name))
          .map((ws) => ws.name);
      }),
    );
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
