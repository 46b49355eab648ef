import * as endpoints from '../../contract/endpoints/promises.js';
import { defineCommand } from '../command.js';
import { makeMove, readPromise } from '../promise-calls.js';
import { describeDone, formatOutcome } from '../promise-text.js';
import { defineGroup } from '../registry.js';

/** Once a cycle has closed, each side of an unfinished promise carries it over, ends it or leaves it. */

const carryOver = defineCommand({
  path: ['promise', 'carry-over'],
  summary: 'Carry an unfinished promise of a closed cycle into the next cycle on its horizon',
  description: [
    'Makes a new promise in the next cycle on the same horizon that cites this one: the same',
    'customer, performers, title, description, conditions and tags, each key result starting at',
    'its current value. You open it (a request as the customer, an offer as the performer), so',
    'the other side agrees to it anew. The next cycle must exist first.',
  ].join('\n'),
  arguments: [{ name: 'id', isRequired: true, description: "The promise's id" }],
  examples: ['accord promise carry-over 0190e4c2-…'],
  async run({ args, connect, out }) {
    const client = await connect();
    const promise = await readPromise(client, args.id);
    const carried = await client.call(endpoints.carryOverPromise, { params: { id: promise.id } });
    out.print(carried, () =>
      formatOutcome(`You carried '${promise.title}' into ${carried.cycle.name}.`, carried),
    );
  },
});

const end = defineCommand({
  path: ['promise', 'end'],
  summary: 'End an unfinished promise of a closed cycle instead of carrying it over',
  description: 'The end is a move kept in the promise history; the promise leaves both sides’ inboxes.',
  arguments: [{ name: 'id', isRequired: true, description: "The promise's id" }],
  options: { text: { type: 'string', valueName: 'COMMENT', description: 'Why it ends here' } },
  examples: ['accord promise end 0190e4c2-… --text "Superseded by the new pricing"'],
  async run({ args, options, connect, out }) {
    const client = await connect();
    const promise = await readPromise(client, args.id);
    const ended = await makeMove(client, promise, {
      act: 'end',
      ...(options.text === undefined ? {} : { text: options.text }),
    });
    out.print(ended, () => formatOutcome(describeDone('end', ended.title), ended));
  },
});

const leave = defineCommand({
  path: ['promise', 'leave'],
  summary: 'Leave an unfinished promise of a closed cycle as it is: it leaves your inbox',
  arguments: [{ name: 'id', isRequired: true, description: "The promise's id" }],
  examples: ['accord promise leave 0190e4c2-…'],
  async run({ args, connect, out }) {
    const client = await connect();
    const promise = await readPromise(client, args.id);
    await client.call(endpoints.leavePromiseAsItIs, { params: { id: promise.id } });
    out.print({ id: promise.id, left: true }, () => `You left '${promise.title}' as it is.`);
  },
});

export const promise = defineGroup(
  'promise',
  'One promise of a closed cycle: carry it over into the next cycle, end it, or leave it as it is',
  [carryOver, end, leave],
);
