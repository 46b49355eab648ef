import type { CreatePromiseBody, Party, PromiseDetail } from '../../contract/promises.js';
import { type CommandInput, defineCommand } from '../command.js';
import { usageError } from '../errors.js';
import type { AccordClient } from '../http.js';
import { calendarDate } from '../option-values.js';
import { formatOutcome, partyName, partyNames } from '../promise-text.js';
import { myself, PARTY_SYNTAX, resolveCycle, resolveParty } from '../resolve-names.js';

/** What a request and an offer both say: the cycle and the terms. */
const termsOptions = {
  cycle: { type: 'string', valueName: 'CYCLE', description: 'The cycle, by name (FY2027-Q1) or id' },
  title: { type: 'string', valueName: 'TEXT', description: 'The objective, in a line' },
  description: { type: 'string', valueName: 'TEXT', description: 'Why it matters to the customer' },
  condition: {
    type: 'string',
    valueName: 'TEXT',
    isRepeatable: true,
    description: 'A condition of satisfaction (a key result); repeat for each',
  },
  due: {
    type: 'string',
    valueName: 'DATE',
    description: "The due date, YYYY-MM-DD (default: the cycle's end)",
  },
  tag: { type: 'string', valueName: 'TAG', isRepeatable: true, description: 'A tag; repeat for each' },
} as const;

type TermsOptions = CommandInput<typeof termsOptions, []>['options'];

export const request = defineCommand({
  path: ['request'],
  summary: 'Ask a person or team to promise something: you are the customer',
  description: [
    `PARTY is ${PARTY_SYNTAX}.`,
    'The performers are awaited next: they may promise, counter or decline.',
  ].join('\n'),
  options: {
    to: {
      type: 'string',
      valueName: 'PARTY',
      isRepeatable: true,
      description: 'Who you ask (the performer); repeat to ask several together',
    },
    from: { type: 'string', valueName: 'PARTY', description: 'Ask for a team you lead (default: yourself)' },
    ...termsOptions,
  },
  examples: [
    'accord request --to grace@example.com --cycle FY2027-Q1 --title "Ship the onboarding flow"',
    'accord request --to team:Platform --from team:Growth --cycle FY2027-Q1 --title "Cut p95 latency" \\\n    --condition "p95 under 300 ms" --due 2027-03-15 --tag reliability',
  ],
  async run({ options, connect, out }) {
    if (options.to.length === 0) throw usageError('accord request needs --to PARTY: who you ask');
    const terms = requireTerms('request', options);
    const client = await connect();
    const customer =
      options.from === undefined ? await myself(client) : await resolveParty(client, options.from, '--from');
    const performers: Party[] = [];
    for (const to of options.to) performers.push(await resolveParty(client, to, '--to'));
    const created = await open(client, 'request', { customer, performers }, terms);
    out.print(created, () =>
      formatOutcome(`You asked ${partyNames(created.performers)} for '${created.title}'.`, created),
    );
  },
});

export const offer = defineCommand({
  path: ['offer'],
  summary: 'Offer a person or team a promise: you are the performer',
  description: [
    `PARTY is ${PARTY_SYNTAX}.`,
    'The customer is awaited next: they may accept, counter or decline.',
  ].join('\n'),
  options: {
    to: { type: 'string', valueName: 'PARTY', description: 'Who you offer it to (the customer)' },
    from: {
      type: 'string',
      valueName: 'PARTY',
      description: 'Offer for a team you lead (default: yourself)',
    },
    ...termsOptions,
  },
  examples: [
    'accord offer --to team:Leadership --from team:Platform --cycle FY2027-Q1 --title "Zero-downtime deploys"',
  ],
  async run({ options, connect, out }) {
    if (options.to === undefined) throw usageError('accord offer needs --to PARTY: who you offer it to');
    const terms = requireTerms('offer', options);
    const client = await connect();
    const customer = await resolveParty(client, options.to, '--to');
    const performer =
      options.from === undefined ? await myself(client) : await resolveParty(client, options.from, '--from');
    const created = await open(client, 'offer', { customer, performers: [performer] }, terms);
    out.print(created, () =>
      formatOutcome(`You offered '${created.title}' to ${partyName(created.customer)}.`, created),
    );
  },
});

interface Terms {
  cycle: string;
  title: string;
  description: string | undefined;
  conditions: string[];
  due: string | undefined;
  tags: string[];
}

/** The options every new promise needs, checked before anything is sent. */
function requireTerms(verb: 'request' | 'offer', options: TermsOptions): Terms {
  if (options.cycle === undefined) throw usageError(`accord ${verb} needs --cycle CYCLE`);
  if (options.title === undefined) throw usageError(`accord ${verb} needs --title TEXT`);
  return {
    cycle: options.cycle,
    title: options.title,
    description: options.description,
    conditions: options.condition,
    due: options.due === undefined ? undefined : calendarDate(options.due, '--due'),
    tags: options.tag,
  };
}

async function open(
  client: AccordClient,
  opening: 'request' | 'offer',
  parties: { customer: Party; performers: Party[] },
  terms: Terms,
): Promise<PromiseDetail> {
  const cycle = await resolveCycle(client, terms.cycle);
  const body: CreatePromiseBody = {
    cycleId: cycle.id,
    ...parties,
    title: terms.title,
    ...(terms.description === undefined ? {} : { description: terms.description }),
    conditions: terms.conditions.map((text) => ({ text })),
    dueDate: terms.due ?? cycle.endDate,
    tags: terms.tags,
    open: opening,
  };
  return client.createPromise(body);
}
