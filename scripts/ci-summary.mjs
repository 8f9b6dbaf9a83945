// Adds up vitest's JSON reports into the one plain line CI reads: "N passed, N failed".
import { existsSync, readFileSync } from "node:fs";

let passed = 0;
let failed = 0;
for (const report of process.argv.slice(2)) {
  if (!existsSync(report)) {
    console.log(`${report} is missing: that test run did not finish.`);
    failed++;
    continue;
  }
  const results = JSON.parse(readFileSync(report, "utf8"));
  passed += results.numPassedTests;
  failed += results.numFailedTests + (results.numRuntimeErrorTestSuites ?? 0);
  if (results.numTotalTests === 0) failed++;
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
