import { AppError, notFound } from '../errors.js';
import { randomSecret, sha256 } from '../security/secrets.js';
import * as links from '../store/account-links.js';
import * as people from '../store/people.js';
import type { AccountLinksTable, PeopleTable } from '../store/schema.js';
import { iso, type ServiceContext } from './context.js';
import { enqueueEmail } from './email/outbox.js';
import type { EmailContent } from './email/templates.js';

/*
 * Emailed links that act on an account without a session: a password reset and the confirmation of
 * a new email address. Single use (a conditional update marks it used), expiring, and stored only
 * as the hash of its secret; sending a new one of a purpose retires the person's earlier ones.
 */

type Purpose = AccountLinksTable['purpose'];

/** How long each kind of link works: a reset is for now, a confirmation may wait for the morning. */
export const LINK_LIFETIME_MS: Record<Purpose, number> = {
  'password-reset': 60 * 60_000,
  'email-change': 24 * 60 * 60_000,
};

const PAGE_OF: Record<Purpose, string> = {
  'password-reset': 'reset-password',
  'email-change': 'confirm-email',
};

/** Whether this instance sends email; without it, no account link can reach anyone. */
export function refuseWithoutEmail(ctx: ServiceContext, what: string): void {
  if (!ctx.config.smtpUrl) {
    throw new AppError(
      'conflict',
      `This instance sends no email (ACCORD_SMTP_URL is not set), so ${what}; ask whoever runs it`,
    );
  }
}

/**
 * Makes a link for `person` and emails it to `to` (the new address, for a confirmation), in the
 * caller's transaction. Answers when it stops working.
 */
export async function sendAccountLink(
  tx: ServiceContext,
  person: PeopleTable,
  link: { purpose: Purpose; to: string; newEmail: string | null; content: (url: string) => EmailContent },
): Promise<string> {
  const now = tx.now();
  const expiresAt = iso(new Date(now.getTime() + LINK_LIFETIME_MS[link.purpose]));
  const organizationId = await people.findMailingOrganizationId(tx.db, person.id);
  // Every email is filed under an organization; a person who was never in one has no one to mail.
  if (!organizationId) return expiresAt;
  const secret = randomSecret();
  await links.retireAccountLinks(tx.db, person.id, [link.purpose], iso(now));
  await links.insertAccountLink(tx.db, {
    id: tx.newId(),
    person_id: person.id,
    purpose: link.purpose,
    token_hash: sha256(secret),
    new_email: link.newEmail,
    created_at: iso(now),
    expires_at: expiresAt,
    used_at: null,
  });
  await enqueueEmail(tx, {
    organizationId,
    kind: link.purpose,
    personId: person.id,
    to: link.to,
    unsubscribable: false,
    content: link.content(`${tx.config.publicUrl}/${PAGE_OF[link.purpose]}/${secret}`),
  });
  return expiresAt;
}

/**
 * Uses a link, once, in the caller's transaction: an unknown link is not found; a used or expired
 * one is a conflict that says so. Answers the link and its (not deleted) person.
 */
export async function useAccountLink(
  tx: ServiceContext,
  purpose: Purpose,
  token: string,
): Promise<{ link: AccountLinksTable; person: PeopleTable }> {
  const link = await links.findAccountLinkByHash(tx.db, purpose, sha256(token));
  if (!link) throw notFound('This link');
  const ask = purpose === 'password-reset' ? 'ask for a new one' : 'change your email again';
  if (link.used_at !== null) throw new AppError('conflict', `This link was used already; ${ask}`);
  if (Date.parse(link.expires_at) <= tx.now().getTime()) {
    throw new AppError('conflict', `This link has expired; ${ask}`);
  }
  const person = await people.findPersonById(tx.db, link.person_id);
  if (!person || person.deleted_at) throw notFound('This link');
  if (!(await links.useAccountLink(tx.db, link.id, iso(tx.now())))) {
    throw new AppError('conflict', `This link was used already; ${ask}`);
  }
  return { link, person };
}
