// Which sheet and columns Plan Check read the plan from — and a way to say otherwise: each column's
// letter can be changed and saved on the workbook's settings sheet.

import * as React from "react";
import { DefaultButton } from "@fluentui/react/lib/Button";
import { TextField } from "@fluentui/react/lib/TextField";
import type { ColumnLetters } from "../../adapters/office/write-settings";
import type { PlanHeader } from "../../core/reader/header";
import { COLUMN_LABELS } from "../../core/plan/columns";
import type { ColumnRole } from "../../core/plan/model";
import { columnLetter } from "../../core/workbook/address";

export interface ColumnMappingProps {
  sheet: string;
  columns: PlanHeader["columns"];
  onSave: (mapping: ColumnLetters) => void;
  busy: boolean;
}

export function ColumnMapping({ sheet, columns, onSave, busy }: ColumnMappingProps): React.ReactElement {
  const found = Object.fromEntries(columns.map((c) => [c.role, columnLetter(c.column)])) as ColumnLetters;
  const [letters, setLetters] = React.useState<ColumnLetters>(found);
  const roles = Object.keys(COLUMN_LABELS) as ColumnRole[];
  const changed = roles.filter((r) => (letters[r] ?? "") !== (found[r] ?? "") && (letters[r] ?? "") !== "");
  return (
    <details className="pc-mapping">
      <summary>
        Plan sheet “{sheet}”: {columns.length} columns recognised
      </summary>
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
              <td>{COLUMN_LABELS[role]}</td>
              <td>{columns.find((c) => c.role === role)?.heading ?? "(not found)"}</td>
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
      <DefaultButton
        text="Save column mapping"
        disabled={busy || changed.length === 0}
        onClick={() => onSave(Object.fromEntries(changed.map((r) => [r, letters[r] as string])) as ColumnLetters)}
      />
      <p className="pc-hint">Saved on the “Plan Check settings” sheet; the command line reads it too.</p>
    </details>
  );
}
