import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import { DEMO_ORGANIZATION, DEMO_PASSWORD, type DemoKey, demoPeople } from '../server/demo/organization.js';
import { type Mailbox, startMailbox } from '../server/test/mailbox.js';
import { InboxPage } from './pages/inbox-page.js';
import { apiPost, loadDemo } from './support/promise-api.js';

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

/** The owner of a fresh organization, signed in on `page`. */
export interface Owner {
  organizationName: string;
  name: string;
  email: string;
  password: string;
  personId: string;
}

export type DemoPerson = (typeof demoPeople)[number];

/** The demo organization, loaded, with its CEO signed in on `page`; everyone shares one password. */
export interface Demo {
  organizationName: string;
  password: string;
  people: Readonly<Record<DemoKey, DemoPerson>>;
}

const ownerAccount = {
  organizationName: 'Acme Rockets',
  name: 'Grace Hopper',
  email: 'grace@acme.test',
  password: 'correct horse battery',
};

function demoPeopleByKey(): Record<DemoKey, DemoPerson> {
  const person = (key: DemoKey): DemoPerson => {
    const found = demoPeople.find((candidate) => candidate.key === key);
    if (!found) throw new Error(`The demo organization has no ${key}`);
    return found;
  };
  return {
    board: person('board'),
    ceo: person('ceo'),
    cto: person('cto'),
    po: person('po'),
    engineer1: person('engineer1'),
    engineer2: person('engineer2'),
  };
}

/** Opens the inbox, where a signed-in person lands, and waits until it greets them. */
async function openInboxAs(page: Page, name: string): Promise<void> {
  await page.goto('/inbox');
  await expect(new InboxPage(page).welcome(name.split(' ')[0] ?? name)).toBeVisible();
}

interface Fixtures {
  /** The SMTP server every test's Accord sends its email to; the test reads what arrived. */
  mailbox: Mailbox;
  server: AccordServer;
  owner: Owner;
  demo: Demo;
}

/**
 * Every test gets its own Accord, built by `npm run build`, on an empty SQLite data directory: the
 * first-run flows need an empty instance, and tests never see each other's data.
 *
 * A test that is not about the first run starts from `owner` (a new organization, made through the
 * first-run API, its owner signed in on `page`) or `demo` (the demo organization, its CEO signed in
 * on `page`). Both leave `page` on the inbox. A test that needs the signed-in page but none of the
 * owner's details still names the fixture (`owner: _owner`), since Playwright sets up only the
 * fixtures a test names. The first-run and demo specs click through the setup page instead, since
 * that is what they test.
 */
export const test = base.extend<Fixtures>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright reads a fixture's dependencies from this pattern.
  mailbox: async ({}, use) => {
    const mailbox = await startMailbox();
    try {
      await use(mailbox);
    } finally {
      await mailbox.close();
    }
  },
  server: async ({ mailbox }, use) => {
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
        // The browser tests check every response against its schema too.
        ACCORD_CHECK_RESPONSES: 'true',
        // Webhooks reach the tests' receivers on 127.0.0.1, and go out within a second.
        ACCORD_ALLOW_PRIVATE_TARGETS: 'true',
        ACCORD_DELIVERY_INTERVAL_SECONDS: '0.5',
        ACCORD_FINDINGS_DELAY_SECONDS: '0.2',
        ACCORD_SMTP_URL: mailbox.url,
        ACCORD_MAIL_FROM: 'Accord <accord@acme.test>',
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
  // The page's request context shares the browser's cookies: signing up through it signs `page` in.
  owner: async ({ page }, use) => {
    const me = await apiPost<{ person: { id: string } }>(page, '/api/v1/auth/signup', ownerAccount);
    await openInboxAs(page, ownerAccount.name);
    await use({ ...ownerAccount, personId: me.person.id });
  },
  demo: async ({ page }, use) => {
    await loadDemo(page);
    const people = demoPeopleByKey();
    await apiPost(page, '/api/v1/auth/login', { email: people.ceo.email, password: DEMO_PASSWORD });
    await openInboxAs(page, people.ceo.name);
    await use({ organizationName: DEMO_ORGANIZATION, password: DEMO_PASSWORD, people });
  },
});

export { expect } from '@playwright/test';
