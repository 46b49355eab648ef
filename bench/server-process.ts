import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { urlOf } from '../contract/endpoints/endpoint.js';
import { health } from '../contract/endpoints/setup.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const MAIN = path.join(ROOT, 'dist/server/main.js');

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(full));
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts')) {
      newest = Math.max(newest, fs.statSync(full).mtimeMs);
    }
  }
  return newest;
}

/** The benchmark measures the built server; it builds it when a source is newer than the build. */
export function ensureBuilt(log: (line: string) => void): void {
  const built = fs.existsSync(MAIN) ? fs.statSync(MAIN).mtimeMs : 0;
  const source = Math.max(...['core', 'contract', 'server'].map((d) => newestSource(path.join(ROOT, d))));
  if (built >= source) return;
  log('building the server (npm run build:node): dist/ is older than the sources');
  const result = spawnSync('npm', ['run', 'build:node'], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('npm run build:node failed');
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function get(url: string, timeoutMs: number): Promise<number> {
  return new Promise((resolve) => {
    const request = http.get(url, { timeout: timeoutMs }, (response) => {
      response.resume();
      response.on('end', () => resolve(response.statusCode ?? 0));
    });
    request.on('timeout', () => request.destroy());
    request.on('error', () => resolve(0));
  });
}

/** Memory and CPU of a process as Linux reports them; null elsewhere. */
function procStatus(pid: number): { rssKb: number; peakKb: number } | null {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const field = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? 0);
    return { rssKb: field('VmRSS'), peakKb: field('VmHWM') };
  } catch {
    return null;
  }
}

/** Whether the main thread is running or waiting to run ('R'), and the CPU ticks of the process. */
function schedulerState(pid: number): { running: boolean; ticks: number } | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { running: fields[0] === 'R', ticks: Number(fields[11]) + Number(fields[12]) };
  } catch {
    return null;
  }
}

export interface ServerProcess {
  url: string;
  pid: number;
  /** From spawning the process to its first healthy answer, migrations included. */
  startupMs: number;
  /** The highest resident set size the process has had (VmHWM), in MB. */
  peakRssMb(): number | null;
  /** Waits until the server has stopped working off requests a finished load left behind. */
  waitUntilIdle(maxMs?: number, isDatabaseBusy?: () => Promise<boolean>): Promise<boolean>;
  stop(): Promise<void>;
}

/** Starts `node dist/server/main.js` on a free port of 127.0.0.1 with `env`, and waits for /api/health. */
export async function startServer(env: Record<string, string>, timeoutMs = 120_000): Promise<ServerProcess> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const started = performance.now();
  const child: ChildProcess = spawn(process.execPath, [MAIN], {
    cwd: ROOT,
    env: {
      ...process.env,
      ...env,
      PORT: String(port),
      HOST: '127.0.0.1',
      ACCORD_PUBLIC_URL: url,
      LOG_LEVEL: 'warn',
      // The periodic jobs would run in the middle of a measurement; they are not what is measured.
      ACCORD_JOB_INTERVAL_SECONDS: '0',
      NODE_ENV: 'production',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  let exited = false;
  child.once('exit', () => {
    exited = true;
  });
  while ((await get(`${url}${urlOf(health)}`, 2000)) !== 200) {
    if (exited) throw new Error(`the server exited while starting:\n${output}`);
    if (performance.now() - started > timeoutMs) {
      child.kill('SIGKILL');
      throw new Error(`the server did not answer /api/health within ${timeoutMs / 1000} s:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 20));
  }
  const startupMs = performance.now() - started;
  const pid = child.pid!;
  return {
    url,
    pid,
    startupMs,
    peakRssMb: () => {
      const status = procStatus(pid);
      return status ? status.peakKb / 1024 : null;
    },
    async waitUntilIdle(maxMs = 300_000, isDatabaseBusy?: () => Promise<boolean>) {
      // On a shared machine a busy server may get little CPU, so CPU time alone cannot say it is
      // idle: it is when its thread has been asleep (not runnable) and used no CPU for half a
      // second, and its database runs none of its queries.
      const begin = performance.now();
      let last = schedulerState(pid);
      if (last === null) return true;
      let quiet = 0;
      while (performance.now() - begin < maxMs) {
        await new Promise((r) => setTimeout(r, 50));
        const now = schedulerState(pid);
        if (now === null) return false;
        quiet = now.running || now.ticks - last.ticks > 1 ? 0 : quiet + 1;
        last = now;
        if (quiet >= 10) {
          if (!isDatabaseBusy || !(await isDatabaseBusy())) return true;
          quiet = 0;
        }
      }
      return false;
    },
    async stop() {
      if (exited) return;
      const gone = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await gone;
      clearTimeout(timer);
    },
  };
}
