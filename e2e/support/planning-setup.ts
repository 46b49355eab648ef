import { type Browser, type BrowserContext, expect, type Page } from '@playwright/test';

/*
 * Setting up what the round-trip tests need but do not test (people, teams, a cycle, asks made
 * elsewhere), through the API with each person's own browser session. Cookie-session writes echo the
 * CSRF cookie in a header, as the web app does.
 */

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH';

async function csrfHeader(context: BrowserContext): Promise<Record<string, string>> {
  const cookie = (await context.cookies()).find((c) => c.name === 'accord_csrf');
  return cookie ? { 'x-csrf-token': cookie.value } : {};
}

export async function call<T>(page: Page, method: Method, path: string, body?: unknown): Promise<T> {
  const response = await page.request.fetch(path, {
    method,
    ...(body === undefined ? {} : { data: body }),
    headers: method === 'GET' ? {} : await csrfHeader(page.context()),
  });
  expect(response.ok(), `${method} ${path}: ${await response.text()}`).toBe(true);
  return (response.status() === 204 ? undefined : await response.json()) as T;
}

export interface Member {
  name: string;
  context: BrowserContext;
  page: Page;
  personId: string;
}

/** Invites a member, who joins in a browser of their own and is signed in there. */
export async function addMember(
  owner: Page,
  browser: Browser,
  baseURL: string,
  name: string,
): Promise<Member> {
  const email = `${name.split(' ')[0]?.toLowerCase()}@acme.test`;
  const { link } = await call<{ link: string }>(owner, 'POST', '/api/v1/invitations', {
    email,
    role: 'member',
  });
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  const accepted = await page.request.post('/api/v1/invitations/accept', {
    data: { token: link.split('/invite/')[1], name, password: `${name} has a long password` },
  });
  expect(accepted.ok(), await accepted.text()).toBe(true);
  const me = await call<{ person: { id: string } }>(page, 'GET', '/api/v1/me');
  return { name, context, page, personId: me.person.id };
}

/** A team with its leads. */
export async function createTeam(
  owner: Page,
  name: string,
  leadIds: readonly string[],
): Promise<{ id: string; name: string }> {
  const team = await call<{ id: string; name: string }>(owner, 'POST', '/api/v1/teams', { name });
  for (const personId of leadIds) {
    await call(owner, 'PUT', `/api/v1/teams/${team.id}/members/${personId}`, { isLead: true });
  }
  return team;
}

export interface TestCycle {
  id: string;
  name: string;
  startDate: string;
  endDate: string;
}

/** The first quarter two years ahead: far enough that every planning milestone is upcoming. */
export async function createFutureQuarter(owner: Page): Promise<TestCycle> {
  const { horizons } = await call<{ horizons: Array<{ id: string; key: string }> }>(
    owner,
    'GET',
    '/api/v1/horizons',
  );
  const year = new Date().getUTCFullYear() + 2;
  return call<TestCycle>(owner, 'POST', '/api/v1/cycles', {
    name: `FY${year}-Q1`,
    horizonId: horizons.find((h) => h.key === 'quarter')?.id,
    startDate: `${year}-01-01`,
    endDate: `${year}-03-31`,
  });
}

/** `customer` asks `performer` (both teams) for a promise in the cycle. */
export async function ask(
  page: Page,
  cycle: TestCycle,
  customerTeamId: string,
  performerTeamId: string,
  title: string,
): Promise<{ id: string; version: number }> {
  return call(page, 'POST', '/api/v1/promises', {
    cycleId: cycle.id,
    customer: { type: 'team', id: customerTeamId },
    performers: [{ type: 'team', id: performerTeamId }],
    title,
    dueDate: cycle.endDate,
    open: 'request',
  });
}
