import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Me } from '../../contract/auth.js';
import type { SsoProvider, SsoSettings } from '../../contract/sso.js';
import { addMember, PASSWORD, type SignedIn, signUpOwner } from '../test/factories.js';
import { Client, createTestApp, type TestApp, testEngines, unique } from '../test/harness.js';
import {
  type ProviderAccount,
  signInAtProvider,
  startTestProvider,
  type TestProvider,
} from '../test/oidc-provider.js';

const PUBLIC_URL = 'http://accord.test';

describe.each(testEngines())('signing in with an identity provider on %s', (engine) => {
  let t: TestApp;
  let provider: TestProvider;
  beforeAll(async () => {
    // The provider runs on 127.0.0.1 over http, which only ACCORD_ALLOW_PRIVATE_TARGETS allows.
    t = await createTestApp(engine, { publicUrl: PUBLIC_URL, allowPrivateTargets: true });
    provider = await startTestProvider(`${PUBLIC_URL}/api/v1/auth/oidc/callback`);
  });
  afterEach(() => {
    t.clock.reset();
    provider.issueExpiredCodes(false);
  });
  afterAll(async () => {
    await provider.close();
    await t.close();
  });

  /** A new organization whose owner's email is at `domain`, with its provider set by the owner. */
  async function organizationWithSso(
    settings: Partial<{ defaultRole: string; requireSso: boolean; allowedDomains: string[] }> = {},
  ) {
    const domain = `${unique('acme')}.test`;
    const client = new Client(t.app);
    const email = `owner@${domain}`;
    const signedUp = await client.post<Me>('/api/v1/auth/signup', {
      organizationName: unique('Org'),
      name: 'Ada Owner',
      email,
      password: PASSWORD,
    });
    expect(signedUp.status).toBe(201);
    const me = signedUp.body;
    const owner: SignedIn = {
      client,
      me,
      personId: me.person.id,
      organizationId: me.organization!.id,
      email,
    };
    const saved = await client.put<SsoSettings>('/api/v1/sso', {
      name: 'Acme ID',
      issuer: provider.issuer,
      clientId: provider.clientId,
      clientSecret: provider.clientSecret,
      allowedDomains: [domain],
      defaultRole: 'member',
      requireSso: false,
      ...settings,
    });
    expect(saved.status).toBe(200);
    return { owner, domain, slug: me.organization!.slug };
  }

  function account(domain: string, fields: Partial<ProviderAccount> = {}): ProviderAccount {
    const sub = unique('sub');
    const person: ProviderAccount = {
      sub,
      email: `${sub}@${domain}`,
      email_verified: true,
      name: 'Grace Newcomer',
      ...fields,
    };
    provider.accounts.set(sub, person);
    return person;
  }

  /** Starts at Accord, signs in at the provider, and answers where it sends the browser back. */
  async function throughProvider(browser: Client, slug: string, subject: string) {
    const started = await browser.get(`/api/v1/auth/oidc/${slug}/start`);
    expect(started.status).toBe(303);
    const authorizationUrl = String(started.headers.location);
    expect(authorizationUrl.startsWith(provider.issuer)).toBe(true);
    return { authorizationUrl, callback: await signInAtProvider(authorizationUrl, subject) };
  }

  const pathOf = (url: URL) => `${url.pathname}${url.search}`;

  async function signIn(browser: Client, slug: string, subject: string) {
    const { callback } = await throughProvider(browser, slug, subject);
    return browser.get(pathOf(callback));
  }

  /** Settings with the provider's issuer and client, without its secret. */
  function settingsBody(domain: string) {
    return {
      name: 'Acme Identity',
      issuer: provider.issuer,
      clientId: provider.clientId,
      allowedDomains: [domain],
      defaultRole: 'member',
      requireSso: false,
    };
  }

  async function countPeople(email: string): Promise<number> {
    const rows = await t.handle.db.selectFrom('people').select('id').where('email', '=', email).execute();
    return rows.length;
  }

  it('makes a newcomer a member with the default role on first sign-in, and finds them by subject later', async () => {
    const { owner, domain, slug } = await organizationWithSso({ defaultRole: 'viewer' });
    const newcomer = account(domain);
    const browser = new Client(t.app);
    const finished = await signIn(browser, slug, newcomer.sub);
    expect(finished.status).toBe(303);
    expect(finished.headers.location).toBe('/inbox');
    const me = (await browser.get<Me>('/api/v1/me')).body;
    expect(me.person).toMatchObject({ name: 'Grace Newcomer', email: newcomer.email });
    expect(me.organization).toMatchObject({ id: owner.organizationId, role: 'viewer' });

    // Later sign-ins go by the provider's subject, even once the address there has changed.
    newcomer.email = `renamed-${newcomer.sub}@${domain}`;
    const again = new Client(t.app);
    expect((await signIn(again, slug, newcomer.sub)).status).toBe(303);
    expect((await again.get<Me>('/api/v1/me')).body.person.id).toBe(me.person.id);
    expect(await countPeople(newcomer.email)).toBe(0);
  });

  it('links an existing account by its verified email, and refuses to link an unverified one', async () => {
    const { owner, domain, slug } = await organizationWithSso();
    const unverified = account(domain, { email: owner.email, email_verified: false });
    const refused = await signIn(new Client(t.app), slug, unverified.sub);
    expect(refused.status).toBe(403);
    expect((refused.body as { error: { message: string } }).error.message).toContain('not verified');

    const verified = account(domain, { email: owner.email });
    const browser = new Client(t.app);
    expect((await signIn(browser, slug, verified.sub)).status).toBe(303);
    const me = (await browser.get<Me>('/api/v1/me')).body;
    expect(me.person.id).toBe(owner.personId);
    expect(me.organization?.role).toBe('owner');
    expect(await countPeople(owner.email)).toBe(1);
  });

  it('refuses an answer whose state is not the one this browser sent', async () => {
    const { domain, slug } = await organizationWithSso();
    const person = account(domain);
    const browser = new Client(t.app);
    const { callback } = await throughProvider(browser, slug, person.sub);
    callback.searchParams.set('state', 'forged-state');
    const refused = await browser.get(pathOf(callback));
    expect(refused.status).toBe(400);
    expect((refused.body as { error: { message: string } }).error.message).toContain('state');
    expect((await browser.get('/api/v1/me')).status).toBe(401);
    expect(await countPeople(person.email ?? '')).toBe(0);
  });

  it('sends a browser back to the sign-in page saying why, when the answer is refused', async () => {
    const { domain, slug } = await organizationWithSso();
    const person = account(domain);
    const browser = new Client(t.app);
    const { callback } = await throughProvider(browser, slug, person.sub);
    callback.searchParams.set('state', 'forged-state');
    const refused = await browser.request('GET', pathOf(callback), undefined, {
      accept: 'text/html,application/xhtml+xml',
    });
    expect(refused.status).toBe(303);
    const location = new URL(String(refused.headers.location), 'http://accord.test');
    expect(location.pathname).toBe('/sign-in');
    expect(location.searchParams.get('ssoError')).toContain('state');
    expect((await browser.get('/api/v1/me')).status).toBe(401);
    expect(await countPeople(person.email ?? '')).toBe(0);
  });

  it('refuses an ID token made for another nonce', async () => {
    const { domain, slug } = await organizationWithSso();
    const person = account(domain);
    const browser = new Client(t.app);
    const started = await browser.get(`/api/v1/auth/oidc/${slug}/start`);
    const tampered = new URL(String(started.headers.location));
    tampered.searchParams.set('nonce', 'someone-elses-nonce');
    const callback = await signInAtProvider(tampered.href, person.sub);
    const refused = await browser.get(pathOf(callback));
    expect(refused.status).toBe(400);
    expect((refused.body as { error: { message: string } }).error.message).toContain('nonce');
    expect((await browser.get('/api/v1/me')).status).toBe(401);
  });

  it('refuses a replayed answer, a code used already, an expired code and a sign-in left too long', async () => {
    const { domain, slug } = await organizationWithSso();
    const person = account(domain);
    const browser = new Client(t.app);
    const first = await throughProvider(browser, slug, person.sub);
    expect((await browser.get(pathOf(first.callback))).status).toBe(303);
    // The same answer again: this browser's sign-in is used up.
    expect((await browser.get(pathOf(first.callback))).status).toBe(400);

    // A new sign-in fed the first one's code: the state matches, the provider refuses the code.
    const other = new Client(t.app);
    const second = await throughProvider(other, slug, person.sub);
    const replayed = new URL(second.callback);
    replayed.searchParams.set('code', first.callback.searchParams.get('code') ?? '');
    const refused = await other.get(pathOf(replayed));
    expect(refused.status).toBe(400);
    expect((refused.body as { error: { message: string } }).error.message).toContain('refused');

    provider.issueExpiredCodes(true);
    const late = new Client(t.app);
    expect((await signIn(late, slug, person.sub)).status).toBe(400);
    expect((await late.get('/api/v1/me')).status).toBe(401);
    provider.issueExpiredCodes(false);

    const slow = new Client(t.app);
    const third = await throughProvider(slow, slug, person.sub);
    t.clock.advance({ minutes: 11 });
    const tooLong = await slow.get(pathOf(third.callback));
    expect(tooLong.status).toBe(400);
    expect((tooLong.body as { error: { message: string } }).error.message).toContain('10 minutes');
  });

  it('refuses an email outside the allowed domains and makes no one', async () => {
    const { slug } = await organizationWithSso();
    const outsider = account('elsewhere.test');
    const refused = await signIn(new Client(t.app), slug, outsider.sub);
    expect(refused.status).toBe(403);
    expect((refused.body as { error: { message: string } }).error.message).toContain('may not sign in here');
    expect(await countPeople(outsider.email ?? '')).toBe(0);
  });

  it('with SSO required, refuses its members a password with a 403 naming SSO, and signs them in through it', async () => {
    const { owner, domain, slug } = await organizationWithSso({ requireSso: true });
    const member = await addMember(t.app, owner, 'member');
    const byPassword = await new Client(t.app).post('/api/v1/auth/login', {
      email: member.email,
      password: PASSWORD,
    });
    expect(byPassword.status).toBe(403);
    expect((byPassword.body as { error: { message: string } }).error.message).toMatch(
      /requires single sign-on \(SSO\).*Sign in with Acme ID/,
    );
    // A wrong password is still only a wrong password: nothing says who requires what.
    const wrong = await new Client(t.app).post('/api/v1/auth/login', {
      email: owner.email,
      password: 'nope',
    });
    expect(wrong.status).toBe(401);

    const ownerAccount = account(domain, { email: owner.email });
    const browser = new Client(t.app);
    expect((await signIn(browser, slug, ownerAccount.sub)).status).toBe(303);
    expect((await browser.get<Me>('/api/v1/me')).body.person.id).toBe(owner.personId);
  });

  it('keeps the client secret to itself, lets only managers change it, and tells the sign-in page', async () => {
    const { owner, slug } = await organizationWithSso();
    const settings = await owner.client.get<SsoSettings>('/api/v1/sso');
    expect(settings.status).toBe(200);
    expect(settings.body).toMatchObject({
      source: 'organization',
      name: 'Acme ID',
      issuer: provider.issuer,
      hasClientSecret: true,
      signInPath: `/sign-in?organization=${slug}`,
      callbackUrl: `${PUBLIC_URL}/api/v1/auth/oidc/callback`,
    });
    expect(JSON.stringify(settings.body)).not.toContain(provider.clientSecret);

    // Saved again without a secret, the one saved before is kept: signing in still works.
    const [domain = ''] = settings.body.allowedDomains;
    const resaved = await owner.client.put<SsoSettings>('/api/v1/sso', settingsBody(domain));
    expect(resaved.status).toBe(200);
    expect(resaved.body.hasClientSecret).toBe(true);
    expect((await signIn(new Client(t.app), slug, account(domain).sub)).status).toBe(303);

    const found = await new Client(t.app).get<SsoProvider>(`/api/v1/auth/oidc/${slug}/provider`);
    expect(found.body).toEqual({
      organization: { name: owner.me.organization?.name, slug },
      name: 'Acme Identity',
    });

    const member = await addMember(t.app, owner, 'member');
    expect((await member.client.get('/api/v1/sso')).status).toBe(403);
    const takeover = { ...settingsBody(domain), issuer: 'https://evil.example' };
    expect((await member.client.put('/api/v1/sso', takeover)).status).toBe(403);
    expect((await member.client.delete('/api/v1/sso')).status).toBe(403);
    expect((await owner.client.get<SsoSettings>('/api/v1/sso')).body.issuer).toBe(provider.issuer);
  });

  it('refuses bad settings with a 400 that names the field, and changes nothing', async () => {
    const { owner } = await organizationWithSso();
    const base = settingsBody('acme.test');
    for (const [body, field] of [
      [{ ...base, issuer: 'not an address' }, 'issuer'],
      [{ ...base, allowedDomains: ['@acme'] }, 'allowedDomains'],
      [{ ...base, allowedDomains: [] }, 'allowedDomains'],
      [{ ...base, defaultRole: 'owner' }, 'defaultRole'],
    ] as const) {
      const refused = await owner.client.put('/api/v1/sso', body);
      expect(refused.status).toBe(400);
      expect(JSON.stringify(refused.body)).toContain(field);
    }
    expect((await owner.client.get<SsoSettings>('/api/v1/sso')).body.name).toBe('Acme ID');
  });

  it('keeps each organization to its own provider, and answers 404 where there is none', async () => {
    const first = await organizationWithSso();
    const second = await organizationWithSso();
    expect((await second.owner.client.delete('/api/v1/sso')).status).toBe(204);
    expect((await second.owner.client.get<SsoSettings>('/api/v1/sso')).body.source).toBe('none');
    expect((await first.owner.client.get<SsoSettings>('/api/v1/sso')).body.source).toBe('organization');
    const browser = new Client(t.app);
    expect((await browser.get(`/api/v1/auth/oidc/${second.slug}/start`)).status).toBe(404);
    expect((await browser.get(`/api/v1/auth/oidc/${second.slug}/provider`)).status).toBe(404);
    expect((await browser.get('/api/v1/auth/oidc/no-such-organization/start')).status).toBe(404);
    // A member of the first signs in to the first, never the second.
    const person = account(first.domain);
    expect((await signIn(browser, first.slug, person.sub)).status).toBe(303);
    expect((await browser.get<Me>('/api/v1/me')).body.organizations.map((o) => o.id)).toEqual([
      first.owner.organizationId,
    ]);
  });
});

describe.each(testEngines())('the instance-wide identity provider on %s', (engine) => {
  let t: TestApp;
  let provider: TestProvider;
  const domain = 'instance-wide.test';
  beforeAll(async () => {
    provider = await startTestProvider(`${PUBLIC_URL}/api/v1/auth/oidc/callback`);
    t = await createTestApp(engine, {
      publicUrl: PUBLIC_URL,
      allowPrivateTargets: true,
      oidc: {
        name: 'Company SSO',
        issuer: provider.issuer,
        clientId: provider.clientId,
        clientSecret: provider.clientSecret,
        allowedDomains: [domain],
        defaultRole: 'member',
        requireSso: false,
      },
    });
  });
  afterAll(async () => {
    await provider.close();
    await t.close();
  });

  it('signs people in to any organization without a provider of its own', async () => {
    const owner = await addMember(t.app, await signUpOwner(t.app), 'admin');
    const settings = (await owner.client.get<SsoSettings>('/api/v1/sso')).body;
    expect(settings).toMatchObject({ source: 'instance', name: 'Company SSO', hasClientSecret: true });
    expect(JSON.stringify(settings)).not.toContain(provider.clientSecret);
    const slug = owner.me.organization?.slug ?? '';
    const sub = unique('sub');
    provider.accounts.set(sub, { sub, email: `${sub}@${domain}`, email_verified: true, name: 'Lin' });
    const browser = new Client(t.app);
    const started = await browser.get(`/api/v1/auth/oidc/${slug}/start`);
    const callback = await signInAtProvider(String(started.headers.location), sub);
    expect((await browser.get(`${callback.pathname}${callback.search}`)).status).toBe(303);
    expect((await browser.get<Me>('/api/v1/me')).body.organization?.id).toBe(owner.organizationId);
  });
});
