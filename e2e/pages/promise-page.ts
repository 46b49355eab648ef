import { expect, type Locator, type Page } from '@playwright/test';

export interface MoveDetails {
  reason?: string;
  reasonKind?: 'Capacity' | 'Priority' | 'Scope' | 'Other';
  note?: string;
}

/** One promise: where it stands, the moves the signed-in person may make, the proposal and the history. */
export class PromisePage {
  readonly moves: Locator;
  /** The panel the page leads with when the signed-in person is awaited. */
  readonly yourMove: Locator;
  /** Decline, withdraw, revoke: apart from the main answers. */
  readonly destructiveMoves: Locator;
  /** The anchored tabs over the page's sections. */
  readonly sectionTabs: Locator;
  readonly situation: Locator;
  readonly closedCycle: Locator;
  /** The forms that add a contribution or a dependency. */
  readonly linkForms: Locator;
  readonly phase: Locator;
  readonly proposal: Locator;
  readonly history: Locator;
  readonly dialog: Locator;
  /** With several performers: each one's answer (promised or reported, or awaited). */
  readonly performerAnswers: Locator;

  constructor(readonly page: Page) {
    this.performerAnswers = page.getByRole('table', { name: "Each performer's answer" });
    this.moves = page.getByRole('group', { name: 'Your moves' });
    this.yourMove = page.getByRole('region', { name: 'Your move', exact: true });
    this.destructiveMoves = this.moves.getByRole('group', { name: 'Moves that end it' });
    this.sectionTabs = page.getByRole('navigation', { name: 'Sections of the promise' });
    this.situation = page.getByRole('alert').filter({ hasText: 'Situation' });
    this.closedCycle = page.getByRole('alert').filter({ hasText: 'Cycle closed' });
    this.linkForms = page.getByRole('form', { name: /^Add a (contribution|dependency)$/ });
    this.phase = page.getByRole('list', { name: 'Phase' });
    this.proposal = page.getByRole('table', { name: 'What changes' });
    this.history = page.getByRole('list', { name: 'History' });
    this.dialog = page.getByRole('dialog');
  }

  /** The link to the promise this one was carried over from, or carried into. */
  carried(direction: 'from' | 'into', title: string): Locator {
    const sentence = direction === 'from' ? 'Carried over from' : 'Carried into';
    return this.page.getByText(sentence).getByRole('link', { name: new RegExp(`^${title} \\(`) });
  }

  /** Opens a promise's page, at one of its sections when given, and waits until it has loaded. */
  async open(promiseId: string, section?: string): Promise<void> {
    await this.page.goto(`/promises/${promiseId}${section ? `#${section}` : ''}`);
    await expect(this.phase).toBeVisible({ timeout: 30_000 });
  }

  /** "Reply by Jan 8, 2027" among the facts: the day the awaited side is asked to answer by. */
  replyBy(date: string): Locator {
    return this.page.getByText(`Reply by ${date}`, { exact: true });
  }

  /** The notice that a promise this one depends on puts it at risk. */
  get dependencyRisk(): Locator {
    return this.page.getByRole('alert').filter({ hasText: 'At risk from a dependency' });
  }

  /** Says this promise depends on another, through the form in its Links section. */
  async addDependency(
    supplierTitle: string,
    details: { note?: string; replyBy?: string } = {},
  ): Promise<void> {
    const form = this.page.getByRole('form', { name: 'Add a dependency' });
    const picker = form.getByRole('combobox', { name: 'Supplier promise' });
    await picker.click();
    await picker.fill(supplierTitle);
    await this.page.getByRole('option', { name: new RegExp(`^${supplierTitle} \\(`) }).click();
    if (details.note) await form.getByRole('textbox', { name: 'What for' }).fill(details.note);
    if (details.replyBy) await form.getByRole('textbox', { name: 'Reply by' }).fill(details.replyBy);
    await form.getByRole('button', { name: 'Add dependency' }).click();
  }

  /** One of the anchored tabs, e.g. "History". */
  sectionTab(label: string): Locator {
    return this.sectionTabs.getByRole('link', { name: label, exact: true });
  }

  heading(title: string): Locator {
    return this.page.getByRole('heading', { name: title, level: 1 });
  }

  /** The phase the stepper marks as current, e.g. "Q2 Negotiate". */
  currentPhase(): Locator {
    return this.phase.locator('[aria-current="step"]');
  }

  move(label: string): Locator {
    return this.moves.getByRole('button', { name: label, exact: true });
  }

  /** Makes a move through its dialog, filling what it asks for. */
  async makeMove(label: string, details: MoveDetails = {}): Promise<void> {
    await this.move(label).click();
    await expect(this.dialog).toBeVisible();
    if (details.reasonKind) await this.dialog.getByRole('radio', { name: details.reasonKind }).check();
    if (details.reason !== undefined) await this.dialog.getByLabel('Why').fill(details.reason);
    if (details.note) await this.dialog.getByLabel('Note').fill(details.note);
    await this.dialog.getByRole('button', { name: label, exact: true }).click();
  }

  /** Counters with a new due date and the first condition's text changed. */
  async counter(changes: {
    dueDate?: string;
    firstCondition?: string;
    note?: string;
    replyBy?: string;
  }): Promise<void> {
    await this.move('Counter').click();
    await expect(this.dialog).toBeVisible();
    if (changes.replyBy) await this.dialog.getByRole('textbox', { name: 'Reply by' }).fill(changes.replyBy);
    if (changes.dueDate)
      await this.dialog.getByRole('textbox', { name: 'Due date', exact: true }).fill(changes.dueDate);
    if (changes.firstCondition) {
      await this.dialog
        .getByRole('group', { name: 'Condition 1' })
        .getByRole('textbox', { name: 'Text', exact: true })
        .fill(changes.firstCondition);
    }
    if (changes.note) await this.dialog.getByLabel('Note').fill(changes.note);
    await this.dialog.getByRole('button', { name: 'Counter', exact: true }).click();
  }

  /** A row of the side-by-side proposal, e.g. "Due date". */
  proposedChange(term: string): Locator {
    return this.proposal.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: term }) });
  }

  /** The row of one performer in the table of answers, e.g. its name and "Promised by … " or "Awaited". */
  performerAnswer(name: string): Locator {
    return this.performerAnswers
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name, exact: true }) });
  }

  historyEntries(): Locator {
    return this.history.getByRole('listitem');
  }
}
