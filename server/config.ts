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
  /**
   * Attempts per client address at signing in (whatever the email), signing up and accepting
   * invitations, so that one address cannot try many accounts.
   */
  addressRateLimit: { max: number; timeWindowMs: number };
  /** A session ends this long after it was opened, however much it is used (ACCORD_SESSION_LIFETIME_DAYS). */
  sessionLifetimeMs: number;
  /** …and this long after it was last used (ACCORD_SESSION_IDLE_HOURS; seen at most hourly, so 2 h at least). */
  sessionIdleMs: number;
  /** argon2id cost; tests lower it, production keeps the OWASP-recommended default. */
  passwordHashing: { memoryCost: number; timeCost: number };
  webRoot: string | null;
  /**
   * How long a session's actor is kept in memory (ms; 0: not at all). Sign-out, role changes and
   * removals drop it at once in every process (the change bus); the bound covers a missed message.
   */
  sessionCacheMs: number;
  /** How often the time-based jobs (server/jobs/) run in this process; null: never (tests). */
  jobIntervalMs: number | null;
  /**
   * How often this process sends what the outbox holds (webhook deliveries); null: never (tests
   * send themselves). ACCORD_DELIVERY_INTERVAL_SECONDS, 0 turns it off.
   */
  deliveryIntervalMs: number | null;
  /**
   * How long after a change to an organization's plan its findings are recomputed, in this process
   * (ACCORD_FINDINGS_DELAY_SECONDS, default 2); null: only by the track-findings job (tests).
   */
  findingsDelayMs: number | null;
  /** Where email goes out (ACCORD_SMTP_URL, smtp:// or smtps://); null: email is off. */
  smtpUrl: string | null;
  /** The From of every email (ACCORD_MAIL_FROM). */
  mailFrom: string;
  /** Whether webhooks may point to private, loopback or link-local addresses (ACCORD_ALLOW_PRIVATE_TARGETS). */
  allowPrivateTargets: boolean;
  /** NODE_ENV=production: source maps are not served, and logs are JSON unless asked otherwise. */
  isProduction: boolean;
  /** json or pretty as asked (ACCORD_LOG_FORMAT), or auto: pretty on a terminal outside production. */
  logFormat: 'json' | 'pretty' | 'auto';
  /**
   * Prometheus metrics: null when off; else served at /metrics on the app's own port (port null)
   * or on a port of their own, so they can be kept off the address the public reaches.
   */
  metrics: { port: number | null } | null;
  /**
   * Whether every response is checked against its schema before it is sent (ACCORD_CHECK_RESPONSES):
   * on in the tests, off in production, where it would cost more than most requests' own work.
   */
  checkResponses: boolean;
  /**
   * The instance's OpenID Connect provider (ACCORD_OIDC_*), for every organization that has not set
   * one of its own; null when ACCORD_OIDC_ISSUER is not set.
   */
  oidc: InstanceSsoProvider | null;
}

export interface InstanceSsoProvider {
  /** What the sign-in button says: "Sign in with <name>". */
  name: string;
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Lower case; empty: any email the provider vouches for. */
  allowedDomains: string[];
  defaultRole: 'admin' | 'member' | 'viewer';
  requireSso: boolean;
}

function parsePort(name: string, value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`${name} must be a port number, got ${value}`);
  }
  return port;
}

function parseSmtpUrl(value: string | undefined): string | null {
  if (!value) return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`ACCORD_SMTP_URL must be an smtp:// or smtps:// address, got ${value}`);
  }
  if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:') {
    throw new Error(`ACCORD_SMTP_URL must be an smtp:// or smtps:// address, got ${url.protocol}`);
  }
  return value;
}

function parseMetrics(env: NodeJS.ProcessEnv): Config['metrics'] {
  const enabled = env.ACCORD_METRICS ?? 'false';
  if (enabled !== 'true' && enabled !== 'false') {
    throw new Error(`ACCORD_METRICS must be true or false, got ${enabled}`);
  }
  if (env.ACCORD_METRICS_PORT) return { port: parsePort('ACCORD_METRICS_PORT', env.ACCORD_METRICS_PORT) };
  return enabled === 'true' ? { port: null } : null;
}

function parseOidc(env: NodeJS.ProcessEnv): InstanceSsoProvider | null {
  const issuer = env.ACCORD_OIDC_ISSUER;
  if (!issuer) return null;
  if (!URL.canParse(issuer) || !/^https?:$/.test(new URL(issuer).protocol)) {
    throw new Error(`ACCORD_OIDC_ISSUER must be an https:// address, got ${issuer}`);
  }
  const clientId = env.ACCORD_OIDC_CLIENT_ID;
  const clientSecret = env.ACCORD_OIDC_CLIENT_SECRET;
  if (!clientId || !clientSecret) {
    throw new Error('ACCORD_OIDC_ISSUER needs ACCORD_OIDC_CLIENT_ID and ACCORD_OIDC_CLIENT_SECRET');
  }
  const defaultRole = env.ACCORD_OIDC_DEFAULT_ROLE ?? 'member';
  if (defaultRole !== 'admin' && defaultRole !== 'member' && defaultRole !== 'viewer') {
    throw new Error(`ACCORD_OIDC_DEFAULT_ROLE must be admin, member or viewer, got ${defaultRole}`);
  }
  const requireSso = env.ACCORD_OIDC_REQUIRE_SSO ?? 'false';
  if (requireSso !== 'true' && requireSso !== 'false') {
    throw new Error(`ACCORD_OIDC_REQUIRE_SSO must be true or false, got ${requireSso}`);
  }
  return {
    name: env.ACCORD_OIDC_NAME || 'single sign-on',
    issuer,
    clientId,
    clientSecret,
    allowedDomains: (env.ACCORD_OIDC_ALLOWED_DOMAINS ?? '')
      .split(',')
      .map((domain) => domain.trim().toLowerCase())
      .filter(Boolean),
    defaultRole,
    requireSso: requireSso === 'true',
  };
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<Config> = {}): Config {
  const port = parsePort('PORT', env.PORT ?? '3000');
  const host = env.HOST ?? '127.0.0.1';
  const publicUrl = (env.ACCORD_PUBLIC_URL ?? `http://localhost:${port}`).replace(/\/+$/, '');
  const signup = env.ACCORD_SIGNUP ?? 'open';
  if (signup !== 'open' && signup !== 'closed') {
    throw new Error(`ACCORD_SIGNUP must be open or closed, got ${signup}`);
  }
  const deliveryIntervalSeconds = Number(env.ACCORD_DELIVERY_INTERVAL_SECONDS ?? 5);
  if (!Number.isFinite(deliveryIntervalSeconds) || deliveryIntervalSeconds < 0) {
    throw new Error(
      `ACCORD_DELIVERY_INTERVAL_SECONDS must be a number of seconds (0: off), got ${env.ACCORD_DELIVERY_INTERVAL_SECONDS}`,
    );
  }
  const findingsDelaySeconds = Number(env.ACCORD_FINDINGS_DELAY_SECONDS ?? 2);
  if (!Number.isFinite(findingsDelaySeconds) || findingsDelaySeconds < 0 || findingsDelaySeconds > 3600) {
    throw new Error(
      `ACCORD_FINDINGS_DELAY_SECONDS must be a number of seconds from 0 to 3600, got ${env.ACCORD_FINDINGS_DELAY_SECONDS}`,
    );
  }
  const jobIntervalSeconds = Number(env.ACCORD_JOB_INTERVAL_SECONDS ?? 600);
  if (!Number.isFinite(jobIntervalSeconds) || jobIntervalSeconds < 0) {
    throw new Error(
      `ACCORD_JOB_INTERVAL_SECONDS must be a number of seconds (0: off), got ${env.ACCORD_JOB_INTERVAL_SECONDS}`,
    );
  }
  const logFormat = env.ACCORD_LOG_FORMAT ?? 'auto';
  if (logFormat !== 'json' && logFormat !== 'pretty' && logFormat !== 'auto') {
    throw new Error(`ACCORD_LOG_FORMAT must be json, pretty or auto, got ${logFormat}`);
  }
  const checkResponses = env.ACCORD_CHECK_RESPONSES ?? 'false';
  if (checkResponses !== 'true' && checkResponses !== 'false') {
    throw new Error(`ACCORD_CHECK_RESPONSES must be true or false, got ${checkResponses}`);
  }
  const lifetimeDays = Number(env.ACCORD_SESSION_LIFETIME_DAYS ?? 30);
  if (!Number.isFinite(lifetimeDays) || lifetimeDays <= 0 || lifetimeDays > 3650) {
    throw new Error(
      `ACCORD_SESSION_LIFETIME_DAYS must be a number of days from 1 to 3650, got ${env.ACCORD_SESSION_LIFETIME_DAYS}`,
    );
  }
  const idleHours = Number(env.ACCORD_SESSION_IDLE_HOURS ?? 14 * 24);
  if (!Number.isFinite(idleHours) || idleHours < 2 || idleHours > lifetimeDays * 24) {
    throw new Error(
      `ACCORD_SESSION_IDLE_HOURS must be a number of hours from 2 to the session lifetime, got ${env.ACCORD_SESSION_IDLE_HOURS}`,
    );
  }
  const metrics = parseMetrics(env);
  if (metrics?.port === port && port !== 0) {
    throw new Error(
      `ACCORD_METRICS_PORT must differ from PORT (${port}); set ACCORD_METRICS=true to serve both on one`,
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
    addressRateLimit: { max: 30, timeWindowMs: 60_000 },
    sessionLifetimeMs: lifetimeDays * 86_400_000,
    sessionIdleMs: idleHours * 3_600_000,
    passwordHashing: { memoryCost: 19_456, timeCost: 2 },
    webRoot: null,
    sessionCacheMs: 30_000,
    jobIntervalMs: jobIntervalSeconds > 0 ? jobIntervalSeconds * 1000 : null,
    deliveryIntervalMs: deliveryIntervalSeconds > 0 ? deliveryIntervalSeconds * 1000 : null,
    findingsDelayMs: findingsDelaySeconds * 1000,
    allowPrivateTargets: env.ACCORD_ALLOW_PRIVATE_TARGETS === 'true',
    smtpUrl: parseSmtpUrl(env.ACCORD_SMTP_URL),
    mailFrom: env.ACCORD_MAIL_FROM || 'Accord <accord@localhost>',
    isProduction: env.NODE_ENV === 'production',
    logFormat,
    metrics,
    checkResponses: checkResponses === 'true',
    oidc: parseOidc(env),
    ...overrides,
  };
}
