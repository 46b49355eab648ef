import { defineCommand } from '../command.js';
import { configFile, removeCredentials } from '../config.js';
import { envValue } from '../io.js';

export const logout = defineCommand({
  path: ['logout'],
  summary: 'Forget the stored server address and token',
  description:
    'The token itself stays valid until it is revoked in Accord; revoke it there when you no longer need it.',
  async run({ io, out }) {
    const file = configFile(io.env);
    const wasLoggedIn = await removeCredentials(file);
    if (envValue(io.env, 'ACCORD_TOKEN')) out.warn('ACCORD_TOKEN is set, so commands still use it');
    out.print({ ok: true, removed: wasLoggedIn }, () =>
      wasLoggedIn ? `Logged out: removed ${file}` : 'You were not logged in.',
    );
  },
});
