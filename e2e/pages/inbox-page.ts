import { expect, type Locator, type Page } from '@playwright/test';

/** Where Accord opens after sign-in: what awaits my move, and what I wait on. */
export class InboxPage {
  readonly heading: Locator;
  readonly awaitingMe: Locator;
  readonly myTeam: Locator;
  readonly waitingOnOthers: Locator;
  readonly findings: Locator;
  readonly shortcuts: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'Inbox', level: 1 });
    this.awaitingMe = page.getByRole('region', { name: /^Awaiting my move/ });
    this.myTeam = page.getByRole('region', { name: /^My team’s/ });
    this.waitingOnOthers = page.getByRole('region', { name: /^Waiting on others/ });
    this.findings = page.getByRole('region', { name: /^Findings/ });
    this.shortcuts = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
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

  /** The order of the sections: "Longest waiting" or "Due soonest". */
  sortButton(label: 'Longest waiting' | 'Due soonest'): Locator {
    return this.page.getByRole('group', { name: 'Sort the inbox' }).getByRole('button', { name: label });
  }

  /** A section's heading carries its count: "Awaiting my move (3)". */
  sectionHeading(title: string, count: number): Locator {
    return this.page.getByRole('heading', { name: `${title} (${count})`, level: 2 });
  }
}
