/**
 * The sizes of the synthetic organization, as issue 9 names them. Every team has the same shape
 * (a lead and its members, one year promise and the same mix of quarter promises), so a size is
 * the number of teams and how many people, promises and check-ins they share.
 */
export interface OrganizationSize {
  name: string;
  teams: number;
  people: number;
  /** Two organization-wide promises (three years and one year) and the teams' own. */
  promises: number;
  checkIns: number;
}

export const SIZES = {
  /** For the generator's own test: every state, a few people. */
  tiny: { name: 'tiny', teams: 2, people: 8, promises: 2 + 2 * 23, checkIns: 200 },
  S: { name: 'S', teams: 10, people: 100, promises: 1_002, checkIns: 20_000 },
  M: { name: 'M', teams: 100, people: 1_000, promises: 10_002, checkIns: 200_000 },
  L: { name: 'L', teams: 1_000, people: 10_000, promises: 100_002, checkIns: 2_000_000 },
} as const satisfies Record<string, OrganizationSize>;

export type SizeName = keyof typeof SIZES;

export function isSizeName(value: string): value is SizeName {
  return Object.hasOwn(SIZES, value);
}

/** How one team's share of a size splits; the last team takes what rounding leaves. */
export function shareOf(total: number, parts: number, index: number): number {
  return Math.round((total * (index + 1)) / parts) - Math.round((total * index) / parts);
}
