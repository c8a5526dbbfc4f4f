// Which sheet and columns Plan Check read the plan from, so a coordinator can see it understood.

import * as React from "react";
import type { PlanHeader } from "../../core/reader/header";
import { COLUMN_LABELS } from "../../core/plan/columns";
import { columnLetter } from "../../core/workbook/address";

export function ColumnMapping({
  sheet,
  columns,
}: {
  sheet: string;
  columns: PlanHeader["columns"];
}): React.ReactElement {
  return (
    <details className="pc-mapping">
      <summary>
        Plan sheet “{sheet}”: {columns.length} columns recognised
      </summary>
      <table>
        <caption className="pc-visually-hidden">How the plan&apos;s columns were read</caption>
        <thead>
          <tr>
            <th scope="col">Column</th>
            <th scope="col">Heading in the sheet</th>
            <th scope="col">Read as</th>
          </tr>
        </thead>
        <tbody>
          {columns.map((c) => (
            <tr key={c.role}>
              <td>{columnLetter(c.column)}</td>
              <td>{c.heading}</td>
              <td>{COLUMN_LABELS[c.role]}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="pc-hint">
        To map a column differently, add a row “Column: Deadline” with the column letter on the “Plan Check settings”
        sheet.
      </p>
    </details>
  );
}
