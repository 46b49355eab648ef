import { expect, type Locator, type Page } from '@playwright/test';

/**
 * The accountability map: first a summary of teams and the links between them, then a team's own
 * map, read through its table: one row per promise from customer to performer.
 */
export class AccountabilityMapPage {
  readonly heading: Locator;
  readonly teams: Locator;
  readonly links: Locator;
  readonly edges: Locator;
  readonly breadcrumb: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'Accountability map', level: 1 });
    this.teams = page.getByRole('table', { name: /^Teams on the map/ });
    this.links = page.getByRole('table', { name: /^Between teams/ });
    this.edges = page.getByRole('table', { name: /^Who promises what to whom/ });
    this.breadcrumb = page.getByRole('navigation', { name: 'Breadcrumb' });
  }

  async open(): Promise<void> {
    await this.page.goto('/map');
    await expect(this.heading).toBeVisible();
  }

  /** A team's row in the summary: its name (a link to its map), what it performs and asks. */
  team(name: string): Locator {
    return this.teams.getByRole('row', { name: new RegExp(`^${escapeRegExp(name)} `) });
  }

  /** A team on the summary's graph: a link that opens the team's map. */
  teamNode(name: string): Locator {
    return this.page.getByRole('link', { name: new RegExp(`^Open the map of ${escapeRegExp(name)}:`) });
  }

  /** The summary's row of the link from `customer` team to `performer` team. */
  link(customer: string, performer: string): Locator {
    return this.links.getByRole('row', {
      name: new RegExp(`^${escapeRegExp(customer)} ${escapeRegExp(performer)} `),
    });
  }

  async openTeam(name: string): Promise<void> {
    await this.team(name).getByRole('link', { name }).click();
    await expect(this.teamHeading(name)).toBeVisible();
  }

  teamHeading(name: string): Locator {
    return this.page.getByRole('heading', { name: `Map of ${name}`, level: 2 });
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
