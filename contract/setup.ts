import { z } from 'zod';
import { Id, Timestamp } from './common.js';

export const SetupStatus = z.object({
  needsSetup: z.boolean().describe('True while the instance has no organization'),
  signup: z.enum(['open', 'closed']),
});
export type SetupStatus = z.infer<typeof SetupStatus>;

export const JobStatus = z.enum(['running', 'succeeded', 'failed']);

export const Job = z
  .object({
    id: Id,
    kind: z.string(),
    status: JobStatus,
    done: z.number().int(),
    total: z.number().int(),
    step: z.string(),
    error: z.string().nullable(),
    result: z.unknown().optional(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  })
  .meta({ id: 'Job' });
export type Job = z.infer<typeof Job>;

export const Health = z.object({
  status: z.literal('ok'),
  database: z.enum(['sqlite', 'postgres']),
});

export const Readiness = z.object({
  status: z.literal('ready'),
  database: z.enum(['sqlite', 'postgres']),
  migrations: z
    .number()
    .int()
    .describe('How many migrations the database has applied: every one this version knows'),
});

export const DemoCredentials = z.object({
  organizationName: z.string(),
  password: z.string(),
  people: z.array(z.object({ name: z.string(), email: z.string(), title: z.string() })),
});
export type DemoCredentials = z.infer<typeof DemoCredentials>;
