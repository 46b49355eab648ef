import type { Progress } from '../contract/check-ins.js';
import { getProgress } from '../contract/endpoints/check-ins.js';
import * as endpoints from '../contract/endpoints/promises.js';
import type { ErrorDetails } from '../contract/error-details.js';
import type { MoveBody, PromiseDetail } from '../contract/promises.js';
import type { Act } from '../contract/protocol.js';
import { CliError } from './errors.js';
import type { AccordClient } from './http.js';

/**
 * Calls on one promise whose refusals get a next step: the server says what is wrong, and the
 * hint says which flag or command puts it right.
 */

export async function readPromise(client: AccordClient, id: string, at?: string): Promise<PromiseDetail> {
  try {
    return await client.call(endpoints.getPromise, { params: { id }, query: { at } });
  } catch (error) {
    // With --at the server explains itself (the promise did not exist yet); without, it is the id.
    throw at === undefined ? explainUnknownId(error, id) : error;
  }
}

/** The promise's key results, score and check-in timing. */
export async function readProgress(client: AccordClient, id: string): Promise<Progress> {
  try {
    return await client.call(getProgress, { params: { id } });
  } catch (error) {
    throw explainUnknownId(error, id);
  }
}

/** Makes the move against the version just read, so nobody types a version. */
export async function makeMove(
  client: AccordClient,
  promise: PromiseDetail,
  move: Omit<MoveBody, 'version'>,
): Promise<PromiseDetail> {
  try {
    return await client.call(endpoints.makeMove, {
      params: { id: promise.id },
      body: { ...move, version: promise.version },
    });
  } catch (error) {
    if (!(error instanceof CliError) || error.api === undefined) throw error;
    const hint = hintForRefusal(error.api.details, move.act, promise.id);
    if (hint === undefined) throw error;
    throw new CliError(error.code, error.message, { api: error.api, hint, cause: error });
  }
}

function hintForRefusal(details: ErrorDetails | undefined, act: Act, id: string): string | undefined {
  if (details?.kind === 'moved-meanwhile') return staleHint(id);
  if (details?.kind !== 'move-refused') return undefined;
  switch (details.refusal) {
    case 'reason-required':
      return 'Say why with --reason TEXT, and if you like --reason-code capacity|priority|scope|other.';
    case 'changes-required':
      return `Say what changes with --due DATE, --title TEXT or --condition TEXT (repeat it for each condition).`;
    case 'text-required':
      return 'Write the comment with --text TEXT.';
    case 'stale-version':
      return staleHint(id);
    default: {
      const others = details.allowedMoves.filter((move) => move !== act);
      return others.length > 0
        ? `Your moves now: ${others.join(', ')}.`
        : 'You have no moves on this promise now.';
    }
  }
}

const staleHint = (id: string) =>
  `Someone moved it meanwhile: run 'accord promises show ${id}', then try again.`;

/** A 404 on a promise's own address means the id: say so, and where to find the right one. */
function explainUnknownId(error: unknown, id: string): unknown {
  if (!(error instanceof CliError) || error.api?.status !== 404) return error;
  return new CliError('api', `no promise has the id '${id}'`, {
    hint: "Run 'accord promises list' to see the promises you can see and their ids.",
    cause: error,
  });
}
