// The one place the add-in's pages build the Plan Check service on the real Office.js objects.

import { excelRunner } from "../adapters/office/excel-runner";
import { PlanCheckService } from "../adapters/office/plan-check-service";
import type { IsoDate } from "../core/deadline/calendar";

/** Today in the user's time zone, as YYYY-MM-DD. */
export function localToday(): IsoDate {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60000).toISOString().slice(0, 10);
}

export function createOfficeService(): PlanCheckService {
  return new PlanCheckService(excelRunner, {
    isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
    today: localToday,
  });
}
