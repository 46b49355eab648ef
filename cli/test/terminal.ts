import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import type { z } from 'zod';
import type { CreatedToken } from '../../contract/tokens.js';
import type { SignedIn } from '../../server/test/factories.js';
import { type TestApp, unique } from '../../server/test/harness.js';
import { run } from '../run.js';

const homes: string[] = [];

/** Removes every terminal's config directory; call it after each test. */
export function removeTerminals(): void {
  for (const home of homes.splice(0)) fs.rmSync(home, { recursive: true, force: true });
}

export type Terminal = ReturnType<typeof terminal>;

/** A person at a terminal: their own config directory, and the accord command run in-process. */
export function terminal(env: Record<string, string> = {}) {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'accord-cli-'));
  homes.push(home);
  const configDir = path.join(home, 'accord');
  return {
    configFile: path.join(configDir, 'config.json'),
    async accord(...argv: string[]) {
      let stdout = '';
      let stderr = '';
      const code = await run(argv, {
        stdout: { write: (text: string) => (stdout += text) },
        stderr: { write: (text: string) => (stderr += text) },
        env: { ACCORD_CONFIG_DIR: configDir, ...env },
      });
      return { code, stdout, stderr };
    },
  };
}

export async function createToken(person: SignedIn): Promise<z.infer<typeof CreatedToken>> {
  const response = await person.client.post<z.infer<typeof CreatedToken>>('/api/v1/tokens', {
    name: unique('cli'),
  });
  if (response.status !== 201) throw new Error(`token failed: ${JSON.stringify(response.body)}`);
  return response.body;
}

/** The test app listening on a random local port, for the CLI to reach over HTTP. */
export async function listen(t: TestApp): Promise<string> {
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  const address = t.app.server.address();
  if (typeof address !== 'object' || address === null) throw new Error('the server has no port');
  return `http://127.0.0.1:${address.port}`;
}

/** A terminal where `person` has logged in with a fresh token. */
export async function loggedInTerminal(url: string, person: SignedIn) {
  const { secret } = await createToken(person);
  const term = terminal();
  const login = await term.accord('login', '--url', url, '--token', secret);
  expect(login.code).toBe(0);
  return { secret, ...term };
}

/** The promise id a command printed (`ID  …`), as a person would copy it. */
export function printedId(stdout: string): string {
  const id = /^ID +(\S+)$/m.exec(stdout)?.[1];
  if (!id) throw new Error(`no ID in:\n${stdout}`);
  return id;
}

/** The row of a printed table that mentions `text`, split into its cells. */
export function rowWith(table: string, text: string): string[] {
  const line = table.split('\n').find((candidate) => candidate.includes(text));
  if (!line) throw new Error(`no row with ${text} in:\n${table}`);
  return line.trim().split(/ {2,}/);
}
