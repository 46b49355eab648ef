import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildDecision, newestSource, SOURCES } from './build-if-stale.mjs';

describe('whether npm start builds', () => {
  const built = { missingOutputs: [], stampMs: 2_000 };

  it('does not when no source changed after the last build began', () => {
    const decision = buildDecision({ ...built, newest: { file: 'server/app.ts', mtimeMs: 1_000 } });
    expect(decision).toEqual({ isStale: false, reason: 'the build is current' });
  });

  it('does when a source changed after the last build began, and names it', () => {
    const decision = buildDecision({ ...built, newest: { file: 'web/main.tsx', mtimeMs: 3_000 } });
    expect(decision).toEqual({ isStale: true, reason: 'web/main.tsx changed after the last build began' });
  });

  it('does when no build has finished, or what it runs is missing', () => {
    const newest = { file: 'server/app.ts', mtimeMs: 1_000 };
    expect(buildDecision({ missingOutputs: [], stampMs: null, newest }).isStale).toBe(true);
    expect(buildDecision({ missingOutputs: ['dist/web/index.html'], stampMs: 2_000, newest })).toEqual({
      isStale: true,
      reason: 'dist/web/index.html is missing',
    });
  });

  it('watches every layer it builds, the lock file and the build configuration', () => {
    expect(SOURCES).toEqual(
      expect.arrayContaining([
        'server',
        'core',
        'contract',
        'web',
        'cli',
        'package-lock.json',
        'vite.config.ts',
      ]),
    );
  });
});

describe('the newest source', () => {
  let root: string | undefined;
  afterEach(() => {
    if (root) fs.rmSync(root, { recursive: true, force: true });
  });

  function checkout(files: Record<string, number>): string {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'accord-stale-'));
    for (const [file, seconds] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      fs.writeFileSync(path.join(root, file), file);
      fs.utimesSync(path.join(root, file), seconds, seconds);
    }
    // Folders as old as the oldest file, unless a test says otherwise.
    for (const folder of ['server', 'server/routes', 'web']) {
      if (fs.existsSync(path.join(root, folder))) fs.utimesSync(path.join(root, folder), 100, 100);
    }
    return root;
  }

  it('is the most recently changed file of the sources, however deep', () => {
    const at = checkout({ 'server/app.ts': 200, 'server/routes/teams.ts': 500, 'web/main.tsx': 300 });
    expect(newestSource(at, ['server', 'web'])).toEqual({
      file: path.join('server', 'routes', 'teams.ts'),
      mtimeMs: 500_000,
    });
  });

  it('counts a folder, whose time changes when a file in it is deleted', () => {
    const at = checkout({ 'server/app.ts': 200 });
    fs.utimesSync(path.join(at, 'server'), 900, 900);
    expect(newestSource(at, ['server'])).toEqual({ file: 'server', mtimeMs: 900_000 });
  });

  it('leaves out tests and node_modules, which the build does not read, and sources that do not exist', () => {
    const at = checkout({
      'server/app.ts': 200,
      'server/app.test.ts': 800,
      'web/node_modules/x/index.js': 900,
    });
    fs.utimesSync(path.join(at, 'web'), 100, 100);
    expect(newestSource(at, ['server', 'web', 'nowhere'])).toEqual({
      file: path.join('server', 'app.ts'),
      mtimeMs: 200_000,
    });
  });
});
