import { expect, type Locator, type Page } from '@playwright/test';

type Column = 'Drafts' | 'Proposed' | 'Agreed' | 'Declined';

/** The planning of a cycle: its timeline and moves, the direction, the board of teams, the findings. */
export class PlanningPage {
  readonly heading: Locator;
  readonly timeline: Locator;
  readonly milestones: Locator;
  readonly board: Locator;
  readonly findings: Locator;
  readonly unsettled: Locator;
  readonly cycleMoves: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'Planning', level: 1 });
    this.timeline = page.getByRole('region', { name: 'Timeline' });
    this.milestones = this.timeline.getByRole('table', { name: 'Milestones' });
    this.board = page.getByRole('table', { name: /team by team$/ });
    this.findings = page.getByRole('region', { name: 'Findings' });
    this.unsettled = page.getByRole('list', { name: 'Unsettled at approval' });
    this.cycleMoves = this.timeline.getByRole('list', { name: 'Moves of the cycle' });
  }

  /** Through the navigation, as a person would. */
  async openFromNavigation(): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Planning', exact: true })
      .click();
    await expect(this.heading).toBeVisible();
  }

  async chooseCycle(name: string): Promise<void> {
    await this.page.getByRole('combobox', { name: 'Cycle', exact: true }).click();
    await this.page.getByRole('option', { name, exact: true }).click();
    await expect(this.board).toHaveAccessibleName(`The plan of ${name}, team by team`);
  }

  /** "In planning", "Active"… */
  cycleState(state: string): Locator {
    return this.timeline.getByText(state, { exact: true });
  }

  milestone(label: string): Locator {
    return this.milestones
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name: label }) });
  }

  /** The titles a team has in a column of the board. */
  promises(column: Column, team: string): Locator {
    return this.board.getByRole('list', { name: `${column}, ${team}` }).getByRole('listitem');
  }

  promise(column: Column, team: string, title: string): Locator {
    return this.promises(column, team).filter({
      has: this.page.getByRole('link', { name: title, exact: true }),
    });
  }

  load(team: string): Locator {
    return this.board.getByRole('progressbar', { name: `Load of ${team}` });
  }

  teamRow(team: string): Locator {
    return this.board
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name: new RegExp(`^${team}`) }) });
  }

  /** Shows only the teams whose name holds `text`. */
  async filterTeams(text: string): Promise<void> {
    await this.page.getByRole('textbox', { name: 'Filter teams by name' }).fill(text);
  }

  /** The next page of the board's teams. */
  async nextTeamsPage(): Promise<void> {
    await this.page.getByRole('button', { name: 'Next page' }).click();
  }

  /** The link to the rest of a team's column, e.g. "1 more proposed of Platform". */
  moreLink(column: Column, team: string): Locator {
    return this.board.getByRole('link', {
      name: new RegExp(`^\\d+ more ${column.toLowerCase()} of ${team}$`),
    });
  }

  async openDirection(): Promise<void> {
    await this.page
      .getByRole('region', { name: 'Direction' })
      .getByRole('link', { name: /^The direction document/ })
      .click();
  }

  /** Moves the cycle on through its confirmation, e.g. "Approve the plan". */
  async moveCycle(label: 'Approve the plan' | 'Start the review' | 'Close the cycle'): Promise<void> {
    await this.timeline.getByRole('button', { name: label }).click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByRole('button', { name: label }).click();
    await expect(dialog).toBeHidden();
  }
}
