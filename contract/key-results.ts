import { z } from 'zod';
import { Id, Timestamp } from './common.js';
import { CalendarDate } from './planning.js';

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
  unitKind: z.enum(['number', 'percent', 'currency']),
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

export const CheckInStatus = z.enum(['on-track', 'at-risk', 'off-track']);
export type CheckInStatus = z.infer<typeof CheckInStatus>;

export const CheckInValueInput = z.union([
  z.object({ conditionId: Id, value: DecimalText }),
  z.object({ conditionId: Id, done: z.boolean() }),
]);

export const CreateCheckInBody = z.object({
  values: z.array(CheckInValueInput).max(50).default([]),
  confidence: z.number().int().min(0, 'is from 0 to 10').max(10, 'is from 0 to 10'),
  status: CheckInStatus,
  note: z.string().trim().max(5000).default(''),
  blockers: z.string().trim().max(5000).default(''),
});

export const CheckInAnswerKind = z.enum(['acknowledge', 'comment', 'offer-help']);

export const CheckInAnswer = z
  .object({
    id: Id,
    kind: CheckInAnswerKind,
    text: z.string(),
    person: z.object({ id: Id, name: z.string() }),
    at: Timestamp,
  })
  .meta({ id: 'CheckInAnswer' });

export const CheckIn = z
  .object({
    id: Id,
    promiseId: Id,
    person: z.object({ id: Id, name: z.string() }),
    at: Timestamp,
    values: z.array(
      z.object({ conditionId: Id, value: DecimalText.nullable(), done: z.boolean().nullable() }),
    ),
    confidence: z.number().int(),
    status: CheckInStatus,
    note: z.string(),
    blockers: z.string(),
    answers: z.array(CheckInAnswer),
  })
  .meta({ id: 'CheckIn' });
export type CheckIn = z.infer<typeof CheckIn>;

export const CheckInList = z.object({ checkIns: z.array(CheckIn) });

export const AnswerCheckInBody = z.object({
  kind: CheckInAnswerKind,
  text: z.string().trim().max(5000).default(''),
});

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

export const Progress = z
  .object({
    promiseId: Id,
    score: z
      .number()
      .nullable()
      .describe('Weighted mean of the key results, 0.0 to 1.0; null without key results'),
    rolledUpScore: z.number().nullable().describe('With the promises that contribute to it, weighted'),
    startDate: CalendarDate,
    dueDate: CalendarDate,
    keyResults: z.array(KeyResultView),
    confidence: z.array(z.object({ at: Timestamp, confidence: z.number().int(), status: CheckInStatus })),
    lastCheckInAt: Timestamp.nullable(),
    nextCheckInDue: Timestamp.nullable(),
    isStale: z.boolean(),
  })
  .meta({ id: 'Progress' });
export type Progress = z.infer<typeof Progress>;

export const RetrospectiveBody = z.object({
  wentWell: z.string().trim().max(10_000).default(''),
  toChange: z.string().trim().max(10_000).default(''),
});

export const Retrospective = z.object({
  id: Id,
  side: z.enum(['customer', 'performer']),
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

export const UpdateCycleBody = z.object({
  checkInCadence: z.enum(['weekly', 'biweekly', 'monthly']).optional(),
});
