import type { KeyResultDefinition } from '../contract/key-results.js';
import type { Condition } from '../contract/promises.js';
import {
  type Act,
  applyLoggedMove,
  type Move,
  newDraft,
  type PromiseState,
  type Reason,
  type Side,
  type TermsChange,
} from '../core/promises/index.js';
import { projectionOf } from '../server/services/promises/records.js';
import type { PartyType, PromiseMovesTable, PromisesTable } from '../server/store/schema.js';
import { addDays, daysBetween, instantOf, later } from './synthetic-calendar.js';

/** Where a promise's conversation has got to; together they reach every status of the protocol. */
export const SCENARIOS = [
  'draft',
  'requested',
  'offered',
  'countered',
  'declined',
  'promised',
  'promised-by-offer',
  'stale',
  'renegotiating',
  'reported',
  'satisfied',
  'reworked',
  'revoked',
  'withdrawn',
  'discarded',
  'ended',
] as const;
export type Scenario = (typeof SCENARIOS)[number];

export interface Party {
  type: PartyType;
  id: string;
}

export interface CyclePlan {
  id: string;
  name: string;
  start: string;
  end: string;
}

/** One promise to make: its parties, the people who speak for them, and where it is to end up. */
export interface PromisePlan {
  id: string;
  organizationId: string;
  cycle: CyclePlan;
  customer: Party;
  performer: Party;
  /** The person who moves for each side (the person, or the team's lead). */
  customerPerson: string;
  performerPerson: string;
  title: string;
  dueDate: string;
  scenario: Scenario;
  /** When it was drafted, as ISO text. */
  draftedAt: string;
  /** Until when the work is tracked in check-ins, at the latest. */
  trackUntil: string;
  conditions: Condition[];
  tags: string[];
  size: number | null;
}

/** A customer's declaration, made when the promise was reported complete: an assessment is kept with it. */
export interface Declaration {
  at: string;
  satisfied: boolean;
  note: string;
  personId: string;
}

export interface BuiltPromise {
  row: PromisesTable;
  moves: PromiseMovesTable[];
  state: PromiseState<Condition>;
  /** The check-ins belong between these two instants; null when it was never agreed. */
  tracked: { from: string; until: string } | null;
  declarations: Declaration[];
}

const KEY_RESULTS: ReadonlyArray<{ text: string; keyResult: KeyResultDefinition }> = [
  {
    text: 'Weekly active teams',
    keyResult: {
      kind: 'metric',
      unitKind: 'number',
      unit: 'teams',
      start: '120',
      direction: 'increase',
      target: '200',
    },
  },
  {
    text: 'Reopened support tickets',
    keyResult: {
      kind: 'metric',
      unitKind: 'percent',
      unit: '%',
      start: '12.5',
      direction: 'decrease',
      target: '5',
    },
  },
  { text: 'Rollout plan signed off', keyResult: { kind: 'milestone' } },
  {
    text: 'New annual revenue',
    keyResult: {
      kind: 'metric',
      unitKind: 'currency',
      unit: 'EUR',
      start: '0',
      direction: 'increase',
      target: '50000',
      weight: 2,
    },
  },
  {
    text: 'Uptime',
    keyResult: {
      kind: 'metric',
      unitKind: 'percent',
      unit: '%',
      start: '99.5',
      direction: 'stay-within',
      band: { low: '99.0', high: '100' },
    },
  },
];

/** `count` conditions (one to five), each a key result, starting at a different one for variety. */
export function conditionsFor(count: number, offset: number, newId: () => string): Condition[] {
  return Array.from({ length: count }, (_, i) => {
    const template = KEY_RESULTS[(offset + i) % KEY_RESULTS.length]!;
    return { id: newId(), text: template.text, keyResult: template.keyResult };
  });
}

type Step = {
  act: Act;
  by: Side;
  at: string;
  reason?: Reason;
  changes?: TermsChange<Condition>;
  text?: string;
};

const reason = (text: string, code?: Reason['code']): Reason => (code ? { code, text } : { text });

/**
 * The moves that bring a promise to its scenario, at plausible times: opened just after it was
 * drafted, answered within days, tracked until `trackUntil`, reported and declared after.
 */
function stepsOf(plan: PromisePlan): { draftedBy: Side; steps: Step[] } {
  const at = (days: number) => new Date(Date.parse(plan.draftedAt) + days * 86_400_000).toISOString();
  const open = at(0.1);
  const answer = at(2.5);
  const trackDays = daysBetween(answer, plan.trackUntil);
  const during = (fraction: number) => at(2.5 + trackDays * fraction);
  const request: Step = { act: 'request', by: 'customer', at: open };
  const promise: Step = { act: 'promise', by: 'performer', at: answer };
  const comment: Step = {
    act: 'comment',
    by: 'customer',
    at: during(0.4),
    text: 'How is it going? Anything you need from us?',
  };
  const report = (when: string): Step => ({ act: 'report-complete', by: 'performer', at: when });
  const earlierDue =
    addDays(plan.dueDate, -14) < plan.cycle.start ? plan.cycle.start : addDays(plan.dueDate, -14);
  const laterDue = plan.dueDate === plan.cycle.end ? addDays(plan.cycle.end, -7) : plan.cycle.end;
  switch (plan.scenario) {
    case 'draft':
      return { draftedBy: 'customer', steps: [] };
    case 'requested':
      return { draftedBy: 'customer', steps: [request] };
    case 'offered':
      return { draftedBy: 'performer', steps: [{ act: 'offer', by: 'performer', at: open }] };
    case 'countered':
      return {
        draftedBy: 'customer',
        steps: [request, { act: 'counter', by: 'performer', at: answer, changes: { dueDate: laterDue } }],
      };
    case 'declined':
      return {
        draftedBy: 'customer',
        steps: [
          request,
          {
            act: 'decline',
            by: 'performer',
            at: answer,
            reason: reason('We are full this quarter', 'capacity'),
          },
        ],
      };
    case 'promised':
    case 'stale':
      return { draftedBy: 'customer', steps: [request, promise, comment] };
    case 'promised-by-offer':
      return {
        draftedBy: 'performer',
        steps: [
          { act: 'offer', by: 'performer', at: open },
          { act: 'accept-offer', by: 'customer', at: answer },
        ],
      };
    case 'renegotiating':
      return {
        draftedBy: 'customer',
        steps: [
          request,
          promise,
          comment,
          {
            act: 'renegotiate',
            by: 'performer',
            at: during(0.9),
            changes: { dueDate: earlierDue === plan.dueDate ? laterDue : earlierDue },
          },
        ],
      };
    case 'reported':
      return { draftedBy: 'customer', steps: [request, promise, report(during(1))] };
    case 'satisfied':
      return {
        draftedBy: 'customer',
        steps: [
          request,
          promise,
          report(during(1)),
          { act: 'declare-satisfied', by: 'customer', at: during(1.05) },
        ],
      };
    case 'reworked':
      return {
        draftedBy: 'customer',
        steps: [
          request,
          promise,
          report(during(0.7)),
          {
            act: 'declare-dissatisfied',
            by: 'customer',
            at: during(0.72),
            reason: reason('The rollout is not signed off yet'),
          },
          report(during(1)),
          { act: 'declare-satisfied', by: 'customer', at: during(1.05) },
        ],
      };
    case 'revoked':
      return {
        draftedBy: 'customer',
        steps: [
          request,
          promise,
          { act: 'revoke', by: 'performer', at: during(0.5), reason: reason('Priorities changed') },
        ],
      };
    case 'withdrawn':
      return {
        draftedBy: 'customer',
        steps: [
          request,
          promise,
          { act: 'withdraw', by: 'customer', at: during(0.5), reason: reason('No longer needed') },
        ],
      };
    case 'discarded':
      return { draftedBy: 'customer', steps: [{ act: 'discard', by: 'customer', at: open }] };
    case 'ended':
      // Unfinished when its cycle closed, and ended by a side rather than carried over.
      return {
        draftedBy: 'customer',
        steps: [request, promise, { act: 'end', by: 'customer', at: during(1) }],
      };
  }
}

/**
 * The promise row and its move log, consistent as the store keeps them: the row is the projection
 * of the fold of the moves over the draft (core's applyMove; a refused move is a bug here).
 */
export function buildPromise(plan: PromisePlan, now: string, newId: () => string): BuiltPromise {
  const { draftedBy, steps } = stepsOf(plan);
  const draft = newDraft<Condition>(draftedBy, {
    title: plan.title,
    description: `Synthetic promise of the benchmark: ${plan.title}.`,
    conditions: plan.conditions,
    dueDate: plan.dueDate,
  });
  let state = draft;
  const moves: PromiseMovesTable[] = [];
  const declarations: Declaration[] = [];
  let agreedAt: string | null = null;
  let endedAt: string | null = null;
  for (const step of steps) {
    if (step.at > now) throw new Error(`${plan.scenario}: a ${step.act} at ${step.at} is after now (${now})`);
    const move: Move<Condition> = {
      act: step.act,
      by: step.by,
      at: step.at,
      version: state.version,
      ...(step.reason ? { reason: step.reason } : {}),
      ...(step.changes ? { changes: step.changes } : {}),
      ...(step.text ? { text: step.text } : {}),
    };
    const result = applyLoggedMove(state, move);
    if (!result.ok) throw new Error(`${plan.scenario}: ${step.act} refused: ${result.refusal.message}`);
    state = result.state;
    const personId = step.by === 'customer' ? plan.customerPerson : plan.performerPerson;
    moves.push({
      organization_id: plan.organizationId,
      id: newId(),
      promise_id: plan.id,
      seq: moves.length + 1,
      act: step.act,
      by_participant: step.by,
      person_id: personId,
      at: step.at,
      version: move.version,
      reason: move.reason ? JSON.stringify(move.reason) : null,
      changes: move.changes ? JSON.stringify(move.changes) : null,
      text: move.text ?? null,
      performer_type: null,
      performer_id: null,
      reply_by: null,
    });
    if ((step.act === 'promise' || step.act === 'accept-offer') && agreedAt === null) agreedAt = step.at;
    if (step.act === 'revoke' || step.act === 'withdraw') endedAt = step.at;
    if (step.act === 'report-complete') endedAt = step.at;
    if (step.act === 'declare-dissatisfied') endedAt = null;
    if (step.act === 'declare-satisfied' || step.act === 'declare-dissatisfied') {
      declarations.push({
        at: step.at,
        satisfied: step.act === 'declare-satisfied',
        note: step.reason?.text ?? '',
        personId,
      });
    }
  }
  const lastAt = moves.at(-1)?.at ?? plan.draftedAt;
  const trackedUntil = endedAt ?? (plan.trackUntil < now ? plan.trackUntil : now);
  return {
    row: {
      organization_id: plan.organizationId,
      id: plan.id,
      cycle_id: plan.cycle.id,
      customer_type: plan.customer.type,
      customer_id: plan.customer.id,
      ...projectionOf(state),
      draft: JSON.stringify(draft),
      state: JSON.stringify(state),
      created_by: draftedBy === 'customer' ? plan.customerPerson : plan.performerPerson,
      created_at: plan.draftedAt,
      updated_at: lastAt,
      size: plan.size,
      direction_version_id: null,
      carried_from_id: null,
    },
    moves,
    state,
    // Work agreed before its cycle starts is checked in on from the cycle's first day.
    tracked: agreedAt ? { from: later(agreedAt, instantOf(plan.cycle.start)), until: trackedUntil } : null,
    declarations,
  };
}
