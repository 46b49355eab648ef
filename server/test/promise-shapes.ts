import type { z } from 'zod';
import type { CheckIn, CreateCheckInBody } from '../../contract/check-ins.js';
import type { Party } from '../../contract/parties.js';
import type { CreatePromiseBody, MoveBody, PromiseDetail } from '../../contract/promises.js';
import type { Side } from '../../contract/protocol.js';

/*
 * The promises tests build again and again, written once for every layer: the route tests drive
 * them over HTTP (factories.ts), the service tests through the services (service-factories.ts).
 * Each layer supplies a PromiseDriver; what a promise looks like and how it reaches each state is
 * decided here.
 */

export type CheckInBody = z.input<typeof CreateCheckInBody>;

/** How one layer opens a promise, moves it and checks in on it, as one of its people. */
export interface PromiseDriver<Person> {
  personId(person: Person): string;
  open(by: Person, body: CreatePromiseBody): Promise<PromiseDetail>;
  move(by: Person, promiseId: string, move: MoveBody): Promise<PromiseDetail>;
  checkIn(by: Person, promiseId: string, body: CheckInBody): Promise<CheckIn>;
}

/**
 * Key results of every kind: a number that rises, money that falls (weighted twice), a milestone,
 * and a condition that is not measured at all.
 */
export const KEY_RESULT_CONDITIONS = [
  {
    text: 'Signups reach 100',
    keyResult: {
      kind: 'metric',
      unitKind: 'number',
      unit: 'signups',
      start: '0',
      direction: 'increase',
      target: '100',
    },
  },
  {
    text: 'Monthly cost falls to 800 EUR',
    keyResult: {
      kind: 'metric',
      unitKind: 'currency',
      unit: 'EUR',
      start: '1000.00',
      direction: 'decrease',
      target: '800.00',
      weight: 2,
    },
  },
  { text: 'Pricing page live', keyResult: { kind: 'milestone' } },
  { text: 'Customers are happier' },
] as const satisfies CreatePromiseBody['conditions'];

/** Every state a promise can be in, and "renegotiating": promised, with a proposal pending. */
export const SITUATIONS = [
  'draft',
  'requested',
  'offered',
  'countered',
  'promised',
  'renegotiating',
  'reported',
  'satisfied',
  'declined',
  'withdrawn',
  'revoked',
] as const;
export type Situation = (typeof SITUATIONS)[number];

interface Step {
  side: Side;
  move: Omit<MoveBody, 'version'>;
}

const promise: Step = { side: 'performer', move: { act: 'promise' } };
const reportComplete: Step = { side: 'performer', move: { act: 'report-complete' } };

/** How a promise gets to each situation: how it is opened, then each side's moves in order. */
export const PATHS: Record<Situation, { open: CreatePromiseBody['open']; steps: Step[] }> = {
  draft: { open: 'draft', steps: [] },
  requested: { open: 'request', steps: [] },
  offered: { open: 'offer', steps: [] },
  countered: {
    open: 'request',
    steps: [{ side: 'performer', move: { act: 'counter', changes: { description: 'A first step only.' } } }],
  },
  promised: { open: 'request', steps: [promise] },
  renegotiating: {
    open: 'request',
    steps: [
      promise,
      { side: 'performer', move: { act: 'renegotiate', changes: { description: 'Half of it, later.' } } },
    ],
  },
  reported: { open: 'request', steps: [promise, reportComplete] },
  satisfied: {
    open: 'request',
    steps: [promise, reportComplete, { side: 'customer', move: { act: 'declare-satisfied' } }],
  },
  declined: {
    open: 'request',
    steps: [
      { side: 'performer', move: { act: 'decline', reason: { code: 'capacity', text: 'We are full' } } },
    ],
  },
  withdrawn: {
    open: 'request',
    steps: [{ side: 'customer', move: { act: 'withdraw', reason: { text: 'No longer needed' } } }],
  },
  revoked: {
    open: 'request',
    steps: [promise, { side: 'performer', move: { act: 'revoke', reason: { text: 'The team was split' } } }],
  },
};

export const personParty = (id: string): Party => ({ type: 'person', id });
export const teamParty = (id: string): Party => ({ type: 'team', id });

export interface PromiseSetup<Person> {
  /** Who acts for the customer: the customer person, or a lead of the customer team. */
  customer: Person;
  /** Who acts for the performer. */
  performer: Person;
  cycle: { id: string; endDate: string };
  /** Anything of the body to change: the parties (teams), the title, the conditions… */
  body?: Partial<CreatePromiseBody>;
}

/**
 * A promise in `situation`, made by real moves: opened by the side that opens it, then moved by
 * each side in turn. By default the customer and performer are the two people themselves, the
 * title is "Ship the onboarding flow" and the due date is the cycle's last day.
 */
export async function walkTo<Person>(
  driver: PromiseDriver<Person>,
  situation: Situation,
  setup: PromiseSetup<Person>,
): Promise<PromiseDetail> {
  const path = PATHS[situation];
  const body: CreatePromiseBody = {
    cycleId: setup.cycle.id,
    customer: personParty(driver.personId(setup.customer)),
    performers: [personParty(driver.personId(setup.performer))],
    title: 'Ship the onboarding flow',
    dueDate: setup.cycle.endDate,
    ...setup.body,
    open: path.open,
  };
  const isPerformersDraft = path.open === 'draft' && body.draftedBy === 'performer';
  const opener = path.open === 'offer' || isPerformersDraft ? setup.performer : setup.customer;
  let current = await driver.open(opener, body);
  for (const step of path.steps) {
    const by = step.side === 'customer' ? setup.customer : setup.performer;
    current = await driver.move(by, current.id, { ...step.move, version: current.version });
  }
  if (current.status !== situation && !(situation === 'renegotiating' && current.proposal)) {
    throw new Error(`Meant to reach ${situation}, reached ${current.status}`);
  }
  return current;
}

/**
 * A promise being kept (Q3 Execute) with key results of every kind, and the performer's check-ins
 * on it, in order. Each check-in names its values by condition index: `values: { 0: '40' }`.
 */
export async function keepPromise<Person>(
  driver: PromiseDriver<Person>,
  setup: PromiseSetup<Person> & { checkIns?: KeptCheckIn[] },
): Promise<{ promise: PromiseDetail; conditionIds: string[]; checkIns: CheckIn[] }> {
  const promise = await walkTo(driver, 'promised', {
    ...setup,
    body: { title: 'Grow signups cheaply', conditions: [...KEY_RESULT_CONDITIONS], ...setup.body },
  });
  const conditionIds = promise.terms.conditions.map((c) => c.id);
  const checkIns: CheckIn[] = [];
  for (const { values = {}, ...rest } of setup.checkIns ?? []) {
    const body: CheckInBody = {
      confidence: 7,
      status: 'on-track',
      ...rest,
      values: Object.entries(values).map(([index, value]) => {
        const conditionId = conditionIds[Number(index)];
        if (!conditionId) throw new Error(`The promise has no condition ${index}`);
        return typeof value === 'boolean' ? { conditionId, done: value } : { conditionId, value };
      }),
    };
    checkIns.push(await driver.checkIn(setup.performer, promise.id, body));
  }
  return { promise, conditionIds, checkIns };
}

export type KeptCheckIn = Omit<Partial<CheckInBody>, 'values'> & {
  values?: Record<number, string | boolean>;
};
