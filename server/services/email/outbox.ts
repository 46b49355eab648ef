import { randomSecret, sha256 } from '../../security/secrets.js';
import * as store from '../../store/email.js';
import { iso, type ServiceContext } from '../context.js';
import { type EmailContent, renderEmail } from './templates.js';

/**
 * Puts an email in the outbox, in the caller's transaction: it goes out only if what caused it is
 * committed, and the delivery worker sends it after. Nothing is written when email is off.
 * With `unsubscribable`, the email carries a one-click unsubscribe link (RFC 8058) for its kind.
 */
export async function enqueueEmail(
  tx: ServiceContext,
  email: {
    organizationId: string;
    kind: string;
    personId: string | null;
    to: string;
    content: Omit<EmailContent, 'unsubscribeUrl'>;
    unsubscribable: boolean;
  },
): Promise<boolean> {
  if (!tx.config.smtpUrl) return false;
  const token = email.unsubscribable ? randomSecret() : null;
  const unsubscribeUrl = token ? `${tx.config.publicUrl}/unsubscribe/${token}` : undefined;
  const { text, html } = renderEmail({ ...email.content, ...(unsubscribeUrl ? { unsubscribeUrl } : {}) });
  const now = iso(tx.now());
  await store.insertEmails(tx.db, [
    {
      organization_id: email.organizationId,
      id: `mail_${tx.newId()}`,
      kind: email.kind,
      person_id: email.personId,
      to_address: email.to,
      subject: email.content.subject,
      text_body: text,
      html_body: html,
      unsubscribe_hash: token ? sha256(token) : null,
      list_unsubscribe: token ? `${tx.config.publicUrl}/api/v1/unsubscribe/${token}` : null,
      created_at: now,
      status: 'pending',
      attempts: 0,
      next_attempt_at: now,
      lease_until: null,
      leased_by: null,
      last_error: null,
      sent_at: null,
    },
  ]);
  return true;
}
