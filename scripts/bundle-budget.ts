/**
 * Fails when the first load of the inbox ships more JavaScript than its budget. Run after the web
 * build: `node --import tsx scripts/bundle-budget.ts [dist/web]`. Prints each file's gzipped size
 * (node:zlib at its default level, as a server compressing on the fly would send it) and the total.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import {
  FIRST_LOAD_BUDGET_BYTES,
  firstLoadFiles,
  INBOX_PAGE,
  type Manifest,
  weigh,
} from '../web/bundle-budget.js';

const webRoot = path.resolve(process.argv[2] ?? 'dist/web');
const manifestPath = path.join(webRoot, '.vite', 'manifest.json');
if (!fs.existsSync(manifestPath)) {
  console.error(`No build manifest at ${manifestPath}: build the web app first (vite build).`);
  process.exit(1);
}
const manifest: Manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8'));

const kilobytes = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;
const weighing = weigh(
  firstLoadFiles(manifest, INBOX_PAGE),
  (file) => zlib.gzipSync(fs.readFileSync(path.join(webRoot, file))).length,
);

console.log(`First load of the inbox (${INBOX_PAGE}), JavaScript gzipped:`);
for (const { file, bytes } of weighing.files) console.log(`  ${kilobytes(bytes).padStart(9)}  ${file}`);
console.log(
  `  ${kilobytes(weighing.totalBytes).padStart(9)}  in all; the budget is ${kilobytes(FIRST_LOAD_BUDGET_BYTES)}`,
);
if (!weighing.isWithinBudget) {
  console.error(
    `Over budget by ${kilobytes(weighing.totalBytes - FIRST_LOAD_BUDGET_BYTES)}: split what the inbox does not show into chunks loaded on demand (web/app.tsx, vite.config.ts).`,
  );
  process.exit(1);
}
