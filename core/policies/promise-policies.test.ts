import { describe, expect, it } from 'vitest';
import type { Role } from '../organization/roles.js';
import { type ExampleName, examplePromises } from '../promises/examples.js';
import type { Side } from '../promises/move.js';
import type { Participation } from '../promises/participation.js';
import { type PromiseState, STATUSES, type Status } from '../promises/state.js';
import { can, decide } from './decide.js';
import { isUnfinished, promiseFacts } from './promise-facts.js';
import type { ActionOf } from './table.js';

const roles: readonly Role[] = ['owner', 'admin', 'member', 'viewer'];
const active = { name: 'FY2027-Q1', state: 'active' } as const;
const closed = { name: 'FY2027-Q1', state: 'closed' } as const;

/** How a viewer can take part in a promise: which sides they lead (move for) and belong to. */
const profiles = {
  customerLead: { moves: ['customer'], member: ['customer'] },
  customerMember: { moves: [], member: ['customer'] },
  performerLead: { moves: ['performer'], member: ['performer'] },
  performerMember: { moves: [], member: ['performer'] },
  leadOfBoth: { moves: ['customer', 'performer'], member: ['customer', 'performer'] },
  outsider: { moves: [], member: [] },
} as const satisfies Record<string, Pick<Participation, 'moves' | 'member'>>;

type Profile = keyof typeof profiles;
const allProfiles = Object.keys(profiles) as Profile[];
const leads: readonly Profile[] = ['customerLead', 'performerLead', 'leadOfBoth'];
const onASide: readonly Profile[] = allProfiles.filter((p) => p !== 'outsider');
const allStatuses: readonly Status[] = STATUSES;
const leadOf = (side: Side): Profile[] =>
  side === 'customer' ? ['customerLead', 'leadOfBoth'] : ['performerLead', 'leadOfBoth'];

/**
 * Who may do each action (besides being more than a viewer), and in which states. This is the
 * behaviour the server had when each check sat inline in its service; the table must keep it.
 */
const expected: Record<
  ActionOf<'promise'>,
  { whom: string; who: (state: PromiseState) => readonly Profile[]; STATUSES: readonly Status[] }
> = {
  checkIn: {
    whom: 'anyone on the performing side',
    who: () => ['performerLead', 'performerMember', 'leadOfBoth'],
    STATUSES: ['promised'],
  },
  answerCheckIn: {
    whom: 'anyone on the customer side',
    who: () => ['customerLead', 'customerMember', 'leadOfBoth'],
    STATUSES: allStatuses,
  },
  assess: { whom: 'who speaks for the customer', who: () => leadOf('customer'), STATUSES: ['reported'] },
  writeRetrospective: {
    whom: 'anyone on either side',
    who: () => onASide,
    STATUSES: ['reported', 'satisfied', 'declined', 'withdrawn', 'revoked'],
  },
  requestReview: {
    whom: 'who speaks for a side',
    who: () => leads,
    STATUSES: ['draft', 'requested', 'offered', 'countered'],
  },
  askQuestion: { whom: 'anyone who sees it', who: () => allProfiles, STATUSES: allStatuses },
  size: { whom: 'who speaks for the performer', who: () => leadOf('performer'), STATUSES: allStatuses },
  editDraft: {
    whom: 'who speaks for the drafting side',
    who: (state) => leadOf(state.draftedBy),
    STATUSES: ['draft'],
  },
  contribute: { whom: 'who speaks for a side', who: () => leads, STATUSES: allStatuses },
  dependOn: { whom: 'who speaks for a side', who: () => leads, STATUSES: allStatuses },
};

const examples = Object.entries(examplePromises) as Array<[ExampleName, PromiseState]>;

describe('promise policies: every action × role × side × state', () => {
  for (const [action, rule] of Object.entries(expected) as Array<
    [ActionOf<'promise'>, (typeof expected)[ActionOf<'promise'>]]
  >) {
    it(`${action}: allowed exactly to ${rule.whom} in ${rule.STATUSES.length === allStatuses.length ? 'any state' : rule.STATUSES.join(', ')}`, () => {
      for (const role of roles) {
        for (const profile of allProfiles) {
          for (const [name, state] of examples) {
            const decision = decide('promise', action, promiseFacts(role, profiles[profile], state, active));
            const isTheirs = rule.who(state).includes(profile);
            const isTime = rule.STATUSES.includes(state.status);
            const where = `${role} ${profile} on ${name}`;
            if (role !== 'viewer' && isTheirs && isTime) {
              expect(decision, where).toEqual({ ok: true });
              continue;
            }
            // The most fundamental obstacle first: the role, then who, then when.
            const code = role === 'viewer' ? 'read-only' : !isTheirs ? 'not-permitted' : 'not-now';
            expect(decision.ok ? null : decision.refusal.code, where).toBe(code);
          }
        }
      }
    });
  }

  it('gives the same answer in can as in decide, for each action', () => {
    for (const [, state] of examples) {
      for (const profile of allProfiles) {
        const facts = promiseFacts('member', profiles[profile], state, active);
        const answers = can('promise', facts);
        expect(Object.keys(answers).sort()).toEqual(Object.keys(expected).sort());
        for (const [action, allowed] of Object.entries(answers)) {
          expect(allowed).toBe(decide('promise', action as ActionOf<'promise'>, facts).ok);
        }
      }
    }
  });
});

describe('what a refused person reads', () => {
  const member = (profile: Profile, state: PromiseState) =>
    promiseFacts('member', profiles[profile], state, active);
  const refusal = (decision: ReturnType<typeof decide>) => (decision.ok ? null : decision.refusal.message);

  it('tells a viewer they only read', () => {
    const facts = promiseFacts('viewer', profiles.performerLead, examplePromises.promised, active);
    expect(refusal(decide('promise', 'checkIn', facts))).toBe('Viewers can read but not change anything');
  });

  it('tells a customer that checking in is the performer’s', () => {
    expect(refusal(decide('promise', 'checkIn', member('customerLead', examplePromises.promised)))).toBe(
      'Only the performer of a promise checks in on it',
    );
  });

  it('tells the performer why nothing is recorded on a promise not being kept', () => {
    expect(refusal(decide('promise', 'checkIn', member('performerMember', examplePromises.reported)))).toBe(
      'A check-in is for a promise being kept (Q3 Execute); this one is reported, so nothing was recorded',
    );
  });

  it('names the drafting side when someone else edits a draft', () => {
    expect(
      refusal(decide('promise', 'editDraft', member('customerLead', examplePromises.draftByPerformer))),
    ).toBe('Only the performer, who drafts this promise, can edit it');
  });

  it('says how terms change once a promise is opened', () => {
    expect(refusal(decide('promise', 'editDraft', member('customerLead', examplePromises.requested)))).toBe(
      'Cannot revise the terms of a requested promise: only drafts are edited directly; once opened, terms change by counter or renegotiate.',
    );
  });

  it('lets a plain member of the performing team check in, but not size or review', () => {
    const facts = member('performerMember', examplePromises.promised);
    expect(can('promise', facts)).toMatchObject({ checkIn: true, size: false, requestReview: false });
  });
});

describe('a promise in a closed cycle', () => {
  const inClosed = (profile: Profile, state: PromiseState) =>
    promiseFacts('member', profiles[profile], state, closed);

  it('offers no move but comment, and end to a side of an unfinished promise, whatever the state', () => {
    for (const [name, state] of examples) {
      for (const profile of allProfiles) {
        const open = promiseFacts('member', profiles[profile], state, active).allowedMoves;
        const moves = inClosed(profile, state).allowedMoves;
        const ends = isUnfinished(state.status) && profiles[profile].moves.length > 0 ? ['end'] : [];
        expect(moves, `${profile} on ${name}`).toEqual([...ends, ...open.filter((act) => act === 'comment')]);
      }
    }
    expect(inClosed('performerLead', examplePromises.promised).allowedMoves).toEqual(['end', 'comment']);
    expect(inClosed('performerLead', examplePromises.satisfied).allowedMoves).toEqual(['comment']);
    expect(
      promiseFacts('member', profiles.performerLead, examplePromises.promised, active).allowedMoves,
    ).toEqual(expect.arrayContaining(['report-complete', 'renegotiate']));
  });

  it('refuses check-ins, assessment and new links, saying the cycle is closed; questions stay open', () => {
    const performer = inClosed('leadOfBoth', examplePromises.promised);
    expect(can('promise', performer)).toMatchObject({
      checkIn: false,
      contribute: false,
      dependOn: false,
      askQuestion: true,
      answerCheckIn: true,
    });
    expect(can('promise', inClosed('customerLead', examplePromises.reported)).assess).toBe(false);
    const decision = decide('promise', 'checkIn', performer);
    expect(decision).toEqual({
      ok: false,
      refusal: {
        code: 'not-now',
        message:
          'FY2027-Q1 is closed: its promises take no check-in. Carry unfinished work into the next cycle instead.',
      },
    });
  });
});

describe('links of a closed cycle’s promises', () => {
  const closedQuarter = { name: 'FY2027-Q1', state: 'closed' as const };
  const runningQuarter = { name: 'FY2027-Q2', state: 'active' as const };

  it('are neither removed nor answered once either cycle is closed, and say so', () => {
    const removing = decide('contribution', 'remove', {
      role: 'member',
      speaksForEither: true,
      cycles: [runningQuarter, closedQuarter],
    });
    expect(removing).toMatchObject({
      ok: false,
      refusal: { code: 'not-now', message: /FY2027-Q1 is closed/ },
    });
    const answering = decide('dependency', 'answer', {
      role: 'member',
      answersForSupplier: true,
      state: 'proposed',
      cycles: [closedQuarter],
    });
    expect(answering).toMatchObject({
      ok: false,
      refusal: { code: 'not-now', message: /FY2027-Q1 is closed/ },
    });
  });

  it('are removed and answered while every cycle runs', () => {
    expect(
      decide('contribution', 'remove', { role: 'member', speaksForEither: true, cycles: [runningQuarter] }),
    ).toEqual({ ok: true });
    expect(
      decide('dependency', 'answer', {
        role: 'member',
        answersForSupplier: true,
        state: 'proposed',
        cycles: [runningQuarter],
      }),
    ).toEqual({ ok: true });
  });
});
