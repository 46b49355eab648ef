import { expect, type Locator, type Page } from '@playwright/test';

export interface NewCycle {
  horizon: string;
  within?: string;
  name: string;
  startDate: string;
  endDate: string;
}

/** The planning calendar: cycles grouped by horizon. */
export class CyclesPage {
  readonly heading: Locator;
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'Cycles', level: 1 });
    this.dialog = page.getByRole('dialog', { name: 'Create a cycle' });
  }

  async open(): Promise<void> {
    await this.page.goto('/cycles');
    await expect(this.heading).toBeVisible();
  }

  /** The table of a horizon's cycles, e.g. "1 year". */
  horizon(name: string): Locator {
    return this.page.getByRole('table', { name: `${name} cycles` });
  }

  cycle(name: string): Locator {
    return this.page
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name, exact: true }) });
  }

  private async choose(label: string, option: string): Promise<void> {
    await this.dialog.getByRole('combobox', { name: label, exact: true }).click();
    await this.page.getByRole('option', { name: option, exact: true }).click();
  }

  /** Fills and sends the form; the dialog stays open when the server refuses. */
  async createCycle(cycle: NewCycle): Promise<void> {
    await this.page.getByRole('button', { name: 'Create cycle' }).click();
    await expect(this.dialog).toBeVisible();
    await this.choose('Horizon', cycle.horizon);
    if (cycle.within) await this.choose('Within', cycle.within);
    await this.dialog.getByRole('textbox', { name: 'Name', exact: true }).fill(cycle.name);
    await this.dialog.getByLabel('Start date').fill(cycle.startDate);
    await this.dialog.getByLabel('End date').fill(cycle.endDate);
    await this.dialog.getByRole('button', { name: 'Create cycle' }).click();
  }

  async setCadence(cycle: string, cadence: 'Weekly' | 'Every two weeks' | 'Monthly'): Promise<void> {
    await this.page.getByLabel(`Check-in cadence of ${cycle}`).selectOption({ label: cadence });
  }
}
