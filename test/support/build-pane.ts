// Builds the add-in pages (production mode, as shipped) and the browser-test harness with the webpack
// command line in a child process (webpack's plugins need a plain Node, not Jest's sandbox).

import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const ROOT = path.join(__dirname, "..", "..");
const WEBPACK = path.join(ROOT, "node_modules", "webpack-cli", "bin", "cli.js");

export function buildPane(): { dist: string; harness: string } {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "plan-check-pane-"));
  const dist = path.join(out, "dist");
  const run = (args: string[]): void => {
    execFileSync(process.execPath, [WEBPACK, ...args], { cwd: ROOT, stdio: "pipe", timeout: 240000 });
  };
  run(["--mode", "production", "--output-path", dist]);
  run(["--config", path.join("test", "browser", "webpack.harness.js"), "--output-path", out]);
  return { dist, harness: fs.readFileSync(path.join(out, "harness.js"), "utf8") };
}
