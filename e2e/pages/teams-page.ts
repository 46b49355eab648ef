import { expect, type Locator, type Page } from '@playwright/test';

export class TeamsPage {
  readonly heading: Locator;
  readonly teams: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'Teams', level: 1 });
    this.teams = page.getByRole('table', { name: /teams?$/ });
  }

  team(name: string): Locator {
    return this.teams.getByRole('link', { name, exact: true });
  }

  async show(filter: 'Active' | 'Archived' | 'All'): Promise<void> {
    await this.page.getByRole('radiogroup', { name: 'Show' }).getByRole('radio', { name: filter }).check();
  }

  /** Creates a team; Accord then opens the team's page. */
  async createTeam(name: string, description = ''): Promise<void> {
    await this.page.getByRole('button', { name: 'Create team' }).first().click();
    const dialog = this.page.getByRole('dialog', { name: 'Create a team' });
    await dialog.getByLabel('Team name').fill(name);
    if (description) await dialog.getByLabel('Description').fill(description);
    await dialog.getByRole('button', { name: 'Create team' }).click();
    await expect(dialog).toBeHidden();
  }
}
