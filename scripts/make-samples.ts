// Writes the bundled sample workbooks in examples/ from the project's copy of the Derby 2017 plan.
// Run: npm run samples

import path from "node:path";
import { buildDerbyWorkbook } from "./lib/build-plan-workbook";

async function main(): Promise<void> {
  const dir = path.join(__dirname, "..", "examples");
  await buildDerbyWorkbook().xlsx.writeFile(path.join(dir, "derby-improvement-plan-2017.xlsx"));
  await buildDerbyWorkbook({ tracked: true }).xlsx.writeFile(
    path.join(dir, "derby-improvement-plan-2017-tracked.xlsx"),
  );
  console.log(`Wrote the Derby samples to ${dir}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
