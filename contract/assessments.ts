import { z } from 'zod';
import { Id, OptionalText, Timestamp } from './common.js';
import { DecimalText } from './key-results.js';
import { Side } from './protocol.js';

/** A retrospective says something: what went well, what to change, or both. */
export const RetrospectiveBody = z
  .object({
    wentWell: OptionalText(10_000).default(''),
    toChange: OptionalText(10_000).default(''),
  })
  .refine(
    (body) => body.wentWell !== '' || body.toChange !== '',
    'write what went well, what to change, or both',
  );

export const Retrospective = z.object({
  id: Id,
  side: Side,
  person: z.object({ id: Id, name: z.string() }),
  wentWell: z.string(),
  toChange: z.string(),
  at: Timestamp,
});

export const Assessment = z
  .object({
    promiseId: Id,
    satisfaction: z
      .object({
        satisfied: z.boolean(),
        note: z.string(),
        person: z.object({ id: Id, name: z.string() }),
        at: Timestamp,
        score: z.number().nullable(),
        keyResults: z.array(
          z.object({
            conditionId: Id,
            text: z.string(),
            final: z.union([DecimalText, z.boolean()]).nullable(),
            score: z.number(),
          }),
        ),
      })
      .nullable()
      .describe('The latest declaration by the customer'),
    declarations: z.number().int().describe('How many times the customer assessed a completion'),
    retrospectives: z.array(Retrospective),
  })
  .meta({ id: 'Assessment' });
export type Assessment = z.infer<typeof Assessment>;
