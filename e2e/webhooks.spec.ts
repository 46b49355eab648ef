import { Webhook as StandardWebhook } from 'standardwebhooks';
import { startReceiver } from '../server/test/receiver.js';
import { expect, test } from './fixtures.js';
import { AppShell } from './pages/app-shell.js';
import { expectAccessible } from './support/axe.js';
import { apiGet, apiPost, createCurrentCycles } from './support/promise-api.js';

test('an owner connects a webhook and a signed message arrives when a cycle is approved', async ({
  page,
  owner: _owner,
}) => {
  const receiver = await startReceiver();
  try {
    await new AppShell(page).goTo('Integrations');
    await expect(page.getByRole('heading', { name: 'Integrations', level: 1 })).toBeVisible();
    await expect(page.getByText('No webhooks yet')).toBeVisible();

    const form = page.getByRole('form', { name: 'Add a webhook' });
    await form.getByLabel('Receiver URL').fill(receiver.url);
    await form.getByLabel('Description').fill('Our warehouse');
    await form.getByRole('checkbox', { name: /A promise is moved/ }).uncheck();
    await form.getByRole('checkbox', { name: /A cycle is approved, reviewed or closed/ }).check();
    await form.getByRole('button', { name: 'Add webhook' }).click();
    const secret = await page.getByRole('textbox', { name: 'Signing secret' }).inputValue();
    expect(secret).toMatch(/^whsec_/);
    await expectAccessible(page, 'the integrations page');
    await page.getByRole('button', { name: 'I have copied the secret' }).click();

    const webhooks = page.getByRole('table', { name: "The organization's webhooks" });
    await expect(webhooks.getByRole('rowheader', { name: new RegExp(receiver.url) })).toBeVisible();

    // Approving the plan of the quarter is an event the webhook asked for.
    const cycles = await createCurrentCycles(page);
    const listed = await apiGet<{ cycles: Array<{ id: string; name: string }> }>(page, '/api/v1/cycles');
    const quarter = listed.cycles.find((cycle) => cycle.name === cycles.quarter);
    await apiPost(page, `/api/v1/cycles/${quarter?.id}/transitions`, { to: 'active' });

    await expect.poll(() => receiver.received.length, { timeout: 15_000 }).toBe(1);
    const [request] = receiver.received;
    const event = new StandardWebhook(secret).verify(request!.body, request!.headers) as {
      type: string;
      data: { cycle: { name: string; to: string } };
    };
    expect(event).toMatchObject({
      type: 'cycle.transitioned',
      data: { cycle: { name: cycles.quarter, to: 'active' } },
    });

    await webhooks.getByRole('button', { name: 'Deliveries' }).click();
    const log = page.getByRole('table', { name: 'Deliveries, newest first' });
    await expect(log.getByRole('row').filter({ hasText: 'cycle.transitioned' })).toContainText('delivered');
    await expectAccessible(page, 'the delivery log');
  } finally {
    await receiver.close();
  }
});
