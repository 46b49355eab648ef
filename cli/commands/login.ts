import type { Me } from '../../contract/auth.js';
import { getMe } from '../../contract/endpoints/me.js';
import { defineCommand } from '../command.js';
import { configFile, writeCredentials } from '../config.js';
import { usageError } from '../errors.js';
import { AccordClient, parseServerUrl } from '../http.js';
import { envValue } from '../io.js';

export const login = defineCommand({
  path: ['login'],
  summary: 'Sign in to an Accord server with an API token',
  description: [
    'Checks the token with the server, then stores the address and the token in config.json',
    'in your config directory, readable only by you. A token acts in the one organization it',
    'was created in; create one in Accord, or with POST /api/v1/tokens.',
  ].join('\n'),
  options: {
    url: {
      type: 'string',
      valueName: 'URL',
      description: 'The address you open Accord at (default: $ACCORD_URL)',
    },
    token: { type: 'string', valueName: 'TOKEN', description: 'An API token (default: $ACCORD_TOKEN)' },
  },
  examples: ['accord login --url https://accord.example.com --token accord_…'],
  async run({ options, io, out }) {
    const urlText = options.url ?? envValue(io.env, 'ACCORD_URL');
    const token = options.token ?? envValue(io.env, 'ACCORD_TOKEN');
    if (!urlText || !token) throw usageError('accord login needs --url URL and --token TOKEN');
    const url = parseServerUrl(urlText);
    if (!url) throw usageError(`--url must be an http(s) address such as https://accord.example.com`);
    const client = new AccordClient({
      url,
      token,
      ...(io.fetch ? { fetch: io.fetch } : {}),
      unauthenticatedMessage: `Accord at ${url} refused the token: it is invalid or revoked`,
    });
    const me = await client.call(getMe);
    const file = configFile(io.env);
    await writeCredentials(file, { url, token });
    if (isCleartextToRemote(url)) out.warn(`${url} is not https: the token travels unencrypted`);
    out.print(me, () =>
      [`Logged in to ${url} as ${signedInAs(me)}.`, `Credentials saved in ${file}`].join('\n'),
    );
  },
});

/** "Ada Lovelace <ada@example.com> in Acme (owner)" */
export function signedInAs(me: Me): string {
  const where = me.organization ? ` in ${me.organization.name} (${me.organization.role})` : '';
  return `${me.person.name} <${me.person.email}>${where}`;
}

function isCleartextToRemote(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  const isLoopback = hostname === 'localhost' || hostname === '[::1]' || hostname.startsWith('127.');
  return protocol === 'http:' && !isLoopback;
}
