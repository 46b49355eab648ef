import type { Locator, Page } from '@playwright/test';

/** The single sign-on section of the Integrations page, where admins set the identity provider. */
export class SsoSettingsSection {
  readonly heading: Locator;
  readonly form: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'Single sign-on', level: 2 });
    this.form = page.getByRole('form', { name: 'Identity provider' });
  }

  async save(settings: {
    name: string;
    issuer: string;
    clientId: string;
    clientSecret: string;
    allowedDomains: string;
    defaultRole: 'Member' | 'Viewer' | 'Admin';
  }): Promise<void> {
    await this.form.getByLabel('Provider name').fill(settings.name);
    await this.form.getByLabel('Issuer URL').fill(settings.issuer);
    await this.form.getByLabel('Client ID').fill(settings.clientId);
    await this.form.getByLabel('Client secret').fill(settings.clientSecret);
    await this.form.getByLabel('Allowed email domains').fill(settings.allowedDomains);
    await this.form
      .getByLabel('Role of people signing in for the first time')
      .selectOption(settings.defaultRole);
    await this.form.getByRole('button', { name: 'Save single sign-on' }).click();
  }

  /** The link the admins pass on to their people. */
  signInLink(): Locator {
    return this.page.getByRole('textbox', { name: 'Sign-in link for your people' });
  }
}
