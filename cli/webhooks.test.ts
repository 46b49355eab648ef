import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CreatedWebhook } from '../contract/webhooks.js';
import { addMember, createCalendar, promiseIn, signUpOwner } from '../server/test/factories.js';
import { testEngines } from '../server/test/harness.js';
import { sendOutbox } from '../server/test/outbox.js';
import { type Receiver, startReceiver } from '../server/test/receiver.js';
import { cliServer } from './test/server.js';
import { loggedInTerminal } from './test/terminal.js';

describe.each(testEngines())('accord webhooks against a server on %s', (engine) => {
  const server = cliServer(engine, { allowPrivateTargets: true });
  let receiver: Receiver;
  beforeAll(async () => {
    receiver = await startReceiver();
  });
  afterAll(() => receiver.close());

  it('adds a webhook, lists it and its deliveries, and removes it', async () => {
    const owner = await signUpOwner(server.app);
    const member = await addMember(server.app, owner, 'member');
    const calendar = await createCalendar(owner);
    const { accord } = await loggedInTerminal(server.url, owner);

    const refused = await accord('webhooks', 'add', receiver.url, '--event', 'promise.exploded');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('unknown event type promise.exploded');

    const added = await accord('webhooks', 'add', receiver.url, '--event', 'promise.created', '--json');
    expect(added.code).toBe(0);
    const created: CreatedWebhook = JSON.parse(added.stdout);
    expect(created.secret).toMatch(/^whsec_/);

    const list = await accord('webhooks', 'list');
    expect(list.stdout).toMatch(/^URL +FORMAT +EVENTS +STATUS +ID$/m);
    expect(list.stdout).toContain(`${receiver.url}  standard  promise.created  active`);

    const slack = await accord(
      'webhooks',
      'add',
      `${receiver.url}/slack`,
      '--format',
      'slack',
      '--event',
      'promise.moved',
    );
    expect(slack.code).toBe(0);
    expect((await accord('webhooks', 'list')).stdout).toMatch(
      new RegExp(`${receiver.url}/slack +slack +promise.moved +active`),
    );
    expect(
      (await accord('webhooks', 'add', receiver.url, '--format', 'irc', '--event', 'promise.moved')).code,
    ).toBe(2);

    await promiseIn('requested', { customer: owner, performer: member, cycle: calendar.quarter });
    expect(await sendOutbox(server.ctx, [owner.organizationId])).toMatchObject({
      delivered: 1,
    });
    const deliveries = await accord('webhooks', 'deliveries', created.webhook.id);
    expect(deliveries.stdout).toMatch(/promise\.created +delivered +1 +200/);

    expect((await accord('webhooks', 'remove', created.webhook.id)).stdout).toBe(
      `Removed webhook ${created.webhook.id}.\n`,
    );
    expect((await accord('webhooks', 'list')).stdout).not.toContain(created.webhook.id);
  });

  it('is refused to a member, with the API message', async () => {
    const owner = await signUpOwner(server.app);
    const member = await addMember(server.app, owner, 'member');
    const { accord } = await loggedInTerminal(server.url, member);
    const listed = await accord('webhooks', 'list');
    expect(listed.code).toBe(1);
    expect(listed.stderr).toContain('Only owners and admins');
  });
});
