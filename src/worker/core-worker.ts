// Web Worker entry: the core's jobs (read, validate, summarise) off the page's thread, so checking a
// big plan never freezes the pane or Excel. It never touches Office.js: data in, data out.

import { answerJob, type JobReply, type JobRequest } from "../adapters/office/worker-jobs";

interface WorkerScope {
  onmessage: ((event: MessageEvent<JobRequest>) => void) | null;
  postMessage(reply: JobReply): void;
}

const scope = self as unknown as WorkerScope;
scope.onmessage = (event) => scope.postMessage(answerJob(event.data));
