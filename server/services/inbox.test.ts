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
});
