import { expect, type FrameLocator, type Locator, type Page } from '@playwright/test';

/** The weekly digest's preview (the email as it would go, in a frame) and the organization's time zone. */
export class DigestPage {
  readonly heading: Locator;
  readonly email: FrameLocator;
  readonly timeZoneForm: Locator;
  readonly timeZone: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'Weekly digest', level: 1 });
    this.email = page.frameLocator('iframe[title="The weekly digest email"]');
    this.timeZoneForm = page.getByRole('form', { name: 'Organization time zone' });
    this.timeZone = this.timeZoneForm.getByRole('combobox', { name: 'Time zone' });
  }

  /** Finds a zone by typing part of its name, picks it and saves. */
  async chooseTimeZone(search: string, zone: string): Promise<void> {
    await this.timeZone.fill(search);
    await this.page.getByRole('option', { name: zone }).click();
    await this.timeZoneForm.getByRole('button', { name: 'Save time zone' }).click();
  }

  async open(): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Weekly digest' })
      .click();
    await expect(this.heading).toBeVisible();
  }
}
