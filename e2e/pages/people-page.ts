import { expect, type Locator, type Page } from '@playwright/test';

export class PeoplePage {
  readonly heading: Locator;
  readonly members: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'People', level: 1 });
    this.members = page.getByRole('table', { name: /members?/ });
  }

  member(name: string): Locator {
    return this.members.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name }) });
  }

  async search(text: string): Promise<void> {
    await this.page.getByLabel('Search people').fill(text);
  }

  /** Invites a person and returns the link the dialog shows to pass on. */
  async invite(email: string, role: 'Admin' | 'Member' | 'Viewer' = 'Member'): Promise<string> {
    await this.page.getByRole('button', { name: 'Invite person' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Invite a person' });
    await dialog.getByLabel('Email').fill(email);
    if (role !== 'Member') {
      await dialog.getByRole('combobox', { name: 'Role' }).click();
      await this.page.getByRole('option', { name: role }).click();
    }
    await dialog.getByRole('button', { name: 'Create invitation' }).click();
    const link = dialog.getByLabel('Invitation link');
    await expect(link).toHaveValue(/\/invite\//);
    const value = await link.inputValue();
    await dialog.getByRole('button', { name: 'Done' }).click();
    await expect(dialog).toBeHidden();
    return value;
  }

  roleOf(name: string): Locator {
    return this.member(name).getByRole('combobox', { name: `Role of ${name}` });
  }

  async changeRole(name: string, role: 'Owner' | 'Admin' | 'Member' | 'Viewer'): Promise<void> {
    await this.roleOf(name).click();
    await this.page.getByRole('option', { name: role, exact: true }).click();
    await expect(this.page.getByRole('alert').filter({ hasText: `${name} is now` })).toBeVisible();
  }

  async remove(name: string): Promise<void> {
    await this.member(name)
      .getByRole('button', { name: `Remove ${name}` })
      .click();
    await this.page
      .getByRole('dialog', { name: `Remove ${name}?` })
      .getByRole('button', { name: 'Remove member' })
      .click();
  }

  async revokeInvitation(email: string): Promise<void> {
    await this.pendingInvitation(email)
      .getByRole('button', { name: /^Revoke/ })
      .click();
    await this.page
      .getByRole('dialog', { name: 'Revoke the invitation?' })
      .getByRole('button', { name: 'Revoke invitation' })
      .click();
  }

  /** Resends an invitation and returns the new link the dialog shows. */
  async resendInvitation(email: string): Promise<string> {
    await this.pendingInvitation(email)
      .getByRole('button', { name: /^Resend/ })
      .click();
    await this.page
      .getByRole('dialog', { name: 'Resend the invitation?' })
      .getByRole('button', { name: 'Resend invitation' })
      .click();
    const dialog = this.page.getByRole('dialog', { name: 'Invitation resent' });
    const link = dialog.getByLabel('New invitation link');
    await expect(link).toHaveValue(/\/invite\//);
    const value = await link.inputValue();
    await dialog.getByRole('button', { name: 'Done' }).click();
    await expect(dialog).toBeHidden();
    return value;
  }

  pendingInvitation(email: string): Locator {
    return this.page
      .getByRole('region', { name: 'Pending invitations' })
      .getByRole('row')
      .filter({ hasText: email });
  }
}
