import { expect, type Locator, type Page } from '@playwright/test';

export type Opening = 'I ask (I am the customer)' | 'I offer (I am the performer)' | 'Draft first';

/** The form that makes a promise: how it opens, its sides, cycle, terms and tags. */
export class NewPromisePage {
  readonly heading: Locator;
  readonly form: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'New promise', level: 1 });
    this.form = page.getByRole('form', { name: 'New promise' });
  }

  async open(): Promise<void> {
    await this.page.goto('/promises/new');
    await expect(this.heading).toBeVisible();
  }

  async openAs(opening: Opening): Promise<void> {
    await this.form
      .getByRole('radiogroup', { name: 'How do you open it?' })
      .getByRole('radio', { name: opening })
      .check();
  }

  /** Picks an option of a searchable select by typing part of it. */
  private async choose(label: string, option: string): Promise<void> {
    const input = this.form.getByRole('combobox', { name: label, exact: true });
    await input.click();
    await input.fill(option);
    await this.page.getByRole('option', { name: option, exact: true }).click();
  }

  async chooseCycle(name: string): Promise<void> {
    await this.choose('Cycle', name);
  }

  async chooseCustomer(name: string): Promise<void> {
    await this.choose('Customer', name);
  }

  async addPerformer(name: string): Promise<void> {
    await this.choose('Performers', name);
    await this.page.keyboard.press('Escape');
  }

  /** Takes the last performer off the list (Backspace in the performers' input, as a keyboard user would). */
  async removeLastPerformer(): Promise<void> {
    await this.form.getByRole('combobox', { name: 'Performers', exact: true }).press('Backspace');
  }

  async fillTerms(terms: { title: string; description?: string; dueDate?: string }): Promise<void> {
    await this.form.getByRole('textbox', { name: 'Title', exact: true }).fill(terms.title);
    if (terms.description)
      await this.form.getByRole('textbox', { name: 'Description', exact: true }).fill(terms.description);
    if (terms.dueDate)
      await this.form.getByRole('textbox', { name: 'Due date', exact: true }).fill(terms.dueDate);
  }

  /** Adds a condition; with `metric`, measured as a percent from `start` to `target`. */
  async addCondition(text: string, metric?: { start: string; target: string }): Promise<void> {
    await this.form.getByRole('button', { name: 'Add condition' }).click();
    const condition = this.form.getByRole('group', { name: /^Condition \d+$/ }).last();
    await condition.getByRole('textbox', { name: 'Text', exact: true }).fill(text);
    if (metric) {
      await condition.getByRole('radio', { name: 'Metric' }).check();
      await condition.getByLabel('Unit kind').selectOption('percent');
      await condition.getByRole('textbox', { name: 'Start', exact: true }).fill(metric.start);
      await condition.getByRole('textbox', { name: 'Target', exact: true }).fill(metric.target);
    }
  }

  async addTag(tag: string): Promise<void> {
    const input = this.form.getByRole('combobox', { name: 'Tags' });
    await input.fill(tag);
    await input.press('Enter');
  }

  async submit(label: 'Send request' | 'Send offer' | 'Save draft'): Promise<void> {
    await this.form.getByRole('button', { name: label }).click();
  }
}
