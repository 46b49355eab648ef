import { expect, type Locator, type Page } from '@playwright/test';

export class AccountPage {
  readonly heading: Locator;
  readonly tokens: Locator;
  readonly secret: Locator;
  readonly calendarAddress: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'Account', level: 1 });
    this.tokens = page.getByRole('table', { name: 'Your API tokens' });
    this.secret = page.getByLabel('Token secret');
    this.calendarAddress = page.getByRole('textbox', { name: 'Calendar address' });
  }

  async createToken(name: string): Promise<string> {
    await this.page.getByLabel('Token name').fill(name);
    await this.page.getByRole('button', { name: 'Create token' }).click();
    await expect(this.secret).toBeVisible();
    return this.secret.inputValue();
  }

  /** Makes the calendar address and answers it, as shown once. */
  async makeCalendarAddress(): Promise<string> {
    await this.page.getByRole('button', { name: /^Make (my|a new) calendar address$/ }).click();
    await expect(this.calendarAddress).toBeVisible();
    return this.calendarAddress.inputValue();
  }

  async dismissSecret(): Promise<void> {
    await this.page.getByRole('button', { name: 'I have copied the secret' }).click();
  }

  /** Saves a new name in the profile form. */
  async changeName(name: string): Promise<void> {
    const form = this.page.getByRole('form', { name: 'Change your name' });
    await form.getByRole('textbox', { name: 'Name' }).fill(name);
    await form.getByRole('button', { name: 'Save name' }).click();
  }

  /** Changes the password in its form, the current one given. */
  async changePassword(current: string, next: string): Promise<void> {
    const form = this.page.getByRole('form', { name: 'Change your password' });
    await form.getByLabel('Current password').fill(current);
    await form.getByLabel('New password').fill(next);
    await form.getByRole('button', { name: 'Change password' }).click();
  }

  token(name: string): Locator {
    return this.tokens.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name }) });
  }
}
