import type { Party } from '../../contract/parties.js';
import { defineCommand } from '../command.js';
import { openPromise, requireTerms, termsOptions } from '../promise-terms.js';
import { formatOutcome } from '../promise-text.js';
import { myself, PARTY_SYNTAX, resolveParty, resolveTeamName } from '../resolve-names.js';

export const ask = defineCommand({
  path: ['ask'],
  summary: 'Ask a team to promise something: you, or a team you lead, are the customer',
  description: [
    "TEAM is a team's name (Platform, or team:Platform) or its id. The ask is a request with the",
    'team as the performer; its leads answer it: promise, counter or decline. With --from, PARTY',
    `is ${PARTY_SYNTAX}.`,
  ].join('\n'),
  arguments: [{ name: 'team', isRequired: true, description: 'The team you ask' }],
  options: {
    from: { type: 'string', valueName: 'PARTY', description: 'Ask for a team you lead (default: yourself)' },
    ...termsOptions,
  },
  examples: [
    'accord ask Platform --cycle FY2027-Q1 --title "Single sign-on" --condition "SAML with Okta"',
    'accord ask team:Platform --from team:Growth --cycle FY2027-Q1 --title "Bulk exports" --due 2027-03-15',
  ],
  async run({ args, options, connect, out }) {
    const terms = requireTerms('ask', options);
    const client = await connect();
    const team = await resolveTeamName(client, args.team, 'TEAM');
    const customer =
      options.from === undefined ? await myself(client) : await resolveParty(client, options.from, '--from');
    const performers: Party[] = [{ type: 'team', id: team.id }];
    const created = await openPromise(client, 'request', { customer, performers }, terms);
    out.print(created, () => formatOutcome(`You asked ${team.name} for '${created.title}'.`, created));
  },
});
