import { startReceiver } from '../server/test/receiver.js';
import { expect, test } from './fixtures.js';
import { AppShell } from './pages/app-shell.js';
import { expectAccessible } from './support/axe.js';
import { apiGet, apiPost, createCurrentCycles } from './support/promise-api.js';

test('an owner sees a failing webhook delivery in the outbox and retries it now', async ({
  page,
  owner: _owner,
}) => {
  const receiver = await startReceiver();
  receiver.answerWith(503);
  try {
    await apiPost(page, '/api/v1/webhooks', { url: receiver.url, eventTypes: ['cycle.transitioned'] });
    const cycles = await createCurrentCycles(page);
    const listed = await apiGet<{ cycles: Array<{ id: string; name: string }> }>(page, '/api/v1/cycles');
    const quarter = listed.cycles.find((cycle) => cycle.name === cycles.quarter);
    await apiPost(page, `/api/v1/cycles/${quarter?.id}/transitions`, { to: 'active' });

    await new AppShell(page).goTo('Integrations');
    const outbox = page.getByRole('region', { name: 'Outbox' });
    const table = outbox.getByRole('table', { name: 'The outbox, newest first' });
    const delivery = table.getByRole('row').filter({ hasText: 'cycle.transitioned' });
    // The receiver answered 503 to the worker's first attempt: the delivery waits for its retry.
    await expect(delivery).toContainText('Being retried', { timeout: 15_000 });
    await expect(delivery).toContainText('Answered 503');
    await expect(delivery).toContainText(receiver.url);
    await expect(outbox.getByRole('list', { name: 'How many in each state' })).toContainText(
      'Being retried: 1',
    );
    await expectAccessible(page, 'the outbox');

    await outbox.getByLabel('Filter by state').selectOption({ label: 'Being retried' });
    await expect(delivery).toBeVisible();
    await outbox.getByLabel('Filter by kind').selectOption({ label: 'Email' });
    await expect(outbox.getByText('Nothing being retried in the outbox.')).toBeVisible();
    await outbox.getByLabel('Filter by kind').selectOption({ label: 'Webhook delivery' });
    await expect(delivery).toBeVisible();

    // The receiver is back: "Retry now" sends it at once rather than at its next retry, with its webhook-id.
    receiver.answerWith(200);
    await delivery.getByRole('button', { name: `Retry now: cycle.transitioned to ${receiver.url}` }).click();
    await expect(page.getByText('It will be sent again in a few seconds')).toBeVisible();
    await expect.poll(() => receiver.received.length, { timeout: 15_000 }).toBe(2);
    const [first, second] = receiver.received;
    expect(second?.headers['webhook-id']).toBe(first?.headers['webhook-id']);
    await expect(outbox.getByText('Nothing being retried in the outbox.')).toBeVisible();
  } finally {
    await receiver.close();
  }
});
