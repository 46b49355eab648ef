import { expect, test } from './fixtures.js';
import { PromisePage } from './pages/promise-page.js';
import { expectAccessible } from './support/axe.js';
import { apiGet, apiPost, createCurrentCycles } from './support/promise-api.js';

test('the drafting side discards a draft after confirming, and it leaves the list', async ({
  page,
  owner,
}) => {
  const cycles = await createCurrentCycles(page);
  const { cycles: list } = await apiGet<{ cycles: Array<{ id: string; name: string }> }>(
    page,
    '/api/v1/cycles',
  );
  const quarter = list.find((cycle) => cycle.name === cycles.quarter)!;
  const me = await apiGet<{ person: { id: string } }>(page, '/api/v1/me');
  const draft = await apiPost<{ id: string }>(page, '/api/v1/promises', {
    cycleId: quarter.id,
    customer: { type: 'person', id: me.person.id },
    performers: [{ type: 'person', id: me.person.id }],
    title: 'A plan we will drop',
    dueDate: cycles.quarterEnd,
    open: 'draft',
  });

  await page.goto(`/promises/${draft.id}`);
  const view = new PromisePage(page);
  await expect(view.heading('A plan we will drop')).toBeVisible();
  await view.move('Discard draft').click();
  await expect(view.dialog).toBeVisible();
  await expect(view.dialog).toContainText('Discard this draft?');
  await expectAccessible(page, 'the dialog that confirms discarding a draft');
  await view.dialog.getByRole('button', { name: 'Discard draft', exact: true }).click();
  await expect(view.dialog).toHaveCount(0);
  await expect(page.getByText('Discarded', { exact: true }).first()).toBeVisible();
  await expect(view.move('Discard draft')).toHaveCount(0);
  await expect(view.historyEntries().last()).toContainText(owner.name);

  await page.goto('/promises');
  await expect(page.getByRole('heading', { name: 'Promises', level: 1 })).toBeVisible();
  await expect(page.getByRole('link', { name: 'A plan we will drop' })).toHaveCount(0);
});
