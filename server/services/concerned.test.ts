import { describe, expect, it } from 'vitest';
import type { Notification } from '../../contract/notifications.js';
import { testEngines, useTestServices } from '../test/harness.js';
import { teamParty } from '../test/promise-shapes.js';
import {
  createCalendar,
  createOrganization,
  customerAndPerformer,
  keptPromise,
  openPromise,
  promiseIn,
} from '../test/service-factories.js';
import type { MemberActor } from './authorization.js';
import { answerCheckIn } from './check-ins.js';
import { listNotifications } from './notifications.js';
import { makeMove } from './promises/make-move.js';
import { getPromise } from './promises/read-promise.js';

describe.each(testEngines())('who hears of each move and check-in on %s', (engine) => {
  const s = useTestServices(engine);

  const bell = async (person: MemberActor) =>
    (await listNotifications(s.ctx, person, { limit: 50, offset: 0 })).notifications.map(
      (n): [Notification['kind'], string] => [n.kind, n.title],
    );

  /** Each situation is reached by real moves; its last move was made by `by`, and the other side hears it. */
  const lastMoves = [
    {
      situation: 'requested',
      by: 'customer',
      kind: 'ask-received',
      title: 'Asked of you: Ship the onboarding flow',
    },
    {
      situation: 'offered',
      by: 'performer',
      kind: 'offer-received',
      title: 'Offered to you: Ship the onboarding flow',
    },
    {
      situation: 'countered',
      by: 'performer',
      kind: 'counter-received',
      title: 'Counter-proposal on Ship the onboarding flow',
    },
    {
      situation: 'promised',
      by: 'performer',
      kind: 'promise-agreed',
      title: 'Promised: Ship the onboarding flow',
    },
    {
      situation: 'renegotiating',
      by: 'performer',
      kind: 'renegotiation-proposed',
      title: 'Renegotiation proposed: Ship the onboarding flow',
    },
    {
      situation: 'reported',
      by: 'performer',
      kind: 'completion-reported',
      title: 'Reported complete, awaiting your assessment: Ship the onboarding flow',
    },
    {
      situation: 'satisfied',
      by: 'customer',
      kind: 'promise-assessed',
      title: 'Satisfied: Ship the onboarding flow',
    },
    {
      situation: 'declined',
      by: 'performer',
      kind: 'promise-declined',
      title: 'Declined: Ship the onboarding flow: We are full',
    },
    {
      situation: 'withdrawn',
      by: 'customer',
      kind: 'promise-ended',
      title: 'Withdrawn: Ship the onboarding flow: No longer needed',
    },
    {
      situation: 'revoked',
      by: 'performer',
      kind: 'promise-ended',
      title: 'Revoked: Ship the onboarding flow: The team was split',
    },
  ] as const;

  it.each(lastMoves)('$situation: the $by’s move is told to the other side, not to its maker', async (c) => {
    const { customer, performer, cycle } = await customerAndPerformer(s.ctx);
    await promiseIn(s.ctx, c.situation, { customer, performer, cycle });
    const [maker, other] = c.by === 'customer' ? [customer, performer] : [performer, customer];
    expect(await bell(other)).toContainEqual([c.kind, c.title]);
    expect((await bell(maker)).map(([, title]) => title)).not.toContain(c.title);
  });

  it('tells of an accepted offer and a dissatisfied customer, and of no discarded draft', async () => {
    const { customer, performer, cycle } = await customerAndPerformer(s.ctx);
    const offered = await promiseIn(s.ctx, 'offered', { customer, performer, cycle });
    await makeMove(s.ctx, customer, offered.id, { act: 'accept-offer', version: offered.version });
    expect(await bell(performer)).toContainEqual([
      'promise-agreed',
      'Offer accepted: Ship the onboarding flow',
    ]);

    const reported = await promiseIn(s.ctx, 'reported', {
      customer,
      performer,
      cycle,
      body: { title: 'Close the books' },
    });
    await makeMove(s.ctx, customer, reported.id, {
      act: 'declare-dissatisfied',
      version: reported.version,
      reason: { text: 'Two ledgers are open' },
    });
    expect(await bell(performer)).toContainEqual([
      'promise-assessed',
      'Not satisfied, back to work: Close the books: Two ledgers are open',
    ]);

    const before = (await bell(performer)).length;
    const draft = await promiseIn(s.ctx, 'draft', { customer, performer, cycle, body: { title: 'Private' } });
    await makeMove(s.ctx, customer, draft.id, { act: 'discard', version: draft.version });
    expect(await bell(performer)).toHaveLength(before);
    expect((await bell(customer)).some(([, title]) => title.includes('Private'))).toBe(false);
  });

  it('tells a team through its leads, but not the lead who moved nor their co-lead', async () => {
    const { owner, people, teams } = await createOrganization(s.ctx, {
      people: { lead: 'member', colead: 'member', engineer: 'member' },
      teams: { Platform: { leads: ['lead', 'colead'], members: ['engineer'] } },
    });
    const { quarter } = await createCalendar(s.ctx, owner);
    const asked = await openPromise(s.ctx, owner, {
      cycleId: quarter.id,
      customer: { type: 'person', id: owner.personId },
      performers: [teamParty(teams.Platform.id)],
      title: 'Cut checkout time',
      dueDate: quarter.endDate,
      open: 'request',
    });
    // The ask reaches every lead of the performing team, and no plain member.
    expect(await bell(people.lead)).toContainEqual(['ask-received', 'Asked of you: Cut checkout time']);
    expect(await bell(people.colead)).toContainEqual(['ask-received', 'Asked of you: Cut checkout time']);
    expect(await bell(people.engineer)).toEqual([]);
    expect(await bell(owner)).toEqual([]);

    await makeMove(s.ctx, people.lead, asked.id, { act: 'promise', version: asked.version });
    expect(await bell(owner)).toEqual([['promise-agreed', 'Promised: Cut checkout time']]);
    expect((await bell(people.colead)).map(([kind]) => kind)).toEqual(['ask-received']);
    expect((await bell(people.lead)).map(([kind]) => kind)).toEqual(['ask-received']);
    const promised = await getPromise(s.ctx, owner, asked.id);
    expect(promised.status).toBe('promised');
  });

  it('marks an at-risk check-in as such for the customer, and tells the performer of the answer', async () => {
    const { customer, performer, cycle } = await customerAndPerformer(s.ctx);
    const { checkIns } = await keptPromise(s.ctx, {
      customer,
      performer,
      cycle,
      checkIns: [{ status: 'on-track' }, { status: 'off-track', note: 'The vendor is late' }],
    });
    expect(await bell(customer)).toEqual(
      expect.arrayContaining([
        ['check-in-posted', 'Check-in on Grow signups cheaply: on track'],
        ['check-in-posted', 'Off track: check-in on Grow signups cheaply'],
      ]),
    );
    expect((await bell(performer)).filter(([kind]) => kind === 'check-in-posted')).toEqual([]);

    await answerCheckIn(s.ctx, customer, checkIns[1]!.id, { kind: 'offer-help', text: 'I can call them' });
    expect(await bell(performer)).toContainEqual([
      'check-in-answered',
      'customer person offers help with Grow signups cheaply: I can call them',
    ]);
    expect((await bell(customer)).filter(([kind]) => kind === 'check-in-answered')).toEqual([]);
  });
});
