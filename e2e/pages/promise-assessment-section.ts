import { expect, type Locator, type Page } from '@playwright/test';

/** The "Assessment" section of a promise's page: the customer's verdict, final scores and retrospectives. */
export class PromiseAssessmentSection {
  readonly region: Locator;
  readonly assessForm: Locator;
  readonly finalKeyResults: Locator;
  readonly retrospectives: Locator;

  constructor(readonly page: Page) {
    this.region = page.getByRole('region', { name: 'Assessment', exact: true });
    // The customer assesses at the top of the page, in the "Your move" panel.
    this.assessForm = page
      .getByRole('region', { name: 'Your move', exact: true })
      .getByRole('form', { name: 'Assess the completion' });
    this.finalKeyResults = this.region.getByRole('table', { name: 'Final key results' });
    this.retrospectives = this.region.getByRole('list', { name: 'Retrospectives' });
  }

  async declareSatisfied(note: string): Promise<void> {
    await this.assessForm.getByRole('textbox', { name: 'Your assessment' }).fill(note);
    await this.assessForm.getByRole('button', { name: 'Satisfied', exact: true }).click();
    await expect(this.assessForm).toBeHidden();
  }

  async declareDissatisfied(reason: string): Promise<void> {
    await this.assessForm.getByRole('textbox', { name: 'Your assessment' }).fill(reason);
    await this.assessForm.getByRole('button', { name: 'Dissatisfied', exact: true }).click();
    await expect(this.assessForm).toBeHidden();
  }

  verdict(word: 'Satisfied' | 'Dissatisfied'): Locator {
    return this.region.getByText(word, { exact: true });
  }

  finalKeyResult(text: string): Locator {
    return this.finalKeyResults
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name: text }) });
  }

  async writeRetrospective(wentWell: string, toChange: string): Promise<void> {
    const form = this.region.getByRole('form', { name: /^Your retrospective/ });
    await form.getByRole('textbox', { name: 'What went well' }).fill(wentWell);
    await form.getByRole('textbox', { name: 'What to change' }).fill(toChange);
    await form.getByRole('button', { name: 'Save retrospective' }).click();
    await expect(this.retrospectives).toContainText(wentWell);
  }
}
