// The one place the add-in's pages build the Plan Check service on the real Office.js objects and the core worker.

import { excelRunner } from "../adapters/office/excel-runner";
import { PlanCheckService } from "../adapters/office/plan-check-service";
import { inlineCoreJobs, type CoreJobs } from "../adapters/office/core-jobs";
import { workerCoreJobs } from "../adapters/office/worker-jobs";
import { localIsoDate, type IsoDate } from "../core/deadline/calendar";

/** Today in the user's time zone, as YYYY-MM-DD. */
export function localToday(): IsoDate {
  return localIsoDate(new Date());
}

/** The core's jobs in a Web Worker beside the page; on the page itself where no worker can start. */
function createCoreJobs(): CoreJobs {
  try {
    return workerCoreJobs(new Worker("core-worker.js", { name: "plan-check-core" }));
  } catch {
    return inlineCoreJobs;
  }
}

export function createOfficeService(): PlanCheckService {
  return new PlanCheckService(
    excelRunner,
    {
      isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
      today: localToday,
    },
    createCoreJobs(),
  );
}
