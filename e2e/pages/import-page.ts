import { expect, type Locator, type Page } from '@playwright/test';

/** The Import page: choose a file and a source, check it, read the preview, confirm, follow the progress. */
export class ImportPage {
  readonly form: Locator;
  readonly problems: Locator;
  readonly counts: Locator;
  readonly status: Locator;

  constructor(readonly page: Page) {
    this.form = page.getByRole('form', { name: 'Choose a file' });
    this.problems = page.getByRole('list', { name: 'Problems' });
    this.counts = page.getByRole('table', { name: 'What the import creates' });
    this.status = page.getByRole('status').filter({ hasText: /Imported|failed|Imported \d/ });
  }

  async check(file: { name: string; text: string }, options: { skipInvalid?: boolean } = {}): Promise<void> {
    // The file field is a button that opens the system's file chooser, as a person would use it.
    const chooser = this.page.waitForEvent('filechooser');
    await this.form.getByRole('button', { name: 'File', exact: true }).click();
    await (await chooser).setFiles({ name: file.name, mimeType: 'text/csv', buffer: Buffer.from(file.text) });
    if (options.skipInvalid)
      await this.form.getByRole('checkbox', { name: 'Skip the rows that have errors' }).check();
    await this.form.getByRole('button', { name: 'Check the file' }).click();
    await expect(this.counts).toBeVisible();
  }

  /** The select of the file's column that holds a field, by the field's label. */
  column(field: string): Locator {
    return this.form.getByRole('combobox', { name: field, exact: true });
  }

  async chooseColumn(field: string, header: string): Promise<void> {
    await this.column(field).selectOption(header);
  }

  /** The dry run again, with the columns chosen since. */
  async checkAgain(): Promise<void> {
    await this.form.getByRole('button', { name: 'Check the file' }).click();
    await expect(this.counts).toBeVisible();
  }

  async confirm(): Promise<void> {
    await this.page.getByRole('button', { name: 'Import', exact: true }).click();
  }
}
