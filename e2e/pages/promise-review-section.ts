import { expect, type Locator, type Page } from '@playwright/test';

export type ReviewRole = 'Peer' | 'Supplier' | 'Consumer' | 'Manager';

/** The round trip on a promise's page: reviewers, questions, the status, and the performer's capacity. */
export class PromiseReviewSection {
  readonly region: Locator;
  readonly status: Locator;
  readonly reviewers: Locator;
  readonly questions: Locator;

  constructor(readonly page: Page) {
    this.region = page.getByRole('region', { name: 'Round trip', exact: true });
    this.status = this.region.getByRole('status', { name: /^Round trip:/ });
    this.reviewers = this.region.getByRole('table', { name: 'Reviewers asked' });
    this.questions = this.region.getByRole('list', { name: 'Questions' });
  }

  /** The link to the direction the promise answers. */
  citation(cycleName: string, version: number): Locator {
    return this.region.getByRole('link', { name: `the direction of ${cycleName}, version ${version}` });
  }

  reviewer(name: string): Locator {
    return this.reviewers
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name, exact: true }) });
  }

  /** One click on a reviewer the page suggests, e.g. "Ask Platform (supplier)". */
  async askSuggested(label: string): Promise<void> {
    await this.region.getByRole('button', { name: label }).click();
  }

  async requestReview(reviewer: string, role: ReviewRole): Promise<void> {
    const form = this.region.getByRole('form', { name: 'Request a review' });
    await form.getByRole('combobox', { name: 'Reviewer' }).click();
    await form.getByRole('combobox', { name: 'Reviewer' }).fill(reviewer);
    await this.page.getByRole('option', { name: reviewer, exact: true }).click();
    await form.getByRole('combobox', { name: 'Reviews as' }).click();
    await this.page.getByRole('option', { name: role, exact: true }).click();
    await form.getByRole('button', { name: 'Request review' }).click();
    await expect(this.reviewer(reviewer)).toBeVisible();
  }

  async markMyReviewDone(): Promise<void> {
    await this.reviewers.getByRole('button', { name: /^Mark my review done/ }).click();
  }

  question(text: string): Locator {
    return this.questions.getByRole('listitem', { name: `Question: ${text}` });
  }

  async ask(text: string): Promise<void> {
    const form = this.region.getByRole('form', { name: 'Ask a question' });
    await form.getByLabel('Your question').fill(text);
    await form.getByRole('button', { name: 'Ask question' }).click();
    await expect(this.question(text)).toBeVisible();
  }

  async answer(question: string, text: string): Promise<void> {
    const item = this.question(question);
    await item.getByRole('textbox', { name: 'Answer', exact: true }).fill(text);
    await item.getByRole('button', { name: 'Send answer' }).click();
    await expect(item).toContainText(text);
  }

  async resolve(question: string): Promise<void> {
    await this.question(question).getByRole('button', { name: 'Resolve' }).click();
    await expect(this.question(question)).toContainText('Resolved');
  }

  /** The note a performing team's lead sees while an ask awaits them. */
  capacityNote(team: string): Locator {
    return this.page.getByRole('complementary', { name: new RegExp(`^Capacity of ${team} in `) });
  }
}
