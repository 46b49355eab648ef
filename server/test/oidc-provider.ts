import http from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';

/** Someone the test provider can sign in: the login form takes their subject as the login. */
export interface ProviderAccount {
  sub: string;
  email?: string;
  email_verified?: boolean;
  name?: string;
}

export interface TestProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Who may sign in, by subject; a test adds the people it needs. */
  accounts: Map<string, ProviderAccount>;
  /** Codes issued from now on have expired already (the provider refuses to redeem them). */
  issueExpiredCodes(isExpired: boolean): void;
  close(): Promise<void>;
}

/**
 * A real OpenID provider (oidc-provider, the certified one) on 127.0.0.1 and a free port, with one
 * confidential client whose redirect URI is Accord's callback, its development login and consent
 * forms, and accounts kept in memory.
 */
export async function startTestProvider(redirectUri: string): Promise<TestProvider> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const issuer = `http://127.0.0.1:${port}`;
  const accounts = new Map<string, ProviderAccount>();
  const clientId = 'accord';
  const clientSecret = 'accord-test-client-secret';
  let codeLifetime = 60;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: [redirectUri],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    async findAccount(_context, subject) {
      const account = accounts.get(subject);
      if (!account) return undefined;
      return { accountId: subject, claims: async () => ({ ...account }) };
    },
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    // The claims of the scopes go into the ID token, which is all Accord reads.
    conformIdTokenClaims: false,
    features: { devInteractions: { enabled: true } },
    cookies: { keys: ['accord-test-provider-cookie-key'] },
    ttl: {
      AuthorizationCode: () => codeLifetime,
      AccessToken: 600,
      IdToken: 600,
      Interaction: 600,
      Session: 600,
      Grant: 600,
    },
    pkce: { required: () => true },
  });
  server.on('request', provider.callback());
  return {
    issuer,
    clientId,
    clientSecret,
    accounts,
    issueExpiredCodes(isExpired) {
      codeLifetime = isExpired ? -60 : 60;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/**
 * A person at the provider's pages, as a browser would be: follows its redirects with its cookies,
 * signs in as `subject` on the login form and consents, and answers the address the provider sends
 * the browser back to (Accord's callback, with the code and state), without following it.
 */
export async function signInAtProvider(authorizationUrl: string, subject: string): Promise<URL> {
  const cookies = new Map<string, string>();
  const issuerOrigin = new URL(authorizationUrl).origin;
  let url = new URL(authorizationUrl);
  let form: URLSearchParams | undefined;
  for (let step = 0; step < 20; step += 1) {
    const response = await fetch(url, {
      method: form ? 'POST' : 'GET',
      redirect: 'manual',
      headers: {
        cookie: [...cookies].map(([name, value]) => `${name}=${value}`).join('; '),
        ...(form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
      },
      ...(form ? { body: form.toString() } : {}),
    });
    form = undefined;
    for (const cookie of response.headers.getSetCookie()) {
      const [pair = ''] = cookie.split(';');
      const at = pair.indexOf('=');
      cookies.set(pair.slice(0, at), pair.slice(at + 1));
    }
    const location = response.headers.get('location');
    if (location) {
      url = new URL(location, url);
      if (url.origin !== issuerOrigin) return url;
      continue;
    }
    const page = await response.text();
    const action = /action="([^"]+)"/.exec(page)?.[1];
    if (!response.ok || !action)
      throw new Error(`The provider answered ${response.status}: ${page.slice(0, 500)}`);
    const prompt = /name="prompt" value="(\w+)"/.exec(page)?.[1];
    form = new URLSearchParams(
      prompt === 'login' ? { prompt, login: subject, password: 'any' } : { prompt: prompt ?? 'consent' },
    );
    url = new URL(action, url);
  }
  throw new Error('The provider did not send the browser back within 20 steps');
}
