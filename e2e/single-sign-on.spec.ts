import { type ProviderAccount, startTestProvider } from '../server/test/oidc-provider.js';
import { expect, test } from './fixtures.js';
import { AppShell } from './pages/app-shell.js';
import { InboxPage } from './pages/inbox-page.js';
import { SignInPage } from './pages/sign-in-page.js';
import { SsoSettingsSection } from './pages/sso-settings-section.js';
import { TestProviderPages } from './pages/test-provider-pages.js';
import { expectAccessible } from './support/axe.js';

test('an admin sets up single sign-on and a newcomer signs in through the provider to the inbox', async ({
  page,
  server,
  owner: _owner,
}) => {
  // Two servers, a provider's round trip and three accessibility scans.
  test.slow();
  const provider = await startTestProvider(`${server.url}/api/v1/auth/oidc/callback`);
  try {
    const newcomer: ProviderAccount = {
      sub: 'lin-0001',
      email: 'lin@acme.test',
      email_verified: true,
      name: 'Lin Newcomer',
    };
    provider.accounts.set(newcomer.sub, newcomer);

    await new AppShell(page).goTo('Integrations');
    const settings = new SsoSettingsSection(page);
    await expect(settings.heading).toBeVisible();
    await settings.save({
      name: 'Acme ID',
      issuer: provider.issuer,
      clientId: provider.clientId,
      clientSecret: provider.clientSecret,
      allowedDomains: 'acme.test',
      defaultRole: 'Member',
    });
    await expect(settings.signInLink()).toHaveValue(`${server.url}/sign-in?organization=acme-rockets`);
    await expect(settings.form.getByText('Saved, and never shown again')).toBeVisible();
    await expectAccessible(page, 'the integrations page with single sign-on set');

    await new AppShell(page).signOut();
    const signIn = new SignInPage(page);
    await expect(signIn.heading).toBeVisible();
    // Without the organization's link, the person names it.
    await signIn.askOrganization('acme-rockets');
    await expect(signIn.signInWith('Acme ID')).toBeVisible();
    await expectAccessible(page, 'the sign-in page offering single sign-on');

    await signIn.signInWith('Acme ID').click();
    await new TestProviderPages(page).signIn(newcomer.sub);
    await expect(new InboxPage(page).welcome('Lin')).toBeVisible();
    await expect(page).toHaveURL(/\/inbox$/);
    await expectAccessible(page, 'the inbox after signing in with the provider');
  } finally {
    await provider.close();
  }
});
