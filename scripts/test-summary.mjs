// Prints one closing line for the whole test command, from the runners' JSON reports:
// "tests: N passed, N failed". Fails when a report is missing or counts no test.
import { readFileSync } from 'node:fs';

function read(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    console.error(`No test report at ${path}: did that test run happen?`);
    process.exit(1);
  }
}

const unit = read('test-results/vitest.json');
const browser = read('test-results/playwright.json');
const passed = unit.numPassedTests + (browser.stats?.expected ?? 0);
const failed = unit.numFailedTests + (browser.stats?.unexpected ?? 0) + (browser.stats?.flaky ?? 0);
const skipped = unit.numPendingTests + unit.numTodoTests + (browser.stats?.skipped ?? 0);
if (unit.numTotalTests === 0 || (browser.stats?.expected ?? 0) === 0) {
  console.error('A test runner ran no test.');
  process.exit(1);
}
console.log(`tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 || skipped > 0 ? 1 : 0);
