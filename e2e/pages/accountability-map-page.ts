import { expect, type Locator, type Page } from '@playwright/test';

/** The accountability map, read through its table: one row per promise from customer to performer. */
export class AccountabilityMapPage {
  readonly heading: Locator;
  readonly edges: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'Accountability map', level: 1 });
    this.edges = page.getByRole('table', { name: 'Who promises what to whom' });
  }

  async open(): Promise<void> {
    await this.page.goto('/map');
    await expect(this.heading).toBeVisible();
  }

  /** The rows (promises) from `customer` to `performer` on `horizon`, in that column order. */
  edge(customer: string, performer: string, horizon: string): Locator {
    const name = new RegExp(
      `^${escapeRegExp(customer)} ${escapeRegExp(performer)} ${escapeRegExp(horizon)} `,
    );
    return this.edges.getByRole('row', { name });
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
