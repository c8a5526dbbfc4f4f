// The one place the add-in's pages build the Plan Check service on the real Office.js objects.

import { excelRunner } from "../adapters/office/excel-runner";
import { PlanCheckService } from "../adapters/office/plan-check-service";
import { localIsoDate, type IsoDate } from "../core/deadline/calendar";

/** Today in the user's time zone, as YYYY-MM-DD. */
export function localToday(): IsoDate {
  return localIsoDate(new Date());
}

export function createOfficeService(): PlanCheckService {
  return new PlanCheckService(excelRunner, {
    isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
    today: localToday,
  });
}
