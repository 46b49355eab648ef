import { z } from 'zod';
import {
  Email,
  Id,
  isPasswordTheEmail,
  isRequired,
  Password,
  PersonName,
  RequiredText,
  Role,
} from './common.js';
import { Can } from './policies.js';

export const OrganizationName = RequiredText(120);

export const SignupBody = z
  .object({
    organizationName: OrganizationName,
    name: PersonName,
    email: Email,
    password: Password,
  })
  .refine((body) => !isPasswordTheEmail(body.password, body.email), {
    path: ['password'],
    message: 'cannot be your email address',
  });
export type SignupBody = z.input<typeof SignupBody>;

/**
 * The answer to a sign-up the instance confirms by email: the same whether the address has an
 * account or not, so it never tells which.
 */
export const SignupPending = z.object({
  pending: z.literal(true),
  message: z.string(),
});
export type SignupPending = z.infer<typeof SignupPending>;

export const SignupConfirmBody = z.object({
  token: z
    .string({ error: isRequired })
    .min(1, 'cannot be empty')
    .max(200, 'must have at most 200 characters'),
});
export type SignupConfirmBody = z.input<typeof SignupConfirmBody>;

export const LoginBody = z.object({
  email: Email,
  // Login never reveals the password rules; it only bounds the size we hash.
  password: z
    .string({ error: isRequired })
    .min(1, 'cannot be empty')
    .max(200, 'must have at most 200 characters'),
});
export type LoginBody = z.input<typeof LoginBody>;

export const OrganizationSummary = z
  .object({
    id: Id,
    name: z.string(),
    slug: z.string(),
    role: Role,
    can: Can('organization', 'OrganizationActions').extend({
      inviteAs: z.array(Role).describe('The roles the signed-in person may invite someone with'),
    }),
  })
  .meta({ id: 'OrganizationSummary' });
export type OrganizationSummary = z.infer<typeof OrganizationSummary>;

export const Me = z
  .object({
    person: z.object({ id: Id, name: z.string(), email: z.string() }),
    organization: OrganizationSummary.nullable().describe('The organization this session or token acts in'),
    organizations: z.array(OrganizationSummary),
    authenticatedBy: z.enum(['session', 'token']),
  })
  .meta({ id: 'Me' });
export type Me = z.infer<typeof Me>;

export const SwitchOrganizationBody = z.object({ organizationId: Id });

export const CreateOrganizationBody = z.object({ name: OrganizationName });

/**
 * Signing up answers the person signed in (without email, or for an instance's first organization)
 * or, when the instance confirms sign-ups by email, that a link is on its way.
 */
export const SignupAnswer = z.union([Me, SignupPending]);
export type SignupAnswer = z.infer<typeof SignupAnswer>;
