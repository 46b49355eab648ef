import { expect, type Locator, type Page } from '@playwright/test';

/** The "Provisioning (SCIM)" section of the People page, which owners and admins see. */
export class ScimSection {
  readonly heading: Locator;
  readonly baseUrl: Locator;
  readonly secret: Locator;
  readonly tokens: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'Provisioning (SCIM)', level: 2 });
    this.baseUrl = page.getByLabel('SCIM base URL');
    this.secret = page.getByLabel('SCIM token', { exact: true });
    this.tokens = page.getByRole('table', { name: 'SCIM tokens' });
  }

  /** Creates a token for `provider` and answers its secret, as shown once. */
  async createToken(provider: string): Promise<string> {
    await this.page.getByLabel('Identity provider').fill(provider);
    await this.page.getByRole('button', { name: 'Create SCIM token' }).click();
    await expect(this.secret).toBeVisible();
    return this.secret.inputValue();
  }

  async dismissSecret(): Promise<void> {
    await this.page.getByRole('button', { name: 'I have copied the token' }).click();
  }

  token(provider: string): Locator {
    return this.tokens.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: provider }) });
  }

  async revoke(provider: string): Promise<void> {
    await this.token(provider)
      .getByRole('button', { name: `Revoke SCIM token ${provider}` })
      .click();
    await this.page
      .getByRole('dialog', { name: `Revoke “${provider}”?` })
      .getByRole('button', { name: 'Revoke SCIM token' })
      .click();
  }
}
