import { expect, type Locator, type Page } from '@playwright/test';

export class SignInPage {
  readonly heading: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'Sign in to Accord', level: 1 });
  }

  async open(): Promise<void> {
    await this.page.goto('/sign-in');
    await expect(this.heading).toBeVisible();
  }

  async signIn(email: string, password: string): Promise<void> {
    await this.page.getByLabel('Email').fill(email);
    await this.page.getByRole('textbox', { name: 'Password', exact: true }).fill(password);
    await this.page.getByRole('button', { name: 'Sign in' }).click();
  }

  /** The button that sends the browser to the organization's identity provider. */
  signInWith(providerName: string): Locator {
    return this.page.getByRole('link', { name: `Sign in with ${providerName}` });
  }

  /** Asks which organization to sign in to with single sign-on, by the name in its sign-in link. */
  async askOrganization(slug: string): Promise<void> {
    const form = this.page.getByRole('form', { name: 'Sign in with single sign-on' });
    await form.getByLabel('Organization').fill(slug);
    await form.getByRole('button', { name: 'Continue with single sign-on' }).click();
  }

  /** The refusal shown when sign-in fails. */
  error(message: string): Locator {
    return this.page.getByRole('alert').filter({ hasText: message });
  }
}
