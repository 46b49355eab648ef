import { expect, test } from './fixtures.js';
import { PromisePage } from './pages/promise-page.js';
import { PromiseProgressSection } from './pages/promise-progress-section.js';
import { makeKeptPromise } from './support/kept-promise.js';
import { addPerson, apiPost, createCurrentCycles } from './support/promise-api.js';

const performer = { name: 'Alan Turing', email: 'alan@acme.test', password: 'enigma machine 1912' };

test('a promise of a closed cycle offers comments only, and says the cycle is closed', async ({
  page,
  browser,
  baseURL,
  owner: _owner,
}) => {
  const cycles = await createCurrentCycles(page);
  const alan = await addPerson(page, browser, baseURL ?? '', performer);
  try {
    const promise = await makeKeptPromise(page, alan, {
      cycleName: cycles.quarter,
      dueDate: cycles.quarterEnd,
      title: 'Grow signups',
      conditions: [{ text: 'Pricing page live', keyResult: { kind: 'milestone' } }],
    });

    // While the cycle runs, the performer has moves, a check-in form and link forms.
    const performerPage = new PromisePage(alan.page);
    const progress = new PromiseProgressSection(alan.page);
    await alan.page.goto(`/promises/${promise.id}`);
    await expect(performerPage.move('Report complete')).toBeVisible();
    await expect(progress.checkInForm).toBeVisible();
    await expect(performerPage.linkForms.first()).toBeVisible();
    await expect(performerPage.closedCycle).toHaveCount(0);

    for (const to of ['active', 'reviewing', 'closed']) {
      await apiPost(page, `/api/v1/cycles/${promise.cycleId}/transitions`, { to });
    }

    await alan.page.reload();
    await expect(performerPage.closedCycle).toContainText(`${cycles.quarter} is closed`);
    await expect(performerPage.move('Comment')).toBeVisible();
    await expect(performerPage.moves.getByRole('button')).toHaveCount(1);
    await expect(progress.checkInForm).toHaveCount(0);
    await expect(performerPage.linkForms).toHaveCount(0);

    // Comments stay: talking about history changes none of it.
    await performerPage.move('Comment').click();
    await performerPage.dialog
      .getByRole('textbox', { name: 'Comment' })
      .fill('Shipped a week after the close');
    await performerPage.dialog.getByRole('button', { name: 'Comment', exact: true }).click();
    await expect(performerPage.historyEntries().last()).toContainText('Shipped a week after the close');
  } finally {
    await alan.context.close();
  }
});
