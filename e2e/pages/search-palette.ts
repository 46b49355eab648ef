import { expect, type Locator, type Page } from '@playwright/test';

/** The header's search box and the Ctrl-K command palette. */
export class SearchAndPalette {
  readonly searchBox: Locator;
  readonly paletteButton: Locator;
  readonly palette: Locator;
  readonly paletteBox: Locator;

  constructor(readonly page: Page) {
    this.searchBox = page.getByRole('banner').getByRole('combobox', { name: 'Search' });
    this.paletteButton = page.getByRole('button', { name: /Go to…/ });
    this.palette = page.getByRole('dialog', { name: 'Command palette' });
    this.paletteBox = this.palette.getByRole('combobox', { name: 'Go to or start' });
  }

  /** An option of the list under the header's box, or of the palette's. */
  option(name: string | RegExp): Locator {
    return this.page.getByRole('listbox').getByRole('option', { name });
  }

  async search(text: string): Promise<void> {
    await this.searchBox.fill(text);
  }

  async openPalette(): Promise<void> {
    await this.page.keyboard.press('ControlOrMeta+KeyK');
    await expect(this.paletteBox).toBeFocused();
  }

  /** Types in the palette and chooses with Enter once `option` is the first choice offered. */
  async goWithPalette(text: string, option: string | RegExp): Promise<void> {
    await this.paletteBox.fill(text);
    await expect(this.palette.getByRole('option').first()).toHaveAccessibleName(option);
    await this.paletteBox.press('Enter');
    await expect(this.palette).toBeHidden();
  }
}
