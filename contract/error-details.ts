import { z } from 'zod';
import { cycleRefusalCodes } from '../core/planning/cycle.js';
import { cycleMoveRefusalCodes } from '../core/planning/cycle-state.js';
import { horizonRefusalCodes } from '../core/planning/horizon.js';
import { planningOffsetsRefusalCodes } from '../core/planning/planning-timeline.js';
import { ACTS } from '../core/promises/move.js';
import { refusalCodes } from '../core/promises/refusal.js';
import { STATUSES } from '../core/promises/state.js';
import { keyResultRefusalCodes } from '../core/scoring/key-result.js';

/**
 * What an error says beyond its message, for a client that reacts to it: a form puts validation
 * issues next to their fields, the CLI turns a refused move into a next step. Each variant names
 * itself in `kind`; the other fields are the ones clients read since before `kind` existed, so
 * older clients keep working. The codes come from core, where the rules that refuse live.
 */

/** One problem with the request, at a dotted path into it (`conditions.0.text`) or the part's name. */
export const ValidationIssue = z.object({ path: z.string(), message: z.string() });
export type ValidationIssue = z.infer<typeof ValidationIssue>;

const refusalsOf = <const C extends readonly [string, ...string[]]>(codes: C) =>
  z.array(z.object({ code: z.enum(codes), message: z.string() }));

export const ErrorDetails = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('validation'), issues: z.array(ValidationIssue) }),
    z
      .object({
        kind: z.literal('move-refused'),
        refusal: z.enum(refusalCodes),
        status: z.enum(STATUSES),
        version: z.number().int(),
        allowedMoves: z.array(z.enum(ACTS)).describe('What the mover may do instead, now'),
      })
      .describe('The promise protocol refused a move'),
    z
      .object({ kind: z.literal('moved-meanwhile'), refusal: z.literal('stale-version') })
      .describe('Someone else changed the promise at the same moment; reload it'),
    z.object({ kind: z.literal('key-result-refused'), refusal: z.enum(keyResultRefusalCodes) }),
    z.object({ kind: z.literal('cycle-move-refused'), refusal: z.enum(cycleMoveRefusalCodes) }),
    z.object({
      kind: z.literal('cycle-refused'),
      refusals: z.array(
        z.object({
          code: z.enum(cycleRefusalCodes),
          message: z.string(),
          conflictingCycleId: z.string().optional().describe('The cycle it conflicts with'),
        }),
      ),
    }),
    z.object({ kind: z.literal('horizon-refused'), refusals: refusalsOf(horizonRefusalCodes) }),
    z.object({
      kind: z.literal('planning-timeline-refused'),
      refusals: refusalsOf(planningOffsetsRefusalCodes),
    }),
  ])
  .meta({ id: 'ErrorDetails' });
export type ErrorDetails = z.infer<typeof ErrorDetails>;

/** The details of one kind, e.g. `DetailsOf<'move-refused'>`. */
export type DetailsOf<K extends ErrorDetails['kind']> = Extract<ErrorDetails, { kind: K }>;
