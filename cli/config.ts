import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { CliError } from './errors.js';
import { envValue, type Io } from './io.js';

/** What `accord login` stores: the server and the API token, which acts in one organization. */
export interface StoredCredentials {
  url: string;
  token: string;
}

export interface Credentials extends StoredCredentials {
  /** Whether the token came from ACCORD_TOKEN, so an error can name the right thing to fix. */
  isTokenFromEnvironment: boolean;
}

interface Platform {
  platform: NodeJS.Platform;
  home: string;
}

/**
 * $ACCORD_CONFIG_DIR, else $XDG_CONFIG_HOME/accord, else %APPDATA%\accord on Windows and
 * ~/.config/accord elsewhere.
 */
export function configDirectory(
  env: Io['env'],
  { platform, home }: Platform = { platform: process.platform, home: os.homedir() },
): string {
  const join = platform === 'win32' ? path.win32.join : path.posix.join;
  const explicit = envValue(env, 'ACCORD_CONFIG_DIR');
  if (explicit) return explicit;
  const xdg = envValue(env, 'XDG_CONFIG_HOME');
  if (xdg) return join(xdg, 'accord');
  const appData = envValue(env, 'APPDATA');
  if (platform === 'win32' && appData) return join(appData, 'accord');
  return join(home, '.config', 'accord');
}

export function configFile(env: Io['env']): string {
  return path.join(configDirectory(env), 'config.json');
}

export async function readCredentials(file: string): Promise<StoredCredentials | undefined> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (error) {
    if (isMissing(error)) return undefined;
    throw new CliError('config', `could not read ${file}: ${messageOf(error)}`);
  }
  const broken = new CliError('config', `${file} is not a valid Accord config`, {
    hint: 'Run accord login to write it again.',
  });
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw broken;
  }
  if (typeof parsed !== 'object' || parsed === null || !('url' in parsed) || !('token' in parsed))
    throw broken;
  const { url, token } = parsed;
  if (typeof url !== 'string' || typeof token !== 'string') throw broken;
  return { url, token };
}

/**
 * The token is a secret: the directory is private and the file is written 0600 under a temporary
 * name and renamed into place, so it is never readable by others, nor left half-written.
 */
export async function writeCredentials(file: string, credentials: StoredCredentials): Promise<void> {
  const directory = path.dirname(file);
  const temporary = path.join(directory, `.config.json.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await fs.mkdir(directory, { recursive: true, mode: 0o700 });
    await fs.writeFile(temporary, `${JSON.stringify(credentials, null, 2)}\n`, { mode: 0o600, flag: 'wx' });
    await fs.rename(temporary, file);
  } catch (error) {
    await fs.rm(temporary, { force: true });
    throw new CliError('config', `could not write ${file}: ${messageOf(error)}`);
  }
}

/** Returns whether there was anything to remove. */
export async function removeCredentials(file: string): Promise<boolean> {
  try {
    await fs.unlink(file);
    return true;
  } catch (error) {
    if (isMissing(error)) return false;
    throw new CliError('config', `could not remove ${file}: ${messageOf(error)}`);
  }
}

/** ACCORD_URL and ACCORD_TOKEN override the stored values one by one (scripts, CI). */
export async function resolveCredentials(env: Io['env']): Promise<Credentials> {
  const url = envValue(env, 'ACCORD_URL');
  const token = envValue(env, 'ACCORD_TOKEN');
  const stored = url && token ? undefined : await readCredentials(configFile(env));
  const resolved = { url: url ?? stored?.url, token: token ?? stored?.token };
  if (!resolved.url || !resolved.token) {
    throw new CliError('not_logged_in', 'you are not logged in', {
      hint: 'Run accord login --url URL --token TOKEN, or set ACCORD_URL and ACCORD_TOKEN.',
    });
  }
  return { url: resolved.url, token: resolved.token, isTokenFromEnvironment: token !== undefined };
}

function isMissing(error: unknown): boolean {
  return error instanceof Error && 'code' in error && error.code === 'ENOENT';
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
