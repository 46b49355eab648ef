import * as endpoints from '../../contract/endpoints/promises.js';
import { Phase, Status } from '../../contract/protocol.js';
import { defineCommand } from '../command.js';
import { instant, oneOf, wholeNumber } from '../option-values.js';
import { formatTable } from '../output.js';
import { makeMove, readPromise } from '../promise-calls.js';
import { describeDone, formatOutcome, formatPromise, promiseColumns } from '../promise-text.js';
import { defineGroup } from '../registry.js';
import { resolveCycle } from '../resolve-names.js';

const MAX_LIMIT = 200;

const listPromises = defineCommand({
  path: ['promises', 'list'],
  summary: 'List promises, filtered by cycle, side, status, phase or tag',
  description: [
    'Every promise you can see, soonest due first. --mine keeps those where you or a team',
    'you belong to is the customer or a performer; --as narrows that to one side.',
  ].join('\n'),
  options: {
    mine: { type: 'boolean', description: 'Only promises you or your teams are party to' },
    cycle: { type: 'string', valueName: 'CYCLE', description: 'Only this cycle, by name or id' },
    as: {
      type: 'string',
      valueName: 'SIDE',
      description: 'With --mine (implied): only where you are the customer or the performer',
    },
    status: { type: 'string', valueName: 'STATUS', description: `One of ${Status.options.join(', ')}` },
    phase: { type: 'string', valueName: 'PHASE', description: `One of ${Phase.options.join(', ')}` },
    tag: { type: 'string', valueName: 'TAG', description: 'Only promises with this tag' },
    at: {
      type: 'string',
      valueName: 'TIME',
      description:
        'The promises as they stood at this moment (ISO 8601): those made by then, with their state and score then',
    },
    limit: {
      type: 'string',
      valueName: 'N',
      description: `At most N promises (default 50, most ${MAX_LIMIT})`,
    },
  },
  examples: [
    'accord promises list --mine',
    'accord promises list --cycle FY2027-Q1 --as performer --phase negotiate',
    'accord promises list --status promised --tag growth --json',
    'accord promises list --cycle FY2027-Q1 --at 2027-02-01T00:00:00Z',
  ],
  async run({ options, connect, out }) {
    const as = options.as === undefined ? undefined : oneOf(options.as, ['customer', 'performer'], '--as');
    const status =
      options.status === undefined ? undefined : oneOf(options.status, Status.options, '--status');
    const phase = options.phase === undefined ? undefined : oneOf(options.phase, Phase.options, '--phase');
    const limit =
      options.limit === undefined
        ? undefined
        : wholeNumber(options.limit, '--limit', { min: 1, max: MAX_LIMIT });
    const at = options.at === undefined ? undefined : instant(options.at, '--at');
    const client = await connect();
    const cycle = options.cycle === undefined ? undefined : await resolveCycle(client, options.cycle);
    const list = await client.call(endpoints.listPromises, {
      query: {
        ...(options.mine || as ? { mine: 'true' } : {}),
        ...(as ? { as } : {}),
        ...(cycle ? { cycleId: cycle.id } : {}),
        ...(status ? { status } : {}),
        ...(phase ? { phase } : {}),
        ...(options.tag === undefined ? {} : { tag: options.tag }),
        ...(limit === undefined ? {} : { limit }),
        ...(at === undefined ? {} : { at }),
      },
    });
    out.print(list, ({ promises, total }) => {
      if (promises.length === 0)
        return at === undefined ? 'No promises match.' : `No promises match as of ${at}.`;
      const heading = at === undefined ? '' : `As they stood at ${at}\n\n`;
      const table = heading + formatTable(promises, promiseColumns);
      if (total <= promises.length) return table;
      return `${table}\n\nShowing ${promises.length} of ${total}; raise --limit to see more.`;
    });
  },
});

const showPromise = defineCommand({
  path: ['promises', 'show'],
  summary: 'Show a promise: its parties, terms, pending proposal, your moves and its history',
  arguments: [{ name: 'id', isRequired: true, description: "The promise's id, as promises list shows it" }],
  options: {
    at: {
      type: 'string',
      valueName: 'TIME',
      description: 'Show it as it stood at this moment (ISO 8601, e.g. 2027-01-15T12:00:00Z)',
    },
  },
  examples: ['accord promises show 0190e4c2-…', 'accord promises show 0190e4c2-… --at 2027-02-01T00:00:00Z'],
  async run({ args, options, connect, out }) {
    const at = options.at === undefined ? undefined : instant(options.at, '--at');
    const client = await connect();
    const promise = await readPromise(client, args.id, at);
    out.print(promise, formatPromise);
  },
});

const discardDraft = defineCommand({
  path: ['promises', 'discard'],
  summary: 'Discard a draft of your side that was never opened',
  description: [
    'The draft leaves every list and inbox; the promise log keeps that it was discarded, and only',
    'your side can still show it. Only a draft can be discarded: an opened promise is withdrawn.',
  ].join('\n'),
  arguments: [{ name: 'id', isRequired: true, description: "The draft's id, as promises list shows it" }],
  examples: ['accord promises discard 0190e4c2-…'],
  async run({ args, connect, out }) {
    const client = await connect();
    const promise = await readPromise(client, args.id);
    const discarded = await makeMove(client, promise, { act: 'discard' });
    out.print(discarded, () => formatOutcome(describeDone('discard', discarded.title), discarded));
  },
});

export const promises = defineGroup('promises', 'Promises: who promises what to whom, and how it stands', [
  listPromises,
  showPromise,
  discardDraft,
]);
