import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { CheckIn } from '../../contract/check-ins.js';
import type { PromiseReviews } from '../../contract/draft-reviews.js';
import type { NotificationList } from '../../contract/notifications.js';
import { mentionOf } from '../../core/mentions/index.js';
import { deliverDueEmails } from '../services/email/delivery.js';
import {
  addMember,
  type Calendar,
  createCalendar,
  createOrganization,
  promiseIn,
  type SignedIn,
  signUpOwner,
} from '../test/factories.js';
import { createTestApp, type TestApp, testEngines } from '../test/harness.js';
import { type Mailbox, startMailbox } from '../test/mailbox.js';

describe.each(testEngines())('mentions on %s', (engine) => {
  let t: TestApp;
  let mailbox: Mailbox;
  let customer: SignedIn;
  let performer: SignedIn;
  let bystander: SignedIn;
  let quiet: SignedIn;
  let calendar: Calendar;
  beforeAll(async () => {
    mailbox = await startMailbox();
    t = await createTestApp(engine, { smtpUrl: mailbox.url, mailFrom: 'Accord <accord@example.test>' });
    customer = await signUpOwner(t.app, 'customer');
    performer = await addMember(t.app, customer, 'member', 'performer');
    bystander = await addMember(t.app, customer, 'member', 'bystander');
    quiet = await addMember(t.app, customer, 'member', 'quiet');
    calendar = await createCalendar(customer);
    const off = await quiet.client.put('/api/v1/me/notification-preferences', {
      preferences: [{ kind: 'mentioned', channel: 'off' }],
    });
    expect(off.status).toBe(200);
  });
  afterEach(() => t.clock.reset());
  afterAll(async () => {
    await t.close();
    await mailbox.close();
  });

  const mention = (person: SignedIn) => mentionOf({ id: person.personId, name: person.me.person.name });
  const mentions = async (person: SignedIn) =>
    (await person.client.get<NotificationList>('/api/v1/notifications')).body.notifications.filter(
      (n) => n.kind === 'mentioned',
    );

  it('tells who a check-in note mentions, once, by bell and email, never its author nor an outsider', async () => {
    const outsider = await signUpOwner(t.app, 'outsider');
    const promise = await promiseIn('promised', { customer, performer, cycle: calendar.quarter });
    const note = `Blocked on hiring: ${mention(bystander)}, ${mention(performer)}, ${mention(outsider)}, ${mention(quiet)} and @[Nobody](person:no-such-person), ${mention(bystander)} again`;
    const made = await performer.client.post<CheckIn>(`/api/v1/promises/${promise.id}/check-ins`, {
      values: [],
      confidence: 5,
      status: 'at-risk',
      note,
    });
    expect(made.status).toBe(201);
    // The text keeps the mention as written: the id names the person whatever they are called later.
    expect(made.body.note).toBe(note);

    const told = (await mentions(bystander)).filter((n) => n.promiseId === promise.id);
    expect(told.map((n) => n.title)).toEqual([
      'performer person mentioned you in a check-in on Ship the onboarding flow',
    ]);
    expect(await mentions(performer)).toEqual([]);
    expect(await mentions(outsider)).toEqual([]);
    // Who turned mentions off hears nothing of them.
    expect(await mentions(quiet)).toEqual([]);

    await deliverDueEmails(t.ctx, { organizationIds: [customer.organizationId] });
    expect(mailbox.to(bystander.email).filter((m) => m.subject === told[0]!.title)).toHaveLength(1);

    // The customer's answer mentions the bystander again: a new text, told once more.
    const answered = await customer.client.post(`/api/v1/check-ins/${made.body.id}/answers`, {
      kind: 'comment',
      text: `${mention(bystander)} can you help?`,
    });
    expect(answered.status).toBe(201);
    expect((await mentions(bystander)).filter((n) => n.promiseId === promise.id).map((n) => n.title)).toEqual(
      [
        'customer person mentioned you in an answer to a check-in on Ship the onboarding flow',
        'performer person mentioned you in a check-in on Ship the onboarding flow',
      ],
    );
  });

  it('never tells of a private draft whoever may not see it', async () => {
    const { owner, people } = await createOrganization(t.app, {
      people: { performer: 'member', reviewer: 'member', outsider: 'member' },
    });
    const quarter = (await createCalendar(owner, 2032)).quarter;
    // The customer drafts: the performer is not of the drafting side, and does not see the draft yet.
    const draft = await promiseIn('draft', { customer: owner, performer: people.performer, cycle: quarter });
    const shared = await owner.client.post(`/api/v1/promises/${draft.id}/reviews`, {
      reviewer: { type: 'person', id: people.reviewer.personId },
      role: 'peer',
    });
    expect(shared.status).toBe(201);
    const asked = await people.reviewer.client.post<PromiseReviews>(
      `/api/v1/promises/${draft.id}/questions`,
      {
        text: `Should ${mention(people.outsider)} own this, or ${mention(people.performer)}? ${mention(owner)}`,
      },
    );
    expect(asked.status).toBe(201);
    expect((await people.outsider.client.get(`/api/v1/promises/${draft.id}`)).status).toBe(404);
    expect((await people.performer.client.get(`/api/v1/promises/${draft.id}`)).status).toBe(404);
    expect(await mentions(people.outsider)).toEqual([]);
    expect(await mentions(people.performer)).toEqual([]);
    expect((await mentions(owner)).map((n) => n.promiseId)).toEqual([draft.id]);

    // The answer mentions the outsider too, and the reviewer twice over two answers: told once.
    const question = asked.body.questions[0]!;
    for (const text of [
      `Ask ${mention(people.reviewer)}`,
      `Really, ${mention(people.reviewer)} and ${mention(people.outsider)}`,
    ]) {
      const answer = await owner.client.post(`/api/v1/questions/${question.id}/answer`, { text });
      expect(answer.status).toBe(200);
    }
    expect(await mentions(people.outsider)).toEqual([]);
    expect((await mentions(people.reviewer)).map((n) => n.title)).toEqual([
      'owner person mentioned you in an answer to a question on Ship the onboarding flow',
    ]);
  });

  it('tells who the published direction mentions once a cycle, and who a comment on it mentions', async () => {
    const { owner, people } = await createOrganization(t.app, {
      owner: 'ceo',
      people: { named: 'member', commenter: 'member' },
      teams: { Leadership: { leads: ['owner'], isLeadership: true } },
    });
    const quarter = (await createCalendar(owner, 2033)).quarter;
    const path = `/api/v1/cycles/${quarter.id}/direction`;
    await owner.client.put(path, { markdown: `# Grow\n\n${mention(people.named)} leads the mid-market.` });
    // A draft is leadership's alone: saving it tells nobody.
    expect(await mentions(people.named)).toEqual([]);
    expect((await owner.client.post(`${path}/publish`)).status).toBe(201);
    await owner.client.put(path, {
      markdown: `# Grow\n\n${mention(people.named)} leads the mid-market, now.`,
    });
    expect((await owner.client.post(`${path}/publish`)).status).toBe(201);
    const named = await mentions(people.named);
    expect(named.map((n) => [n.title, n.cycleId])).toEqual([
      ['ceo person mentioned you in the direction', quarter.id],
    ]);

    const commented = await people.commenter.client.post(`${path}/comments`, {
      text: `${mention(owner)} does this include the public sector?`,
    });
    expect(commented.status).toBe(201);
    expect((await mentions(owner)).map((n) => n.title)).toEqual([
      'commenter person mentioned you in a comment on the direction',
    ]);
  });
});
