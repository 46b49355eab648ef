import { expect, type Locator, type Page } from '@playwright/test';

export interface CheckInInput {
  /** Metric key results by their text, with the value to report. */
  values?: Record<string, string>;
  /** Milestones by their text: done or not. */
  milestones?: Record<string, boolean>;
  confidence: number;
  status: 'On track' | 'At risk' | 'Off track';
  note?: string;
  blockers?: string;
}

/** The "Progress" section of a promise's page: the score, the charts, the check-in form and the check-ins. */
export class PromiseProgressSection {
  readonly region: Locator;
  readonly score: Locator;
  readonly checkInForm: Locator;
  readonly staleWarning: Locator;

  constructor(readonly page: Page) {
    this.region = page.getByRole('region', { name: 'Progress', exact: true });
    this.score = this.region.getByRole('progressbar', { name: 'Score' });
    this.checkInForm = this.region.getByRole('form', { name: 'New check-in' });
    this.staleWarning = this.region.getByRole('alert').filter({ hasText: 'A check-in is overdue' });
  }

  chart(name: string): Locator {
    return this.region.getByRole('figure', { name, exact: true });
  }

  /** Opens a chart's data table (its text alternative) and returns it. */
  async chartData(name: string): Promise<Locator> {
    const chart = this.chart(name);
    const toggle = chart.getByRole('button', { name: /^(Show|Hide) data/ });
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    return chart.getByRole('table', { name });
  }

  async checkIn(input: CheckInInput): Promise<void> {
    const form = this.checkInForm;
    const checkIns = this.region.getByRole('article');
    const before = await checkIns.count();
    for (const [keyResult, value] of Object.entries(input.values ?? {})) {
      await form.getByRole('textbox', { name: keyResult }).fill(value);
    }
    for (const [milestone, isDone] of Object.entries(input.milestones ?? {})) {
      await form.getByRole('checkbox', { name: milestone }).setChecked(isDone);
    }
    await form.getByRole('textbox', { name: 'Confidence' }).fill(String(input.confidence));
    await form.getByRole('radio', { name: input.status }).check();
    await form.getByRole('textbox', { name: 'Note' }).fill(input.note ?? '');
    await form.getByRole('textbox', { name: 'Blockers' }).fill(input.blockers ?? '');
    await form.getByRole('button', { name: 'Check in' }).click();
    await expect(checkIns).toHaveCount(before + 1);
  }

  /** A check-in in the history, found by something it says (its note, say). */
  checkInEntry(text: string): Locator {
    return this.region.getByRole('article').filter({ hasText: text });
  }

  async answer(entry: Locator, kind: 'Acknowledge' | 'Comment' | 'Offer help', text = ''): Promise<void> {
    const open = entry.getByRole('button', { name: /^Answer/ });
    if (await open.isVisible()) await open.click();
    const form = entry.getByRole('form', { name: /^Answer the check-in/ });
    const answers = this.answers(entry).getByRole('listitem');
    const before = await answers.count();
    await form.getByRole('textbox', { name: 'Your answer' }).fill(text);
    await form.getByRole('button', { name: kind, exact: true }).click();
    await expect(answers).toHaveCount(before + 1);
  }

  answers(entry: Locator): Locator {
    return entry.getByRole('list', { name: "Customer's answers" });
  }
}
