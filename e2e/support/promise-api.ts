import { type Browser, type BrowserContext, expect, type Page } from '@playwright/test';

/**
 * Setting up what a browser test needs but does not test (people, cycles, promises, the demo),
 * through the API with each person's own browser session. Cookie-session writes echo the CSRF
 * cookie in a header, as the web app does.
 */
async function csrfHeader(context: BrowserContext): Promise<Record<string, string>> {
  const cookie = (await context.cookies()).find((c) => c.name === 'accord_csrf');
  return cookie ? { 'x-csrf-token': cookie.value } : {};
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH';

/** Calls the API as the person signed in on `page`, and fails the test with the answer if it refuses. */
export async function call<T>(page: Page, method: Method, path: string, body?: unknown): Promise<T> {
  const response = await page.request.fetch(path, {
    method,
    ...(body === undefined ? {} : { data: body }),
    headers: method === 'GET' ? {} : await csrfHeader(page.context()),
  });
  expect(response.ok(), `${method} ${path}: ${await response.text()}`).toBe(true);
  return (response.status() === 204 ? undefined : await response.json()) as T;
}

export const apiPost = <T>(page: Page, path: string, body: unknown): Promise<T> =>
  call<T>(page, 'POST', path, body);

export const apiGet = <T>(page: Page, path: string): Promise<T> => call<T>(page, 'GET', path);

/** The id of the horizon with `key` ('3y', '1y', 'quarter' or a custom one's). */
export async function horizonId(page: Page, key: string): Promise<string> {
  const { horizons } = await apiGet<{ horizons: Array<{ id: string; key: string }> }>(
    page,
    '/api/v1/horizons',
  );
  const horizon = horizons.find((candidate) => candidate.key === key);
  if (!horizon) throw new Error(`No horizon ${key}`);
  return horizon.id;
}

export interface Person {
  context: BrowserContext;
  page: Page;
  personId: string;
}

/** Invites `email` and has them join as a newcomer in a browser of their own, signed in. */
export async function addPerson(
  owner: Page,
  browser: Browser,
  baseURL: string,
  person: { name: string; email: string; password: string; role?: 'admin' | 'member' | 'viewer' },
): Promise<Person> {
  const invited = await apiPost<{ link: string }>(owner, '/api/v1/invitations', {
    email: person.email,
    role: person.role ?? 'member',
  });
  const token = invited.link.split('/invite/')[1];
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  const accepted = await page.request.post('/api/v1/invitations/accept', {
    data: { token, name: person.name, password: person.password },
  });
  expect(accepted.ok(), await accepted.text()).toBe(true);
  const me = await apiGet<{ person: { id: string } }>(page, '/api/v1/me');
  return { context, page, personId: me.person.id };
}

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export interface CurrentCycles {
  year: string;
  quarter: string;
  quarterStart: string;
  quarterEnd: string;
}

/** This year's cycle and the quarter of it that holds today, so due dates can be "now". */
export async function createCurrentCycles(owner: Page): Promise<CurrentCycles> {
  const today = new Date();
  const year = today.getUTCFullYear();
  const quarter = Math.floor(today.getUTCMonth() / 3);
  const yearCycle = await apiPost<{ id: string }>(owner, '/api/v1/cycles', {
    name: `FY${year}`,
    horizonId: await horizonId(owner, '1y'),
    startDate: `${year}-01-01`,
    endDate: `${year}-12-31`,
  });
  const quarterStart = isoDate(new Date(Date.UTC(year, quarter * 3, 1)));
  const quarterEnd = isoDate(new Date(Date.UTC(year, quarter * 3 + 3, 0)));
  await apiPost(owner, '/api/v1/cycles', {
    name: `FY${year}-Q${quarter + 1}`,
    horizonId: await horizonId(owner, 'quarter'),
    parentId: yearCycle.id,
    startDate: quarterStart,
    endDate: quarterEnd,
  });
  return { year: `FY${year}`, quarter: `FY${year}-Q${quarter + 1}`, quarterStart, quarterEnd };
}

/** Loads the demo organization on a fresh instance and waits for the job to finish. */
export async function loadDemo(page: Page): Promise<void> {
  const started = await page.request.post('/api/v1/setup/demo');
  expect(started.status(), await started.text()).toBe(202);
  const job = (await started.json()) as { id: string };
  await expect
    .poll(
      async () =>
        ((await (await page.request.get(`/api/v1/jobs/${job.id}`)).json()) as { status: string }).status,
      { timeout: 30_000 },
    )
    .toBe('succeeded');
}
