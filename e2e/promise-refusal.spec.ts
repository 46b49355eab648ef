import { expect, test } from './fixtures.js';
import { PromisePage } from './pages/promise-page.js';
import { expectAccessible } from './support/axe.js';
import { addPerson, apiPost, createCurrentCycles } from './support/promise-api.js';

test('a decline without a reason is refused with the reason why, and declined with one', async ({
  page,
  browser,
  baseURL,
  owner,
}) => {
  const cycles = await createCurrentCycles(page);
  const alan = await addPerson(page, browser, baseURL ?? '', {
    name: 'Alan Turing',
    email: 'alan@acme.test',
    password: 'enigma machine 1912',
  });
  const asked = await apiPost<{ id: string }>(page, '/api/v1/promises', {
    cycleId: (await (await page.request.get('/api/v1/cycles')).json()).cycles.find(
      (cycle: { name: string }) => cycle.name === cycles.quarter,
    ).id,
    customer: { type: 'person', id: owner.personId },
    performers: [{ type: 'person', id: alan.personId }],
    title: 'Launch a mobile app',
    dueDate: cycles.quarterEnd,
    open: 'request',
  });

  try {
    await alan.page.goto(`/promises/${asked.id}`);
    const view = new PromisePage(alan.page);
    await expect(view.heading('Launch a mobile app')).toBeVisible();

    await view.makeMove('Decline');
    await expect(
      view.dialog.getByText('Cannot decline without a reason: say why, so the other side can respond.'),
    ).toBeVisible();
    await expect(view.dialog).toBeVisible();
    await expectAccessible(alan.page, 'the decline dialog with its error');

    await view.dialog.getByRole('radio', { name: 'Capacity' }).check();
    await view.dialog.getByLabel('Why').fill('Single sign-on takes every engineer we have.');
    await view.dialog.getByRole('button', { name: 'Decline', exact: true }).click();
    await expect(view.dialog).toBeHidden();
    await expect(view.currentPhase()).toContainText('Closed');
    await expect(view.historyEntries().last()).toContainText(
      'Capacity: Single sign-on takes every engineer we have.',
    );
  } finally {
    await alan.context.close();
  }
});
