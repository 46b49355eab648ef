import type { FastifyInstance } from 'fastify';
import type { Me } from '../../contract/auth.js';
import type { Role } from '../../contract/common.js';
import type { Team } from '../../contract/teams.js';
import { Client, unique } from './harness.js';

export const PASSWORD = 'correct horse battery';

export interface SignedIn {
  client: Client;
  me: Me;
  personId: string;
  organizationId: string;
  email: string;
}

/** A new organization with its owner signed in: each test makes its own. */
export async function signUpOwner(app: FastifyInstance, label = 'owner'): Promise<SignedIn> {
  const client = new Client(app);
  const email = `${unique(label)}@example.com`;
  const response = await client.post<Me>('/api/v1/auth/signup', {
    organizationName: unique('Org'),
    name: `${label} person`,
    email,
    password: PASSWORD,
  });
  if (response.status !== 201) throw new Error(`signup failed: ${JSON.stringify(response.body)}`);
  const me = response.body;
  return { client, me, personId: me.person.id, organizationId: me.organization!.id, email };
}

/** Invites a person with `role` and has them accept as a newcomer; returns them signed in. */
export async function addMember(app: FastifyInstance, admin: SignedIn, role: Role, label: string = role) {
  const email = `${unique(label)}@example.com`;
  const invited = await admin.client.post<{ link: string }>('/api/v1/invitations', { email, role });
  if (invited.status !== 201) throw new Error(`invitation failed: ${JSON.stringify(invited.body)}`);
  const token = invited.body.link.split('/invite/')[1];
  const client = new Client(app);
  const accepted = await client.post('/api/v1/invitations/accept', {
    token,
    name: `${label} person`,
    password: PASSWORD,
  });
  if (accepted.status !== 200) throw new Error(`accept failed: ${JSON.stringify(accepted.body)}`);
  const me = (await client.get<Me>('/api/v1/me')).body;
  return {
    client,
    me,
    personId: me.person.id,
    organizationId: me.organization!.id,
    email,
  } satisfies SignedIn;
}

export async function createTeam(owner: SignedIn, name = unique('Team')): Promise<Team> {
  const response = await owner.client.post<Team>('/api/v1/teams', { name });
  if (response.status !== 201) throw new Error(`team failed: ${JSON.stringify(response.body)}`);
  return response.body;
}

export interface Calendar {
  horizons: Record<'3y' | '1y' | 'quarter', string>;
  year: { id: string; startDate: string; endDate: string };
  quarter: { id: string; startDate: string; endDate: string };
}

/** A year and its first quarter in the owner's organization. */
export async function createCalendar(owner: SignedIn, year = 2027): Promise<Calendar> {
  const listed = await owner.client.get<{ horizons: Array<{ id: string; key: string }> }>('/api/v1/horizons');
  const byKey = (key: string) => listed.body.horizons.find((h) => h.key === key)!.id;
  const horizons = { '3y': byKey('3y'), '1y': byKey('1y'), quarter: byKey('quarter') };
  const yearCycle = await owner.client.post<{ id: string; startDate: string; endDate: string }>(
    '/api/v1/cycles',
    {
      name: `FY${year}`,
      horizonId: horizons['1y'],
      startDate: `${year}-01-01`,
      endDate: `${year}-12-31`,
    },
  );
  if (yearCycle.status !== 201) throw new Error(`cycle failed: ${JSON.stringify(yearCycle.body)}`);
  const quarter = await owner.client.post<{ id: string; startDate: string; endDate: string }>(
    '/api/v1/cycles',
    {
      name: `FY${year}-Q1`,
      horizonId: horizons.quarter,
      parentId: yearCycle.body.id,
      startDate: `${year}-01-01`,
      endDate: `${year}-03-31`,
    },
  );
  return { horizons, year: yearCycle.body, quarter: quarter.body };
}
