import { z } from 'zod';
import { Email, Id, Password, PersonName, Role, Timestamp } from './common.js';
import { PageQuery, pageOf } from './pages.js';
import { Can } from './policies.js';

export const InvitationStatus = z.enum(['pending', 'accepted', 'revoked', 'expired']);

export const Invitation = z
  .object({
    id: Id,
    email: z.string(),
    role: Role,
    status: InvitationStatus,
    invitedBy: z.object({ id: Id, name: z.string() }),
    createdAt: Timestamp,
    expiresAt: Timestamp,
    can: Can('invitation', 'InvitationActions'),
  })
  .meta({ id: 'Invitation' });
export type Invitation = z.infer<typeof Invitation>;

export const CreateInvitationBody = z.object({ email: Email, role: Role.default('member') });

export const CreatedInvitation = z.object({
  invitation: Invitation,
  link: z.string().describe('The link to join; shown once. Send it yourself when email is off'),
  emailed: z.boolean().describe('Whether Accord emails the invitation (email is on for this instance)'),
});
export type CreatedInvitation = z.infer<typeof CreatedInvitation>;

export const ResendInvitationBody = z.object({ id: Id });

export const InvitationList = pageOf('invitations', Invitation);
export const InvitationsQuery = PageQuery(50).extend({
  pending: z
    .enum(['true', 'false'])
    .optional()
    .describe('true: only the invitations still waiting for an answer (not accepted, revoked or expired)'),
  unanswered: z
    .enum(['true', 'false'])
    .optional()
    .describe(
      'true: only the invitations neither accepted nor revoked: pending, or expired and so to resend',
    ),
});

export const InvitationToken = z.string().min(1).max(200);

export const InvitationPreview = z.object({
  organization: z.object({ id: Id, name: z.string() }),
  email: z.string(),
  role: Role,
  hasAccount: z
    .boolean()
    .describe('Whether an account with this email exists: sign in to accept, else sign up'),
});
export type InvitationPreview = z.infer<typeof InvitationPreview>;

export const AcceptInvitationBody = z.object({
  token: InvitationToken,
  name: PersonName.optional().describe('Required when no account exists for the email'),
  password: Password.optional().describe('Required when no account exists for the email'),
});

export const InvitationTokenParams = z.object({ token: InvitationToken });

/** The organization the invitation was accepted into; the session, if any, now acts in it. */
export const AcceptedInvitation = z.object({ organizationId: z.string() });
