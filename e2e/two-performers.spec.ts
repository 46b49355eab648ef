import { expect, test } from './fixtures.js';
import { InboxPage } from './pages/inbox-page.js';
import { PromisePage } from './pages/promise-page.js';
import { expectAccessible } from './support/axe.js';
import { addPerson, apiGet, apiPost, createCurrentCycles } from './support/promise-api.js';

const ada = { name: 'Ada Lovelace', email: 'ada@acme.test', password: 'analytical engine 1843' };
const bob = { name: 'Bob Kahn', email: 'bob@acme.test', password: 'transmission control 74' };
const title = 'Payments run on both stacks';

test('two performers promise in turn, and the promise is made only after the second', async ({
  page,
  browser,
  baseURL,
  owner,
}) => {
  const cycles = await createCurrentCycles(page);
  const adaAt = await addPerson(page, browser, baseURL ?? '', ada);
  const bobAt = await addPerson(page, browser, baseURL ?? '', bob);
  try {
    const { cycles: list } = await apiGet<{ cycles: Array<{ id: string; name: string }> }>(
      page,
      '/api/v1/cycles',
    );
    const quarter = list.find((cycle) => cycle.name === cycles.quarter)!;
    const me = await apiGet<{ person: { id: string } }>(page, '/api/v1/me');
    const promise = await apiPost<{ id: string }>(page, '/api/v1/promises', {
      cycleId: quarter.id,
      customer: { type: 'person', id: me.person.id },
      performers: [
        { type: 'person', id: adaAt.personId },
        { type: 'person', id: bobAt.personId },
      ],
      title,
      dueDate: cycles.quarterEnd,
      open: 'request',
    });

    // Ada finds the request in her inbox and promises first: the promise still awaits Bob.
    const adaInbox = new InboxPage(adaAt.page);
    await adaInbox.open();
    await adaInbox
      .item(adaInbox.awaitingMe, 'A request to answer', title)
      .getByRole('link', { name: title })
      .click();
    const adaView = new PromisePage(adaAt.page);
    await expect(adaView.heading(title)).toBeVisible();
    await expect(adaView.performerAnswer(ada.name)).toContainText('Awaited');
    await expect(adaView.performerAnswer(bob.name)).toContainText('Awaited');
    await expect(adaView.historyEntries().first()).toContainText(owner.name);
    await expectAccessible(adaAt.page, 'a promise awaiting two performers');
    await adaView.makeMove('Promise');
    await expect(adaView.performerAnswer(ada.name)).toContainText(`Promised by ${ada.name}`);
    await expect(adaView.performerAnswer(bob.name)).toContainText('Awaited');
    await expect(adaView.currentPhase()).toContainText('Q2 Negotiate');
    await expect(adaAt.page.getByRole('definition').filter({ hasText: /^The performer \(/ })).toHaveText(
      `The performer (${bob.name})`,
    );
    await expect(adaView.move('Promise')).toHaveCount(0);

    // Bob is still asked; once he promises, the promise is made.
    const bobView = new PromisePage(bobAt.page);
    await bobAt.page.goto(`/promises/${promise.id}`);
    await expect(bobView.heading(title)).toBeVisible();
    await expect(bobView.performerAnswer(ada.name)).toContainText('Promised');
    await expectAccessible(bobAt.page, 'a promise one performer has promised');
    await bobView.makeMove('Promise');
    await expect(bobView.currentPhase()).toContainText('Q3 Execute');
    await expect(bobView.performerAnswers).toContainText('Awaited');

    // While kept, the table asks each performer for its report.
    await page.goto(`/promises/${promise.id}`);
    const customerView = new PromisePage(page);
    await expect(customerView.currentPhase()).toContainText('Q3 Execute');
    await expect(customerView.performerAnswers.getByRole('columnheader', { name: 'Report' })).toBeVisible();
    await expectAccessible(page, 'a promise both performers have promised');
  } finally {
    await adaAt.context.close();
    await bobAt.context.close();
  }
});
