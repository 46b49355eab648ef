import { expect, type Locator, type Page } from '@playwright/test';

/** Where Accord opens after sign-in: what awaits my move, and what I wait on. */
export class InboxPage {
  readonly heading: Locator;
  readonly awaitingMe: Locator;
  readonly waitingOnOthers: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'Inbox', level: 1 });
    this.awaitingMe = page.getByRole('region', { name: /^Awaiting your move/ });
    this.waitingOnOthers = page.getByRole('region', { name: /^Waiting on others/ });
  }

  async open(): Promise<void> {
    await this.page.goto('/inbox');
    await expect(this.heading).toBeVisible();
  }

  /** The greeting under the heading names the signed-in person by first name. */
  welcome(firstName: string): Locator {
    return this.page.getByText(`Welcome, ${firstName}.`);
  }

  /** The line under the heading, e.g. "You are an owner of Acme". */
  membership(role: 'an owner' | 'an admin' | 'a member' | 'a viewer', organizationName: string): Locator {
    return this.page.getByText(`You are ${role} of ${organizationName}.`);
  }

  /**
   * Answers the carry-over question of an item (Carry over, End or Leave) and confirms it in the
   * dialog that asks first.
   */
  async decideCarryOver(
    item: Locator,
    choice: 'Carry over' | 'End' | 'Leave',
    confirm: string,
  ): Promise<void> {
    await item.getByRole('button', { name: choice, exact: true }).click();
    const dialog = this.page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: confirm, exact: true }).click();
    await expect(dialog).toBeHidden();
  }

  /** An item of a section, e.g. "A request to answer: Ship the onboarding flow". */
  item(section: Locator, kind: string, title: string): Locator {
    return section.getByRole('listitem', { name: `${kind}: ${title}` });
  }
}
