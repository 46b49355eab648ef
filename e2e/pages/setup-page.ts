import { expect, type Locator, type Page } from '@playwright/test';

export interface NewOwner {
  organizationName: string;
  name: string;
  email: string;
  password: string;
}

/** The first-run page of an empty instance: create the organization, or load the demo. */
export class SetupPage {
  readonly heading: Locator;
  readonly demoProgress: Locator;
  readonly demoPeople: Locator;
  readonly signInButton: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'Set up Accord', level: 1 });
    this.demoProgress = page.getByRole('progressbar', { name: 'Demo organization loading progress' });
    this.demoPeople = page.getByRole('table', { name: 'Demo people' });
    this.signInButton = page.getByRole('link', { name: 'Sign in' });
  }

  /** A visitor of a new instance is sent here from any page. */
  async open(): Promise<void> {
    await this.page.goto('/');
    await expect(this.heading).toBeVisible();
    await expect(this.page).toHaveURL(/\/setup$/);
  }

  async createOrganization(owner: NewOwner): Promise<void> {
    await this.page.getByLabel('Organization name').fill(owner.organizationName);
    await this.page.getByLabel('Your name').fill(owner.name);
    await this.page.getByLabel('Email').fill(owner.email);
    await this.page.getByRole('textbox', { name: 'Password', exact: true }).fill(owner.password);
    await this.page.getByRole('button', { name: 'Create organization' }).click();
  }

  async loadDemo(): Promise<void> {
    await this.page.getByRole('button', { name: 'Load the demo organization' }).click();
  }

  demoPerson(email: string): Locator {
    return this.demoPeople.getByRole('row').filter({ hasText: email });
  }
}
