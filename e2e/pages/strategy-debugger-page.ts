import { expect, type Locator, type Page } from '@playwright/test';

/** The strategy debugger: findings grouped by kind, each with its parties, its next move and dismiss. */
export class StrategyDebuggerPage {
  readonly heading: Locator;
  readonly filters: Locator;
  readonly nothingToLookInto: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'Strategy debugger', level: 1 });
    this.filters = page.getByRole('group', { name: 'Filters' });
    this.nothingToLookInto = page.getByText('Nothing to look into');
  }

  /** The section of one kind of finding, by its title ("Teams over capacity"). */
  kind(title: string): Locator {
    return this.page.getByRole('region', { name: new RegExp(`^${title} \\(\\d+\\)$`) });
  }

  /** A finding, by words of its message. */
  finding(words: string | RegExp): Locator {
    return this.page.getByRole('listitem').filter({ hasText: words });
  }

  /** Follows a finding's suggested move, to the promise page with the move's form open. */
  async followSuggestedMove(finding: Locator, label: string): Promise<void> {
    await finding.getByRole('link', { name: label, exact: true }).click();
  }

  async dismiss(finding: Locator, reason: string): Promise<void> {
    await finding.getByRole('button', { name: 'Dismiss', exact: true }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Dismiss this finding' });
    await dialog.getByLabel('Why').fill(reason);
    await dialog.getByRole('button', { name: 'Dismiss', exact: true }).click();
    await expect(dialog).toBeHidden();
  }
}
