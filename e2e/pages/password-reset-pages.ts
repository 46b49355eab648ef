import { expect, type Locator, type Page } from '@playwright/test';

/** /forgot-password: asks for a link to choose a new password. */
export class ForgotPasswordPage {
  readonly heading: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'Reset your password', level: 1 });
  }

  async ask(email: string): Promise<void> {
    await this.page.getByLabel('Email').fill(email);
    await this.page.getByRole('button', { name: 'Email me a link' }).click();
    await expect(this.page.getByRole('status')).toContainText(`If an account has ${email}`);
  }
}

/** /reset-password/:token: where the emailed link leads. */
export class ResetPasswordPage {
  readonly heading: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'Choose a new password', level: 1 });
  }

  async choose(password: string): Promise<void> {
    await this.page.getByLabel('New password').fill(password);
    await this.page.getByRole('button', { name: 'Set the new password' }).click();
  }

  /** The refusal shown when the link cannot be used. */
  error(message: string | RegExp): Locator {
    return this.page.getByRole('alert').filter({ hasText: message });
  }
}
