import { z } from 'zod';
import { ROLES } from '../core/organization/roles.js';
import { ErrorDetails } from './error-details.js';

/*
 * Issue messages read after the field's name: the API says "body: title cannot be empty", and a web
 * form shows the same message, capitalized, under the field ("Cannot be empty"). So each rule's
 * message is written once, here in the contract, for both.
 */

/** A contract message ("cannot be empty") as it shows on its own, under a form's field ("Cannot be empty"). */
export function fieldMessage(message: string): string {
  return message.charAt(0).toUpperCase() + message.slice(1);
}

/** The message of a value left out (or left empty in a form, which sends it as missing). */
export const isRequired = (issue: { input?: unknown }) =>
  issue.input === undefined ? 'is required' : undefined;

/** Trimmed text of 1 to `max` characters. */
export function RequiredText(max: number) {
  return z
    .string({ error: isRequired })
    .trim()
    .min(1, 'cannot be empty')
    .max(max, `must have at most ${max} characters`);
}

/** Trimmed text of at most `max` characters, possibly empty. */
export function OptionalText(max: number) {
  return z.string().trim().max(max, `must have at most ${max} characters`);
}

/** Ids are opaque text made by the server (UUIDv7). Unknown or malformed ids are a 404, not a 400. */
export const Id = z.string({ error: isRequired }).min(1).max(64).describe('An opaque identifier');

/*
 * Two kinds of time travel as text and must never be mistaken for each other: an instant (a move, a
 * check-in) and a calendar date (a due date, a cycle's days), which names a day in every time zone.
 * Each has its own type. The brand is a property no value has, so any text may become either kind
 * (the store reads both from plain columns, without a cast), but one kind is never accepted where
 * the other is expected: a due date cannot reach the web app's instant formatter.
 */
declare const timeKind: unique symbol;

/** UTC instant as ISO-8601 text, the same from SQLite and PostgreSQL. */
export type Timestamp = string & { readonly [timeKind]?: 'timestamp' };
export const Timestamp: z.ZodType<Timestamp, string> = z.iso.datetime().describe('UTC instant, ISO-8601');

/**
 * `?at=`: the moment a view of the plan is asked as of (an instant with an offset, or UTC). A moment
 * in the future is refused by the service; one before the organization existed is an empty plan.
 */
export const AsOf = z.iso
  .datetime({ offset: true })
  .describe('The plan as it stood at this moment: what existed by then, as it stood then');

export const Email = z
  .email({ error: 'must be an email address such as ada@example.com' })
  .max(254, 'must have at most 254 characters')
  .transform((value) => value.trim().toLowerCase());

export const PersonName = RequiredText(120);

/**
 * A new password: long enough to be hard to guess, short enough to keep hashing cheap and bounded.
 * These are the rules a form can check as the person types; the server also refuses the owner's
 * email and common passwords (server/security/password-strength.ts; README, "Passwords").
 */
export const Password = z
  .string({ error: isRequired })
  .min(12, 'must have at least 12 characters')
  .max(200, 'must have at most 200 characters')
  .refine((password) => !/^(.)\1*$/su.test(password), 'cannot be one character repeated');

/** Whether a new password is the email it signs in with, which anyone who knows the person could guess. */
export const isPasswordTheEmail = (password: string, email: string) =>
  password.trim().toLowerCase() === email.trim().toLowerCase();

export const Role = z.enum(ROLES).meta({ id: 'Role' });
export type Role = z.infer<typeof Role>;

export const ErrorCode = z.enum([
  'validation_failed',
  'invalid_json',
  'unsupported_media_type',
  'payload_too_large',
  'uri_too_long',
  'headers_too_large',
  'request_timeout',
  'unauthenticated',
  'forbidden',
  'csrf_failed',
  'not_found',
  'conflict',
  'rate_limited',
  'internal',
  'unavailable',
]);
export type ErrorCode = z.infer<typeof ErrorCode>;

export const ErrorResponse = z
  .object({
    error: z.object({
      code: ErrorCode,
      message: z.string(),
      details: ErrorDetails.optional(),
    }),
  })
  .meta({ id: 'Error' });
export type ErrorResponse = z.infer<typeof ErrorResponse>;

/**
 * An error body as a client reads it. A code or details the client does not know (a newer server's)
 * are dropped rather than hiding the message, which is always there for a person to read.
 */
export const ReceivedError = z.object({
  error: z.object({
    code: z.string().optional().catch(undefined),
    message: z.string(),
    details: ErrorDetails.optional().catch(undefined),
  }),
});

export const IdParams = z.object({ id: Id });

export const Ok = z.object({ ok: z.literal(true) });

/** A day ('YYYY-MM-DD') without a time zone: the same day wherever it is read. */
export type CalendarDate = string & { readonly [timeKind]?: 'calendar-date' };
export const CalendarDate: z.ZodType<CalendarDate, string> = z.iso
  .date({ error: (issue) => isRequired(issue) ?? 'must be a date such as 2031-12-31' })
  .describe('A calendar date, YYYY-MM-DD');
