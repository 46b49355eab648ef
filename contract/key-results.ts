import { z } from 'zod';
import { UNIT_KINDS } from '../core/scoring/key-result.js';
import { Id, Timestamp } from './common.js';

/** Values travel as decimal text so that money and metrics come back exactly as entered. */
export const DecimalText = z
  .string({ error: 'send the value as a decimal string, such as "12.5"' })
  .max(32, 'must have at most 32 characters')
  .regex(
    /^[+-]?\d+(\.\d+)?$/,
    'must be a plain decimal such as "12.5" (no exponent, no thousands separator)',
  );

export const Weight = z.number().positive().max(1000);

const metricBase = {
  kind: z.literal('metric'),
  unitKind: z.enum(UNIT_KINDS),
  unit: z.string().trim().max(20).default(''),
  start: DecimalText,
  weight: Weight.optional(),
};

export const KeyResultDefinition = z
  .union([
    z.object({ kind: z.literal('milestone'), weight: Weight.optional() }),
    z.object({ ...metricBase, direction: z.enum(['increase', 'decrease']), target: DecimalText }),
    z.object({
      ...metricBase,
      direction: z.literal('stay-within'),
      band: z.object({ low: DecimalText, high: DecimalText }),
    }),
  ])
  .meta({ id: 'KeyResultDefinition', description: 'How a condition of satisfaction is measured' });
export type KeyResultDefinition = z.infer<typeof KeyResultDefinition>;

export const KeyResultView = z
  .object({
    conditionId: Id,
    text: z.string(),
    definition: KeyResultDefinition,
    current: z.union([DecimalText, z.boolean()]).nullable(),
    progress: z.number().describe('0.0 to 1.0'),
    series: z.array(z.object({ at: Timestamp, value: z.union([DecimalText, z.boolean()]) })),
  })
  .meta({ id: 'KeyResultView' });
export type KeyResultView = z.infer<typeof KeyResultView>;
