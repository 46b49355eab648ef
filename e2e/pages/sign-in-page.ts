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

  /** The refusal shown when sign-in fails. */
  error(message: string): Locator {
    return this.page.getByRole('alert').filter({ hasText: message });
  }
}
