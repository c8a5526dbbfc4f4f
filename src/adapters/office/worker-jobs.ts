// The core jobs sent to a Web Worker: each request carries an id, each reply answers one. Should the
// worker fail to start or stop (a locked-down browser, a missing file), the jobs it held and every
// later one run on the page instead: slower for a big plan, never lost.

import {
  CORE_JOB_RUNNERS,
  fromJobFailure,
  inlineCoreJobs,
  toJobFailure,
  type CoreJobs,
  type JobFailure,
  type JobName,
} from "./core-jobs";

export interface JobRequest {
  id: number;
  job: JobName;
  input: unknown;
}

export type JobReply = { id: number; ok: true; value: unknown } | { id: number; ok: false; failure: JobFailure };

/** What the jobs need of a worker: a real Worker in the add-in, a stand-in in tests. */
export interface JobPort {
  postMessage(request: JobRequest): void;
  onmessage: ((event: MessageEvent<JobReply>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

/** Runs one request; what the worker does with every message it gets. */
export function answerJob(request: JobRequest): JobReply {
  try {
    const run = CORE_JOB_RUNNERS[request.job] as (input: unknown) => unknown;
    return { id: request.id, ok: true, value: run(request.input) };
  } catch (error) {
    return { id: request.id, ok: false, failure: toJobFailure(error) };
  }
}

interface Pending {
  request: JobRequest;
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

export function workerCoreJobs(port: JobPort, fallback: CoreJobs = inlineCoreJobs): CoreJobs {
  const pending = new Map<number, Pending>();
  let nextId = 1;
  let broken = false;

  const runHere = (request: JobRequest): Promise<unknown> =>
    (fallback[request.job] as (input: unknown) => Promise<unknown>)(request.input);

  port.onmessage = ({ data }) => {
    const waiting = pending.get(data.id);
    if (!waiting) return;
    pending.delete(data.id);
    if (data.ok) waiting.resolve(data.value);
    else waiting.reject(fromJobFailure(data.failure));
  };
  port.onerror = () => {
    if (!broken) console.warn("Plan Check: the background checker could not run; checking on the page instead.");
    broken = true;
    for (const [id, waiting] of pending) {
      pending.delete(id);
      runHere(waiting.request).then(waiting.resolve, waiting.reject);
    }
  };

  const send = (job: JobName, input: unknown): Promise<unknown> => {
    const request: JobRequest = { id: nextId++, job, input };
    if (broken) return runHere(request);
    return new Promise((resolve, reject) => {
      pending.set(request.id, { request, resolve, reject });
      try {
        port.postMessage(request);
      } catch {
        // Something the worker cannot be sent: do this one here.
        pending.delete(request.id);
        runHere(request).then(resolve, reject);
      }
    });
  };

  return {
    validate: (input) => send("validate", input) as ReturnType<CoreJobs["validate"]>,
    summaries: (input) => send("summaries", input) as ReturnType<CoreJobs["summaries"]>,
    boardSnapshot: (input) => send("boardSnapshot", input) as ReturnType<CoreJobs["boardSnapshot"]>,
    trackingSetup: (input) => send("trackingSetup", input) as ReturnType<CoreJobs["trackingSetup"]>,
  };
}
