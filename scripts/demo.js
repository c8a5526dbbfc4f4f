// npm run demo: the whole path on the tracked Derby sample — inspect, validate with an annotated copy,
// summarise — using the built command line exactly as a user would. Outputs go to out/.
"use strict";
const { spawnSync } = require("node:child_process");
const fs = require("node:fs");
const path = require("node:path");

const root = path.join(__dirname, "..");
const cli = path.join(root, "bin", "plan-check.js");
const sample = path.join("examples", "derby-improvement-plan-2017-tracked.xlsx");
fs.mkdirSync(path.join(root, "out"), { recursive: true });

const steps = [
  ["inspect", sample],
  ["validate", sample, "--as-of", "2017-11-30", "--out", path.join("out", "derby-annotated.xlsx")],
  ["summarise", sample, "--as-of", "2017-11-30", "--out", path.join("out", "derby-with-summaries.xlsx")],
];
for (const args of steps) {
  process.stdout.write(`\n$ npx plan-check ${args.join(" ")}\n\n`);
  const run = spawnSync(process.execPath, [cli, ...args], { cwd: root, stdio: "inherit" });
  // Exit 1 means "the plan has errors", which is what the demo is there to show.
  if (run.status !== 0 && run.status !== 1) process.exit(run.status ?? 2);
}
process.stdout.write(
  "\nOpen out/derby-annotated.xlsx and out/derby-with-summaries.xlsx in Excel to see the results.\n",
);
