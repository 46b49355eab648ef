import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Dependency } from '../../contract/alignment.js';
import type { ErrorResponse } from '../../contract/common.js';
import type { FindingList, FindingView } from '../../contract/findings.js';
import type { Inbox } from '../../contract/inbox.js';
import type { NotificationList } from '../../contract/notifications.js';
import type { PromiseDetail } from '../../contract/promises.js';
import { trackFindings } from '../jobs/track-findings.js';
import {
  addMember,
  type Calendar,
  createCalendar,
  promiseIn,
  type SignedIn,
  signUpOwner,
} from '../test/factories.js';
import { createTestApp, type TestApp, testEngines } from '../test/harness.js';

/**
 * Issue 11, the strategy debugger reaching the people it concerns: a dependency may ask its supplier
 * to answer by a date (and is a finding once late); a supplier in trouble marks the promise that
 * depends on it, on its page and in the inboxes of both its sides; whoever caused a finding is not
 * told of it; and a dismissal is part of the history of the promises the finding is about.
 */
const MONDAY = '2027-01-04T09:00:00.000Z';

describe.each(testEngines())('how findings reach people on %s', (engine) => {
  let t: TestApp;
  let ceo: SignedIn;
  let cto: SignedIn;
  let engineer: SignedIn;
  let calendar: Calendar;

  beforeAll(async () => {
    t = await createTestApp(engine);
    t.clock.set(MONDAY);
    ceo = await signUpOwner(t.app, 'ceo');
    cto = await addMember(t.app, ceo, 'member', 'cto');
    engineer = await addMember(t.app, ceo, 'member', 'engineer');
    calendar = await createCalendar(ceo);
  });
  afterEach(() => t.clock.set(MONDAY));
  afterAll(() => t.close());

  const pass = () => trackFindings(t.ctx, t.ctx.now(), { organizationIds: [ceo.organizationId] });
  /** The dependent (the CEO's, kept by the CTO) and its supplier (the CEO's, kept by the engineer). */
  const pair = async (title: string) => {
    const dependent = await promiseIn('promised', {
      customer: ceo,
      performer: cto,
      cycle: calendar.quarter,
      body: { title: `${title}: checkout`, dueDate: '2027-03-31' },
    });
    const supplier = await promiseIn('promised', {
      customer: ceo,
      performer: engineer,
      cycle: calendar.quarter,
      body: { title: `${title}: API`, dueDate: '2027-03-15' },
    });
    return { dependent, supplier };
  };
  const depend = (by: SignedIn, body: Record<string, unknown>) =>
    by.client.post<Dependency & ErrorResponse>('/api/v1/dependencies', body);
  const findings = async (by: SignedIn, query: string) => {
    const response = await by.client.get<FindingList>(`/api/v1/findings${query}`);
    expect(response.status).toBe(200);
    return response.body.findings;
  };
  const told = async (who: SignedIn, promiseId: string) =>
    (await who.client.get<NotificationList>('/api/v1/notifications?limit=100')).body.notifications.filter(
      (n) => n.kind === 'finding-opened' && n.promiseId === promiseId,
    );

  it('keeps a reply-by date with a dependency, shows it to the supplier, and finds it once late', async () => {
    const { dependent, supplier } = await pair('Reply by');
    const late = await depend(cto, {
      promiseId: dependent.id,
      supplierPromiseId: supplier.id,
      replyBy: '2027-01-03',
    });
    expect(late.status).toBe(400);
    expect(late.body.error.message).toMatch(/2027-01-03 has passed/);
    const malformed = await depend(cto, {
      promiseId: dependent.id,
      supplierPromiseId: supplier.id,
      replyBy: 'next week',
    });
    expect(malformed.status).toBe(400);
    const page = await cto.client.get<PromiseDetail>(`/api/v1/promises/${dependent.id}`);
    expect(page.body.dependsOn).toEqual([]);

    const created = await depend(cto, {
      promiseId: dependent.id,
      supplierPromiseId: supplier.id,
      replyBy: '2027-01-08',
    });
    expect(created.status).toBe(201);
    expect(created.body.replyBy).toBe('2027-01-08');
    const inbox = (await engineer.client.get<Inbox>('/api/v1/inbox')).body;
    expect(inbox.awaitingMe.find((item) => item.dependency?.id === created.body.id)).toMatchObject({
      kind: 'dependency',
      replyBy: '2027-01-08',
    });

    const unanswered = async (status: string) =>
      (await findings(ceo, `?code=unanswered-ask&status=${status}&promiseId=${dependent.id}`)).map(
        (f) => f.key,
      );
    t.clock.set('2027-01-08T18:00:00.000Z');
    await pass();
    expect(await unanswered('open')).toEqual([]);

    t.clock.set('2027-01-09T09:00:00.000Z');
    await pass();
    const key = `unanswered-ask:dependency:${created.body.id}:2027-01-08`;
    expect(await unanswered('open')).toEqual([key]);
    const [finding] = (await engineer.client.get<Inbox>('/api/v1/inbox')).body.findings.filter(
      (f) => f.key === key,
    );
    expect(finding).toMatchObject({
      severity: 'problem',
      parties: {
        from: [{ type: 'person', id: cto.personId }],
        to: [{ type: 'person', id: engineer.personId }],
      },
      suggestedMove: { act: 'acknowledge', promiseId: dependent.id },
    });

    const answered = await engineer.client.post(`/api/v1/dependencies/${created.body.id}/answer`, {
      answer: 'acknowledge',
    });
    expect(answered.status).toBe(200);
    await pass();
    expect(await unanswered('open')).toEqual([]);
    expect(await unanswered('resolved')).toEqual([key]);
  });

  it('marks the dependent at risk from its supplier, for both of its sides, and tells them but not the mover', async () => {
    const { dependent, supplier } = await pair('At risk');
    expect((await depend(cto, { promiseId: dependent.id, supplierPromiseId: supplier.id })).status).toBe(201);
    await pass();
    expect(await findings(ceo, `?code=risk-from-supplier&promiseId=${dependent.id}`)).toEqual([]);

    const revoked = await engineer.client.post(`/api/v1/promises/${supplier.id}/moves`, {
      act: 'revoke',
      version: supplier.version,
      reason: { text: 'The payments team was disbanded' },
    });
    expect(revoked.status).toBe(201);
    await pass();

    const [risk, ...more] = await findings(ceo, `?code=risk-from-supplier&promiseId=${dependent.id}`);
    expect(more).toEqual([]);
    expect(risk).toMatchObject({
      severity: 'problem',
      promiseIds: [dependent.id, supplier.id],
      promises: [
        { id: dependent.id, title: 'At risk: checkout' },
        { id: supplier.id, title: 'At risk: API' },
      ],
    });
    expect(risk?.message).toMatch(/"At risk: checkout" is at risk from a dependency/);
    // The supplier's own page is not about a risk to it: the finding is the dependent's.
    expect((await findings(ceo, `?code=risk-from-supplier&promiseId=${supplier.id}`))[0]?.key).toBe(
      risk?.key,
    );

    for (const side of [cto, ceo]) {
      const inbox = (await side.client.get<Inbox>('/api/v1/inbox')).body;
      expect(inbox.findings.map((f: FindingView) => f.key)).toContain(risk?.key);
      expect(await told(side, dependent.id)).toHaveLength(1);
    }
    // The engineer revoked: the finding is news to everyone but them.
    expect(await told(engineer, dependent.id)).toEqual([]);
  });

  it('tells a party who did not cause the finding even when another party did', async () => {
    const { dependent, supplier } = await pair('Declined');
    const created = await depend(cto, { promiseId: dependent.id, supplierPromiseId: supplier.id });
    await pass();
    const declined = await engineer.client.post(`/api/v1/dependencies/${created.body.id}/answer`, {
      answer: 'decline',
      reason: 'Not this quarter',
    });
    expect(declined.status).toBe(200);
    await pass();
    expect(await findings(ceo, `?code=declined-dependency&promiseId=${dependent.id}`)).toHaveLength(1);
    expect(await told(cto, dependent.id)).toHaveLength(1);
    expect(await told(engineer, dependent.id)).toEqual([]);
  });

  it('writes a dismissal, and its undoing, into the history of each promise the finding concerns', async () => {
    const { dependent, supplier } = await pair('History');
    await depend(cto, { promiseId: dependent.id, supplierPromiseId: supplier.id });
    await pass();
    const [finding] = await findings(ceo, `?code=unacknowledged-dependency&promiseId=${dependent.id}`);
    if (!finding) throw new Error('no unacknowledged dependency');
    const path = `/api/v1/findings/${encodeURIComponent(finding.key)}/dismiss`;

    t.clock.set('2027-01-05T10:00:00.000Z');
    expect((await cto.client.post(path, { reason: 'Agreed in the hallway' })).status).toBe(200);
    t.clock.set('2027-01-06T10:00:00.000Z');
    expect((await cto.client.delete(path)).status).toBe(200);

    for (const id of [dependent.id, supplier.id]) {
      const page = (await ceo.client.get<PromiseDetail>(`/api/v1/promises/${id}`)).body;
      expect(page.findingEvents).toMatchObject([
        {
          act: 'dismissed',
          findingKey: finding.key,
          code: 'unacknowledged-dependency',
          person: { id: cto.personId },
          reason: 'Agreed in the hallway',
          at: expect.stringMatching(/^2027-01-05T10:00/),
        },
        { act: 'undismissed', person: { id: cto.personId }, reason: null },
      ]);
      expect(page.findingEvents[0]?.message).toMatch(/has not acknowledged this dependency/);
    }
    // As of a moment between the two, only the dismissal had happened.
    const then = await ceo.client.get<PromiseDetail>(
      `/api/v1/promises/${dependent.id}?at=${encodeURIComponent('2027-01-05T12:00:00.000Z')}`,
    );
    expect(then.body.findingEvents.map((e) => e.act)).toEqual(['dismissed']);
    const other = await promiseIn('promised', { customer: ceo, performer: cto, cycle: calendar.quarter });
    expect((await ceo.client.get<PromiseDetail>(`/api/v1/promises/${other.id}`)).body.findingEvents).toEqual(
      [],
    );
  });
});
