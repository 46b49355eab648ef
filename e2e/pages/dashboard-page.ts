import { expect, type Locator, type Page } from '@playwright/test';

/** /dashboard: a cycle at a glance for the organization, a team or a person. */
export class DashboardPage {
  readonly heading: Locator;
  readonly cycle: Locator;
  readonly scope: Locator;
  readonly summary: Locator;
  readonly atRisk: Locator;
  readonly stale: Locator;
  readonly reviewLink: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'Dashboard', level: 1 });
    this.cycle = page.getByRole('combobox', { name: 'Cycle' });
    this.scope = page.getByRole('combobox', { name: 'Scope' });
    this.summary = page.getByRole('region', { name: 'Summary' });
    this.atRisk = page.getByRole('region', { name: 'At risk or off track' });
    this.stale = page.getByRole('region', { name: 'Check-in overdue' });
    this.reviewLink = page.getByRole('link', { name: 'End-of-cycle review' });
  }

  async open(): Promise<void> {
    await this.page.goto('/dashboard');
    await expect(this.heading).toBeVisible();
  }

  /** A number card of the summary, by its label ("Average score", "Promises"…). */
  stat(label: string): Locator {
    return this.summary.getByRole('group', { name: label, exact: true });
  }

  chart(name: string): Locator {
    return this.page.getByRole('figure', { name, exact: true });
  }

  async chartData(name: string): Promise<Locator> {
    const chart = this.chart(name);
    await chart.getByRole('button', { name: /^Show data/ }).click();
    return chart.getByRole('table', { name });
  }

  /** "Whole organization", a team's name or a person's name. */
  async chooseScope(name: string): Promise<void> {
    await this.scope.click();
    await this.page.getByRole('option', { name, exact: true }).click();
    await expect(this.scope).toHaveValue(name);
  }

  async chooseCycle(name: string): Promise<void> {
    await this.cycle.click();
    await this.page.getByRole('option', { name, exact: true }).click();
  }
}
