import type { Page } from '@playwright/test';

/** The pages of the tests' OpenID provider (oidc-provider's development login and consent forms). */
export class TestProviderPages {
  constructor(readonly page: Page) {}

  async signIn(login: string): Promise<void> {
    await this.page.getByPlaceholder('Enter any login').fill(login);
    await this.page.getByPlaceholder('and password').fill('any password');
    await this.page.getByRole('button', { name: 'Sign-in' }).click();
    await this.page.getByRole('button', { name: 'Continue' }).click();
  }
}
