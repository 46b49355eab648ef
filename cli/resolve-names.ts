import type { Cycle } from '../contract/cycles.js';
import { listCycles } from '../contract/endpoints/cycles.js';
import { getMe } from '../contract/endpoints/me.js';
import { getPerson, listPeople } from '../contract/endpoints/people.js';
import { getTeam, listTeams } from '../contract/endpoints/teams.js';
import { MAX_PAGE_SIZE } from '../contract/pages.js';
import type { Party } from '../contract/parties.js';
import type { Person } from '../contract/people.js';
import type { Team, TeamSummary } from '../contract/teams.js';
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
  if (spec.type === 'team') return { type: 'team', id: (await findTeam(client, spec.key)).id };
  return { type: 'person', id: (await findPerson(client, spec.key)).id };
}

/**
 * Where only a team makes sense (`accord ask TEAM`, `--team`), its name or id alone will do:
 * `Platform`, `team:Platform` or the id. `what` names the place in messages: 'TEAM', '--team'.
 */
export async function resolveTeamName(
  client: AccordClient,
  text: string,
  what: string,
): Promise<Team | TeamSummary> {
  return findTeam(client, parseKindedName(text, 'team', what));
}

/** Where only a person makes sense (`--person`): an email, a name or an id, `person:` optional. */
export async function resolvePersonName(client: AccordClient, text: string, what: string): Promise<Person> {
  return findPerson(client, parseKindedName(text, 'person', what));
}

/** The name in `text` once an optional `team:` or `person:` prefix of the expected kind is off. */
function parseKindedName(text: string, kind: 'person' | 'team', what: string): string {
  const trimmed = text.trim();
  const match = /^(person|team):(.*)$/i.exec(trimmed);
  // An email names a person, so a team's place cannot take one.
  const named = match ? match[1]?.toLowerCase() : trimmed.includes('@') ? 'person' : kind;
  if (named !== kind) {
    throw usageError(
      `${what} '${text}' is not a ${kind}`,
      kind === 'team' ? "Name a team, such as Platform; 'accord teams list' shows them." : undefined,
    );
  }
  const key = (match ? (match[2] ?? '') : trimmed).trim();
  if (!key) throw usageError(`${what} names no ${kind}`);
  return key;
}

/** The signed-in person, as a party. */
export async function myself(client: AccordClient): Promise<Party> {
  const me = await client.call(getMe);
  return { type: 'person', id: me.person.id };
}

/** What `fetch` answers, or nothing when the server has nothing by that id (a 404). */
async function unlessMissing<T>(fetch: () => Promise<T>): Promise<T[]> {
  try {
    return [await fetch()];
  } catch (error) {
    if (error instanceof CliError && error.api?.status === 404) return [];
    throw error;
  }
}

/** Ids are UUIDs: only a key shaped like one is worth asking for by id. */
const looksLikeId = (key: string) =>
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(key);

async function findTeam(client: AccordClient, key: string): Promise<Team | TeamSummary> {
  // Archived teams keep their promises but make no new ones, so only active teams are candidates.
  // The server searches the names, so only the teams that could match are fetched, not every team.
  const byId = looksLikeId(key)
    ? await unlessMissing(() => client.call(getTeam, { params: { id: key } }))
    : [];
  const { teams } = byId.length
    ? { teams: byId.filter((team) => team.archivedAt === null) }
    : await client.call(listTeams, { query: { archived: 'false', q: key, limit: MAX_PAGE_SIZE } });
  return pickOne(teams, key, {
    what: 'team',
    describe: (candidate: Team | TeamSummary) => `${candidate.name} (team:${candidate.id})`,
    names: (candidate) => [candidate.name],
    hint: "Run 'accord teams list' to see the teams.",
  });
}

async function findPerson(client: AccordClient, key: string): Promise<Person> {
  // The server's search matches part of a name or email, never an id: an id is asked for as one.
  const byId = looksLikeId(key)
    ? await unlessMissing(() => client.call(getPerson, { params: { id: key } }))
    : [];
  const { people } = byId.length
    ? { people: byId }
    : await client.call(listPeople, { query: { q: key, limit: MAX_PAGE_SIZE } });
  return pickOne(people, key, {
    what: 'person',
    describe: (candidate: Person) => `${candidate.name} <${candidate.email}> (person:${candidate.id})`,
    names: (candidate) => [candidate.email, candidate.name],
    hint: "Run 'accord people list --search TEXT' to find them.",
  });
}

export async function resolveCycle(client: AccordClient, key: string): Promise<Cycle> {
  // An organization adds a few cycles a year: the largest page holds decades of them. Archived ones
  // are named too: they stay readable, and are brought back by name.
  const { cycles } = await client.call(listCycles, { query: { limit: MAX_PAGE_SIZE, archived: 'include' } });
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
