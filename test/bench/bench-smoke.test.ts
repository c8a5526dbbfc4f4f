// Keeps the benchmark working: the 100-action run end to end, with no timing asserted (timings are
// for `npm run bench` to report, never for tests to judge).

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { measure, planFile } from "../../scripts/bench/measure";

describe("npm run bench (smoke, 100 actions)", () => {
  it("measures every path and the Office.js syncs", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "plan-check-bench-"));
    const result = await measure(await planFile(dir, 100), 100, 1);
    expect(result.actions).toBe(100);
    for (const value of Object.values(result.ms)) expect(Number.isFinite(value)).toBe(true);
    expect(result.ratio.validateOut).toBeGreaterThan(0);
    // The bench's plan is tracked: one round trip reads its Status column's shading.
    expect(result.office.validateSyncs).toBe(5);
    expect(result.office.summariesSyncs).toBe(5);
    expect(result.office.largestValidatePayload).toBeLessThan(4 * 1024 * 1024);
  });
});
