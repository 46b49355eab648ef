import { z } from 'zod';
import { Email, isRequired, Password, PersonName, Timestamp } from './common.js';

/** The password a person signs in with now, asked before a change only they should make. */
export const CurrentPassword = z
  .string({ error: isRequired })
  .min(1, 'cannot be empty')
  .max(200, 'must have at most 200 characters');

export const ChangeNameBody = z.object({ name: PersonName });
export type ChangeNameBody = z.input<typeof ChangeNameBody>;

/** Every other session ends; the one that asked stays signed in. */
export const ChangePasswordBody = z.object({ currentPassword: CurrentPassword, password: Password });
export type ChangePasswordBody = z.input<typeof ChangePasswordBody>;

export const ChangeEmailBody = z.object({ email: Email, currentPassword: CurrentPassword });
export type ChangeEmailBody = z.input<typeof ChangeEmailBody>;

export const EmailChangeRequested = z.object({
  email: z
    .string()
    .describe(
      'The new address, which a link was emailed to; the account keeps the old one until it is followed',
    ),
  expiresAt: Timestamp.describe('When the link stops working'),
});
export type EmailChangeRequested = z.infer<typeof EmailChangeRequested>;

/** The secret of an emailed account link (a password reset, an email confirmation). */
export const AccountLinkToken = z
  .string({ error: isRequired })
  .regex(/^[A-Za-z0-9_-]{20,100}$/, 'is not a link this instance sent');

export const ConfirmEmailBody = z.object({ token: AccountLinkToken });

export const EmailConfirmed = z.object({ email: z.string().describe('The address the account now has') });
export type EmailConfirmed = z.infer<typeof EmailConfirmed>;

export const DeleteAccountBody = z.object({ currentPassword: CurrentPassword });
export type DeleteAccountBody = z.input<typeof DeleteAccountBody>;

/** Whoever asks gets the same answer, so it never tells whether an account has this email. */
export const ForgotPasswordBody = z.object({ email: Email });
export type ForgotPasswordBody = z.input<typeof ForgotPasswordBody>;

export const ResetPasswordBody = z.object({ token: AccountLinkToken, password: Password });
export type ResetPasswordBody = z.input<typeof ResetPasswordBody>;
