import { z } from 'zod';
import { CHECK_IN_ANSWER_KINDS, CHECK_IN_STATUSES } from '../core/scoring/check-in.js';
import { CalendarDate, Id, isRequired, OptionalText, Timestamp } from './common.js';
import { DecimalText, KeyResultView } from './key-results.js';
import { PageQuery, pageOf } from './pages.js';

export const CheckInStatus = z.enum(CHECK_IN_STATUSES);
export type CheckInStatus = z.infer<typeof CheckInStatus>;

export const CheckInValueInput = z.union([
  z.object({ conditionId: Id, value: DecimalText }),
  z.object({ conditionId: Id, done: z.boolean() }),
]);

const confidenceMessage = 'must be a whole number from 0 to 10';

export const CreateCheckInBody = z.object({
  values: z.array(CheckInValueInput).max(50).default([]),
  confidence: z
    .number({ error: (issue) => isRequired(issue) ?? confidenceMessage })
    .int(confidenceMessage)
    .min(0, confidenceMessage)
    .max(10, confidenceMessage),
  status: CheckInStatus,
  note: OptionalText(5000).default(''),
  blockers: OptionalText(5000).default(''),
});

export const CheckInAnswerKind = z.enum(CHECK_IN_ANSWER_KINDS);

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

/** A promise's check-ins, newest first. */
export const CheckInList = pageOf('checkIns', CheckIn);
export const CheckInsQuery = PageQuery(20);

/** Acknowledging may go without words; a comment or an offer of help says something. */
export const AnswerCheckInBody = z
  .object({
    kind: CheckInAnswerKind,
    text: OptionalText(5000).default(''),
  })
  .refine((body) => body.kind === 'acknowledge' || body.text !== '', {
    path: ['text'],
    message: 'cannot be empty for a comment or an offer of help',
  });

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
    timeUsed: z
      .number()
      .nullable()
      .describe(
        "Share of the time used, 0.0 to 1.0, from the later of the agreement and the cycle's start to the end of the due date; null when the promise is not being kept",
      ),
    keyResults: z.array(KeyResultView),
    confidence: z.array(z.object({ at: Timestamp, confidence: z.number().int(), status: CheckInStatus })),
    lastCheckInAt: Timestamp.nullable(),
    nextCheckInDue: Timestamp.nullable(),
    isStale: z.boolean(),
  })
  .meta({ id: 'Progress' });
export type Progress = z.infer<typeof Progress>;
