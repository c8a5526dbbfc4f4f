// npm run bench: plans of 100, 1,000, 5,000 and 10,000 actions (the Derby actions repeated and varied), each
// path run several times, medians printed as a table and written to bench/results.json.
// `npm run bench -- --quick` runs the 100-action plan only.

import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { measure, planFile, type SizeResult } from "./bench/measure";

const ROOT = path.join(__dirname, "..");
const DIR = path.join(ROOT, "bench");

function peakMemory(args: string[]): number {
  const child = spawnSync(process.execPath, [path.join(__dirname, "bench", "peak-memory.js"), ...args], {
    cwd: ROOT,
    encoding: "utf8",
  });
  return Math.round(JSON.parse(child.stdout).maxRssKb / 1024);
}

function paneSize(): { raw: number; gzipped: number } | null {
  const file = path.join(ROOT, "dist", "taskpane.js");
  if (!fs.existsSync(file)) return null;
  const bytes = fs.readFileSync(file);
  return { raw: bytes.length, gzipped: zlib.gzipSync(bytes, { level: 9 }).length };
}

async function main(): Promise<void> {
  const quick = process.argv.includes("--quick");
  const sizes = quick ? [100] : [100, 1000, 5000, 10000];
  fs.mkdirSync(DIR, { recursive: true });
  const results: (SizeResult & { peakMemoryMb: Record<string, number> })[] = [];
  for (const actions of sizes) {
    const file = await planFile(DIR, actions);
    // Small plans take milliseconds, where one pause of the machine moves a median: they get more rounds.
    const runs = actions <= 1000 ? 15 : actions >= 10000 ? 3 : 5;
    const result = await measure(file, actions, runs);
    const out = path.join(os.tmpdir(), `plan-check-bench-${process.pid}.xlsx`);
    const peakMemoryMb = {
      inspect: peakMemory(["inspect", file]),
      validate: peakMemory(["validate", file, "--as-of", "2017-11-30", "--out", out]),
      summarise: peakMemory(["summarise", file, "--as-of", "2017-11-30", "--out", out]),
    };
    fs.rmSync(out, { force: true });
    results.push({ ...result, peakMemoryMb });
    process.stderr.write(`measured ${actions} actions\n`);
  }
  const machine = `${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
  const pane = paneSize();
  fs.writeFileSync(
    path.join(DIR, "results.json"),
    `${JSON.stringify({ machine, date: new Date().toISOString().slice(0, 10), pane, results }, null, 2)}\n`,
  );

  const rows = [
    "| actions | file | zip only | read + write | read | validate | validate --out | summarise | summarise --out | × read + write (validate --out / summarise --out) | peak MB (inspect/validate/summarise) | Office.js syncs validate/summaries | largest sync payload |",
    "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ...results
      .map((r) =>
        [
          r.actions.toLocaleString("en-GB"),
          `${(r.fileBytes / 1048576).toFixed(1)} MB`,
          `${r.ms.bareReadWrite} ms`,
          `${r.ms.readWrite} ms`,
          `${r.ms.read} ms`,
          `${r.ms.validate} ms`,
          `${r.ms.validateOut} ms`,
          `${r.ms.summarise} ms`,
          `${r.ms.summariseOut} ms`,
          `${r.ratio.validateOut}× / ${r.ratio.summariseOut}×`,
          `${r.peakMemoryMb.inspect} / ${r.peakMemoryMb.validate} / ${r.peakMemoryMb.summarise}`,
          `${r.office.validateSyncs} / ${r.office.summariesSyncs}`,
          `${(Math.max(r.office.largestValidatePayload, r.office.largestSummariesPayload) / 1048576).toFixed(2)} MB`,
        ].join(" | "),
      )
      .map((line) => `| ${line} |`),
  ];
  console.log(`Machine: ${machine}`);
  if (pane)
    console.log(
      `Task pane JavaScript: ${(pane.raw / 1024).toFixed(0)} KB raw, ${(pane.gzipped / 1024).toFixed(0)} KB gzipped`,
    );
  console.log(rows.join("\n"));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
