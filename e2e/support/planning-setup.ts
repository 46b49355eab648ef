import type { Browser, Page } from '@playwright/test';
import { addPerson, call, horizonId, type Person } from './promise-api.js';

/* What the planning stories set up through the API: members, teams, a quarter ahead, asks. */

export interface Member extends Person {
  name: string;
}

/** Invites a member, who joins in a browser of their own and is signed in there. */
export async function addMember(
  owner: Page,
  browser: Browser,
  baseURL: string,
  name: string,
): Promise<Member> {
  const email = `${name.split(' ')[0]?.toLowerCase()}@acme.test`;
  const person = await addPerson(owner, browser, baseURL, {
    name,
    email,
    password: `${name} has a long password`,
  });
  return { name, ...person };
}

/** A team with its leads. */
export async function createTeam(
  owner: Page,
  name: string,
  leadIds: readonly string[],
): Promise<{ id: string; name: string }> {
  const team = await call<{ id: string; name: string }>(owner, 'POST', '/api/v1/teams', { name });
  for (const personId of leadIds) {
    await call(owner, 'PUT', `/api/v1/teams/${team.id}/members/${personId}`, { isLead: true });
  }
  return team;
}

export interface TestCycle {
  id: string;
  name: string;
  startDate: string;
  endDate: string;
}

/** The first quarter two years ahead: far enough that every planning milestone is upcoming. */
export async function createFutureQuarter(owner: Page): Promise<TestCycle> {
  const year = new Date().getUTCFullYear() + 2;
  return call<TestCycle>(owner, 'POST', '/api/v1/cycles', {
    name: `FY${year}-Q1`,
    horizonId: await horizonId(owner, 'quarter'),
    startDate: `${year}-01-01`,
    endDate: `${year}-03-31`,
  });
}

/** `customer` asks `performer` (both teams) for a promise in the cycle. */
export async function ask(
  page: Page,
  cycle: TestCycle,
  customerTeamId: string,
  performerTeamId: string,
  title: string,
): Promise<{ id: string; version: number }> {
  return call(page, 'POST', '/api/v1/promises', {
    cycleId: cycle.id,
    customer: { type: 'team', id: customerTeamId },
    performers: [{ type: 'team', id: performerTeamId }],
    title,
    dueDate: cycle.endDate,
    open: 'request',
  });
}
