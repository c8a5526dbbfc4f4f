// Which sheet and columns Plan Check read the plan from — and a way to say otherwise: each column's
// letter can be changed and saved on the workbook's settings sheet. When no plan sheet was found, the
// user picks the sheet and gives the letters of at least the columns a plan cannot do without.

import * as React from "react";
import { DefaultButton } from "@fluentui/react/lib/Button";
import { Dropdown } from "@fluentui/react/lib/Dropdown";
import { TextField } from "@fluentui/react/lib/TextField";
import type { ColumnLetters } from "../../adapters/office/write-settings";
import type { PlanHeader } from "../../core/reader/header";
import { COLUMN_LABELS } from "../../core/plan/columns";
import type { ColumnRole } from "../../core/plan/model";
import { columnLetter } from "../../core/workbook/address";
import { inWords } from "../../core/in-words";

/** Without these three no header row can be recognised. */
const NEEDED: ColumnRole[] = ["what", "accountable", "deadline"];

export interface ColumnMappingProps {
  /**
   * The plan sheet found; null when none was. `sheets` lists the ones to choose from: every sheet when
   * none was found, else the other sheets that also look like plans.
   */
  sheet: string | null;
  sheets?: string[];
  /** Every sheet of a plan kept one theme a sheet (the plan sheet first); absent or one for most plans. */
  planSheets?: string[];
  columns: PlanHeader["columns"];
  /** Numbered milestones read from columns of their own ("Milestone 1" dated in "Milestone 1 date"). */
  milestoneColumns?: PlanHeader["milestoneColumns"];
  onSave: (mapping: ColumnLetters, planSheet?: string) => void;
  busy: boolean;
}

/** "; “Plan 2016” also looks like a plan": said where it is seen without opening the details. */
function alsoPlans(others: string[]): string {
  if (others.length === 0) return "";
  return others.length === 1
    ? `; “${others[0]}” also looks like a plan`
    : `; ${others.length} other sheets also look like plans`;
}

/** ", with 2 numbered milestones": their column pairs are read besides the columns counted. */
function withMilestones(milestoneColumns: PlanHeader["milestoneColumns"]): string {
  const n = milestoneColumns.length;
  if (n === 0) return "";
  return n === 1 ? ", with 1 numbered milestone" : `, with ${n} numbered milestones`;
}

/** “Plan” for one sheet; “A”, “B” and “C” (or “A” to “F”) for a plan kept one theme a sheet. */
function planSheetsLabel(sheet: string, planSheets: string[]): string {
  if (planSheets.length <= 1) return `Plan sheet “${sheet}”`;
  const quoted = planSheets.map((s) => `“${s}”`);
  return planSheets.length <= 3
    ? `Plan sheets ${inWords(quoted)}`
    : `Plan on ${planSheets.length} sheets, ${quoted[0]} to ${quoted[quoted.length - 1]}`;
}

/**
 * "Milestone 1 (E, dated in F) and Milestone 2 (G, dated in H)": milestones kept in numbered columns
 * have no one Milestones column, so the table names the pairs read in its place.
 */
function numberedMilestones(milestoneColumns: PlanHeader["milestoneColumns"]): string {
  return inWords(
    milestoneColumns.map((m) => `${m.heading} (${columnLetter(m.column)}, dated in ${columnLetter(m.dateColumn)})`),
  );
}

export function ColumnMapping({
  sheet,
  sheets,
  planSheets = [],
  columns,
  milestoneColumns = [],
  onSave,
  busy,
}: ColumnMappingProps): React.ReactElement {
  const found = Object.fromEntries(columns.map((c) => [c.role, columnLetter(c.column)])) as ColumnLetters;
  const [letters, setLetters] = React.useState<ColumnLetters>(found);
  const [chosen, setChosen] = React.useState<string | undefined>(undefined);
  const choosing = sheet === null;
  // Another sheet that looks like a plan may be the one meant: it can be chosen, and saved as the plan sheet.
  const switchable = !choosing && (sheets ?? []).length > 0;
  const switched = switchable && chosen !== undefined && chosen !== sheet;
  const roles = Object.keys(COLUMN_LABELS) as ColumnRole[];
  const changed = roles.filter((r) => (letters[r] ?? "") !== (found[r] ?? "") && (letters[r] ?? "") !== "");
  const missing = NEEDED.filter((r) => (letters[r] ?? "") === "");
  const ready = choosing ? chosen !== undefined && missing.length === 0 : changed.length > 0 || switched;
  const save = (): void =>
    onSave(
      Object.fromEntries(changed.map((r) => [r, letters[r] as string])) as ColumnLetters,
      choosing || switched ? chosen : undefined,
    );
  const options = choosing ? (sheets ?? []) : [sheet, ...(sheets ?? [])];
  return (
    <details className="pc-mapping" open={choosing || undefined} data-testid="column-mapping">
      <summary>
        {choosing
          ? "Tell Plan Check where the plan is"
          : `${planSheetsLabel(sheet, planSheets)}: ${columns.length} columns recognised${withMilestones(milestoneColumns)}${alsoPlans(sheets ?? [])}`}
      </summary>
      {choosing || switchable ? (
        <Dropdown
          label="Plan sheet"
          placeholder="Choose the sheet that holds the plan"
          options={options.map((name) => ({ key: name, text: name }))}
          selectedKey={chosen ?? sheet}
          onChange={(_e, option) => setChosen(option ? String(option.key) : undefined)}
        />
      ) : null}
      <table>
        <caption className="pc-visually-hidden">How the plan&apos;s columns were read</caption>
        <thead>
          <tr>
            <th scope="col">Read as</th>
            <th scope="col">Heading in the sheet</th>
            <th scope="col">Column</th>
          </tr>
        </thead>
        <tbody>
          {roles.map((role) => (
            <tr key={role}>
              <td>
                {COLUMN_LABELS[role]}
                {choosing && NEEDED.includes(role) ? " (needed)" : ""}
              </td>
              {role === "milestones" && milestoneColumns.length > 0 && !found.milestones ? (
                <td data-testid="milestone-columns">{numberedMilestones(milestoneColumns)}</td>
              ) : (
                <td>{columns.find((c) => c.role === role)?.heading ?? "(not found)"}</td>
              )}
              <td>
                <TextField
                  ariaLabel={`Column letter for ${COLUMN_LABELS[role]}`}
                  value={letters[role] ?? ""}
                  onChange={(_e, v) => setLetters({ ...letters, [role]: (v ?? "").toUpperCase() })}
                  styles={{ root: { width: 56 } }}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {choosing && missing.length > 0 ? (
        <p className="pc-hint">
          Give the column letters of {missing.map((r) => COLUMN_LABELS[r]).join(", ")} at least.
        </p>
      ) : null}
      <DefaultButton text="Save column mapping" disabled={busy || !ready} onClick={save} />
      <p className="pc-hint">Saved on the “Plan Check settings” sheet; the command line reads it too.</p>
    </details>
  );
}
