import { expect, test } from './fixtures.js';
import { AppShell } from './pages/app-shell.js';
import { PeoplePage } from './pages/people-page.js';
import { ScimSection } from './pages/scim-section.js';
import { expectAccessible } from './support/axe.js';

test('an owner gives an identity provider a SCIM token, which provisions a person until revoked', async ({
  page,
  owner: _owner,
}) => {
  // Two axe runs and a provider's requests on a shared machine.
  test.slow();
  await new AppShell(page).goTo('People');
  const people = new PeoplePage(page);
  const scim = new ScimSection(page);
  await expect(scim.heading).toBeVisible();
  await expect(scim.baseUrl).toHaveValue(/\/scim\/v2$/);
  await expect(page.getByText('No identity provider has a SCIM token for this organization.')).toBeVisible();

  const secret = await scim.createToken('Microsoft Entra ID');
  expect(secret).toMatch(/^accord_scim_/);
  await expect(scim.token('Microsoft Entra ID')).toContainText('Never');
  await expectAccessible(page, 'the people page with a new SCIM token');

  // The provider creates a person with the token and base URL the page shows.
  const baseUrl = await scim.baseUrl.inputValue();
  const created = await page.request.post(`${new URL(baseUrl).pathname}/Users`, {
    headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/scim+json' },
    data: JSON.stringify({
      schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'],
      userName: 'adele.vance@example.com',
      name: { givenName: 'Adele', familyName: 'Vance' },
      displayName: 'Adele Vance',
      active: true,
    }),
  });
  expect(created.status()).toBe(201);

  await scim.dismissSecret();
  await expect(scim.secret).toBeHidden();
  await page.reload();
  await expect(people.member('Adele Vance')).toBeVisible();
  await expect(page.getByText(secret)).toBeHidden();

  await scim.revoke('Microsoft Entra ID');
  await expect(scim.tokens).toBeHidden();
  const refused = await page.request.get(`${new URL(baseUrl).pathname}/Users`, {
    headers: { authorization: `Bearer ${secret}` },
  });
  expect(refused.status()).toBe(401);
  await expectAccessible(page, 'the people page');
});
