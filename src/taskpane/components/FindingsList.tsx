// Findings grouped by severity and theme, filterable, each a button that selects its cell in the
// sheet and says what to do about it. Plan text is rendered as React text nodes only: never as HTML.

import * as React from "react";
import { Checkbox } from "@fluentui/react/lib/Checkbox";
import { TextField } from "@fluentui/react/lib/TextField";
import type { Finding, Severity } from "../../core/findings/finding";

const SEVERITIES: { key: Severity; label: string }[] = [
  { key: "error", label: "Errors" },
  { key: "warning", label: "Warnings" },
  { key: "info", label: "Info" },
];

const LABEL: Record<Severity, string> = { error: "Error", warning: "Warning", info: "Info" };
/** Rendering thousands of buttons at once would freeze the pane; more are shown on request. */
const PAGE = 200;

export interface FindingsListProps {
  findings: Finding[];
  onSelect: (finding: Finding) => void;
}

export function FindingsList({ findings, onSelect }: FindingsListProps): React.ReactElement {
  const [shown, setShown] = React.useState<Record<Severity, boolean>>({ error: true, warning: true, info: false });
  const [search, setSearch] = React.useState("");
  const [limit, setLimit] = React.useState(PAGE);
  const needle = search.trim().toLowerCase();
  const visible = findings.filter(
    (f) =>
      shown[f.severity] &&
      (needle === "" || `${f.message} ${f.cell} ${f.value} ${f.code}`.toLowerCase().includes(needle)),
  );

  const groups: { severity: Severity; theme: string; items: Finding[] }[] = [];
  for (const s of SEVERITIES) {
    for (const f of visible.filter((x) => x.severity === s.key).slice(0, limit)) {
      const theme = f.theme ?? "The plan as a whole";
      let group = groups.find((g) => g.severity === s.key && g.theme === theme);
      if (!group) {
        group = { severity: s.key, theme, items: [] };
        groups.push(group);
      }
      group.items.push(f);
    }
  }

  return (
    <section aria-labelledby="pc-findings-heading">
      <h2 id="pc-findings-heading">Findings</h2>
      <fieldset className="pc-filters">
        <legend>Show</legend>
        {SEVERITIES.map((s) => (
          <Checkbox
            key={s.key}
            label={`${s.label} (${findings.filter((f) => f.severity === s.key).length})`}
            checked={shown[s.key]}
            onChange={(_e, checked) => setShown({ ...shown, [s.key]: Boolean(checked) })}
          />
        ))}
        <TextField label="Search findings" value={search} onChange={(_e, v) => setSearch(v ?? "")} />
      </fieldset>
      <p className="pc-shown" aria-live="polite">
        {visible.length === 0
          ? "No findings match."
          : `${visible.length} finding${visible.length === 1 ? "" : "s"} shown. Press Enter on one to go to its cell.`}
      </p>
      {groups.map((g) => (
        <div key={`${g.severity}-${g.theme}`} className="pc-group">
          <h3>
            {LABEL[g.severity]}s — {g.theme}
          </h3>
          <ul className="pc-list">
            {g.items.map((f, i) => (
              <li key={`${f.code}-${f.sheet}-${f.cell}-${i}`}>
                <button
                  type="button"
                  className={`pc-finding pc-${f.severity}`}
                  data-testid="finding"
                  onClick={() => onSelect(f)}
                >
                  {/* The name is the text as shown, so a voice-control user can say what they see. */}
                  <span className="pc-badge">{LABEL[f.severity]}</span>
                  <span className="pc-where">
                    {f.sheet}!{f.cell}
                  </span>
                  <span className="pc-message">{f.message}</span>
                  {f.fix ? (
                    <span className="pc-fix">
                      <strong>What to do:</strong> {f.fix}
                    </span>
                  ) : null}
                  <span className="pc-visually-hidden"> Go to the cell.</span>
                </button>
              </li>
            ))}
          </ul>
        </div>
      ))}
      {visible.length > limit && groups.length > 0 ? (
        <button type="button" className="pc-more" onClick={() => setLimit(limit + PAGE)}>
          Show more findings
        </button>
      ) : null}
    </section>
  );
}
