import fs from 'node:fs';
import { expect, type Page } from '@playwright/test';

/** The Export page: download links for the archive, the CSV files and a cycle's report. */
export class ExportPage {
  constructor(readonly page: Page) {}

  async expectShown(): Promise<void> {
    await expect(this.page.getByRole('heading', { name: 'Export', level: 1 })).toBeVisible();
  }

  /** Clicks a download link and answers the downloaded file's name and text. */
  async download(link: string | RegExp): Promise<{ name: string; text: string }> {
    const downloading = this.page.waitForEvent('download');
    await this.page.getByRole('link', { name: link }).click();
    const download = await downloading;
    const file = await download.path();
    return { name: download.suggestedFilename(), text: fs.readFileSync(file, 'utf8') };
  }

  async chooseCycle(name: string): Promise<void> {
    await this.page.getByRole('combobox', { name: 'Cycle', exact: true }).click();
    await this.page.getByRole('option', { name, exact: true }).click();
  }
}
