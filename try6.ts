import { buildDerbyWorkbook } from "./scripts/lib/build-plan-workbook";
buildDerbyWorkbook({ actions: 5000, tracked: true }).xlsx.writeFile("bench/plan-5000.xlsx").then(() => console.log("ok"));
