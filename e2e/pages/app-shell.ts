import { expect, type Locator, type Page } from '@playwright/test';

type Section =
  | 'Inbox'
  | 'Promises'
  | 'Map'
  | 'Cycles'
  | 'Strategy debugger'
  | 'Dashboard'
  | 'People'
  | 'Teams'
  | 'Account'
  | 'Integrations'
  | 'Export'
  | 'Import';

/** What every signed-in page has: navigation, the organization switcher, sign out. */
export class AppShell {
  readonly navigation: Locator;
  readonly organization: Locator;

  constructor(readonly page: Page) {
    this.navigation = page.getByRole('navigation', { name: 'Main' });
    this.organization = this.navigation.getByRole('combobox', { name: 'Organization', exact: true });
  }

  async goTo(section: Section): Promise<void> {
    await this.navigation.getByRole('link', { name: section, exact: true }).click();
    await expect(this.navigation.getByRole('link', { name: section, exact: true })).toHaveAttribute(
      'aria-current',
      'page',
    );
  }

  async signOut(): Promise<void> {
    await this.page.getByRole('button', { name: 'Sign out' }).click();
  }

  async switchOrganization(name: string): Promise<void> {
    await this.organization.click();
    await this.page.getByRole('option', { name, exact: true }).click();
  }

  async createOrganization(name: string): Promise<void> {
    await this.navigation.getByRole('button', { name: 'Create organization' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Create an organization' });
    await dialog.getByLabel('Organization name').fill(name);
    await dialog.getByRole('button', { name: 'Create organization' }).click();
    await expect(dialog).toBeHidden();
  }
}
