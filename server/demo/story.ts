import type { KeyResultDefinition } from '../../contract/key-results.js';
import type { Party } from '../../contract/parties.js';
import type { Act } from '../../contract/protocol.js';
import type { DemoKey } from './organization.js';

/**
 * The promises of the demo: the chains of the reading (Board → CEO over 3 years, CEO → CTO and
 * CEO → Product Owner over a year, Product Owner and CTO → engineers over a quarter), each
 * stopped at a different point of its conversation so every phase shows.
 */
export type DemoParty = { person: DemoKey } | { team: 'Board' | 'Leadership' | 'Engineering' | 'Product' };
export type DemoCycle = '3y' | '1y' | 'quarter';

export interface DemoMove {
  by: DemoKey;
  act: Act;
  reason?: { code?: 'capacity' | 'priority' | 'scope' | 'other'; text: string };
  changes?: { dueDate?: 'early'; conditions?: string[] };
  text?: string;
}

/** A condition: plain text, or text measured by a key result. */
export type DemoCondition = string | { text: string; keyResult: KeyResultDefinition };

export interface DemoCheckIn {
  /** Values by condition text: decimal text for a metric, true/false for a milestone. */
  values: Record<string, string | boolean>;
  confidence: number;
  status: 'on-track' | 'at-risk' | 'off-track';
  note?: string;
  blockers?: string;
  answer?: { kind: 'acknowledge' | 'comment' | 'offer-help'; text: string };
}

export interface DemoPromise {
  key: string;
  cycle: DemoCycle;
  customer: DemoParty;
  performer: DemoParty;
  title: string;
  description: string;
  conditions: DemoCondition[];
  tags?: string[];
  /** Check-ins made while the promise was kept, before the moves after `checkInsAfterMove`. */
  checkIns?: DemoCheckIn[];
  checkInsAfterMove?: number;
  open: { by: DemoKey; as: 'request' | 'offer' | 'draft' };
  moves: DemoMove[];
}

export const demoPromises: DemoPromise[] = [
  {
    key: 'awesome-company',
    cycle: '3y',
    customer: { team: 'Board' },
    performer: { person: 'ceo' },
    title: 'Make the company awesome',
    description:
      'The board needs a company that **customers love** and that grows without the founders in every room.',
    conditions: [
      'Revenue triples',
      'Net promoter score above 50',
      'Three product lines, each with its own team',
    ],
    open: { by: 'board', as: 'request' },
    moves: [
      {
        by: 'ceo',
        act: 'comment',
        text: 'Three years is right; I will come back with the one-year promises.',
      },
      { by: 'ceo', act: 'promise' },
    ],
  },
  {
    key: 'awesome-tech',
    cycle: '1y',
    customer: { person: 'ceo' },
    performer: { person: 'cto' },
    title: 'Build awesome tech for the company',
    description: 'Everything we sell runs on one platform that is **fast, safe and cheap to change**.',
    conditions: [
      'Deploy to production daily',
      'No outage longer than 30 minutes',
      'Single sign-on for every app',
    ],
    open: { by: 'ceo', as: 'request' },
    moves: [
      { by: 'cto', act: 'promise' },
      {
        by: 'cto',
        act: 'renegotiate',
        changes: { conditions: ['Deploy to production daily', 'No outage longer than 30 minutes'] },
        text: 'Single sign-on moved to a quarter promise of its own.',
      },
    ],
  },
  {
    key: 'awesome-product',
    cycle: '1y',
    customer: { person: 'ceo' },
    performer: { person: 'po' },
    title: 'Ship an awesome product',
    description: 'New customers get value **on the first day**, without a call with us.',
    conditions: [
      {
        text: 'Activation above 40%',
        keyResult: {
          kind: 'metric',
          unitKind: 'percent',
          unit: '%',
          start: '22',
          direction: 'increase',
          target: '40',
        },
      },
      { text: 'Self-serve billing', keyResult: { kind: 'milestone' } },
      {
        text: 'Churn below 2% a month',
        keyResult: {
          kind: 'metric',
          unitKind: 'percent',
          unit: '%',
          start: '3.5',
          direction: 'decrease',
          target: '2',
        },
      },
    ],
    open: { by: 'ceo', as: 'request' },
    moves: [{ by: 'po', act: 'promise' }],
    checkIns: [
      {
        values: { 'Activation above 40%': '26', 'Churn below 2% a month': '3.2' },
        confidence: 7,
        status: 'on-track',
      },
      {
        values: { 'Activation above 40%': '29.5', 'Churn below 2% a month': '3.0' },
        confidence: 6,
        status: 'at-risk',
        note: 'Activation grows slower than planned; onboarding ships this quarter.',
        answer: { kind: 'offer-help', text: 'I can lend you a designer for the onboarding flow.' },
      },
    ],
  },
  {
    key: 'onboarding',
    cycle: 'quarter',
    customer: { person: 'po' },
    performer: { person: 'engineer1' },
    title: 'Implement the onboarding part of the awesome product',
    description: 'A new customer goes from sign-up to their first plan without help.',
    conditions: [
      { text: 'Guided setup in three steps', keyResult: { kind: 'milestone' } },
      {
        text: 'Setup completed by 60% of new accounts',
        keyResult: {
          kind: 'metric',
          unitKind: 'percent',
          unit: '%',
          start: '35',
          direction: 'increase',
          target: '60',
        },
      },
    ],
    open: { by: 'po', as: 'request' },
    checkInsAfterMove: 1,
    checkIns: [
      { values: { 'Setup completed by 60% of new accounts': '41' }, confidence: 7, status: 'on-track' },
      {
        values: { 'Setup completed by 60% of new accounts': '52', 'Guided setup in three steps': true },
        confidence: 8,
        status: 'on-track',
        answer: { kind: 'acknowledge', text: '' },
      },
      { values: { 'Setup completed by 60% of new accounts': '58' }, confidence: 9, status: 'on-track' },
    ],
    moves: [
      { by: 'engineer1', act: 'promise' },
      { by: 'engineer1', act: 'comment', text: 'Guided setup is live behind a flag.' },
      { by: 'engineer1', act: 'report-complete' },
    ],
  },
  {
    key: 'billing',
    cycle: 'quarter',
    customer: { person: 'po' },
    performer: { person: 'engineer2' },
    title: 'Implement the billing part of the awesome product',
    description: 'Customers upgrade, downgrade and pay without writing to us.',
    conditions: ['Card payments', 'Invoices by email', 'Upgrades prorated'],
    open: { by: 'po', as: 'request' },
    moves: [
      {
        by: 'engineer2',
        act: 'counter',
        changes: { conditions: ['Card payments', 'Invoices by email'] },
        text: 'Proration needs the new pricing model; can it wait a quarter?',
      },
    ],
  },
  {
    key: 'sso',
    cycle: 'quarter',
    customer: { person: 'cto' },
    performer: { person: 'engineer1' },
    title: 'Implement single sign-on',
    description: 'Our customers’ IT teams require SAML and OpenID Connect before they roll us out.',
    conditions: ['SAML 2.0', 'OpenID Connect', 'Just-in-time provisioning'],
    open: { by: 'cto', as: 'request' },
    moves: [],
  },
  {
    key: 'postgres',
    cycle: 'quarter',
    customer: { person: 'cto' },
    performer: { person: 'engineer2' },
    title: 'Move the database to PostgreSQL',
    description: 'The embedded database will not carry the load of next year.',
    conditions: [
      { text: 'Zero data lost', keyResult: { kind: 'milestone' } },
      {
        text: 'Less than five minutes of downtime',
        keyResult: {
          kind: 'metric',
          unitKind: 'number',
          unit: 'minutes',
          start: '60',
          direction: 'decrease',
          target: '5',
        },
      },
    ],
    tags: ['investment'],
    checkInsAfterMove: 1,
    checkIns: [
      {
        values: { 'Zero data lost': true, 'Less than five minutes of downtime': '3' },
        confidence: 10,
        status: 'on-track',
      },
    ],
    open: { by: 'cto', as: 'request' },
    moves: [
      { by: 'engineer2', act: 'promise' },
      { by: 'engineer2', act: 'report-complete' },
      { by: 'cto', act: 'declare-satisfied' },
    ],
  },
  {
    key: 'ci-time',
    cycle: 'quarter',
    customer: { person: 'cto' },
    performer: { person: 'engineer2' },
    title: 'Halve the time of a CI build',
    description: 'Twenty minutes per build slows every team down.',
    conditions: ['Median build under ten minutes'],
    tags: ['investment'],
    open: { by: 'engineer2', as: 'offer' },
    moves: [],
  },
  {
    key: 'analytics',
    cycle: 'quarter',
    customer: { person: 'po' },
    performer: { team: 'Product' },
    title: 'Explore usage analytics',
    description: 'Which features do customers use in their first week? Draft, not yet shared.',
    conditions: ['A dashboard of the first-week funnel'],
    open: { by: 'po', as: 'draft' },
    moves: [],
  },
  {
    key: 'mobile',
    cycle: '1y',
    customer: { person: 'ceo' },
    performer: { team: 'Engineering' },
    title: 'Launch a mobile app',
    description: 'Sales hear about it in every deal.',
    conditions: ['iOS and Android apps in the stores'],
    open: { by: 'ceo', as: 'request' },
    moves: [
      {
        by: 'cto',
        act: 'decline',
        reason: {
          code: 'capacity',
          text: 'Not this year: single sign-on and billing take every engineer we have.',
        },
      },
    ],
  },
  {
    key: 'settings',
    cycle: 'quarter',
    customer: { person: 'po' },
    performer: { person: 'engineer1' },
    title: 'Polish the settings page',
    description: 'Support answers the same five questions about settings every week.',
    conditions: [
      {
        text: 'Support tickets about settings halved',
        keyResult: {
          kind: 'metric',
          unitKind: 'number',
          unit: 'tickets a week',
          start: '40',
          direction: 'decrease',
          target: '20',
        },
      },
    ],
    checkInsAfterMove: 1,
    checkIns: [
      {
        values: { 'Support tickets about settings halved': '36' },
        confidence: 6,
        status: 'at-risk',
        blockers: 'Notification settings need a redesign',
      },
    ],
    open: { by: 'po', as: 'request' },
    moves: [
      { by: 'engineer1', act: 'promise' },
      { by: 'engineer1', act: 'report-complete' },
      {
        by: 'po',
        act: 'declare-dissatisfied',
        reason: { text: 'Tickets only fell by a fifth; the notification settings still confuse people.' },
      },
    ],
  },
];

/** Which promise serves which: quarter promises serve the year's, the year's serve the board's (all but one). */
export const demoContributions: Array<[from: string, to: string]> = [
  ['awesome-tech', 'awesome-company'],
  ['awesome-product', 'awesome-company'],
  ['onboarding', 'awesome-product'],
  ['billing', 'awesome-product'],
  ['settings', 'awesome-product'],
  ['sso', 'awesome-tech'],
  ['postgres', 'awesome-tech'],
  // The CI offer, an investment, says nothing yet of what it serves: the strategy debugger asks.
];

export const demoDependencies: Array<{
  promise: string;
  on: { promise: string } | { team: 'Engineering' };
  note: string;
  by: DemoKey;
  answer?: { by: DemoKey; answer: 'acknowledge' | 'decline'; reason?: string };
}> = [
  {
    promise: 'onboarding',
    on: { promise: 'postgres' },
    note: 'Cohort measurement needs the new database.',
    by: 'engineer1',
    answer: { by: 'engineer2', answer: 'acknowledge' },
  },
  {
    promise: 'billing',
    on: { team: 'Engineering' },
    note: 'Invoices need a mail service that nobody runs yet.',
    by: 'engineer2',
  },
  // What the strategy debugger is for: the tech year rests on the product year, which is at risk,
  // and the product year rests on the tech year in turn (a loop); the settings page waits on the
  // tech year, due long after it, and on Engineering, which declined.
  {
    promise: 'awesome-tech',
    on: { promise: 'awesome-product' },
    note: 'The platform work follows what the product needs first.',
    by: 'cto',
    answer: { by: 'po', answer: 'acknowledge' },
  },
  {
    promise: 'awesome-product',
    on: { promise: 'awesome-tech' },
    note: 'The product cannot ship without the new platform.',
    by: 'po',
    answer: { by: 'cto', answer: 'acknowledge' },
  },
  {
    promise: 'settings',
    on: { promise: 'awesome-tech' },
    note: 'Per-team settings need the platform’s new permission model.',
    by: 'engineer1',
    answer: { by: 'cto', answer: 'acknowledge' },
  },
  {
    promise: 'settings',
    on: { team: 'Engineering' },
    note: 'Someone to review the settings migration.',
    by: 'engineer1',
    answer: { by: 'cto', answer: 'decline', reason: 'Nobody is free to review it this quarter.' },
  },
];

export function partyOf(party: DemoParty, people: Map<DemoKey, string>, teams: Map<string, string>): Party {
  return 'person' in party
    ? { type: 'person', id: people.get(party.person)! }
    : { type: 'team', id: teams.get(party.team)! };
}

/** Leadership's direction for the next quarter, published before teams draft. */
export const DEMO_DIRECTION = `# Direction for next quarter

We win the **mid-market**: companies of 200 to 2,000 people who outgrew spreadsheets.

## What matters
- New customers get value on the first day, without a call with us.
- Our platform carries ten times the load without a rewrite.
- Every team says no to what does not serve these two.

## What we will not do
- A mobile app: not this year.
`;
