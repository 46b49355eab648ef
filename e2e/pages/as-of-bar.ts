import type { Locator, Page } from '@playwright/test';

/** The "As of" control a page of the plan carries, and the banner it shows for a past moment. */
export class AsOfBar {
  readonly input: Locator;
  readonly banner: Locator;

  constructor(readonly page: Page) {
    this.input = page.getByRole('form', { name: 'As of' }).getByLabel('As of');
    this.banner = page.getByRole('alert').filter({ hasText: 'A past moment' });
  }

  /** Picks a moment (minutes, in the browser's time zone, as the input takes it) and shows it. */
  async showAsOf(localMinute: string): Promise<void> {
    await this.input.fill(localMinute);
    await this.page.getByRole('form', { name: 'As of' }).getByRole('button', { name: 'Show' }).click();
  }

  /** Back to the plan as it stands now. */
  async backToNow(): Promise<void> {
    await this.page.getByRole('form', { name: 'As of' }).getByRole('button', { name: 'Now' }).click();
  }
}
