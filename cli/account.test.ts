import { describe, expect, it } from 'vitest';
import type { CreatedInvitation } from '../contract/invitations.js';
import { PASSWORD, type SignedIn, signUpOwner } from '../server/test/factories.js';
import { Client, testEngines, unique } from '../server/test/harness.js';
import { cliServer } from './test/server.js';
import { createToken, rowWith, terminal } from './test/terminal.js';

const NEW_PASSWORD = 'a quiet lighthouse keeper';

describe.each(testEngines())('accord account and accord invitations against a server on %s', (engine) => {
  const server = cliServer(engine);

  /** `person` at a terminal where these variables are set, logged in with a fresh token. */
  async function terminalOf(person: SignedIn, env: Record<string, string> = {}) {
    const term = terminal(env);
    const { secret } = await createToken(person);
    expect((await term.accord('login', '--url', server.url, '--token', secret)).code).toBe(0);
    return term;
  }

  it('changes one’s name and password, the passwords read from the environment', async () => {
    const owner = await signUpOwner(server.app, 'cli-account');
    const plain = await terminalOf(owner);
    const renamed = await plain.accord('account', 'name', 'Ada King');
    expect(renamed.code).toBe(0);
    expect(renamed.stdout).toContain('Your name is now Ada King.');

    const missing = await plain.accord('account', 'password');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('ACCORD_PASSWORD');

    const wrong = await terminalOf(owner, {
      ACCORD_PASSWORD: 'not it at all',
      ACCORD_NEW_PASSWORD: NEW_PASSWORD,
    });
    const refused = await wrong.accord('account', 'password');
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain('not your current password');

    const right = await terminalOf(owner, { ACCORD_PASSWORD: PASSWORD, ACCORD_NEW_PASSWORD: NEW_PASSWORD });
    // Made now: changing the password signs out the browser session that makes tokens.
    const changedTerminal = await terminalOf(owner, { ACCORD_PASSWORD: NEW_PASSWORD });
    const changed = await right.accord('account', 'password');
    expect(changed.code).toBe(0);
    const signIn = await new Client(server.app).post('/api/v1/auth/login', {
      email: owner.email,
      password: NEW_PASSWORD,
    });
    expect(signIn.status).toBe(200);

    // Email is off on this server: the address stays.
    const email = await changedTerminal.accord('account', 'email', `${unique('new')}@example.com`);
    expect(email.code).not.toBe(0);
    expect(email.stderr).toContain('sends no email');
  });

  it('lists, resends and revokes invitations', async () => {
    const owner = await signUpOwner(server.app, 'cli-inviter');
    const email = `${unique('invitee')}@example.com`;
    const invited = await owner.client.post<CreatedInvitation>('/api/v1/invitations', {
      email,
      role: 'member',
    });
    const id = invited.body.invitation.id;
    const term = await terminalOf(owner);

    const list = await term.accord('invitations', 'list');
    expect(list.code).toBe(0);
    expect(rowWith(list.stdout, email)).toEqual([
      email,
      'member',
      'pending',
      invited.body.invitation.expiresAt,
      id,
    ]);

    const resent = await term.accord('invitations', 'resend', id);
    expect(resent.code).toBe(0);
    expect(resent.stdout).toContain(`Email is off: send ${email} the new link.`);
    const link = /Link \(until \S+\): (\S+)/.exec(resent.stdout)?.[1];
    expect(link).toMatch(/\/invite\//);
    expect(link).not.toBe(invited.body.link);

    expect((await term.accord('invitations', 'revoke', id)).code).toBe(0);
    expect((await term.accord('invitations', 'list')).stdout).toContain('No invitations are waiting');
    const again = await term.accord('invitations', 'revoke', id);
    expect(again.code).not.toBe(0);
    expect(again.stderr).toContain('The invitation is revoked');
  });
});
