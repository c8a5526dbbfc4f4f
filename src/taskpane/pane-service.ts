// What the pane needs from the workbook, as an interface: the real service in Excel, a fake in tests.

import type { Outcome, SummariesRequest, ValidateRequest, ValidationView } from "../adapters/office/plan-check-service";
import type { TrackingSetup } from "../core/tracking/tracking-setup";
import type { ColumnLetters } from "../adapters/office/write-settings";

export interface PaneService {
  validate(request: ValidateRequest): Promise<Outcome<ValidationView>>;
  buildSummaries(
    request: SummariesRequest,
  ): Promise<Outcome<{ sheets: { name: string; renamedFrom: string | null }[] }>>;
  clearHighlights(): Promise<Outcome<{ removed: number }>>;
  selectCell(sheet: string, cell: string): Promise<Outcome<void>>;
  planTrackingSetup(): Promise<Outcome<TrackingSetup>>;
  setUpTracking(): Promise<Outcome<{ summary: string[] }>>;
  saveSnapshot(request: { asOf?: string }): Promise<Outcome<{ boardDate: string }>>;
  saveColumnMapping(mapping: ColumnLetters, planSheet?: string): Promise<Outcome<void>>;
  listSheets(): Promise<Outcome<string[]>>;
}
