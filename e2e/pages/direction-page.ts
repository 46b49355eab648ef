import { expect, type Locator, type Page } from '@playwright/test';

/** A cycle's direction document: leadership's draft and the published versions with their comments. */
export class DirectionPage {
  readonly draft: Locator;
  readonly published: Locator;
  readonly document: Locator;
  readonly comments: Locator;

  constructor(readonly page: Page) {
    this.draft = page.getByRole('region', { name: 'Draft' });
    this.published = page.getByRole('region', { name: 'Published' });
    this.document = this.published.getByRole('article');
    this.comments = this.published.getByRole('list', { name: /^Comments on version/ });
  }

  heading(cycleName: string): Locator {
    return this.page.getByRole('heading', { name: `Direction for ${cycleName}`, level: 1 });
  }

  async write(markdown: string): Promise<void> {
    await this.draft.getByRole('tab', { name: 'Write' }).click();
    await this.draft.getByLabel('Direction draft').fill(markdown);
  }

  async preview(): Promise<Locator> {
    await this.draft.getByRole('tab', { name: 'Preview' }).click();
    return this.draft.getByRole('article', { name: 'Preview of the draft' });
  }

  async saveDraft(): Promise<void> {
    await this.draft.getByRole('button', { name: 'Save draft' }).click();
    await expect(this.draft.getByText(/^Draft saved by/)).toBeVisible();
  }

  async publish(): Promise<void> {
    await this.draft.getByRole('button', { name: /^Publish version/ }).click();
  }

  async chooseVersion(label: RegExp): Promise<void> {
    await this.published.getByRole('combobox', { name: 'Version' }).click();
    await this.page.getByRole('option', { name: label }).click();
  }

  async comment(text: string): Promise<void> {
    await this.published.getByLabel('Your comment').fill(text);
    await this.published.getByRole('button', { name: /^Comment on version/ }).click();
    await expect(this.comments.getByText(text)).toBeVisible();
  }

  async draftPromiseCitingIt(): Promise<void> {
    await this.published.getByRole('link', { name: 'Draft a promise citing this direction' }).click();
  }
}
