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

  /** Renames or redates a cycle through its Edit dialog; the dialog stays open when the server refuses. */
  async editCycle(
    cycle: string,
    changes: { name?: string; startDate?: string; endDate?: string },
  ): Promise<void> {
    await this.page.getByRole('button', { name: `Edit ${cycle}` }).click();
    const dialog = this.editDialog(cycle);
    await expect(dialog).toBeVisible();
    if (changes.name !== undefined)
      await dialog.getByRole('textbox', { name: 'Name', exact: true }).fill(changes.name);
    if (changes.startDate) await dialog.getByLabel('Start date').fill(changes.startDate);
    if (changes.endDate) await dialog.getByLabel('End date').fill(changes.endDate);
    await dialog.getByRole('button', { name: 'Save cycle' }).click();
  }

  editDialog(cycle: string): Locator {
    return this.page.getByRole('dialog', { name: `Edit ${cycle}` });
  }

  /** Archives, brings back or deletes a cycle by its button in the table. */
  action(verb: 'Archive' | 'Bring back' | 'Delete', cycle: string): Locator {
    return this.page.getByRole('button', { name: `${verb} ${cycle}`, exact: true });
  }

  async deleteCycle(cycle: string): Promise<void> {
    await this.action('Delete', cycle).click();
    const dialog = this.page.getByRole('dialog', { name: `Delete ${cycle}?` });
    await dialog.getByRole('button', { name: 'Delete cycle' }).click();
  }

  async showArchived(shows: boolean): Promise<void> {
    await this.page.getByRole('switch', { name: 'Show archived cycles' }).setChecked(shows);
  }

  async setCadence(cycle: string, cadence: 'Weekly' | 'Every two weeks' | 'Monthly'): Promise<void> {
    await this.page.getByLabel(`Check-in cadence of ${cycle}`).selectOption({ label: cadence });
  }
}
