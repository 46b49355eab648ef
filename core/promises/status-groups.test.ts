import { describe, expect, it } from 'vitest';
import { examplePromises } from './examples.js';
import { STATUSES, type Status } from './state.js';
import {
  AGREED_STATUSES,
  ENDED_STATUSES,
  FINAL_STATUSES,
  isAgreed,
  isEnded,
  isFinal,
  isLive,
  isProposed,
  isStillSettling,
  isUnsettled,
  LIVE_STATUSES,
  MAY_RETROSPECT_STATUSES,
  mayRetrospect,
  NEVER_PROMISED_STATUSES,
  PROPOSED_STATUSES,
  UNSETTLED_STATUSES,
  wasNeverPromised,
} from './status-groups.js';

const groups = {
  unsettled: isUnsettled,
  proposed: isProposed,
  agreed: isAgreed,
  ended: isEnded,
  final: isFinal,
  live: isLive,
  mayRetrospect,
  neverPromised: wasNeverPromised,
} as const;

type Group = keyof typeof groups;
const groupNames = Object.keys(groups).filter((name): name is Group => name in groups);

/** The answer of every group for every status, written out by hand from DESIGN.md. */
const expected: Record<Status, readonly Group[]> = {
  draft: ['unsettled', 'neverPromised'],
  requested: ['unsettled', 'proposed', 'live', 'neverPromised'],
  offered: ['unsettled', 'proposed', 'live', 'neverPromised'],
  countered: ['unsettled', 'proposed', 'live', 'neverPromised'],
  promised: ['agreed', 'live'],
  reported: ['agreed', 'live', 'mayRetrospect'],
  satisfied: ['agreed', 'final', 'live', 'mayRetrospect'],
  declined: ['ended', 'final', 'mayRetrospect', 'neverPromised'],
  withdrawn: ['ended', 'final', 'mayRetrospect'],
  revoked: ['ended', 'final', 'mayRetrospect'],
  ended: ['ended', 'final', 'mayRetrospect'],
  discarded: ['ended', 'final', 'mayRetrospect', 'neverPromised'],
};

const without = (all: readonly Status[], left: readonly Status[]) => all.filter((s) => !left.includes(s));

describe('named status groups', () => {
  it.each(STATUSES)('places %s in exactly the groups DESIGN.md gives it', (status) => {
    const memberOf = groupNames.filter((group) => groups[group](status));
    expect(memberOf).toEqual(expected[status]);
  });

  it('lists each group in the protocol’s order of statuses, so screens show them in that order', () => {
    for (const group of [
      UNSETTLED_STATUSES,
      PROPOSED_STATUSES,
      AGREED_STATUSES,
      ENDED_STATUSES,
      FINAL_STATUSES,
      LIVE_STATUSES,
      MAY_RETROSPECT_STATUSES,
      NEVER_PROMISED_STATUSES,
    ]) {
      const members: readonly Status[] = group;
      expect(members).toEqual(STATUSES.filter((status) => members.includes(status)));
    }
  });

  it('splits every status into unsettled, agreed or ended, with no overlap', () => {
    const all = [...UNSETTLED_STATUSES, ...AGREED_STATUSES, ...ENDED_STATUSES];
    expect([...all].sort()).toEqual([...STATUSES].sort());
  });

  it('relates the groups as the protocol does', () => {
    // Unsettled is a draft or a proposal; live is a proposal or an agreement.
    expect(UNSETTLED_STATUSES).toEqual(['draft', ...PROPOSED_STATUSES]);
    expect([...LIVE_STATUSES].sort()).toEqual([...PROPOSED_STATUSES, ...AGREED_STATUSES].sort());
    // Final is ended, or satisfied; a retrospective comes once final, or reported.
    expect([...FINAL_STATUSES].sort()).toEqual([...ENDED_STATUSES, 'satisfied'].sort());
    expect([...MAY_RETROSPECT_STATUSES].sort()).toEqual(['reported', ...FINAL_STATUSES].sort());
    // Live is neither a draft nor ended.
    expect(LIVE_STATUSES).toEqual(without(STATUSES, ['draft', ...ENDED_STATUSES]));
  });

  it('knows a promise was never made only while unsettled or once declined', () => {
    expect(wasNeverPromised('countered')).toBe(true);
    expect(wasNeverPromised('declined')).toBe(true);
    // Withdrawn or revoked after being kept for a while: its check-ins are worth showing.
    expect(wasNeverPromised('withdrawn')).toBe(false);
    expect(wasNeverPromised('promised')).toBe(false);
  });
});

describe('whether a promise is still settling', () => {
  it('is true in Q1 Listen and Q2 Negotiate', () => {
    expect(isStillSettling(examplePromises.draftByCustomer)).toBe(true);
    expect(isStillSettling(examplePromises.requested)).toBe(true);
    expect(isStillSettling(examplePromises.counteredBack)).toBe(true);
  });

  it('flips back to true when a kept promise is being renegotiated', () => {
    expect(isStillSettling(examplePromises.promised)).toBe(false);
    expect(isStillSettling(examplePromises.renegotiationByPerformer)).toBe(true);
    expect(isStillSettling(examplePromises.renegotiationCountered)).toBe(true);
  });

  it('is false once the promise is reported, closed or ended', () => {
    for (const state of [
      examplePromises.reported,
      examplePromises.satisfied,
      examplePromises.declined,
      examplePromises.withdrawn,
      examplePromises.revoked,
    ]) {
      expect(isStillSettling(state)).toBe(false);
    }
  });
});
