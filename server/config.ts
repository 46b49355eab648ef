import path from 'node:path';

export type Engine = 'sqlite' | 'postgres';

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | null;
  /** The address people reach Accord at; used to build invitation links. */
  publicUrl: string;
  /** open: anyone may create an organization; closed: only while the instance has none. */
  signup: 'open' | 'closed';
  secureCookies: boolean;
  logLevel: string;
  loginRateLimit: { max: number; timeWindowMs: number };
  /** argon2id cost; tests lower it, production keeps the OWASP-recommended default. */
  passwordHashing: { memoryCost: number; timeCost: number };
  webRoot: string | null;
  /** How often the time-based jobs (server/jobs/) run in this process; null: never (tests). */
  jobIntervalMs: number | null;
  /** NODE_ENV=production: source maps are not served. */
  isProduction: boolean;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<Config> = {}): Config {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be a port number, got ${env.PORT}`);
  }
  const host = env.HOST ?? '127.0.0.1';
  const publicUrl = (env.ACCORD_PUBLIC_URL ?? `http://localhost:${port}`).replace(/\/+$/, '');
  const signup = env.ACCORD_SIGNUP ?? 'open';
  if (signup !== 'open' && signup !== 'closed') {
    throw new Error(`ACCORD_SIGNUP must be open or closed, got ${signup}`);
  }
  const jobIntervalSeconds = Number(env.ACCORD_JOB_INTERVAL_SECONDS ?? 600);
  if (!Number.isFinite(jobIntervalSeconds) || jobIntervalSeconds < 0) {
    throw new Error(
      `ACCORD_JOB_INTERVAL_SECONDS must be a number of seconds (0: off), got ${env.ACCORD_JOB_INTERVAL_SECONDS}`,
    );
  }
  return {
    port,
    host,
    dataDir: path.resolve(env.ACCORD_DATA_DIR ?? 'data'),
    databaseUrl: env.DATABASE_URL || null,
    publicUrl,
    signup,
    secureCookies: publicUrl.startsWith('https://'),
    logLevel: env.LOG_LEVEL ?? 'info',
    loginRateLimit: { max: 10, timeWindowMs: 60_000 },
    passwordHashing: { memoryCost: 19_456, timeCost: 2 },
    webRoot: null,
    jobIntervalMs: jobIntervalSeconds > 0 ? jobIntervalSeconds * 1000 : null,
    isProduction: env.NODE_ENV === 'production',
    ...overrides,
  };
}
