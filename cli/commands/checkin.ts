import { CheckInStatus } from '../../contract/check-ins.js';
import { createCheckIn } from '../../contract/endpoints/check-ins.js';
import { defineCommand } from '../command.js';
import { formatCheckIn } from '../key-result-text.js';
import { checkInValues, KEY_RESULT_SYNTAX, parseKeyResultEntry } from '../key-result-values.js';
import { oneOf, wholeNumber } from '../option-values.js';
import { readProgress } from '../promise-calls.js';

/** The confidence of a first check-in: the middle of the scale, neither sure nor doubtful. */
const FIRST_CONFIDENCE = 5;

export const checkin = defineCommand({
  path: ['checkin'],
  summary: "Check in on a promise you are keeping: its key results' values, confidence and status",
  description: [
    KEY_RESULT_SYNTAX,
    '',
    'Key results left out keep their last value. --confidence defaults to that of the last',
    `check-in (${FIRST_CONFIDENCE} for the first) and --status to on-track. Only the performer checks in,`,
    'and only while the promise is being kept.',
  ].join('\n'),
  arguments: [{ name: 'id', isRequired: true, description: "The promise's id" }],
  options: {
    kr: {
      type: 'string',
      valueName: 'KR=VALUE',
      isRepeatable: true,
      description: "A key result's value now; repeat for each",
    },
    confidence: {
      type: 'string',
      valueName: 'N',
      description: 'How sure you are to keep the promise, from 0 to 10',
    },
    status: {
      type: 'string',
      valueName: 'STATUS',
      description: `One of ${CheckInStatus.options.join(', ')} (default on-track)`,
    },
    note: { type: 'string', valueName: 'TEXT', description: 'What happened since the last check-in' },
    blockers: { type: 'string', valueName: 'TEXT', description: 'What stands in the way' },
  },
  examples: [
    'accord checkin 0190e4c2-… --kr 1=40 --kr 2=done --confidence 7',
    'accord checkin 0190e4c2-… --kr "activation=38.5" --status at-risk --blockers "Waiting on design"',
  ],
  async run({ args, options, connect, out }) {
    const entries = options.kr.map(parseKeyResultEntry);
    const confidence =
      options.confidence === undefined
        ? undefined
        : wholeNumber(options.confidence, '--confidence', { min: 0, max: 10 });
    const status =
      options.status === undefined ? 'on-track' : oneOf(options.status, CheckInStatus.options, '--status');

    const client = await connect();
    const before = await readProgress(client, args.id);
    const checkIn = await client.call(createCheckIn, {
      params: { id: args.id },
      body: {
        values: checkInValues(before, entries),
        confidence: confidence ?? before.confidence.at(-1)?.confidence ?? FIRST_CONFIDENCE,
        status,
        ...(options.note === undefined ? {} : { note: options.note }),
        ...(options.blockers === undefined ? {} : { blockers: options.blockers }),
      },
    });
    const after = await readProgress(client, args.id);
    out.print(checkIn, () => formatCheckIn(checkIn, after));
  },
});
