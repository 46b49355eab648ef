import { expect, type Locator, type Page } from '@playwright/test';

/** The bell in the header: the unread count in its name, the notifications in its panel. */
export class NotificationBell {
  readonly button: Locator;
  readonly panel: Locator;

  constructor(readonly page: Page) {
    this.button = page.getByRole('banner').getByRole('button', { name: /^Notifications/ });
    this.panel = page.getByRole('dialog', { name: 'Notifications' });
  }

  async open(): Promise<void> {
    await this.button.click();
    await expect(this.panel).toBeVisible();
  }

  item(title: string | RegExp): Locator {
    return this.panel.getByRole('listitem').filter({ hasText: title });
  }

  async markRead(title: string | RegExp): Promise<void> {
    await this.item(title)
      .getByRole('button', { name: /^Mark read/ })
      .click();
  }

  async markAllRead(): Promise<void> {
    await this.panel.getByRole('button', { name: 'Mark all read' }).click();
  }

  /** Follows a notification to what it is about. */
  async follow(title: string | RegExp): Promise<void> {
    await this.item(title).getByRole('link').click();
  }
}
