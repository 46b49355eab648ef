import { createDependency } from '../../contract/endpoints/alignment.js';
import { defineCommand } from '../command.js';
import { usageError } from '../errors.js';
import { calendarDate } from '../option-values.js';
import { resolveTeamName } from '../resolve-names.js';

export const depend = defineCommand({
  path: ['depend'],
  summary: 'Say that a promise needs another promise, or a team: the supplier is asked to acknowledge',
  description: [
    'PROMISE is the id of the promise that depends. Name its supplier with --on (a promise id) or',
    "--on-team (a team's name or id, when the team has not promised anything for it yet). The",
    'supplier acknowledges or declines; --reply-by asks for that answer by a day (YYYY-MM-DD), and',
    'a supplier late past it is a finding of the strategy debugger.',
  ].join('\n'),
  arguments: [{ name: 'promise', isRequired: true, description: 'The id of the promise that depends' }],
  options: {
    on: { type: 'string', valueName: 'PROMISE', description: 'The id of the promise it needs' },
    'on-team': { type: 'string', valueName: 'TEAM', description: 'The team it needs' },
    note: { type: 'string', valueName: 'TEXT', description: 'What is needed, and by when' },
    'reply-by': {
      type: 'string',
      valueName: 'DATE',
      description: 'The day the supplier is asked to answer by (YYYY-MM-DD), today or later',
    },
  },
  examples: [
    'accord depend 0190e4c2-… --on 0190e4d7-… --reply-by 2027-01-15',
    'accord depend 0190e4c2-… --on-team Platform --note "SSO before the launch"',
  ],
  async run({ args, options, connect, out }) {
    if ((options.on === undefined) === (options['on-team'] === undefined)) {
      throw usageError('accord depend needs one supplier: --on PROMISE or --on-team TEAM');
    }
    const replyBy =
      options['reply-by'] === undefined ? undefined : calendarDate(options['reply-by'], '--reply-by');
    const client = await connect();
    const team =
      options['on-team'] === undefined
        ? undefined
        : await resolveTeamName(client, options['on-team'], 'TEAM');
    const created = await client.call(createDependency, {
      body: {
        promiseId: args.promise,
        ...(options.on === undefined ? {} : { supplierPromiseId: options.on }),
        ...(team === undefined ? {} : { supplierTeamId: team.id }),
        ...(options.note === undefined ? {} : { note: options.note }),
        ...(replyBy === undefined ? {} : { replyBy }),
      },
    });
    const supplier = created.supplierPromise?.title ?? created.supplierTeam?.name ?? 'its supplier';
    out.print(created, () =>
      [
        `'${created.dependent.title}' now depends on '${supplier}'.`,
        `Dependency ${created.id}, ${created.state}` +
          (created.replyBy ? `: an answer is asked by ${created.replyBy}.` : '.'),
      ].join('\n'),
    );
  },
});
