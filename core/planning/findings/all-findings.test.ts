import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Horizon } from '../horizon.js';
import { findAllFindings, type PlanFacts } from './all-findings.js';
import { FINDING_CODES } from './finding.js';
import type { PromiseRoute } from './routing.js';

const year: Horizon = { key: '1y', name: '1 year', months: 12 };
const quarter: Horizon = { key: 'quarter', name: 'Quarter', months: 3 };
const q1 = { start: '2027-01-01', end: '2027-03-31' };
const team = (id: string) => ({ type: 'team' as const, id });
const person = (id: string) => ({ type: 'person' as const, id });

function route(
  id: string,
  customer: string,
  performer: string,
  status: PromiseRoute['status'] = 'promised',
): PromiseRoute {
  return {
    id,
    cycleId: 'q1',
    status,
    customer: customer.startsWith('@') ? person(customer.slice(1)) : team(customer),
    performers: [team(performer)],
  };
}

/** A plan in which every kind of finding fires once. */
function planWithEveryKind(): PlanFacts {
  return {
    promises: [
      route('checkout', 'growth', 'web'),
      route('api', 'web', 'payments'),
      route('loop-a', 'web', 'search'),
      route('loop-b', 'search', 'web'),
      route('done', '@ceo', 'web', 'reported'),
      route('ask', 'growth', 'risk', 'declined'),
      route('pending', 'growth', 'payments', 'requested'),
      route('vision', '@ceo', 'leadership'),
    ],
    dependencies: [
      { id: 'd1', from: 'checkout', to: 'api', supplierTeamId: 'payments', state: 'acknowledged' },
      { id: 'd2', from: 'checkout', to: null, supplierTeamId: 'infra', state: 'proposed' },
      { id: 'd3', from: 'checkout', to: null, supplierTeamId: 'risk', state: 'declined' },
      { id: 'd4', from: 'loop-a', to: 'loop-b', supplierTeamId: 'web', state: 'acknowledged' },
      { id: 'd5', from: 'loop-b', to: 'loop-a', supplierTeamId: 'search', state: 'acknowledged' },
      { id: 'd6', from: 'checkout', to: 'ask', supplierTeamId: 'risk', state: 'acknowledged' },
    ],
    dues: [
      { id: 'checkout', due: '2027-02-28' },
      { id: 'api', due: '2027-03-31' },
    ],
    health: [
      { id: 'checkout', status: 'promised', health: 'on-track', isStale: false, performerTeamId: 'web' },
      { id: 'api', status: 'promised', health: 'at-risk', isStale: false, performerTeamId: 'payments' },
    ],
    contributing: [
      { id: 'vision', horizon: year, performerTeamId: 'leadership' },
      { id: 'checkout', horizon: quarter, performerTeamId: 'web' },
      { id: 'api', horizon: quarter, performerTeamId: 'payments' },
    ],
    contributions: [{ from: 'api', to: 'checkout' }],
    tagged: [
      { id: 'api', performerTeamId: 'payments', tags: [] },
      { id: 'loop-a', performerTeamId: 'search', tags: ['investment'] },
    ],
    coverable: [
      { id: 'vision', horizon: year, performerTeamId: 'leadership', shorterDraftsDueOn: '2027-01-10' },
    ],
    capacities: [
      { teamId: 'web', cycleId: 'q1', promises: 1 },
      { teamId: 'payments', cycleId: 'q1', promises: 1 },
    ],
    plate: [
      { id: 'checkout', performerTeamId: 'web', cycleId: 'q1', state: 'promised' },
      { id: 'loop-b', performerTeamId: 'web', cycleId: 'q1', state: 'promised' },
      { id: 'api', performerTeamId: 'payments', cycleId: 'q1', state: 'promised' },
      { id: 'pending', performerTeamId: 'payments', cycleId: 'q1', state: 'requested' },
    ],
    targets: [
      {
        promiseId: 'checkout',
        performerTeamId: 'web',
        metric: 'Conversion',
        unit: '%',
        direction: 'increase',
        timeFrame: q1,
      },
      {
        promiseId: 'loop-a',
        performerTeamId: 'search',
        metric: 'conversion',
        unit: 'percent',
        direction: 'decrease',
        timeFrame: q1,
      },
    ],
    checkIns: [
      {
        promiseId: 'loop-a',
        performerTeamId: 'search',
        status: 'promised',
        agreedAt: '2027-01-02T00:00:00.000Z',
        cycleStart: '2027-01-01T00:00:00.000Z',
        cadence: 'weekly',
        lastCheckInAt: null,
      },
    ],
    completions: [
      { promiseId: 'done', customerTeamId: null, performerTeamId: 'web', reportedOn: '2027-01-05' },
    ],
    declinedAsks: [
      {
        promiseId: 'ask',
        askerTeamId: 'growth',
        declinedByTeamId: 'risk',
        declinedAt: '2027-01-05T10:00:00.000Z',
        isForCapacity: true,
        askerLastAskedAt: null,
        dependents: [],
      },
    ],
    pendingAsks: [
      {
        promiseId: 'pending',
        ask: 'request',
        awaitedTeamId: 'payments',
        askerTeamId: 'growth',
        replyBy: '2027-01-20',
      },
    ],
    planning: [
      {
        cycle: { id: 'q1', start: '2027-01-01', state: 'planning' },
        directionPublishedOn: null,
        teams: [{ teamId: 'web', firstDraftOn: null, approvedOn: null }],
      },
      {
        cycle: { id: 'q2', start: '2027-02-05', state: 'planning' },
        directionPublishedOn: '2027-01-02',
        teams: [{ teamId: 'search', firstDraftOn: null, approvedOn: null }],
      },
    ],
    leadershipTeamIds: ['leadership'],
  };
}

const options = { today: '2027-01-25', now: '2027-01-25T12:00:00.000Z' };

describe('all the findings of a plan', () => {
  it('finds every kind in a plan built to hold each one', () => {
    const codes = new Set(findAllFindings(planWithEveryKind(), options).map((f) => f.code));
    expect([...FINDING_CODES].filter((code) => !codes.has(code))).toEqual([]);
  });

  it('routes each finding to the parties who should talk, with a next move on a promise', () => {
    const findings = findAllFindings(planWithEveryKind(), options);
    const unassessed = findings.find((f) => f.code === 'unassessed-completion');
    expect(unassessed?.parties).toEqual({ from: [person('ceo')], to: [team('web')] });
    expect(unassessed?.personIds).toEqual(['ceo']);
    expect(unassessed?.suggestedMove).toEqual({
      act: 'assess',
      promiseId: 'done',
      prefill: { move: 'declare-satisfied' },
    });
    const risk = findings.find((f) => f.code === 'risk-from-supplier');
    // The dependent's customer hears of the risk too: both sides of "checkout" count on it.
    expect(risk?.parties).toEqual({ from: [team('web'), team('growth')], to: [team('payments')] });
    expect(risk?.suggestedMove.act).toBe('ask');
    expect(risk?.suggestedMove.promiseId).toBe('api');
    const pending = findings.find((f) => f.code === 'team-over-capacity-if-pending-accepted');
    expect(pending?.suggestedMove).toEqual({
      act: 'answer',
      promiseId: 'pending',
      prefill: { move: 'decline', reason: 'capacity' },
    });
    expect(pending?.parties.to).toEqual([team('growth')]);
    const direction = findings.find((f) => f.code === 'direction-missed');
    expect(direction?.cycleIds).toEqual(['q1']);
    expect(direction?.parties.from).toEqual([team('leadership')]);
  });

  it('routes a dependency asked to answer by a date, once late, to its supplier to acknowledge', () => {
    const plan = planWithEveryKind();
    const facts: PlanFacts = {
      ...plan,
      dependencies: [
        ...plan.dependencies,
        {
          id: 'd7',
          from: 'checkout',
          to: null,
          supplierTeamId: 'infra',
          state: 'proposed',
          replyBy: '2027-01-10',
        },
      ],
    };
    const late = findAllFindings(facts, options).filter((f) =>
      f.key.startsWith('unanswered-ask:dependency:'),
    );
    expect(late).toHaveLength(1);
    expect(late[0]).toMatchObject({
      key: 'unanswered-ask:dependency:d7:2027-01-10',
      severity: 'problem',
      parties: { from: [team('web')], to: [team('infra')] },
      suggestedMove: { act: 'acknowledge', promiseId: 'checkout' },
    });
  });

  it('gives every finding a key that starts with its code and fits in a path', () => {
    const ring = Array.from({ length: 40 }, (_, i) => `promise-with-a-long-identifier-${i}`);
    const facts: PlanFacts = {
      ...planWithEveryKind(),
      dependencies: ring.map((id, i) => ({
        id: `d${i}`,
        from: id,
        to: ring[(i + 1) % ring.length] ?? null,
        supplierTeamId: null,
        state: 'acknowledged' as const,
      })),
    };
    const findings = findAllFindings(facts, options);
    for (const finding of findings) {
      expect(finding.key.startsWith(`${finding.code}:`)).toBe(true);
      expect(finding.key.length).toBeLessThanOrEqual(96);
    }
    expect(findings.filter((f) => f.code === 'dependency-loop')).toHaveLength(1);
  });

  it('gives the same keys, in the same order, whatever the order of its input (property)', () => {
    const plan = planWithEveryKind();
    const expected = findAllFindings(plan, options);
    const shuffled = <T>(items: readonly T[]) =>
      fc.shuffledSubarray([...items], { minLength: items.length, maxLength: items.length });
    fc.assert(
      fc.property(
        fc.record({
          promises: shuffled(plan.promises),
          dependencies: shuffled(plan.dependencies),
          contributing: shuffled(plan.contributing),
          plate: shuffled(plan.plate),
          targets: shuffled(plan.targets),
          tagged: shuffled(plan.tagged),
        }),
        (reordered) => {
          const found = findAllFindings({ ...plan, ...reordered }, options);
          expect(found.map((f) => f.key)).toEqual(expected.map((f) => f.key));
        },
      ),
      { numRuns: 100 },
    );
  });
});
