// What `npm run bench` measures, as functions: the CLI paths timed in process against reading and
// writing the same file with no validation (the issues' baseline), a bare unzip and re-zip for
// reference, and the Office.js path's syncs and payloads through the fake.

import fs from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { openPackage, savePackage } from "../../src/adapters/xlsx/package";
import { readWorkbook } from "../../src/adapters/xlsx/read-workbook";
import { writeAnnotatedCopy } from "../../src/adapters/xlsx/write-annotated";
import { addSheetsToCopy } from "../../src/adapters/xlsx/write-summaries";
import { PlanCheckService } from "../../src/adapters/office/plan-check-service";
import { readPlan } from "../../src/core/reader/read-plan";
import { buildSummaries, type SummaryKind } from "../../src/core/summaries/build-summaries";

const BOARD_SUMMARIES: SummaryKind[] = ["theme", "recommendation", "owner", "exceptions"];
import { validatePlan } from "../../src/core/validation/validate";
import { FakeExcel } from "../../test/support/fake-excel/fake-excel";
import { sheetsFromSnapshot } from "../../test/support/fake-excel/state";
import { buildDerbyWorkbook } from "../lib/build-plan-workbook";

const AS_OF = "2017-11-30";
const OPTIONS = { generatedOn: AS_OF, linkToPlan: true };

export interface SizeResult {
  actions: number;
  fileBytes: number;
  /** Median milliseconds. */
  ms: {
    bareReadWrite: number;
    /** Read the plan and write the workbook back unchanged: the baseline the ratios use. */
    readWrite: number;
    read: number;
    validate: number;
    validateOut: number;
    summarise: number;
    summariseOut: number;
  };
  /** Median over rounds of each round's time over its read + write. */
  ratio: { validateOut: number; summariseOut: number };
  office: {
    validateSyncs: number;
    summariesSyncs: number;
    largestValidatePayload: number;
    largestSummariesPayload: number;
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Collects garbage between runs when node runs with --expose-gc, so one run does not pay for another's. */
const collectGarbage = (globalThis as { gc?: () => void }).gc ?? (() => undefined);

type Timings<K extends string> = Record<K, number[]>;

/**
 * Times every path once a round, round after round, after one round to warm up: a slow spell on the
 * machine then falls on all paths alike, and each round's paths can be compared with each other.
 */
function timeRounds<K extends string>(runs: number, paths: Record<K, () => void>): Timings<K> {
  const names = Object.keys(paths) as K[];
  const times = Object.fromEntries(names.map((name) => [name, [] as number[]])) as Timings<K>;
  for (let pass = 0; pass <= runs; pass++) {
    for (const name of names) {
      collectGarbage();
      const start = performance.now();
      paths[name]();
      if (pass > 0) times[name].push(performance.now() - start);
    }
  }
  return times;
}

/** The median, over rounds, of one path's time over another's in the same round. */
function medianRatio(times: number[], baseline: number[]): number {
  return round(median(times.map((t, i) => t / baseline[i])));
}

export async function planFile(dir: string, actions: number): Promise<string> {
  const file = path.join(dir, `plan-${actions}.xlsx`);
  if (!fs.existsSync(file)) await buildDerbyWorkbook({ actions, tracked: true }).xlsx.writeFile(file);
  return file;
}

export async function measure(file: string, actions: number, runs: number): Promise<SizeResult> {
  const bytes = new Uint8Array(fs.readFileSync(file));
  const read = () => {
    const pkg = openPackage(bytes, "plan.xlsx");
    const snapshot = readWorkbook(pkg);
    return { pkg, snapshot, reading: readPlan(snapshot) };
  };
  const validated = () => {
    const r = read();
    return { ...r, result: validatePlan(r.reading, AS_OF) };
  };
  const times = timeRounds(runs, {
    bareReadWrite: () => savePackage(openPackage(bytes, "plan.xlsx")),
    readWrite: () => savePackage(read().pkg),
    read: () => read(),
    validate: () => validated(),
    validateOut: () => {
      const v = validated();
      writeAnnotatedCopy(v.pkg, v.snapshot, v.result, { generatedOn: AS_OF });
    },
    summarise: () => buildSummaries(validated().result, BOARD_SUMMARIES, OPTIONS),
    summariseOut: () => {
      const v = validated();
      addSheetsToCopy(v.pkg, buildSummaries(v.result, BOARD_SUMMARIES, OPTIONS));
    },
  });
  const ms = Object.fromEntries(
    Object.entries(times).map(([name, t]) => [name, Math.round(median(t))]),
  ) as SizeResult["ms"];
  const snapshot = readWorkbook(openPackage(bytes, "plan.xlsx"));
  const env = { isSetSupported: () => true, today: () => AS_OF };
  const validating = new FakeExcel(sheetsFromSnapshot(snapshot));
  await new PlanCheckService(validating.run, env).validate({ highlight: true });
  const summarising = new FakeExcel(sheetsFromSnapshot(snapshot));
  await new PlanCheckService(summarising.run, env).buildSummaries({});
  return {
    actions,
    fileBytes: bytes.length,
    ms,
    ratio: {
      validateOut: medianRatio(times.validateOut, times.readWrite),
      summariseOut: medianRatio(times.summariseOut, times.readWrite),
    },
    office: {
      validateSyncs: validating.syncs,
      summariesSyncs: summarising.syncs,
      largestValidatePayload: Math.max(...validating.syncBytes),
      largestSummariesPayload: Math.max(...summarising.syncBytes),
    },
  };
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
