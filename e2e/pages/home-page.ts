import type { Locator, Page } from '@playwright/test';

export class HomePage {
  constructor(readonly page: Page) {}

  /** The greeting names the signed-in person by first name. */
  welcome(firstName: string): Locator {
    return this.page.getByRole('heading', { name: `Welcome, ${firstName}`, level: 1 });
  }

  /** The line under the greeting, e.g. "You are an owner of Acme". */
  membership(role: 'an owner' | 'an admin' | 'a member' | 'a viewer', organizationName: string): Locator {
    return this.page.getByText(`You are ${role} of ${organizationName}.`);
  }
}
