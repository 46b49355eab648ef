import { defineCommand } from '../command.js';
import { formatProgress } from '../key-result-text.js';
import { readProgress } from '../promise-calls.js';
import { formatTime } from '../promise-text.js';
import { defineGroup } from '../registry.js';

const listKeyResults = defineCommand({
  path: ['kr', 'list'],
  summary: "List a promise's key results with their current values, progress and the score",
  description: [
    'The key results are the measured conditions of satisfaction, numbered as accord checkin',
    '--kr N=VALUE takes them. A promise being kept is stale when a check-in is overdue.',
  ].join('\n'),
  arguments: [{ name: 'id', isRequired: true, description: "The promise's id" }],
  examples: ['accord kr list 0190e4c2-…', 'accord kr list 0190e4c2-… --json'],
  async run({ args, connect, out }) {
    const client = await connect();
    const progress = await readProgress(client, args.id);
    if (progress.isStale && progress.nextCheckInDue !== null) {
      out.warn(
        `stale: a check-in was due ${formatTime(progress.nextCheckInDue)}; the performer checks in with accord checkin ${progress.promiseId}`,
      );
    }
    out.print(progress, formatProgress);
  },
});

export const kr = defineGroup('kr', "Key results: how a promise's conditions of satisfaction are measured", [
  listKeyResults,
]);
