import { expect, type Locator, type Page } from '@playwright/test';

export class TeamPage {
  readonly members: Locator;
  readonly archivedNotice: Locator;

  constructor(readonly page: Page) {
    this.members = page.getByRole('table', { name: /members?$/ });
    this.archivedNotice = page.getByText('This team is archived');
  }

  heading(name: string): Locator {
    return this.page.getByRole('heading', { name, level: 1 });
  }

  member(name: string): Locator {
    return this.members.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name }) });
  }

  async addMember(name: string, options: { isLead?: boolean } = {}): Promise<void> {
    await this.page.getByRole('combobox', { name: 'Person' }).click();
    await this.page.getByRole('option', { name: new RegExp(`^${name} \\(`) }).click();
    if (options.isLead) await this.page.getByLabel('Team lead').check();
    await this.page.getByRole('button', { name: 'Add member' }).click();
    await expect(this.member(name)).toBeVisible();
  }

  async makeLead(name: string): Promise<void> {
    await this.member(name)
      .getByRole('button', { name: /^Make lead/ })
      .click();
  }

  async rename(name: string, description: string): Promise<void> {
    const details = this.page.getByRole('region', { name: 'Details' });
    await details.getByLabel('Team name').fill(name);
    await details.getByLabel('Description').fill(description);
    await details.getByRole('button', { name: 'Save changes' }).click();
  }

  async archive(): Promise<void> {
    await this.page.getByRole('button', { name: 'Archive team' }).click();
    await this.page.getByRole('dialog').getByRole('button', { name: 'Archive team' }).click();
  }
}
