import type { Party } from '../../contract/parties.js';
import { defineCommand } from '../command.js';
import { usageError } from '../errors.js';
import { openPromise, requireTerms, termsOptions } from '../promise-terms.js';
import { formatOutcome, partyName, partyNames } from '../promise-text.js';
import { myself, PARTY_SYNTAX, resolveParty } from '../resolve-names.js';

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
    const created = await openPromise(client, 'request', { customer, performers }, terms);
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
    const created = await openPromise(client, 'offer', { customer, performers: [performer] }, terms);
    out.print(created, () =>
      formatOutcome(`You offered '${created.title}' to ${partyName(created.customer)}.`, created),
    );
  },
});
