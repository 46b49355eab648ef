import { describe, expect, it } from 'vitest';
import { applyLoggedMove, applyMove, endAtClose } from './apply-move.js';
import { type ExampleName, examplePromises, wellFormedMove } from './examples.js';
import { ACTS, type Act, PARTICIPANTS, type Participant, type Side } from './move.js';
import type { RefusalCode } from './refusal.js';
import type { Status } from './state.js';

/**
 * The protocol table of DESIGN.md, written out again by hand, state by state: which acts
 * belong to the state, and which of them each side may make, with where they lead.
 * Everything else must be refused, with the code the precedence rules give.
 */
type Outcome = readonly [status: Status, awaiting: Side | null];

interface Expected {
  /** Acts that belong to this state's rows (anything else is not-allowed-in-state). */
  readonly row: readonly Act[];
  readonly accepts: Partial<Record<Side, Partial<Record<Act, Outcome>>>>;
  /** Acts refused as proposal-pending for these sides (they belong, but must wait). */
  readonly waits?: Partial<Record<Act, readonly Side[]>>;
}

const negotiating = ['promise', 'accept-offer', 'counter', 'decline', 'withdraw'] as const;
const renegotiating = [...negotiating, 'revoke', 'renegotiate', 'report-complete'] as const;
const final: Expected = { row: [], accepts: {} };

const table: Record<ExampleName, Expected> = {
  draftByCustomer: {
    row: ['request', 'offer', 'discard'],
    accepts: { customer: { request: ['requested', 'performer'], discard: ['discarded', null] } },
  },
  draftByPerformer: {
    row: ['request', 'offer', 'discard'],
    accepts: { performer: { offer: ['offered', 'customer'], discard: ['discarded', null] } },
  },
  requested: {
    row: ['promise', 'counter', 'decline', 'withdraw'],
    accepts: {
      performer: {
        promise: ['promised', 'performer'],
        counter: ['countered', 'customer'],
        decline: ['declined', null],
      },
      customer: { withdraw: ['withdrawn', null] },
    },
  },
  offered: {
    row: ['accept-offer', 'counter', 'decline', 'withdraw'],
    accepts: {
      customer: {
        'accept-offer': ['promised', 'performer'],
        counter: ['countered', 'performer'],
        decline: ['declined', null],
      },
      performer: { withdraw: ['withdrawn', null] },
    },
  },
  counteredByPerformer: {
    row: negotiating,
    accepts: {
      customer: {
        'accept-offer': ['promised', 'performer'],
        counter: ['countered', 'performer'],
        decline: ['declined', null],
        withdraw: ['withdrawn', null],
      },
    },
  },
  counteredByCustomer: {
    row: negotiating,
    accepts: {
      performer: {
        promise: ['promised', 'performer'],
        counter: ['countered', 'customer'],
        decline: ['declined', null],
        withdraw: ['withdrawn', null],
      },
    },
  },
  counteredBack: {
    row: negotiating,
    accepts: {
      performer: {
        promise: ['promised', 'performer'],
        counter: ['countered', 'customer'],
        decline: ['declined', null],
      },
      customer: { withdraw: ['withdrawn', null] },
    },
  },
  promised: {
    row: ['renegotiate', 'report-complete', 'revoke', 'withdraw'],
    accepts: {
      customer: { renegotiate: ['promised', 'performer'], withdraw: ['withdrawn', null] },
      performer: {
        renegotiate: ['promised', 'customer'],
        'report-complete': ['reported', 'customer'],
        revoke: ['revoked', null],
      },
    },
  },
  renegotiationByCustomer: {
    row: renegotiating,
    accepts: {
      performer: {
        promise: ['promised', 'performer'],
        counter: ['promised', 'customer'],
        decline: ['promised', 'performer'],
        revoke: ['revoked', null],
      },
      customer: { withdraw: ['withdrawn', null] },
    },
    waits: { renegotiate: ['customer', 'performer'], 'report-complete': ['performer'] },
  },
  renegotiationByPerformer: {
    row: renegotiating,
    accepts: {
      customer: {
        'accept-offer': ['promised', 'performer'],
        counter: ['promised', 'performer'],
        decline: ['promised', 'performer'],
        withdraw: ['withdrawn', null],
      },
      performer: { revoke: ['revoked', null] },
    },
    waits: { renegotiate: ['customer', 'performer'], 'report-complete': ['performer'] },
  },
  renegotiationCountered: {
    row: renegotiating,
    accepts: {
      customer: {
        'accept-offer': ['promised', 'performer'],
        counter: ['promised', 'performer'],
        decline: ['promised', 'performer'],
        withdraw: ['withdrawn', null],
      },
      performer: { revoke: ['revoked', null] },
    },
    waits: { renegotiate: ['customer', 'performer'], 'report-complete': ['performer'] },
  },
  reported: {
    row: ['declare-satisfied', 'declare-dissatisfied'],
    accepts: {
      customer: {
        'declare-satisfied': ['satisfied', null],
        'declare-dissatisfied': ['promised', 'performer'],
      },
    },
  },
  declined: final,
  withdrawn: final,
  revoked: final,
  satisfied: final,
};

function expectedRefusal(name: ExampleName, act: Act, by: Participant): RefusalCode {
  const expected = table[name];
  if (expected === final) return 'final-state';
  if (!expected.row.includes(act)) return 'not-allowed-in-state';
  if (by !== 'reviewer' && expected.waits?.[act]?.includes(by)) return 'proposal-pending';
  return 'wrong-party';
}

const at = '2026-03-01T12:00:00.000Z';
const names = Object.keys(table) as ExampleName[];

describe.each(names)('a promise that is %s', (name) => {
  const state = examplePromises[name];

  it.each(PARTICIPANTS)('lets the %s comment without changing it', (by) => {
    const result = applyMove(state, wellFormedMove(state, 'comment', by, at));
    expect(result).toEqual({ ok: true, state });
  });

  const cases = ACTS.filter((act) => act !== 'comment').flatMap((act) =>
    PARTICIPANTS.map((by) => [act, by] as const),
  );

  it.each(cases)('answers %s by the %s as the protocol table says', (act, by) => {
    const result = applyMove(state, wellFormedMove(state, act, by, at));
    const outcome = by === 'reviewer' ? undefined : table[name].accepts[by]?.[act];
    if (outcome === undefined) {
      expect(result.ok ? 'accepted' : result.refusal.code).toBe(expectedRefusal(name, act, by));
      return;
    }
    if (!result.ok) throw new Error(`expected ${act} by ${by} to be accepted: ${result.refusal.message}`);
    expect([result.state.status, result.state.awaiting]).toEqual(outcome);
    expect(result.state.version).toBe(state.version + 1);
    expect(result.state.lastMove).toEqual({ act, by, at });
  });
});

describe('the protocol table in this test', () => {
  it('names every example promise', () => {
    expect(names.sort()).toEqual(Object.keys(examplePromises).sort());
  });
});

describe('ending a promise at its cycle’s close', () => {
  const at = '2027-04-02T09:00:00.000Z';
  const end = (state: (typeof examplePromises)[ExampleName], by: Participant) =>
    endAtClose(state, { act: 'end', by, at, version: state.version });

  it('ends an unfinished promise for either side, kept as the last move', () => {
    for (const by of ['customer', 'performer'] as const) {
      const result = end(examplePromises.promised, by);
      expect(result.ok && result.state).toMatchObject({
        status: 'ended',
        awaiting: null,
        proposal: null,
        version: examplePromises.promised.version + 1,
        lastMove: { act: 'end', by, at },
      });
    }
  });

  it('refuses a reviewer, a stale version and a final promise; the protocol itself has no end', () => {
    expect(end(examplePromises.promised, 'reviewer')).toMatchObject({
      ok: false,
      refusal: { code: 'wrong-party' },
    });
    expect(end(examplePromises.satisfied, 'customer')).toMatchObject({
      ok: false,
      refusal: { code: 'final-state' },
    });
    expect(
      endAtClose(examplePromises.promised, { act: 'end', by: 'customer', at, version: 1 }),
    ).toMatchObject({ ok: false, refusal: { code: 'stale-version' } });
    const promised = examplePromises.promised;
    expect(applyMove(promised, { act: 'end', by: 'customer', at, version: promised.version })).toMatchObject({
      ok: false,
      refusal: { code: 'not-allowed-in-state' },
    });
  });

  it('replays from the log like any other move', () => {
    const promised = examplePromises.promised;
    const ended = applyLoggedMove(promised, { act: 'end', by: 'performer', at, version: promised.version });
    expect(ended.ok && ended.state.status).toBe('ended');
  });
});
