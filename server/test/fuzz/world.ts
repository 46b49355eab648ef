import type { FastifyInstance } from 'fastify';
import {
  createCalendar,
  createOrganization,
  keptPromise,
  PASSWORD,
  promiseIn,
  signUpOwner,
} from '../factories.js';
import { unique } from '../harness.js';

/** Who sends a fuzzed request: the seeded organization's people by role, a stranger, or nobody. */
export const ACTORS = ['owner', 'admin', 'member', 'viewer', 'stranger', 'anonymous', 'forged'] as const;
export type ActorName = (typeof ACTORS)[number];

/**
 * A seeded organization for the fuzzer: people of every role, teams, a calendar, promises in several
 * states with key results, check-ins, links, reviews and a direction; and another organization,
 * whose ids must stay out of reach. Every id either shows is collected so that requests name real
 * things (and other tenants' things) as often as unknown ones.
 */
export interface World {
  /** The organizations whose rows the fingerprint covers. */
  organizationIds: string[];
  /** The headers each actor sends: a session cookie with its CSRF token, or none. */
  headers: Record<ActorName, Record<string, string>>;
  ownIds: string[];
  foreignIds: string[];
  /** The organization's ids by what they name ('promise', 'cycle', 'checkIn'…), as the answers said. */
  idsByKind: Record<string, string[]>;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** What an id names, from the key it was found under: `promises[].id` and `promiseId` name a promise. */
export function kindOf(key: string): string {
  const noun = key.replace(/Ids?$/, '').replace(/^(from|to|supplier|parent)(?=[A-Z])/, '');
  const singular = noun.replace(/ies$/, 'y').replace(/s$/, '');
  const word = singular.charAt(0).toLowerCase() + singular.slice(1);
  return SYNONYMS[word] ?? word;
}

/** Keys and path nouns that name the same thing under another word. */
const SYNONYMS: Record<string, string> = {
  people: 'person',
  member: 'person',
  contributesTo: 'contribution',
  contributedBy: 'contribution',
  dependsOn: 'dependency',
  dependedOnBy: 'dependency',
  // A review is listed as a request for review; a cycle's parent is a cycle.
  request: 'review',
  parent: 'cycle',
};

interface Collected {
  all: Set<string>;
  byKind: Map<string, Set<string>>;
}

/** Every UUID anywhere in `value`, by what it names: the ids a client has seen in the answers it read. */
function collectIds(value: unknown, into: Collected, key = ''): void {
  if (typeof value === 'string') {
    if (!UUID.test(value)) return;
    into.all.add(value);
    const kind = kindOf(key);
    if (kind) into.byKind.set(kind, (into.byKind.get(kind) ?? new Set()).add(value));
  } else if (Array.isArray(value)) {
    for (const item of value) collectIds(item, into, key);
  } else if (typeof value === 'object' && value !== null) {
    for (const [name, item] of Object.entries(value)) collectIds(item, into, name === 'id' ? key : name);
  }
}

/** A session of its own for `email`, so that the factories' clients and the fuzzer never share cookies. */
async function sessionHeaders(app: FastifyInstance, email: string): Promise<Record<string, string>> {
  const response = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { email, password: PASSWORD },
  });
  if (response.statusCode !== 200) throw new Error(`login failed: ${response.body}`);
  const cookies = response.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
  const csrf = response.cookies.find((c) => c.name === 'accord_csrf')?.value ?? '';
  return { cookie: cookies, 'x-csrf-token': csrf };
}

/** GETs of everything a person can list, for the ids in the answers. */
async function idsSeenBy(app: FastifyInstance, headers: Record<string, string>, into: Collected) {
  const read = async (url: string) => {
    const response = await app.inject({ method: 'GET', url, headers });
    if (response.statusCode === 200) collectIds(response.json(), into);
    return response.statusCode === 200 ? (response.json() as unknown) : undefined;
  };
  for (const url of ['/api/v1/people', '/api/v1/teams?archived=all', '/api/v1/cycles', '/api/v1/horizons']) {
    await read(url);
  }
  for (const url of ['/api/v1/invitations', '/api/v1/tokens', '/api/v1/notifications', '/api/v1/inbox']) {
    await read(url);
  }
  const list = (await read('/api/v1/promises?limit=200')) as { promises?: Array<{ id: string }> } | undefined;
  for (const { id } of list?.promises ?? []) {
    await read(`/api/v1/promises/${id}`);
    await read(`/api/v1/promises/${id}/check-ins`);
    await read(`/api/v1/promises/${id}/reviews`);
  }
  const cycles = (await read('/api/v1/cycles')) as { cycles?: Array<{ id: string }> } | undefined;
  for (const { id } of cycles?.cycles ?? []) await read(`/api/v1/cycles/${id}/direction`);
}

export async function buildWorld(app: FastifyInstance): Promise<World> {
  const organization = await createOrganization(app, {
    owner: 'fuzz-owner',
    people: { admin: 'admin', member: 'member', viewer: 'viewer', engineer: 'member' },
    teams: {
      Leadership: { leads: ['owner'], isLeadership: true },
      Platform: { leads: ['member'], members: ['engineer'] },
    },
  });
  const { owner, people, teams } = organization;
  const calendar = await createCalendar(owner);
  const quarter = calendar.quarter;
  const kept = await keptPromise({
    customer: owner,
    performer: people.member,
    cycle: quarter,
    checkIns: [{ confidence: 7, status: 'on-track' }],
  });
  const year = await promiseIn('promised', {
    customer: owner,
    performer: people.admin,
    cycle: calendar.year,
  });
  const draft = await promiseIn('draft', {
    customer: people.member,
    performer: people.engineer,
    cycle: quarter,
  });
  for (const situation of ['requested', 'reported', 'renegotiating', 'satisfied'] as const) {
    await promiseIn(situation, { customer: people.admin, performer: people.member, cycle: quarter });
  }
  const ownerClient = owner.client;
  await ownerClient.post('/api/v1/contributions', { fromPromiseId: kept.promise.id, toPromiseId: year.id });
  await ownerClient.post('/api/v1/dependencies', {
    promiseId: kept.promise.id,
    supplierTeamId: teams.Platform.id,
  });
  await people.member.client.post(`/api/v1/promises/${draft.id}/reviews`, {
    reviewer: { type: 'person', id: owner.personId },
    role: 'manager',
  });
  await people.member.client.post(`/api/v1/promises/${draft.id}/questions`, {
    text: 'Is this the right size?',
  });
  await ownerClient.put(`/api/v1/cycles/${quarter.id}/direction`, { markdown: '# Focus\n\nShip *less*.' });
  await ownerClient.post(`/api/v1/cycles/${quarter.id}/direction/publish`);
  await ownerClient.put(`/api/v1/teams/${teams.Platform.id}/capacity`, { cycleId: quarter.id, amount: 5 });
  await ownerClient.post('/api/v1/tokens', { name: 'fuzz token' });
  await ownerClient.post('/api/v1/invitations', {
    email: `${unique('pending')}@example.com`,
    role: 'member',
  });

  const stranger = await signUpOwner(app, 'fuzz-stranger');
  const strangerCalendar = await createCalendar(stranger);
  await ownerClient.get('/api/v1/me');
  await stranger.client.post('/api/v1/teams', { name: 'Stranger team' });
  await stranger.client.post('/api/v1/promises', {
    cycleId: strangerCalendar.quarter.id,
    customer: { type: 'person', id: stranger.personId },
    performers: [{ type: 'person', id: stranger.personId }],
    title: 'Not yours',
    dueDate: strangerCalendar.quarter.endDate,
    open: 'draft',
  });

  const headers = {
    owner: await sessionHeaders(app, owner.email),
    admin: await sessionHeaders(app, people.admin.email),
    member: await sessionHeaders(app, people.member.email),
    viewer: await sessionHeaders(app, people.viewer.email),
    stranger: await sessionHeaders(app, stranger.email),
    anonymous: {},
    // A cookie that was never issued, and a CSRF token to match it.
    forged: { cookie: 'accord_session=forged; accord_csrf=forged', 'x-csrf-token': 'forged' },
  } satisfies Record<ActorName, Record<string, string>>;

  const own: Collected = { all: new Set(), byKind: new Map() };
  await idsSeenBy(app, headers.owner, own);
  await idsSeenBy(app, headers.member, own);
  const foreign: Collected = { all: new Set(), byKind: new Map() };
  await idsSeenBy(app, headers.stranger, foreign);
  for (const id of own.all) foreign.all.delete(id);
  return {
    organizationIds: [owner.organizationId, stranger.organizationId],
    headers,
    ownIds: [...own.all].sort(),
    foreignIds: [...foreign.all].sort(),
    idsByKind: Object.fromEntries([...own.byKind].map(([kind, ids]) => [kind, [...ids].sort()])),
  };
}
