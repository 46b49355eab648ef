import { expect, type Locator, type Page } from '@playwright/test';

/** /cycles/:cycleId/review: what was promised and how it ended, and what was said no to. */
export class ReviewPage {
  readonly summary: Locator;
  readonly kept: Locator;
  readonly ended: Locator;
  readonly team: Locator;

  constructor(readonly page: Page) {
    this.summary = page.getByRole('region', { name: 'Summary' });
    this.kept = page.getByRole('region', { name: 'What we promised' });
    this.ended = page.getByRole('region', { name: 'What we said no to, and what ended' });
    this.team = page.getByRole('combobox', { name: 'Team' });
  }

  heading(cycleName: string | RegExp): Locator {
    const name = typeof cycleName === 'string' ? `Review of ${cycleName}` : cycleName;
    return this.page.getByRole('heading', { name, level: 1 });
  }

  stat(label: string): Locator {
    return this.summary.getByRole('group', { name: label, exact: true });
  }

  /** One kept promise's card: its final score, the customer's satisfaction and the retrospectives. */
  keptPromise(title: string): Locator {
    return this.kept.getByRole('article', { name: title });
  }

  endedPromise(title: string): Locator {
    return this.ended.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: title }) });
  }

  async chooseTeam(name: string): Promise<void> {
    await this.team.click();
    await this.page.getByRole('option', { name, exact: true }).click();
    await expect(this.heading(new RegExp(`: ${name}$`))).toBeVisible();
  }
}
