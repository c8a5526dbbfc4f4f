// The core's jobs handed to a worker: every request and reply crosses a structured clone, as between
// threads, so anything that could not be sent to a real Worker fails here. The answers through the
// worker equal the answers inline, errors keep their plain message, progress is reported step by step,
// and a worker that cannot start leaves the work done on the page.

import fs from "node:fs";
import { inlineCoreJobs } from "../../src/adapters/office/core-jobs";
import { PlanCheckService, type Progress } from "../../src/adapters/office/plan-check-service";
import {
  answerJob,
  workerCoreJobs,
  type JobPort,
  type JobReply,
  type JobRequest,
} from "../../src/adapters/office/worker-jobs";
import { fakeExcelFromXlsx } from "../support/fake-excel/load-xlsx";
import { DERBY, DERBY_TRACKED } from "../support/derby";
import { buildXlsx } from "../support/workbooks";

const AS_OF = "2017-11-30";
const env = { isSetSupported: () => true, today: () => AS_OF };

/** A worker in the same process: messages are cloned both ways and answered on a later turn. */
class ClonedWorker implements JobPort {
  onmessage: ((event: MessageEvent<JobReply>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  received: JobRequest[] = [];

  postMessage(request: JobRequest): void {
    const copy = structuredClone(request);
    this.received.push(copy);
    setTimeout(() => this.onmessage?.({ data: structuredClone(answerJob(copy)) } as MessageEvent<JobReply>), 0);
  }
}

/** A worker whose script never loads: Chromium reports an error event and answers nothing. */
class DeadWorker implements JobPort {
  onmessage: ((event: MessageEvent<JobReply>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;

  postMessage(): void {
    setTimeout(() => this.onerror?.({ message: "failed to load" } as ErrorEvent), 0);
  }
}

async function excel(file: string) {
  return fakeExcelFromXlsx(new Uint8Array(fs.readFileSync(file)));
}

describe("core jobs in a worker", () => {
  it("gives the same findings, counts and highlights as the core inline", async () => {
    const worker = new ClonedWorker();
    const inline = await new PlanCheckService((await excel(DERBY)).run, env, inlineCoreJobs).validate({
      asOf: AS_OF,
      highlight: true,
    });
    const viaWorkerExcel = await excel(DERBY);
    const viaWorker = await new PlanCheckService(viaWorkerExcel.run, env, workerCoreJobs(worker)).validate({
      asOf: AS_OF,
      highlight: true,
    });
    expect(worker.received.map((r) => r.job)).toEqual(["validate"]);
    expect(viaWorker).toEqual(inline);
    expect(viaWorker.ok && viaWorker.value.counts.actions).toBe(25);
    expect(viaWorkerExcel.sheet("Improvement plan").conditionalFormats.length).toBeGreaterThan(0);
  });

  it("builds summaries, a board snapshot and the tracking set-up through the worker", async () => {
    const worker = new ClonedWorker();
    const workbook = await excel(DERBY_TRACKED);
    const service = new PlanCheckService(workbook.run, env, workerCoreJobs(worker));
    const summaries = await service.buildSummaries({ asOf: AS_OF });
    expect(summaries.ok && summaries.value.sheets.map((s) => s.name)).toEqual([
      "Summary by theme",
      "Summary by recommendation",
      "Summary by owner",
      "Chase list by owner",
      "Board exceptions",
    ]);
    const snapshot = await service.saveSnapshot({ asOf: AS_OF });
    expect(snapshot).toEqual({ ok: true, value: { boardDate: AS_OF } });
    const setup = await service.planTrackingSetup();
    expect(setup.ok && setup.value.sheets.map((s) => s.sheet)).toEqual(["Improvement plan"]);
    expect(worker.received.map((r) => r.job)).toEqual(["summaries", "boardSnapshot", "trackingSetup"]);
  });

  it("keeps a plan-reading error's plain message across the thread", async () => {
    const bytes = await buildXlsx([{ name: "Notes", rows: [["Just some notes"]] }]);
    const viaWorker = await new PlanCheckService(
      (await fakeExcelFromXlsx(bytes)).run,
      env,
      workerCoreJobs(new ClonedWorker()),
    ).validate({ highlight: false });
    const inline = await new PlanCheckService((await fakeExcelFromXlsx(bytes)).run, env).validate({
      highlight: false,
    });
    expect(viaWorker.ok).toBe(false);
    expect(viaWorker).toEqual(inline);
  });

  it("reports each step of a validation, in order", async () => {
    const steps: Progress[] = [];
    await new PlanCheckService((await excel(DERBY)).run, env, workerCoreJobs(new ClonedWorker())).validate({
      asOf: AS_OF,
      highlight: true,
      onProgress: (p) => steps.push(p),
    });
    expect(steps).toEqual([
      { step: 1, of: 3, label: "Reading the workbook…" },
      { step: 2, of: 3, label: "Checking the plan…" },
      { step: 3, of: 3, label: "Highlighting problem cells…" },
    ]);
  });

  it("does the work on the page when the worker cannot start", async () => {
    const warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
    const jobs = workerCoreJobs(new DeadWorker());
    const first = await new PlanCheckService((await excel(DERBY)).run, env, jobs).validate({
      asOf: AS_OF,
      highlight: false,
    });
    const second = await new PlanCheckService((await excel(DERBY)).run, env, jobs).validate({
      asOf: AS_OF,
      highlight: false,
    });
    expect(first.ok && first.value.counts.actions).toBe(25);
    expect(second).toEqual(first);
    // Said once in the console for whoever looks, not once a job.
    expect(warn.mock.calls).toEqual([
      ["Plan Check: the background checker could not run; checking on the page instead."],
    ]);
    warn.mockRestore();
  });
});
