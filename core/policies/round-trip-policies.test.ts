import { describe, expect, it } from 'vitest';
import type { Role } from '../organization/roles.js';
import { can, decide } from './decide.js';
import type { Decision } from './refusal.js';

const roles: readonly Role[] = ['owner', 'admin', 'member', 'viewer'];
const writers: readonly Role[] = ['owner', 'admin', 'member'];

const outcome = (decision: Decision) => (decision.ok ? 'ok' : decision.refusal.code);
const message = (decision: Decision) => (decision.ok ? null : decision.refusal.message);

describe('the round trip around a promise', () => {
  const sides = {
    customer: { moves: ['customer'], member: ['customer'] },
    plainMember: { moves: [], member: ['performer'] },
    outsider: { moves: [], member: [] },
  } as const;
  const question = (
    role: Role,
    side: keyof typeof sides,
    extra: Partial<Record<'isAsker' | 'isAnswered' | 'isResolved', boolean>>,
  ) =>
    ({
      role,
      sides: sides[side],
      status: 'draft',
      draftedBy: 'customer',
      allowedMoves: [],
      cycle: { name: 'FY2027-Q1', state: 'planning' },
      isAsker: false,
      isAnswered: false,
      isResolved: false,
      ...extra,
    }) as const;

  it('lets anyone on a side answer an open question, and not an outsider', () => {
    for (const role of writers) {
      expect(outcome(decide('question', 'answer', question(role, 'plainMember', {})))).toBe('ok');
      expect(outcome(decide('question', 'answer', question(role, 'outsider', { isAsker: true })))).toBe(
        'not-permitted',
      );
      expect(outcome(decide('question', 'answer', question(role, 'customer', { isResolved: true })))).toBe(
        'not-now',
      );
    }
    expect(outcome(decide('question', 'answer', question('viewer', 'customer', {})))).toBe('read-only');
  });

  it('lets the asker withdraw their question, and the sides resolve it once answered', () => {
    expect(outcome(decide('question', 'resolve', question('member', 'outsider', { isAsker: true })))).toBe(
      'ok',
    );
    expect(outcome(decide('question', 'resolve', question('member', 'outsider', { isAnswered: true })))).toBe(
      'not-permitted',
    );
    expect(outcome(decide('question', 'resolve', question('member', 'customer', { isAnswered: true })))).toBe(
      'ok',
    );
    const unanswered = decide('question', 'resolve', question('member', 'customer', {}));
    expect(outcome(unanswered)).toBe('incomplete');
    expect(message(unanswered)).toBe('Answer the question before resolving it');
    expect(
      outcome(
        decide('question', 'resolve', question('member', 'customer', { isAnswered: true, isResolved: true })),
      ),
    ).toBe('not-now');
  });

  it('lets only the reviewer asked mark a review done, once', () => {
    for (const role of roles) {
      for (const isReviewer of [true, false]) {
        for (const isDone of [true, false]) {
          const expected =
            role === 'viewer' ? 'read-only' : !isReviewer ? 'not-permitted' : isDone ? 'not-now' : 'ok';
          expect(outcome(decide('reviewRequest', 'complete', { role, isReviewer, isDone }))).toBe(expected);
        }
      }
    }
  });

  it('lets who speaks for either promise link or unlink them', () => {
    for (const role of roles) {
      for (const speaksForEither of [true, false]) {
        const expected = role === 'viewer' ? 'read-only' : speaksForEither ? 'ok' : 'not-permitted';
        expect(can('contribution', { role, speaksForEither })).toEqual({
          create: expected === 'ok',
          remove: expected === 'ok',
        });
        expect(outcome(decide('contribution', 'remove', { role, speaksForEither }))).toBe(expected);
      }
    }
  });

  it('lets only a side of the dependent promise remove a dependency, and no viewer', () => {
    expect(
      outcome(
        decide('dependency', 'remove', {
          role: 'member',
          answersForSupplier: false,
          speaksForDependent: true,
          state: 'acknowledged',
        }),
      ),
    ).toBe('ok');
    const bySupplier = decide('dependency', 'remove', {
      role: 'member',
      answersForSupplier: true,
      state: 'proposed',
    });
    expect(bySupplier.ok ? 'ok' : bySupplier.refusal.message).toBe(
      'Only the customer or performer of the promise that depends can remove this dependency',
    );
    expect(
      outcome(
        decide('dependency', 'remove', {
          role: 'viewer',
          answersForSupplier: false,
          speaksForDependent: true,
          state: 'proposed',
        }),
      ),
    ).not.toBe('ok');
  });

  it('lets only the supplier answer a dependency, while it is proposed', () => {
    for (const role of roles) {
      for (const answersForSupplier of [true, false]) {
        for (const state of ['proposed', 'acknowledged', 'declined'] as const) {
          const expected =
            role === 'viewer'
              ? 'read-only'
              : !answersForSupplier
                ? 'not-permitted'
                : state === 'proposed'
                  ? 'ok'
                  : 'not-now';
          expect(outcome(decide('dependency', 'answer', { role, answersForSupplier, state }))).toBe(expected);
        }
      }
    }
    expect(
      message(
        decide('dependency', 'answer', { role: 'member', answersForSupplier: true, state: 'declined' }),
      ),
    ).toBe('The dependency was already declined');
  });
});
