import { Password, type Role } from '../../contract/common.js';
import type { Invitation } from '../../contract/invitations.js';
import { can } from '../../core/policies/index.js';
import { AppError, conflict, forbidden, notFound } from '../errors.js';
import { refuseWeakPassword } from '../security/password-strength.js';
import { randomSecret, sha256 } from '../security/secrets.js';
import * as credentials from '../store/invitations.js';
import * as organizations from '../store/organizations.js';
import type { Page } from '../store/pages.js';
import * as people from '../store/people.js';
import type { InvitationsTable } from '../store/schema.js';
import { createPerson, type NewSession, openSession } from './accounts.js';
import type { MemberActor } from './authorization.js';
import { inTransaction, iso, type ServiceContext } from './context.js';
import { enqueueEmail } from './email/outbox.js';
import { enforce } from './policies.js';

const INVITATION_DAYS = 14;

function statusOf(row: InvitationsTable, now: Date): Invitation['status'] {
  if (row.accepted_at) return 'accepted';
  if (row.revoked_at) return 'revoked';
  return Date.parse(row.expires_at) <= now.getTime() ? 'expired' : 'pending';
}

/** A page of the organization's invitations, newest first. */
export async function listInvitations(
  ctx: ServiceContext,
  actor: MemberActor,
  query: { pending?: 'true' | 'false' | undefined; unanswered?: 'true' | 'false' | undefined } & Page,
): Promise<{ invitations: Invitation[]; total: number } & Page> {
  enforce('organization', 'seeInvitations', { role: actor.role });
  const now = ctx.now();
  const page = { limit: query.limit, offset: query.offset };
  const pendingAt = query.pending === 'true' ? iso(now) : undefined;
  const { rows, total } = await credentials.pageInvitations(
    ctx.db,
    actor.organizationId,
    { pendingAt, unanswered: query.unanswered === 'true' },
    page,
  );
  const invitations = rows.map((row): Invitation => {
    const status = statusOf(row, now);
    return {
      id: row.id,
      email: row.email,
      role: row.role,
      status,
      invitedBy: { id: row.invited_by, name: row.invited_by_name },
      createdAt: row.created_at,
      expiresAt: row.expires_at,
      can: can('invitation', { role: actor.role, status }),
    };
  });
  return { invitations, total, ...page };
}

export async function inviteMember(
  ctx: ServiceContext,
  actor: MemberActor,
  input: { email: string; role: Role },
): Promise<{ invitation: Invitation; link: string; emailed: boolean }> {
  enforce('newInvitation', 'create', { role: actor.role, invitedAs: input.role });
  const existing = await people.findPersonByEmail(ctx.db, input.email);
  if (existing && (await people.findActiveMembership(ctx.db, actor.organizationId, existing.id))) {
    throw conflict(`${input.email} is already a member`);
  }
  const secret = randomSecret();
  const now = ctx.now();
  const row: InvitationsTable = {
    organization_id: actor.organizationId,
    id: ctx.newId(),
    email: input.email,
    role: input.role,
    token_hash: sha256(secret),
    invited_by: actor.personId,
    created_at: iso(now),
    expires_at: iso(new Date(now.getTime() + INVITATION_DAYS * 86_400_000)),
    accepted_at: null,
    revoked_at: null,
  };
  const link = linkOf(ctx, secret);
  const emailed = await inTransaction(ctx, async (tx) => {
    await credentials.insertInvitation(tx.db, row);
    return emailInvitation(tx, actor, row, existing?.id ?? null, link);
  });
  return {
    invitation: presentNew(actor, row, { id: actor.personId, name: actor.name }),
    link,
    emailed,
  };
}

const linkOf = (ctx: ServiceContext, secret: string) => `${ctx.config.publicUrl}/invite/${secret}`;

function presentNew(
  actor: MemberActor,
  row: InvitationsTable,
  invitedBy: Invitation['invitedBy'],
): Invitation {
  return {
    id: row.id,
    email: row.email,
    role: row.role,
    status: 'pending',
    invitedBy,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    can: can('invitation', { role: actor.role, status: 'pending' }),
  };
}

/** Emails the invitation when email is on; answers whether it will be sent. */
async function emailInvitation(
  tx: ServiceContext,
  actor: MemberActor,
  row: InvitationsTable,
  personId: string | null,
  link: string,
): Promise<boolean> {
  const organization = await organizations.findOrganization(tx.db, actor.organizationId);
  const name = organization?.name ?? 'an organization';
  return enqueueEmail(tx, {
    organizationId: actor.organizationId,
    kind: 'invitation',
    personId,
    to: row.email,
    unsubscribable: false,
    content: {
      subject: `${actor.name} invites you to ${name} on Accord`,
      greeting: 'Hello,',
      lines: [
        `${actor.name} invites you to join ${name} on Accord, where its teams plan and keep their promises.`,
        `The invitation is valid for ${INVITATION_DAYS} days.`,
      ],
      action: { label: 'Accept the invitation', url: link },
      footer: `You get this email because ${actor.name} invited ${row.email}. If you do not know them, ignore it.`,
    },
  });
}

/**
 * Sends a pending or expired invitation again: a new link (the old one stops working, so a link
 * that leaked is retired too) valid for a new lifetime, emailed when email is on.
 */
export async function resendInvitation(
  ctx: ServiceContext,
  actor: MemberActor,
  id: string,
): Promise<{ invitation: Invitation; link: string; emailed: boolean }> {
  enforce('organization', 'seeInvitations', { role: actor.role });
  return inTransaction(ctx, async (tx) => {
    const found = await credentials.findInvitation(tx.db, actor.organizationId, id);
    if (!found) throw notFound('Invitation');
    enforce('invitation', 'resend', { role: actor.role, status: statusOf(found, tx.now()) });
    const secret = randomSecret();
    const changes = {
      token_hash: sha256(secret),
      expires_at: iso(new Date(tx.now().getTime() + INVITATION_DAYS * 86_400_000)),
    };
    await credentials.updateInvitation(tx.db, actor.organizationId, id, changes);
    const row = { ...found, ...changes };
    const existing = await people.findPersonByEmail(tx.db, row.email);
    const link = linkOf(tx, secret);
    const emailed = await emailInvitation(tx, actor, row, existing?.id ?? null, link);
    const inviter = await people.findPersonById(tx.db, row.invited_by);
    return {
      invitation: presentNew(actor, row, { id: row.invited_by, name: inviter?.name ?? '' }),
      link,
      emailed,
    };
  });
}

export async function revokeInvitation(ctx: ServiceContext, actor: MemberActor, id: string): Promise<void> {
  // Who may not see the invitations learns that first, not whether this one exists.
  enforce('organization', 'seeInvitations', { role: actor.role });
  const row = await credentials.findInvitation(ctx.db, actor.organizationId, id);
  if (!row) throw notFound('Invitation');
  enforce('invitation', 'revoke', { role: actor.role, status: statusOf(row, ctx.now()) });
  await credentials.updateInvitation(ctx.db, actor.organizationId, id, { revoked_at: iso(ctx.now()) });
}

async function pendingInvitation(ctx: ServiceContext, token: string): Promise<InvitationsTable> {
  const row = await credentials.findInvitationByHash(ctx.db, sha256(token));
  if (!row) throw notFound('Invitation');
  const status = statusOf(row, ctx.now());
  if (status !== 'pending') throw new AppError('conflict', `This invitation is ${status}; ask for a new one`);
  return row;
}

export async function previewInvitation(ctx: ServiceContext, token: string) {
  const row = await pendingInvitation(ctx, token);
  const organization = await organizations.findOrganization(ctx.db, row.organization_id);
  if (!organization) throw notFound('Invitation');
  return {
    organization: { id: organization.id, name: organization.name },
    email: row.email,
    role: row.role,
    hasAccount: Boolean(await people.findPersonByEmail(ctx.db, row.email)),
  };
}

/**
 * Accepting joins the invited email's account to the organization. A signed-in person accepts for
 * their own email; a newcomer gives a name and password and gets an account and a session.
 */
export async function acceptInvitation(
  ctx: ServiceContext,
  signedIn: { personId: string; email: string } | undefined,
  input: { token: string; name?: string | undefined; password?: string | undefined },
): Promise<{ organizationId: string; session: NewSession | null }> {
  return inTransaction(ctx, async (tx) => {
    const row = await pendingInvitation(tx, input.token);
    let personId: string;
    let session: NewSession | null = null;
    if (signedIn) {
      if (signedIn.email !== row.email) {
        throw forbidden(`This invitation is for ${row.email}; sign in with that account to accept it`);
      }
      personId = signedIn.personId;
    } else {
      if (!input.name || !input.password) {
        throw new AppError(
          'validation_failed',
          `Give your name and a password (${Password.minLength} characters or more) to join`,
        );
      }
      const existing = await people.findPersonByEmail(tx.db, row.email);
      if (existing) throw conflict(`An account with ${row.email} exists; sign in to accept the invitation`);
      refuseWeakPassword(input.password, row.email);
      personId = (await createPerson(tx, { name: input.name, email: row.email, password: input.password }))
        .id;
    }
    const now = iso(tx.now());
    const membership = await people.findMembership(tx.db, row.organization_id, personId);
    if (membership && membership.removed_at === null) throw conflict('You are already a member');
    if (membership) await people.reviveMembership(tx.db, row.organization_id, personId, row.role, now);
    else {
      await people.insertMembership(tx.db, {
        organization_id: row.organization_id,
        person_id: personId,
        role: row.role,
        title: '',
        joined_at: now,
        removed_at: null,
      });
    }
    tx.changes.publish({
      kind: 'membership-changed',
      organizationId: row.organization_id,
      personIds: [personId],
    });
    await credentials.updateInvitation(tx.db, row.organization_id, row.id, { accepted_at: now });
    if (!signedIn) session = await openSession(tx, personId, row.organization_id);
    return { organizationId: row.organization_id, session };
  });
}
