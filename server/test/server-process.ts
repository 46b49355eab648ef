import { type ChildProcess, spawn } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { urlOf } from '../../contract/endpoints/endpoint.js';
import { health } from '../../contract/endpoints/setup.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** One log line of a server process (pino's JSON). */
export type LogLine = Record<string, unknown> & { msg?: string };

export interface ServerProcess {
  url: string;
  /** Every JSON log line the process has written so far. */
  logs(): LogLine[];
  /** SIGTERM, as an orchestrator stops it: the process finishes its job pass and closes cleanly. */
  stop(): Promise<void>;
  /** SIGKILL, as a crash or an out-of-memory kill ends it: nothing is finished or closed. */
  kill(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts `server/main.ts` (through tsx, so no build is needed) as a process of its own, the way
 * production runs it, with `env` on top of a quiet test setup, and waits until it answers its health
 * check. Its logs are JSON at debug level, so a test can count what it did.
 */
export async function startServerProcess(env: Record<string, string>): Promise<ServerProcess> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      ACCORD_PUBLIC_URL: url,
      LOG_LEVEL: 'debug',
      ACCORD_LOG_FORMAT: 'json',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let text = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
    text += chunk;
  });
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
    text += chunk;
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let hasExited = false;
  void exited.then(() => {
    hasExited = true;
  });

  const deadline = Date.now() + 60_000;
  for (;;) {
    if (hasExited) throw new Error(`the server exited while starting:\n${text.slice(-4000)}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`the server did not answer within a minute:\n${text.slice(-4000)}`);
    }
    const answer = await fetch(`${url}${urlOf(health)}`).then(
      (response) => response.status,
      () => 0,
    );
    if (answer === 200) break;
    // Polling a process that is still starting: the wait is for it, not a timing assumption.
    await new Promise((resolve) => setTimeout(resolve, 100));
  }

  return {
    url,
    logs: () =>
      text.split('\n').flatMap((line) => {
        if (!line.startsWith('{')) return [];
        try {
          return [JSON.parse(line) as LogLine];
        } catch {
          return [];
        }
      }),
    async stop() {
      if (hasExited) return;
      child.kill('SIGTERM');
      await exited;
    },
    async kill() {
      if (hasExited) return;
      child.kill('SIGKILL');
      await exited;
    },
  };
}
