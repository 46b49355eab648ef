import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { test as base } from '@playwright/test';

export interface AccordServer {
  url: string;
  dataDir: string;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

async function waitForHealth(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`Accord exited early:\n${output()}`);
    try {
      const response = await fetch(`${url}/api/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`Accord did not answer at ${url} within 30s:\n${output()}`);
}

/**
 * Every test gets its own Accord, built by `npm run build`, on an empty SQLite data directory: the
 * first-run flows need an empty instance, and tests never see each other's data.
 */
export const test = base.extend<{ server: AccordServer }>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright reads a fixture's dependencies from this pattern.
  server: async ({}, use) => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'accord-e2e-'));
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    let output = '';
    // ACCORD_DIST lets two builds live side by side (e.g. two people testing at once).
    const dist = process.env.ACCORD_DIST ?? 'dist';
    const child = spawn(process.execPath, [`${dist}/server/main.js`], {
      env: {
        ...process.env,
        PORT: String(port),
        HOST: '127.0.0.1',
        ACCORD_DATA_DIR: dataDir,
        ACCORD_PUBLIC_URL: url,
        DATABASE_URL: '',
        LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.on('data', (chunk) => {
      output += chunk;
    });
    child.stderr?.on('data', (chunk) => {
      output += chunk;
    });
    try {
      await waitForHealth(url, child, () => output);
      await use({ url, dataDir });
    } finally {
      child.kill('SIGTERM');
      await new Promise((resolve) => (child.exitCode !== null ? resolve(null) : child.once('exit', resolve)));
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  },
  baseURL: async ({ server }, use) => {
    await use(server.url);
  },
});

export { expect } from '@playwright/test';
