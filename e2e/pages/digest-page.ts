import { expect, type FrameLocator, type Locator, type Page } from '@playwright/test';

/** The weekly digest's preview: the email as it would go, in a frame. */
export class DigestPage {
  readonly heading: Locator;
  readonly email: FrameLocator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'Weekly digest', level: 1 });
    this.email = page.frameLocator('iframe[title="The weekly digest email"]');
  }

  async open(): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Weekly digest' })
      .click();
    await expect(this.heading).toBeVisible();
  }
}
