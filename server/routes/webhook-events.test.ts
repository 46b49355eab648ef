import { Webhook as StandardWebhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CheckIn } from '../../contract/check-ins.js';
import type { CreatedWebhook } from '../../contract/webhooks.js';
import { trackFindings } from '../jobs/track-findings.js';
import { deliverDueWebhooks } from '../services/webhooks/delivery.js';
import { addMember, createCalendar, promiseIn, type SignedIn, signUpOwner } from '../test/factories.js';
import { createTestApp, type TestApp, testEngines } from '../test/harness.js';
import { type ReceivedRequest, type Receiver, startReceiver } from '../test/receiver.js';

interface Delivered {
  type: string;
  timestamp: string;
  data: Record<string, Record<string, unknown>>;
}

/** Verifies a received request as a receiver would, with the standardwebhooks library. */
function verified(secret: string, request: ReceivedRequest): Delivered {
  return new StandardWebhook(secret).verify(request.body, request.headers) as Delivered;
}

describe.each(testEngines())('webhook events of answers and findings on %s', (engine) => {
  let t: TestApp;
  let receiver: Receiver;
  beforeAll(async () => {
    t = await createTestApp(engine, { allowPrivateTargets: true });
    receiver = await startReceiver();
  });
  afterAll(async () => {
    await receiver.close();
    await t.close();
  });

  async function subscribe(owner: SignedIn, eventTypes: string[]) {
    const created = await owner.client.post<CreatedWebhook>('/api/v1/webhooks', {
      url: receiver.url,
      eventTypes,
    });
    expect(created.status).toBe(201);
    return created.body;
  }

  /** Sends what is due, and returns what arrived, verified with the subscription's secret. */
  async function sent(owner: SignedIn, secret: string) {
    const before = receiver.received.length;
    await deliverDueWebhooks(t.ctx, { organizationIds: [owner.organizationId] });
    return receiver.received.slice(before).map((request) => verified(secret, request));
  }

  it('sends check_in.answered with the answer, to who subscribed to it only', async () => {
    const customer = await signUpOwner(t.app, 'customer');
    const performer = await addMember(t.app, customer, 'member', 'performer');
    const calendar = await createCalendar(customer);
    const { secret } = await subscribe(customer, ['check_in.answered']);
    const promise = await promiseIn('promised', { customer, performer, cycle: calendar.quarter });
    const made = await performer.client.post<CheckIn>(`/api/v1/promises/${promise.id}/check-ins`, {
      values: [],
      confidence: 4,
      status: 'at-risk',
    });
    // A check-in is not an answer: nothing goes to this subscription.
    expect(await sent(customer, secret)).toEqual([]);
    const answered = await customer.client.post<CheckIn>(`/api/v1/check-ins/${made.body.id}/answers`, {
      kind: 'offer-help',
      text: 'I will find budget',
    });
    expect(answered.status).toBe(201);
    const arrived = await sent(customer, secret);
    expect(arrived).toHaveLength(1);
    expect(arrived[0]).toMatchObject({
      type: 'check_in.answered',
      data: {
        answer: {
          id: answered.body.answers[0]!.id,
          checkInId: made.body.id,
          promiseId: promise.id,
          kind: 'offer-help',
          text: 'I will find budget',
          person: { id: customer.personId, name: 'customer person' },
        },
        byPersonId: customer.personId,
      },
    });
    // Delivered once.
    expect(await sent(customer, secret)).toEqual([]);
  });

  it('sends finding.opened when the plan shows a finding, and finding.resolved when it is gone', async () => {
    const ceo = await signUpOwner(t.app, 'ceo');
    const cto = await addMember(t.app, ceo, 'member', 'cto');
    const engineer = await addMember(t.app, ceo, 'member', 'engineer');
    const calendar = await createCalendar(ceo, 2028);
    const { secret } = await subscribe(ceo, ['finding.opened', 'finding.resolved']);
    const checkout = await promiseIn('promised', {
      customer: ceo,
      performer: cto,
      cycle: calendar.quarter,
      body: { title: 'Faster checkout' },
    });
    const api = await promiseIn('promised', {
      customer: cto,
      performer: engineer,
      cycle: calendar.quarter,
      body: { title: 'Payments API' },
    });
    const dependency = await cto.client.post<{ id: string }>('/api/v1/dependencies', {
      promiseId: checkout.id,
      supplierPromiseId: api.id,
    });
    expect(dependency.status).toBe(201);
    const key = `unacknowledged-dependency:${dependency.body.id}`;
    const scope = { organizationIds: [ceo.organizationId] };

    // The passes ran in the last hours: what they wrote is due when the worker sends.
    const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3_600_000);
    const firstPass = hoursAgo(3);
    await trackFindings(t.ctx, firstPass, scope);
    const opened = (await sent(ceo, secret)).filter((event) => event.data.finding?.key === key);
    expect(opened).toMatchObject([
      {
        type: 'finding.opened',
        data: {
          finding: {
            code: 'unacknowledged-dependency',
            status: 'open',
            openedAt: firstPass.toISOString(),
            resolvedAt: null,
            promiseIds: expect.arrayContaining([checkout.id, api.id]),
          },
        },
      },
    ]);
    expect(opened[0]?.data.finding?.message).toEqual(expect.any(String));
    // Seen again by the next pass, it is not opened again.
    await trackFindings(t.ctx, hoursAgo(2), scope);
    expect((await sent(ceo, secret)).filter((event) => event.data.finding?.key === key)).toEqual([]);

    const acknowledged = await engineer.client.post(`/api/v1/dependencies/${dependency.body.id}/answer`, {
      answer: 'acknowledge',
    });
    expect(acknowledged.status).toBe(200);
    const resolvedPass = hoursAgo(1);
    await trackFindings(t.ctx, resolvedPass, scope);
    const resolved = (await sent(ceo, secret)).filter((event) => event.data.finding?.key === key);
    expect(resolved).toMatchObject([
      {
        type: 'finding.resolved',
        data: {
          finding: {
            status: 'resolved',
            openedAt: firstPass.toISOString(),
            resolvedAt: resolvedPass.toISOString(),
            resolution: expect.stringMatching(/no longer found/i),
          },
        },
      },
    ]);
  });
});
