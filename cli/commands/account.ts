import * as endpoints from '../../contract/endpoints/my-account.js';
import { defineCommand } from '../command.js';
import { usageError } from '../errors.js';
import { envValue, type Io } from '../io.js';
import { defineGroup } from '../registry.js';

// Passwords come from the environment, never from arguments: those stay in the shell's history
// and show in the list of processes.

function passwordFrom(io: Io, name: string, what: string): string {
  const value = envValue(io.env, name);
  if (!value) throw usageError(`set ${name} to ${what}`, `${name}='…' accord …`);
  return value;
}

const changeName = defineCommand({
  path: ['account', 'name'],
  summary: 'Change the name you are shown under',
  arguments: [{ name: 'name', isRequired: true, description: 'Your new name' }],
  examples: ['accord account name "Ada King"'],
  async run({ args, connect, out }) {
    const client = await connect();
    const me = await client.call(endpoints.changeMyName, { body: { name: args.name } });
    out.print(me, () => `Your name is now ${me.person.name}.`);
  },
});

const changeEmail = defineCommand({
  path: ['account', 'email'],
  summary: 'Change your email: a link is emailed to the new address, which takes effect when followed',
  description:
    'Your current password is read from $ACCORD_PASSWORD. Without email on the server, the address cannot change.',
  arguments: [{ name: 'email', isRequired: true, description: 'The new address' }],
  examples: ["ACCORD_PASSWORD='…' accord account email ada@example.com"],
  async run({ args, io, connect, out }) {
    const currentPassword = passwordFrom(io, 'ACCORD_PASSWORD', 'your current password');
    const client = await connect();
    const asked = await client.call(endpoints.changeMyEmail, {
      body: { email: args.email, currentPassword },
    });
    out.print(
      asked,
      () => `A link is on its way to ${asked.email}; follow it by ${asked.expiresAt} to sign in with it.`,
    );
  },
});

const changePassword = defineCommand({
  path: ['account', 'password'],
  summary: 'Change your password; every session in a browser is signed out',
  description: 'The current password is read from $ACCORD_PASSWORD, the new one from $ACCORD_NEW_PASSWORD.',
  examples: ["ACCORD_PASSWORD='…' ACCORD_NEW_PASSWORD='…' accord account password"],
  async run({ io, connect, out }) {
    const currentPassword = passwordFrom(io, 'ACCORD_PASSWORD', 'your current password');
    const password = passwordFrom(io, 'ACCORD_NEW_PASSWORD', 'the new password');
    const client = await connect();
    await client.call(endpoints.changeMyPassword, { body: { currentPassword, password } });
    out.print({ ok: true }, () => 'Your password is changed; your browser sessions are signed out.');
  },
});

export const account = defineGroup('account', 'Your own account: name, email and password', [
  changeName,
  changeEmail,
  changePassword,
]);
