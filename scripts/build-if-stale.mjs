// `npm start` builds only when the build is missing or older than its sources, so a restart of an
// unchanged checkout starts in a second instead of rebuilding for a minute.
//
//   node scripts/build-if-stale.mjs           builds (npm run build) if stale, else says it is current
//   node scripts/build-if-stale.mjs --begin   the build's first step: marks a build under way
//   node scripts/build-if-stale.mjs --end     the build's last step: the build is current as of its start
//
// The stamp's time is the moment the build began (the mark is renamed, which keeps its time), so a
// source saved while the build ran is newer than the stamp and the next start builds again. A build
// that fails never reaches --end and leaves no stamp: the next start builds again.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** What the build reads: the code of every layer it builds, the dependencies and the build's configuration. */
export const SOURCES = [
  'core',
  'contract',
  'server',
  'web',
  'cli',
  'package.json',
  'package-lock.json',
  'tsconfig.base.json',
  'tsconfig.json',
  'tsconfig.build.json',
  'vite.config.ts',
  'postcss.config.cjs',
];
/** What `npm start` runs and serves. */
export const OUTPUTS = ['dist/server/main.js', 'dist/web/index.html'];
export const STAMP = 'dist/.build-stamp';
const UNDER_WAY = 'dist/.build-under-way';

/** Tests are not built (tsconfig.build.json leaves them out), so editing one does not make the build stale. */
const isIgnored = (name) => name === 'node_modules' || /\.test\.tsx?$/.test(name);

/**
 * The most recently changed of `sources` (files or folders, relative to `root`), folders included:
 * deleting or renaming a file changes its folder's time, which no remaining file shows.
 */
export function newestSource(root, sources = SOURCES) {
  let newest = null;
  const visit = (relative) => {
    const stat = fs.statSync(path.join(root, relative), { throwIfNoEntry: false });
    if (!stat) return;
    if (newest === null || stat.mtimeMs > newest.mtimeMs) newest = { file: relative, mtimeMs: stat.mtimeMs };
    if (!stat.isDirectory()) return;
    for (const name of fs.readdirSync(path.join(root, relative))) {
      if (!isIgnored(name)) visit(path.join(relative, name));
    }
  };
  for (const source of sources) visit(source);
  return newest;
}

/**
 * Whether to build, and why, from what is on disk: the outputs that are missing, the time of the
 * stamp (null: none) and the newest source. Pure, so each case is tested without a build.
 */
export function buildDecision({ missingOutputs, stampMs, newest }) {
  if (missingOutputs.length > 0) return { isStale: true, reason: `${missingOutputs[0]} is missing` };
  if (stampMs === null) return { isStale: true, reason: 'no build has finished since the last clean' };
  if (newest !== null && newest.mtimeMs > stampMs) {
    return { isStale: true, reason: `${newest.file} changed after the last build began` };
  }
  return { isStale: false, reason: 'the build is current' };
}

/** The decision for the checkout at `root`. */
export function decideBuild(root) {
  return buildDecision({
    missingOutputs: OUTPUTS.filter((output) => !fs.existsSync(path.join(root, output))),
    stampMs: fs.statSync(path.join(root, STAMP), { throwIfNoEntry: false })?.mtimeMs ?? null,
    newest: newestSource(root),
  });
}

function main(root, argument) {
  if (argument === '--begin') {
    fs.rmSync(path.join(root, STAMP), { force: true });
    fs.mkdirSync(path.join(root, 'dist'), { recursive: true });
    fs.writeFileSync(path.join(root, UNDER_WAY), `${new Date().toISOString()}\n`);
    return 0;
  }
  if (argument === '--end') {
    fs.renameSync(path.join(root, UNDER_WAY), path.join(root, STAMP));
    return 0;
  }
  const { isStale, reason } = decideBuild(root);
  if (!isStale) {
    console.log(`Not building: ${reason} (npm run build forces it)`);
    return 0;
  }
  console.log(`Building: ${reason}`);
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  return spawnSync(npm, ['run', 'build'], { cwd: root, stdio: 'inherit' }).status ?? 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  process.exit(main(root, process.argv[2]));
}
