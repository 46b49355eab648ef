import { expect, type Page } from '@playwright/test';

/** /invite/:token, as the invited person sees it. */
export class AcceptInvitationPage {
  constructor(readonly page: Page) {}

  async open(link: string, organizationName: string): Promise<void> {
    await this.page.goto(link);
    await expect(
      this.page.getByRole('heading', { name: `Join ${organizationName}`, level: 1 }),
    ).toBeVisible();
  }

  async joinAsNewcomer(organizationName: string, name: string, password: string): Promise<void> {
    await this.page.getByLabel('Your name').fill(name);
    await this.page.getByRole('textbox', { name: 'Password', exact: true }).fill(password);
    await this.page.getByRole('button', { name: `Join ${organizationName}` }).click();
  }
}
