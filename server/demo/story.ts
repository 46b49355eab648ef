import type { Act, Party } from '../../contract/promises.js';
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

export interface DemoPromise {
  key: string;
  cycle: DemoCycle;
  customer: DemoParty;
  performer: DemoParty;
  title: string;
  description: string;
  conditions: string[];
  tags?: string[];
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
    conditions: ['Activation above 40%', 'Self-serve billing', 'Churn below 2% a month'],
    open: { by: 'ceo', as: 'request' },
    moves: [{ by: 'po', act: 'promise' }],
  },
  {
    key: 'onboarding',
    cycle: 'quarter',
    customer: { person: 'po' },
    performer: { person: 'engineer1' },
    title: 'Implement the onboarding part of the awesome product',
    description: 'A new customer goes from sign-up to their first plan without help.',
    conditions: ['Guided setup in three steps', 'Activation measured per cohort'],
    open: { by: 'po', as: 'request' },
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
    conditions: ['Zero data lost', 'Less than five minutes of downtime'],
    tags: ['investment'],
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
    conditions: ['Support tickets about settings halved'],
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

/** Which promise serves which: quarter promises serve the year's, the year's serve the board's. */
export const demoContributions: Array<[from: string, to: string]> = [
  ['awesome-tech', 'awesome-company'],
  ['awesome-product', 'awesome-company'],
  ['onboarding', 'awesome-product'],
  ['billing', 'awesome-product'],
  ['settings', 'awesome-product'],
  ['sso', 'awesome-tech'],
  ['postgres', 'awesome-tech'],
  ['ci-time', 'awesome-tech'],
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
];

export function partyOf(party: DemoParty, people: Map<DemoKey, string>, teams: Map<string, string>): Party {
  return 'person' in party
    ? { type: 'person', id: people.get(party.person)! }
    : { type: 'team', id: teams.get(party.team)! };
}
