import { expect, type Locator, type Page } from '@playwright/test';

/** On a team's page: its capacity per cycle, its load, what it said no to, and whether it is leadership. */
export class TeamCapacitySection {
  readonly region: Locator;
  readonly declined: Locator;
  readonly leadership: Locator;

  constructor(readonly page: Page) {
    this.region = page.getByRole('region', { name: 'Capacity', exact: true });
    this.declined = this.region.getByRole('table', { name: /declined$/ });
    this.leadership = page.getByRole('switch', { name: 'Leadership team' });
  }

  load(team: string): Locator {
    return this.region.getByRole('progressbar', { name: `Load of ${team}` });
  }

  async chooseCycle(name: string): Promise<void> {
    await this.region.getByRole('combobox', { name: 'Cycle', exact: true }).click();
    await this.page.getByRole('option', { name, exact: true }).click();
  }

  async declare(amount: number, unit: 'Promises' | 'Points' = 'Promises'): Promise<void> {
    await this.region.getByLabel('Capacity', { exact: true }).fill(String(amount));
    await this.region.getByRole('radio', { name: unit }).check();
    await this.region.getByRole('button', { name: 'Save capacity' }).click();
    await expect(this.region.getByRole('button', { name: 'Save capacity' })).toBeDisabled();
  }

  declinedAsk(title: string): Locator {
    return this.declined.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: title }) });
  }

  async markLeadership(): Promise<void> {
    await this.leadership.check();
    await expect(this.leadership).toBeChecked();
  }
}
