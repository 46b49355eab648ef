import { expect, test } from './fixtures.js';
import { InboxPage } from './pages/inbox-page.js';
import { PromisePage } from './pages/promise-page.js';
import { expectAccessible } from './support/axe.js';
import { makeKeptPromise } from './support/kept-promise.js';
import { addPerson, apiPost, createCurrentCycles, horizonId } from './support/promise-api.js';

const performer = { name: 'Grace Hopper', email: 'grace.carry@acme.test', password: 'compiler cobol 1959' };

test('a performer carries a promise of a closed quarter into the next one and sees it', async ({
  page,
  browser,
  baseURL,
  owner: _owner,
}) => {
  const cycles = await createCurrentCycles(page);
  const grace = await addPerson(page, browser, baseURL ?? '', performer);
  try {
    const promise = await makeKeptPromise(page, grace, {
      cycleName: cycles.quarter,
      dueDate: cycles.quarterEnd,
      title: 'Faster onboarding',
      conditions: [{ text: 'Onboarding guide live', keyResult: { kind: 'milestone' } }],
    });
    for (const to of ['active', 'reviewing', 'closed']) {
      await apiPost(page, `/api/v1/cycles/${promise.cycleId}/transitions`, { to });
    }
    // The quarter after the closed one, on the same horizon.
    const start = new Date(`${cycles.quarterEnd}T00:00:00Z`);
    start.setUTCDate(start.getUTCDate() + 1);
    const nextYear = start.getUTCFullYear();
    const nextQuarter = Math.floor(start.getUTCMonth() / 3) + 1;
    const nextName = `FY${nextYear}-Q${nextQuarter}`;
    let parentId: string | undefined;
    if (nextYear !== Number(cycles.year.slice(2))) {
      parentId = (
        await apiPost<{ id: string }>(page, '/api/v1/cycles', {
          name: `FY${nextYear}`,
          horizonId: await horizonId(page, '1y'),
          startDate: `${nextYear}-01-01`,
          endDate: `${nextYear}-12-31`,
        })
      ).id;
    }
    const end = new Date(Date.UTC(nextYear, nextQuarter * 3, 0)).toISOString().slice(0, 10);
    await apiPost(page, '/api/v1/cycles', {
      name: nextName,
      horizonId: await horizonId(page, 'quarter'),
      ...(parentId ? { parentId } : {}),
      startDate: start.toISOString().slice(0, 10),
      endDate: end,
    });

    // The performer's inbox asks what becomes of it, instead of asking for a check-in.
    const inbox = new InboxPage(grace.page);
    await inbox.open();
    const item = inbox.item(
      inbox.awaitingMe,
      'Its cycle closed: carry it over, end it or leave it',
      'Faster onboarding',
    );
    await expect(item).toBeVisible();
    await expect(inbox.item(inbox.awaitingMe, 'A check-in is overdue', 'Faster onboarding')).toHaveCount(0);
    await expectAccessible(grace.page, 'the inbox with a carry-over question');

    await inbox.decideCarryOver(item, 'Carry over', 'Carry over');

    // Carrying opens the new promise, in the next quarter, which cites the old one.
    const carried = new PromisePage(grace.page);
    await expect(carried.heading('Faster onboarding')).toBeVisible();
    await expect(grace.page.getByText(nextName).first()).toBeVisible();
    await expect(carried.carried('from', 'Faster onboarding')).toBeVisible();
    await expectAccessible(grace.page, 'the carried promise');

    await carried.carried('from', 'Faster onboarding').click();
    const old = new PromisePage(grace.page);
    await expect(old.closedCycle).toContainText(`${cycles.quarter} is closed`);
    await expect(old.carried('into', 'Faster onboarding')).toBeVisible();
    await expect(old.closedCycle.getByRole('button', { name: 'Carry over' })).toHaveCount(0);
    await expectAccessible(grace.page, 'the promise of the closed quarter');

    await inbox.open();
    await expect(item).toHaveCount(0);
  } finally {
    await grace.context.close();
  }
});
