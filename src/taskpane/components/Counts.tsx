// The counts a coordinator reads first, each with its word — never a colour alone.

import * as React from "react";
import type { ValidationCounts } from "../../core/validation/validate";

const ITEMS: { key: keyof ValidationCounts; label: string }[] = [
  { key: "actions", label: "Actions" },
  { key: "errors", label: "Errors" },
  { key: "warnings", label: "Warnings" },
  { key: "overdue", label: "Overdue" },
  { key: "unowned", label: "Unowned" },
  { key: "overdueSubActions", label: "Sub-actions past their date" },
  { key: "unownedSubActions", label: "Sub-actions without owner" },
];

export function Counts({ counts }: { counts: ValidationCounts }): React.ReactElement {
  return (
    <dl className="pc-counts" aria-label="Counts">
      {ITEMS.map((item) => (
        <div key={item.key} className={`pc-count pc-count-${item.key}`} data-testid={`count-${item.key}`}>
          <dt>{item.label}</dt>
          <dd>{counts[item.key]}</dd>
        </div>
      ))}
    </dl>
  );
}
