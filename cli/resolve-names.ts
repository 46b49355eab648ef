import type { Person } from '../contract/people.js';
import type { Cycle } from '../contract/planning.js';
import type { Party } from '../contract/promises.js';
import type { Team } from '../contract/teams.js';
import { CliError, usageError } from './errors.js';
import type { AccordClient } from './http.js';

/**
 * Turns what people type (an email, `team:Platform`, `FY2027-Q1`) into the ids the API takes.
 * Names are matched whole and case-insensitively; an id always wins over a name.
 */

export const PARTY_SYNTAX = 'an email, team:NAME, team:ID, person:EMAIL, person:NAME or person:ID';

type PartySpec = { type: 'person' | 'team'; key: string };

/** `ada@example.com`, `person:…` or `team:…`; anything else is a usage error naming the option. */
export function parsePartySpec(text: string, option: string): PartySpec {
  const trimmed = text.trim();
  const match = /^(person|team):(.*)$/i.exec(trimmed);
  if (match) {
    const key = (match[2] ?? '').trim();
    if (!key) throw usageError(`${option} '${text}' names no ${match[1]}`, `A party is ${PARTY_SYNTAX}.`);
    return { type: match[1]?.toLowerCase() === 'team' ? 'team' : 'person', key };
  }
  if (trimmed.includes('@')) return { type: 'person', key: trimmed };
  throw usageError(
    `${option} '${text}' is not a party`,
    `A party is ${PARTY_SYNTAX}; for example team:${trimmed || 'Platform'}.`,
  );
}

export async function resolveParty(client: AccordClient, text: string, option: string): Promise<Party> {
  const spec = parsePartySpec(text, option);
  return spec.type === 'team' ? resolveTeam(client, spec.key) : resolvePerson(client, spec.key);
}

/** The signed-in person, as a party. */
export async function myself(client: AccordClient): Promise<Party> {
  const me = await client.me();
  return { type: 'person', id: me.person.id };
}

async function resolveTeam(client: AccordClient, key: string): Promise<Party> {
  // Archived teams keep their promises but make no new ones, so only active teams are candidates.
  const { teams } = await client.listTeams({ archived: 'false' });
  const team = pickOne(teams, key, {
    what: 'team',
    describe: (candidate: Team) => `${candidate.name} (team:${candidate.id})`,
    names: (candidate) => [candidate.name],
    hint: "Run 'accord teams list' to see the teams.",
  });
  return { type: 'team', id: team.id };
}

async function resolvePerson(client: AccordClient, key: string): Promise<Party> {
  // The server's search matches part of a name or email, never an id: only an email narrows it.
  const { people } = await client.listPeople(key.includes('@') ? { q: key } : {});
  const person = pickOne(people, key, {
    what: 'person',
    describe: (candidate: Person) => `${candidate.name} <${candidate.email}> (person:${candidate.id})`,
    names: (candidate) => [candidate.email, candidate.name],
    hint: "Run 'accord people list --search TEXT' to find them.",
  });
  return { type: 'person', id: person.id };
}

export async function resolveCycle(client: AccordClient, key: string): Promise<Cycle> {
  const { cycles } = await client.listCycles();
  const known = cycles.map((cycle) => cycle.name).join(', ');
  return pickOne(cycles, key.trim(), {
    what: 'cycle',
    describe: (cycle: Cycle) => `${cycle.name} on the ${cycle.horizon.name} horizon (${cycle.id})`,
    names: (cycle) => [cycle.name],
    hint: known ? `The cycles are: ${known}.` : 'The organization has no cycles yet.',
  });
}

interface Matching<T> {
  what: 'person' | 'team' | 'cycle';
  describe(candidate: T): string;
  names(candidate: T): readonly string[];
  hint: string;
}

function pickOne<T extends { id: string }>(candidates: readonly T[], key: string, matching: Matching<T>): T {
  const byId = candidates.find((candidate) => candidate.id === key);
  if (byId) return byId;
  const wanted = key.toLowerCase();
  const named = candidates.filter((candidate) =>
    matching.names(candidate).some((name) => name.toLowerCase() === wanted),
  );
  const [only, ...others] = named;
  if (only && others.length === 0) return only;
  if (!only) {
    throw new CliError('unresolved', `no ${matching.what} is called '${key}'`, { hint: matching.hint });
  }
  const list = named.map((candidate) => `  ${matching.describe(candidate)}`).join('\n');
  const plural = matching.what === 'person' ? 'people' : `${matching.what}s`;
  throw new CliError('unresolved', `'${key}' could be any of ${named.length} ${plural}:\n${list}`, {
    hint: 'Name one of them by its id.',
  });
}
