import fs from "node:fs";
import { performance } from "node:perf_hooks";
import { openPackage } from "./src/adapters/xlsx/package";
import { readWorkbook } from "./src/adapters/xlsx/read-workbook";
import { readPlan } from "./src/core/reader/read-plan";
import { validatePlan } from "./src/core/validation/validate";
const bytes = fs.readFileSync(process.argv[2]);
for (let i = 0; i < 3; i++) {
  let t = performance.now();
  const pkg = openPackage(bytes, "x"); const a = performance.now() - t; t = performance.now();
  const snap = readWorkbook(pkg); const b = performance.now() - t; t = performance.now();
  const r = readPlan(snap); const c = performance.now() - t; t = performance.now();
  validatePlan(r, "2017-11-30"); const d = performance.now() - t;
  console.log({ unzip: a|0, parse: b|0, readPlan: c|0, validate: d|0 });
}
