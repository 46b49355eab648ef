import { refuseWeakPassword } from '../security/password-strength.js';
import { hashPassword } from '../security/passwords.js';
import * as links from '../store/account-links.js';
import * as people from '../store/people.js';
import * as sessions from '../store/sessions.js';
import { refuseWithoutEmail, sendAccountLink, useAccountLink } from './account-links.js';
import { inTransaction, iso, type ServiceContext } from './context.js';

/**
 * Emails a link to choose a new password when an account has this email; answers the same either
 * way, so the answer never tells whether the account exists. Without email it says so to everyone.
 */
export async function requestPasswordReset(ctx: ServiceContext, email: string): Promise<void> {
  refuseWithoutEmail(ctx, 'it cannot send a link to reset a password');
  const person = await people.findPersonByEmail(ctx.db, email);
  if (!person || person.deleted_at) return;
  await inTransaction(ctx, async (tx) => {
    await sendAccountLink(tx, person, {
      purpose: 'password-reset',
      to: person.email,
      newEmail: null,
      content: (url) => ({
        subject: 'Choose a new password for Accord',
        greeting: `Hello ${person.name},`,
        lines: [
          'Someone, probably you, asked to reset the password of your Accord account.',
          'Follow the link within an hour to choose a new one. It works once.',
        ],
        action: { label: 'Choose a new password', url },
        footer:
          'You get this email because someone asked to reset the password for this address. If it was not you, ignore it: your password stays as it is.',
      }),
    });
  });
}

/** Sets the new password with a reset link, once; every session of the account ends. */
export async function resetPassword(
  ctx: ServiceContext,
  input: { token: string; password: string },
): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    const { person } = await useAccountLink(tx, 'password-reset', input.token);
    refuseWeakPassword(input.password, person.email);
    const hash = await hashPassword(input.password, tx.config.passwordHashing);
    await people.updatePerson(tx.db, person.id, { password_hash: hash });
    await links.retireAccountLinks(tx.db, person.id, ['password-reset'], iso(tx.now()));
    const ended = await sessions.deleteSessionsOfExcept(tx.db, person.id, '');
    for (const id of ended)
      tx.changes.publish({ kind: 'session-changed', organizationId: null, sessionId: id });
  });
}
