import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OutboxList } from '../contract/outbox.js';
import type { CreatedWebhook } from '../contract/webhooks.js';
import { addMember, createCalendar, promiseIn, signUpOwner } from '../server/test/factories.js';
import { testEngines } from '../server/test/harness.js';
import { sendOutbox } from '../server/test/outbox.js';
import { type Receiver, startReceiver } from '../server/test/receiver.js';
import { cliServer } from './test/server.js';
import { loggedInTerminal } from './test/terminal.js';

describe.each(testEngines())('accord outbox against a server on %s', (engine) => {
  const server = cliServer(engine, { allowPrivateTargets: true });
  let receiver: Receiver;
  beforeAll(async () => {
    receiver = await startReceiver();
  });
  afterAll(() => receiver.close());

  it('lists a failed delivery with the counts, and retries it', async () => {
    const owner = await signUpOwner(server.app);
    const member = await addMember(server.app, owner, 'member');
    const calendar = await createCalendar(owner);
    const created = await owner.client.post<CreatedWebhook>('/api/v1/webhooks', {
      url: receiver.url,
      eventTypes: ['promise.created'],
    });
    const webhookPath = `/api/v1/webhooks/${created.body.webhook.id}`;
    await promiseIn('requested', { customer: owner, performer: member, cycle: calendar.quarter });
    // Disabled before the worker came by: the delivery fails for good.
    await owner.client.patch(webhookPath, { isEnabled: false });
    expect(await sendOutbox(server.ctx, [owner.organizationId])).toMatchObject({ failed: 1 });
    await owner.client.patch(webhookPath, { isEnabled: true });
    const { accord } = await loggedInTerminal(server.url, owner);

    const listed = await accord('outbox', 'list', '--state', 'failed');
    expect(listed.code).toBe(0);
    expect(listed.stdout).toMatch(/^KIND +STATE +WHAT +TO +ATTEMPTS +NEXT ATTEMPT +LAST ERROR +ID$/m);
    expect(listed.stdout).toMatch(
      new RegExp(`webhook +failed +promise\\.created +${receiver.url} +0 +The webhook is disabled +msg_`),
    );
    expect(listed.stdout).toContain('0 waiting, 0 being retried, 1 failed.');
    const json: OutboxList = JSON.parse((await accord('outbox', 'list', '--json')).stdout);
    const [item] = json.items;
    if (!item) throw new Error('nothing listed');

    expect((await accord('outbox', 'list', '--state', 'lost')).code).toBe(2);
    expect((await accord('outbox', 'retry', 'fax', item.id)).code).toBe(2);
    const retried = await accord('outbox', 'retry', 'webhook', item.id);
    expect(retried.stdout).toBe(`The delivery ${item.id} is sent at the next pass.\n`);
    expect(await sendOutbox(server.ctx, [owner.organizationId])).toMatchObject({ delivered: 1 });
    expect((await accord('outbox', 'list')).stdout).toBe(
      'Nothing in the outbox. 0 waiting, 0 being retried, 0 failed.\n',
    );
  });

  it('is refused to a member, with the API message', async () => {
    const owner = await signUpOwner(server.app);
    const member = await addMember(server.app, owner, 'member');
    const { accord } = await loggedInTerminal(server.url, member);
    const listed = await accord('outbox', 'list');
    expect(listed.code).toBe(1);
    expect(listed.stderr).toContain('Only owners and admins');
  });
});
