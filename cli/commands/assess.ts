import type { Assessment } from '../../contract/assessments.js';
import { getAssessment, writeRetrospective } from '../../contract/endpoints/assessments.js';
import { urlOf } from '../../contract/endpoints/endpoint.js';
import { defineCommand } from '../command.js';
import { CliError, usageError } from '../errors.js';
import type { AccordClient } from '../http.js';
import { formatAssessment } from '../key-result-text.js';
import { formatPairs } from '../output.js';
import { makeMove, readPromise } from '../promise-calls.js';
import { describeDone, describeStatus } from '../promise-text.js';

export const assess = defineCommand({
  path: ['assess'],
  summary: 'Assess a promise reported complete, as its customer: satisfied or dissatisfied',
  description: [
    'Declares you satisfied (the promise is kept) or dissatisfied (the performer keeps working on',
    'it; --note says what is missing). The final value and score of each key result are kept with',
    'the declaration. With --went-well or --to-change you also write your retrospective, once',
    'satisfied.',
  ].join('\n'),
  arguments: [{ name: 'id', isRequired: true, description: "The promise's id" }],
  options: {
    satisfied: { type: 'boolean', description: 'The conditions of satisfaction are met' },
    dissatisfied: { type: 'boolean', description: 'They are not: the performer carries on' },
    note: {
      type: 'string',
      valueName: 'TEXT',
      description: 'Why: needed with --dissatisfied, where it is the reason',
    },
    'went-well': { type: 'string', valueName: 'TEXT', description: 'Retrospective: what went well' },
    'to-change': {
      type: 'string',
      valueName: 'TEXT',
      description: 'Retrospective: what to change next time',
    },
  },
  examples: [
    'accord assess 0190e4c2-… --satisfied --note "Great" --went-well "Weekly demos"',
    'accord assess 0190e4c2-… --dissatisfied --note "Conversion is 2.2%, not 2.5%"',
  ],
  async run({ args, options, connect, out }) {
    const declaration = declarationFrom(options);
    const retrospective = { wentWell: options['went-well'], toChange: options['to-change'] };
    const isLookingBack = retrospective.wentWell !== undefined || retrospective.toChange !== undefined;
    if (declaration.act === 'declare-dissatisfied' && isLookingBack) {
      throw usageError(
        '--went-well and --to-change go with --satisfied',
        'Declared dissatisfied, the promise is being kept again: look back once it is kept.',
      );
    }

    const client = await connect();
    const promise = await readPromise(client, args.id);
    const moved = await makeMove(client, promise, declaration);
    const assessment = isLookingBack
      ? await lookBack(client, moved.id, retrospective)
      : await client.call(getAssessment, { params: { id: moved.id } });
    out.print(assessment, () =>
      [
        describeDone(declaration.act, moved.title),
        formatPairs([['Status', describeStatus(moved)]]),
        formatAssessment(assessment),
      ].join('\n\n'),
    );
  },
});

type Declaration =
  | { act: 'declare-satisfied'; text?: string }
  | { act: 'declare-dissatisfied'; reason: { text: string } };

/** The move the flags ask for: the note is the comment of a satisfied one, the reason of the other. */
function declarationFrom(options: {
  satisfied: boolean;
  dissatisfied: boolean;
  note: string | undefined;
}): Declaration {
  if (options.satisfied === options.dissatisfied) {
    throw usageError(
      options.satisfied
        ? 'use either --satisfied or --dissatisfied, not both'
        : 'accord assess needs --satisfied or --dissatisfied',
    );
  }
  const note = options.note?.trim();
  if (note === '') throw usageError('--note cannot be empty');
  if (options.satisfied) return { act: 'declare-satisfied', ...(note === undefined ? {} : { text: note }) };
  if (note === undefined) {
    throw usageError('--dissatisfied needs --note TEXT: say what is missing, so the performer knows');
  }
  return { act: 'declare-dissatisfied', reason: { text: note } };
}

/** The retrospective comes after the declaration; if it fails, say that the declaration stands. */
async function lookBack(
  client: AccordClient,
  id: string,
  retrospective: { wentWell: string | undefined; toChange: string | undefined },
): Promise<Assessment> {
  try {
    return await client.call(writeRetrospective, {
      params: { id },
      body: {
        ...(retrospective.wentWell === undefined ? {} : { wentWell: retrospective.wentWell }),
        ...(retrospective.toChange === undefined ? {} : { toChange: retrospective.toChange }),
      },
    });
  } catch (error) {
    if (!(error instanceof CliError)) throw error;
    const request = `${writeRetrospective.method} ${urlOf(writeRetrospective, { params: { id } })}`;
    throw new CliError(
      error.code,
      `your assessment was recorded, but not your retrospective: ${error.message}`,
      {
        ...(error.api ? { api: error.api } : {}),
        hint: `The declaration stands; write the retrospective in Accord, or with ${request}.`,
        cause: error,
      },
    );
  }
}
