import type { MoveBody, PromiseDetail } from '../../contract/promises.js';
import { Act, DeclineReasonCode } from '../../contract/protocol.js';
import { defineCommand } from '../command.js';
import { usageError } from '../errors.js';
import { calendarDate, oneOf } from '../option-values.js';
import { makeMove, readPromise } from '../promise-calls.js';
import { describeDone, formatOutcome } from '../promise-text.js';

type Changes = NonNullable<MoveBody['changes']>;

const PROPOSING_ACTS: readonly Act[] = ['counter', 'renegotiate'];

export const move = defineCommand({
  path: ['move'],
  summary: 'Make a move on a promise: promise, counter, accept-offer, decline, report-complete…',
  description: [
    'ACT is one of: request, offer, promise, accept-offer, counter, decline, withdraw, revoke,',
    'renegotiate, report-complete, declare-satisfied, declare-dissatisfied, discard, comment.',
    'The move is made against the version of the promise as it is read now; if someone moves it',
    'in between, the server refuses and nothing changes. counter and renegotiate propose changes',
    'with --due, --title, --description and --condition (which replaces the whole list). decline,',
    'revoke and declare-dissatisfied need --reason, and so does withdrawing a promise once made.',
  ].join('\n'),
  arguments: [
    { name: 'id', isRequired: true, description: "The promise's id" },
    { name: 'act', isRequired: true, description: 'The move to make' },
  ],
  options: {
    reason: { type: 'string', valueName: 'TEXT', description: 'Why: needed to decline, revoke or withdraw' },
    'reason-code': {
      type: 'string',
      valueName: 'CODE',
      description: `With --reason: ${DeclineReasonCode.options.join(', ')}`,
    },
    text: { type: 'string', valueName: 'COMMENT', description: 'A comment that goes with the move' },
    due: { type: 'string', valueName: 'DATE', description: 'Propose this due date (YYYY-MM-DD)' },
    title: { type: 'string', valueName: 'TEXT', description: 'Propose this title' },
    description: { type: 'string', valueName: 'TEXT', description: 'Propose this description' },
    condition: {
      type: 'string',
      valueName: 'TEXT',
      isRepeatable: true,
      description: 'Propose these conditions of satisfaction instead of the current ones',
    },
    'reply-by': {
      type: 'string',
      valueName: 'DATE',
      description: 'With request, offer, counter or renegotiate: the day to answer by (YYYY-MM-DD)',
    },
    as: {
      type: 'string',
      valueName: 'SIDE',
      description: 'customer or performer: which side you move for, when you are on both',
    },
  },
  examples: [
    'accord move 0190e4c2-… promise',
    'accord move 0190e4c2-… counter --due 2027-03-31 --condition "Activation above 35%"',
    'accord move 0190e4c2-… decline --reason "We are full this quarter" --reason-code capacity',
    'accord move 0190e4c2-… comment --text "Design review on Monday"',
  ],
  async run({ args, options, connect, out }) {
    const act = oneOf(args.act, Act.options, 'ACT');
    const as = options.as === undefined ? undefined : oneOf(options.as, ['customer', 'performer'], '--as');
    if (options['reason-code'] !== undefined && options.reason === undefined) {
      throw usageError('--reason-code goes with --reason TEXT');
    }
    const code =
      options['reason-code'] === undefined
        ? undefined
        : oneOf(options['reason-code'], DeclineReasonCode.options, '--reason-code');
    const proposed = {
      title: options.title,
      description: options.description,
      dueDate: options.due === undefined ? undefined : calendarDate(options.due, '--due'),
      conditions: options.condition.length > 0 ? options.condition : undefined,
    };
    const isProposing = Object.values(proposed).some((value) => value !== undefined);
    if (isProposing && !PROPOSING_ACTS.includes(act)) {
      throw usageError(
        `--due, --title, --description and --condition go with counter or renegotiate, not ${act}`,
      );
    }

    const client = await connect();
    const promise = await readPromise(client, args.id);
    const body: Omit<MoveBody, 'version'> = {
      act,
      ...(options.reason === undefined
        ? {}
        : { reason: { text: options.reason, ...(code ? { code } : {}) } }),
      ...(isProposing ? { changes: changesTo(promise, proposed) } : {}),
      ...(options.text === undefined ? {} : { text: options.text }),
      ...(as ? { as } : {}),
      ...(options['reply-by'] === undefined
        ? {}
        : { replyBy: calendarDate(options['reply-by'], '--reply-by') }),
    };
    const moved = await makeMove(client, promise, body);
    out.print(moved, () => formatOutcome(describeDone(act, moved.title), moved));
  },
});

/**
 * The proposal's changes. A condition whose text is already on the table is kept whole (its id
 * and anything else it carries), so the proposal shows only what really changes rather than
 * every condition removed and added again.
 */
function changesTo(
  promise: PromiseDetail,
  proposed: {
    title?: string | undefined;
    description?: string | undefined;
    dueDate?: string | undefined;
    conditions?: readonly string[] | undefined;
  },
): Changes {
  const onTheTable = promise.proposal?.proposedTerms ?? promise.terms;
  const unclaimed = [...onTheTable.conditions];
  const conditions = proposed.conditions?.map((text) => {
    const index = unclaimed.findIndex((condition) => condition.text === text.trim());
    const [kept] = index === -1 ? [] : unclaimed.splice(index, 1);
    return kept ? { ...kept, text } : { text };
  });
  return {
    ...(proposed.title === undefined ? {} : { title: proposed.title }),
    ...(proposed.description === undefined ? {} : { description: proposed.description }),
    ...(proposed.dueDate === undefined ? {} : { dueDate: proposed.dueDate }),
    ...(conditions === undefined ? {} : { conditions }),
  };
}
