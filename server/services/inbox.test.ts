import { describe, expect, it } from 'vitest';
import type { Inbox } from '../../contract/inbox.js';
import { testEngines, useTestServices } from '../test/harness.js';
import { type Situation, teamParty } from '../test/promise-shapes.js';
import {
  createCalendar,
  createOrganization,
  customerAndPerformer,
  keptPromise,
  promiseIn,
} from '../test/service-factories.js';
import { answerCheckIn, createCheckIn } from './check-ins.js';
import { askQuestion, requestReview } from './draft-reviews.js';
import { getInbox } from './inbox.js';

const kindsFor = (inbox: Inbox['awaitingMe'], promiseId: string) =>
  inbox.filter((item) => item.promise.id === promiseId).map((item) => item.kind);

describe.each(testEngines())('the inbox on %s', (engine) => {
  const s = useTestServices(engine);

  /** Whose inbox each open conversation lands in, and what it asks of them. */
  const awaits: Array<[Situation, 'customer' | 'performer', string]> = [
    ['requested', 'performer', 'request'],
    ['offered', 'customer', 'offer'],
    ['countered', 'customer', 'counter'],
    ['renegotiating', 'customer', 'renegotiation'],
    ['reported', 'customer', 'completion'],
  ];

  it.each(awaits)(
    'puts a promise %s in the inbox of its %s as a %s, and in the other side’s wait list',
    async (situation, side, kind) => {
      const sides = await customerAndPerformer(s.ctx);
      const promise = await promiseIn(s.ctx, situation, sides);
      const other = side === 'customer' ? 'performer' : 'customer';
      const awaited = await getInbox(s.ctx, sides[side]);
      expect(kindsFor(awaited.awaitingMe, promise.id)).toEqual([kind]);
      expect(awaited.awaitingMe.find((i) => i.promise.id === promise.id)?.acts).not.toContain('comment');
      const waiting = await getInbox(s.ctx, sides[other]);
      expect(kindsFor(waiting.awaitingMe, promise.id)).toEqual([]);
      expect(kindsFor(waiting.waitingOnOthers, promise.id)).toEqual([kind]);
    },
  );

  it.each(['satisfied', 'declined', 'withdrawn', 'revoked'] as const)(
    'leaves a %s promise out of both inboxes',
    async (situation) => {
      const sides = await customerAndPerformer(s.ctx);
      const promise = await promiseIn(s.ctx, situation, sides);
      for (const person of [sides.customer, sides.performer]) {
        const inbox = await getInbox(s.ctx, person);
        expect([...inbox.awaitingMe, ...inbox.waitingOnOthers].map((i) => i.promise.id)).not.toContain(
          promise.id,
        );
      }
    },
  );

  it('asks the customer to read a check-in, and the performer for the next one once it is overdue', async () => {
    s.clock.set('2027-01-04T09:00:00Z');
    const sides = await customerAndPerformer(s.ctx);
    const { promise } = await keptPromise(s.ctx, {
      ...sides,
      checkIns: [{ confidence: 6, status: 'at-risk' }],
    });
    expect(kindsFor((await getInbox(s.ctx, sides.customer)).awaitingMe, promise.id)).toEqual(['check-in']);
    expect(kindsFor((await getInbox(s.ctx, sides.performer)).awaitingMe, promise.id)).toEqual([]);
    s.clock.advance({ days: 8 });
    expect(kindsFor((await getInbox(s.ctx, sides.performer)).awaitingMe, promise.id)).toEqual(['stale']);
  });

  it('answers for the latest check-in only, whatever the answers to the earlier ones', async () => {
    s.clock.set('2027-01-04T09:00:00Z');
    const sides = await customerAndPerformer(s.ctx);
    const {
      promise,
      checkIns: [first],
    } = await keptPromise(s.ctx, {
      ...sides,
      checkIns: [{ confidence: 7, status: 'on-track' }],
    });
    await answerCheckIn(s.ctx, sides.customer, first!.id, { kind: 'acknowledge', text: 'seen' });
    expect(kindsFor((await getInbox(s.ctx, sides.performer)).awaitingMe, promise.id)).toEqual([
      'check-in-answer',
    ]);
    s.clock.advance({ days: 1 });
    const latest = await createCheckIn(s.ctx, sides.performer, promise.id, {
      values: [],
      confidence: 5,
      status: 'at-risk',
      note: 'slipping',
      blockers: '',
    });
    // The earlier check-in's answer no longer speaks for the promise: the latest awaits the customer.
    expect(kindsFor((await getInbox(s.ctx, sides.customer)).awaitingMe, promise.id)).toEqual(['check-in']);
    expect(kindsFor((await getInbox(s.ctx, sides.performer)).awaitingMe, promise.id)).toEqual([]);
    s.clock.advance({ hours: 1 });
    await answerCheckIn(s.ctx, sides.customer, latest.id, { kind: 'offer-help', text: 'how can I help' });
    const answered = (await getInbox(s.ctx, sides.performer)).awaitingMe.filter(
      (item) => item.promise.id === promise.id,
    );
    expect(answered.map((item) => [item.kind, item.since.slice(0, 16)])).toEqual([
      ['check-in-answer', '2027-01-05T10:00'],
    ]);
    expect(kindsFor((await getInbox(s.ctx, sides.customer)).awaitingMe, promise.id)).toEqual([]);
  });

  it('reminds a team lead of the drafts it owes, near the milestone and once it is missed', async () => {
    // FY2031-Q1 begins 2031-01-01: drafts are due two weeks before, on 2030-12-18.
    s.clock.set('2030-11-01T09:00:00Z');
    const { owner, people, teams } = await createOrganization(s.ctx, {
      people: { lead: 'member' },
      teams: { Platform: { leads: ['lead'] } },
    });
    const { quarter } = await createCalendar(s.ctx, owner, 2031);
    const owed = async () =>
      (await getInbox(s.ctx, people.lead)).milestones
        .filter((m) => m.key === 'drafts')
        .map((m) => [m.cycle.name, m.due, m.status, m.team?.name]);
    expect(await owed()).toEqual([]);
    s.clock.set('2030-12-16T09:00:00Z');
    expect(await owed()).toEqual([
      ['FY2031', '2030-12-18', 'due-soon', 'Platform'],
      ['FY2031-Q1', '2030-12-18', 'due-soon', 'Platform'],
    ]);
    s.clock.set('2030-12-19T09:00:00Z');
    expect(await owed()).toEqual([
      ['FY2031', '2030-12-18', 'missed', 'Platform'],
      ['FY2031-Q1', '2030-12-18', 'missed', 'Platform'],
    ]);
    // A draft by the team, late as it is, settles what it owes for that cycle.
    await promiseIn(s.ctx, 'draft', {
      customer: owner,
      performer: people.lead,
      cycle: quarter,
      body: { performers: [teamParty(teams.Platform.id)], draftedBy: 'performer' },
    });
    expect(await owed()).toEqual([['FY2031', '2030-12-18', 'missed', 'Platform']]);
  });

  /** Product (led by a lead, with a plain member) is asked by the owner for a promise. */
  async function askOfATeam() {
    const { owner, people, teams } = await createOrganization(s.ctx, {
      people: { lead: 'member', member: 'member', designer: 'member' },
      teams: { Product: { leads: ['lead'], members: ['member'] }, Design: { leads: ['designer'] } },
    });
    const { quarter } = await createCalendar(s.ctx, owner, 2031);
    const ask = await promiseIn(s.ctx, 'requested', {
      customer: owner,
      performer: people.lead,
      cycle: quarter,
      body: { title: 'Self-serve onboarding', performers: [teamParty(teams.Product.id)] },
    });
    return { owner, ...people, teams, cycle: quarter, ask };
  }

  it('shows a team member what awaits the team’s leads as the team’s, not as theirs', async () => {
    const { owner, lead, member, ask } = await askOfATeam();
    const forMember = await getInbox(s.ctx, member);
    expect(kindsFor(forMember.myTeam, ask.id)).toEqual(['request']);
    expect(kindsFor(forMember.awaitingMe, ask.id)).toEqual([]);
    expect(forMember.totals.myTeam).toBe(1);
    const forLead = await getInbox(s.ctx, lead);
    expect(kindsFor(forLead.awaitingMe, ask.id)).toEqual(['request']);
    expect(forLead.myTeam).toEqual([]);
    expect(kindsFor((await getInbox(s.ctx, owner)).waitingOnOthers, ask.id)).toEqual(['request']);
  });

  it('asks a reviewer for their review, once per promise, until it is done', async () => {
    const { lead, designer, teams, ask } = await askOfATeam();
    await requestReview(s.ctx, lead, ask.id, { reviewer: teamParty(teams.Design.id), role: 'peer' });
    const shared = await requestReview(s.ctx, lead, ask.id, {
      reviewer: { type: 'person', id: designer.personId },
      role: 'consumer',
    });
    const items = (await getInbox(s.ctx, designer)).awaitingMe.filter((i) => i.kind === 'review');
    expect(items.map((i) => [i.promise.id, i.promise.title])).toEqual([[ask.id, 'Self-serve onboarding']]);
    expect(items[0]?.review?.id).toBe(shared.requests[0]?.id);
    expect(items[0]?.key).toBe(`review:${ask.id}`);
  });

  it('asks the sides of a promise to answer a reviewer’s open questions, in one item', async () => {
    const { lead, member, designer, teams, ask } = await askOfATeam();
    await requestReview(s.ctx, lead, ask.id, { reviewer: teamParty(teams.Design.id), role: 'peer' });
    await askQuestion(s.ctx, designer, ask.id, 'Who supports customers?');
    await askQuestion(s.ctx, designer, ask.id, 'And in which languages?');
    for (const person of [lead, member]) {
      const questions = (await getInbox(s.ctx, person)).awaitingMe.filter((i) => i.kind === 'question');
      expect(questions.map((i) => [i.promise.id, i.question?.text, i.question?.count])).toEqual([
        [ask.id, 'Who supports customers?', 2],
      ]);
    }
    // The asker waits for the answer; it is not theirs to give.
    expect(kindsFor((await getInbox(s.ctx, designer)).awaitingMe, ask.id)).toEqual(['review']);
  });

  it('orders a section by age or by due date, as asked', async () => {
    s.clock.set('2030-11-01T09:00:00Z');
    const { owner, people } = await createOrganization(s.ctx, { people: { performer: 'member' } });
    const { quarter } = await createCalendar(s.ctx, owner, 2031);
    const ask = async (title: string, dueDate: string) => {
      const promise = await promiseIn(s.ctx, 'requested', {
        customer: owner,
        performer: people.performer,
        cycle: quarter,
        body: { title, dueDate },
      });
      s.clock.advance({ days: 1 });
      return promise;
    };
    const late = await ask('Asked first, due last', '2031-03-31');
    const soon = await ask('Asked second, due first', '2031-02-01');
    const titles = async (sort: 'age' | 'due') =>
      (await getInbox(s.ctx, people.performer, 50, sort)).awaitingMe.map((i) => [i.promise.title, i.due]);
    expect(await titles('age')).toEqual([
      [late.title, '2031-03-31'],
      [soon.title, '2031-02-01'],
    ]);
    expect(await titles('due')).toEqual([
      [soon.title, '2031-02-01'],
      [late.title, '2031-03-31'],
    ]);
  });
});
