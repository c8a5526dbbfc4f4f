// The task pane: check the plan as of a date, read the counts and findings, go to a finding's cell,
// build summaries, clear highlights. Everything is reachable by keyboard and labelled for screen readers.

import * as React from "react";
import { PrimaryButton, DefaultButton } from "@fluentui/react/lib/Button";
import { Checkbox } from "@fluentui/react/lib/Checkbox";
import { MessageBar, MessageBarType } from "@fluentui/react/lib/MessageBar";
import { ProgressIndicator } from "@fluentui/react/lib/ProgressIndicator";
import { TextField } from "@fluentui/react/lib/TextField";
import type { Progress, ValidationView } from "../../adapters/office/plan-check-service";
import { formatLongDate, parseIsoDate } from "../../core/deadline/calendar";
import { changesLine } from "../../core/summaries/changes-summary";
import type { Finding } from "../../core/findings/finding";
import { SUMMARY_KINDS, type SummaryKind } from "../../core/summaries/build-summaries";
import { summariesMessage, validationMessage } from "../../shared/messages";
import type { PaneService } from "../pane-service";
import type { ColumnLetters } from "../../adapters/office/write-settings";
import { ColumnMapping } from "./ColumnMapping";
import { Counts } from "./Counts";
import { FindingsList } from "./FindingsList";

const SUMMARY_LABELS: Record<SummaryKind, string> = {
  theme: "By theme",
  recommendation: "By Ofsted recommendation",
  owner: "By owner, with a chase list",
  exceptions: "Board exceptions",
  changes: "Changes since last board",
};

export interface AppProps {
  service: PaneService;
  today: string;
}

type Notice = { kind: "error" | "info"; text: string } | null;

export function App({ service, today }: AppProps): React.ReactElement {
  const [asOf, setAsOf] = React.useState(today);
  const [highlight, setHighlight] = React.useState(true);
  const [busy, setBusy] = React.useState<Progress | null>(null);
  const [view, setView] = React.useState<ValidationView | null>(null);
  const [notice, setNotice] = React.useState<Notice>(null);
  const [pendingSetup, setPendingSetup] = React.useState<string[] | null>(null);
  /** Sheets to choose the plan from, when none could be read as the plan. */
  const [planChoices, setPlanChoices] = React.useState<string[] | null>(null);
  const [kinds, setKinds] = React.useState<SummaryKind[]>(SUMMARY_KINDS.filter((k) => k !== "changes"));

  const dateOk = parseIsoDate(asOf) !== null;

  async function work<T>(label: string, task: () => Promise<T>): Promise<T | undefined> {
    setBusy({ step: 0, of: 0, label });
    setNotice(null);
    try {
      return await task();
    } finally {
      setBusy(null);
    }
  }

  /** Validates and shows the result; when no plan sheet is found, offers to say where it is. */
  async function check(before = ""): Promise<void> {
    const outcome = await service.validate({ asOf: dateOk ? asOf : undefined, highlight, onProgress: setBusy });
    if (outcome.ok) {
      setView(outcome.value);
      setPlanChoices(null);
      setNotice({ kind: "info", text: `${before}${validationMessage(outcome.value)}` });
      return;
    }
    if (!outcome.planNotFound) return setNotice({ kind: "error", text: outcome.message });
    setNotice({ kind: "error", text: `${outcome.message} Say below which sheet and columns hold the plan.` });
    setView(null);
    const sheets = await service.listSheets();
    setPlanChoices(sheets.ok ? sheets.value : []);
  }

  const validate = (): Promise<void | undefined> => work("Checking the plan…", () => check());

  const summarise = (): Promise<void | undefined> =>
    work("Building summaries…", async () => {
      const outcome = await service.buildSummaries({ asOf: dateOk ? asOf : undefined, kinds, onProgress: setBusy });
      if (!outcome.ok) return setNotice({ kind: "error", text: outcome.message });
      setNotice({ kind: "info", text: summariesMessage(outcome.value.sheets) });
    });

  const clear = (): Promise<void | undefined> =>
    work("Clearing highlights…", async () => {
      const outcome = await service.clearHighlights();
      setNotice(
        outcome.ok
          ? {
              kind: "info",
              text:
                outcome.value.removed === 0
                  ? "There were no Plan Check highlights to clear."
                  : "Highlights cleared: the plan is as it was.",
            }
          : { kind: "error", text: outcome.message },
      );
    });

  const saveSnapshot = (): Promise<void | undefined> =>
    work("Saving the board snapshot…", async () => {
      const outcome = await service.saveSnapshot({ asOf: dateOk ? asOf : undefined });
      setNotice(
        outcome.ok
          ? {
              kind: "info",
              text: `Saved this board's snapshot (${formatLongDate(outcome.value.boardDate)}). The next check will say what changed since.`,
            }
          : { kind: "error", text: outcome.message },
      );
    });

  const proposeSetup = (): Promise<void | undefined> =>
    work("Looking at the plan…", async () => {
      const outcome = await service.planTrackingSetup();
      if (!outcome.ok) return setNotice({ kind: "error", text: outcome.message });
      if (outcome.value.summary.length === 0)
        return setNotice({ kind: "info", text: "This plan already has tracking: nothing to add." });
      setPendingSetup(outcome.value.summary);
    });

  const confirmSetup = (): Promise<void | undefined> =>
    work("Setting up tracking…", async () => {
      setPendingSetup(null);
      const outcome = await service.setUpTracking();
      setNotice(
        outcome.ok
          ? {
              kind: "info",
              text: outcome.value.summary.length
                ? "Tracking is set up: Status, Links, Progress update and Last updated, with drop-down lists."
                : "This plan already has tracking: nothing to add.",
            }
          : { kind: "error", text: outcome.message },
      );
    });

  const saveMapping = (mapping: ColumnLetters, planSheet?: string): Promise<void | undefined> =>
    work("Saving the column mapping…", async () => {
      const saved = await service.saveColumnMapping(mapping, planSheet);
      if (!saved.ok) return setNotice({ kind: "error", text: saved.message });
      await check("Column mapping saved. ");
    });

  const select = async (finding: Finding): Promise<void> => {
    const outcome = await service.selectCell(finding.sheet, finding.cell);
    if (!outcome.ok) setNotice({ kind: "error", text: outcome.message });
  };

  return (
    <main className="pc-pane" aria-label="Plan Check" aria-busy={busy !== null}>
      <h1>Plan Check</h1>
      <section aria-labelledby="pc-check-heading">
        <h2 id="pc-check-heading">Check the plan</h2>
        <TextField
          label="As of"
          type="date"
          value={asOf}
          onChange={(_e, v) => setAsOf(v ?? "")}
          description="Deadlines before this date count as passed. Leave empty to use the board date saved in the workbook."
          errorMessage={asOf !== "" && !dateOk ? "Enter a date, for example 2017-11-30." : undefined}
        />
        <Checkbox
          label="Highlight problem cells on the plan sheet"
          checked={highlight}
          onChange={(_e, c) => setHighlight(Boolean(c))}
        />
        <div className="pc-actions">
          <PrimaryButton text="Validate" onClick={validate} disabled={busy !== null} data-testid="validate" />
          <DefaultButton text="Save board snapshot" onClick={saveSnapshot} disabled={busy !== null} />
        </div>
      </section>

      <div aria-live="polite" className="pc-status">
        {busy ? (
          <ProgressIndicator
            label={busy.label}
            description={busy.of > 0 ? `Step ${busy.step} of ${busy.of}` : undefined}
            ariaValueText={busy.label}
            data-testid="progress"
          />
        ) : null}
        {notice ? (
          <MessageBar
            messageBarType={notice.kind === "error" ? MessageBarType.error : MessageBarType.info}
            isMultiline
            data-testid="notice"
          >
            {notice.text}
          </MessageBar>
        ) : null}
      </div>

      {view ? (
        <>
          <Counts counts={view.counts} />
          {view.changes ? (
            <p className="pc-changes" data-testid="changes">
              Since the board of {formatLongDate(view.changes.since)}: {changesLine(view.changes)}.
            </p>
          ) : null}
          <ColumnMapping
            key={JSON.stringify(view.columns)}
            sheet={view.sheet}
            sheets={view.otherPlanSheets}
            planSheets={view.sheets}
            columns={view.columns}
            milestoneColumns={view.milestoneColumns}
            onSave={saveMapping}
            busy={busy !== null}
          />
          <FindingsList findings={view.findings} onSelect={select} />
        </>
      ) : null}
      {!view && planChoices ? (
        <ColumnMapping sheet={null} sheets={planChoices} columns={[]} onSave={saveMapping} busy={busy !== null} />
      ) : null}

      <section aria-labelledby="pc-summaries-heading">
        <h2 id="pc-summaries-heading">Summaries for the board</h2>
        <fieldset className="pc-filters">
          <legend>Sheets to build</legend>
          {SUMMARY_KINDS.map((k) => (
            <Checkbox
              key={k}
              label={SUMMARY_LABELS[k]}
              checked={kinds.includes(k)}
              onChange={(_e, c) => setKinds(c ? [...kinds, k] : kinds.filter((x) => x !== k))}
            />
          ))}
        </fieldset>
        <DefaultButton text="Build summaries" onClick={summarise} disabled={busy !== null || kinds.length === 0} />
      </section>

      <section aria-labelledby="pc-tracking-heading">
        <h2 id="pc-tracking-heading">Tracking delivery</h2>
        {pendingSetup ? (
          <div role="group" aria-label="Confirm set-up">
            <p>Set up tracking will:</p>
            <ul>
              {pendingSetup.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
            <div className="pc-actions">
              <PrimaryButton text="Add these" onClick={confirmSetup} disabled={busy !== null} />
              <DefaultButton text="Cancel" onClick={() => setPendingSetup(null)} />
            </div>
          </div>
        ) : (
          <DefaultButton text="Set up tracking…" onClick={proposeSetup} disabled={busy !== null} />
        )}
      </section>

      <section aria-labelledby="pc-clear-heading">
        <h2 id="pc-clear-heading">Highlights</h2>
        <DefaultButton text="Clear highlights" onClick={clear} disabled={busy !== null} />
      </section>

      {/* The add-in's own static help page, the one the manifest links to; it opens outside the pane. */}
      <p className="pc-help">
        <a href="help.html" target="_blank" rel="noopener noreferrer">
          Help: what each button does and how to read the highlights
        </a>
      </p>
    </main>
  );
}
