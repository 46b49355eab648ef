import { expect, test } from './fixtures.js';
import { AccountabilityMapPage } from './pages/accountability-map-page.js';
import { AsOfBar } from './pages/as-of-bar.js';
import { DashboardPage } from './pages/dashboard-page.js';
import { PromisePage } from './pages/promise-page.js';
import { expectAccessible } from './support/axe.js';
import { addPerson, apiGet, apiPost, createCurrentCycles } from './support/promise-api.js';

const performer = { name: 'Alan Turing', email: 'alan@acme.test', password: 'enigma machine 1912' };
const title = 'Ship the onboarding flow';

test('the promise list and a promise as of a past moment show the plan as it stood then', async ({
  page,
  browser,
  baseURL,
  owner,
}) => {
  const cycles = await createCurrentCycles(page);
  const alan = await addPerson(page, browser, baseURL ?? '', performer);
  try {
    // Asked for, then promised: the moment of the request is the past to look at.
    const { cycles: listed } = await apiGet<{ cycles: Array<{ id: string; name: string }> }>(
      page,
      '/api/v1/cycles',
    );
    const requested = await apiPost<{ id: string; version: number; history: Array<{ at: string }> }>(
      page,
      '/api/v1/promises',
      {
        cycleId: listed.find((c) => c.name === cycles.quarter)!.id,
        customer: { type: 'person', id: owner.personId },
        performers: [{ type: 'person', id: alan.personId }],
        title,
        dueDate: cycles.quarterEnd,
        conditions: [{ text: 'New customers finish sign-up' }],
        open: 'request',
      },
    );
    const requestedAt = requested.history[0]!.at;
    await apiPost(alan.page, `/api/v1/promises/${requested.id}/moves`, {
      act: 'promise',
      version: requested.version,
    });

    // The list as of the request: the promise was asked for, not yet promised.
    await page.goto(`/promises?at=${encodeURIComponent(requestedAt)}`);
    const asOf = new AsOfBar(page);
    await expect(asOf.banner).toContainText('This page shows the plan as of');
    await expect(asOf.banner).toContainText('Nothing can be changed here');
    const row = page.getByRole('row').filter({ hasText: title });
    await expect(row).toContainText('Requested');
    await expect(page.getByRole('link', { name: 'New promise' })).toHaveCount(0);
    await expectAccessible(page, 'the promise list as of a past moment');

    // Its page, opened from there, is the promise as of that moment too.
    await row.getByRole('link', { name: title }).click();
    const promisePage = new PromisePage(page);
    await expect(promisePage.heading(title)).toBeVisible();
    await expect(asOf.banner).toBeVisible();
    await expect(page.getByRole('main')).toContainText('Requested');
    await expect(page.getByRole('main')).not.toContainText('Promised');
    await expect(promisePage.moves.getByRole('button')).toHaveCount(0);
    await expectAccessible(page, 'a promise as of a past moment');

    // Now, it is promised.
    await asOf.backToNow();
    await expect(asOf.banner).toHaveCount(0);
    await expect(page.getByRole('main')).toContainText('Promised');

    // A date before anything was made: the list is empty then.
    await page.goto('/promises');
    await new AsOfBar(page).showAsOf('2020-01-01T09:00');
    await expect(page).toHaveURL(/[?&]at=2020-01-01/);
    await expect(page.getByText('No promises then')).toBeVisible();
  } finally {
    await alan.context.close();
  }
});

test('the dashboard and the map as of a past moment show the plan as it stood then', async ({
  page,
  browser,
  baseURL,
  owner,
}) => {
  const cycles = await createCurrentCycles(page);
  const alan = await addPerson(page, browser, baseURL ?? '', performer);
  try {
    const { cycles: listed } = await apiGet<{ cycles: Array<{ id: string; name: string }> }>(
      page,
      '/api/v1/cycles',
    );
    const quarterId = listed.find((c) => c.name === cycles.quarter)!.id;
    const requested = await apiPost<{ id: string; version: number; history: Array<{ at: string }> }>(
      page,
      '/api/v1/promises',
      {
        cycleId: quarterId,
        customer: { type: 'person', id: owner.personId },
        performers: [{ type: 'person', id: alan.personId }],
        title,
        dueDate: cycles.quarterEnd,
        conditions: [{ text: 'New customers finish sign-up' }],
        open: 'request',
      },
    );
    const requestedAt = requested.history[0]!.at;
    const beforeRequest = new Date(Date.parse(requestedAt) - 1).toISOString();
    await apiPost(alan.page, `/api/v1/promises/${requested.id}/moves`, {
      act: 'promise',
      version: requested.version,
    });

    // The dashboard as of the request: one promise, being negotiated, none being kept yet.
    await page.goto(`/dashboard?at=${encodeURIComponent(requestedAt)}`);
    const dashboard = new DashboardPage(page);
    const asOf = new AsOfBar(page);
    await expect(asOf.banner).toContainText('This page shows the plan as of');
    await expect(dashboard.stat('Promises')).toContainText('1');
    await expect(dashboard.stat('Being kept')).toContainText('0');
    await expectAccessible(page, 'the dashboard as of a past moment');
    await asOf.backToNow();
    await expect(asOf.banner).toHaveCount(0);
    await expect(dashboard.stat('Being kept')).toContainText('1');

    // The map of the quarter: nothing before the request, the promise from then on.
    const map = new AccountabilityMapPage(page);
    await page.goto(`/map?cycle=${quarterId}&at=${encodeURIComponent(beforeRequest)}`);
    await expect(map.heading).toBeVisible();
    await expect(asOf.banner).toBeVisible();
    await expect(page.getByText('Nobody has promised anything here yet')).toBeVisible();
    await expectAccessible(page, 'the accountability map as of a past moment');
    await asOf.backToNow();
    await expect(map.team('People in no team')).toBeVisible();
  } finally {
    await alan.context.close();
  }
});
