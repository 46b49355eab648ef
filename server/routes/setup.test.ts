import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Me } from '../../contract/auth.js';
import type { Person } from '../../contract/people.js';
import type { Job } from '../../contract/setup.js';
import type { Team } from '../../contract/teams.js';
import { DEMO_PASSWORD } from '../demo/organization.js';
import { signUpOwner } from '../test/factories.js';
import { Client, createTestApp, type TestApp } from '../test/harness.js';

/** The job once it has finished, asked for as the setup page asks: until it is no longer running. */
async function waitForJob(client: Client, id: string): Promise<Job> {
  const job = async () => (await client.get<Job>(`/api/v1/jobs/${id}`)).body;
  await expect.poll(async () => (await job()).status, { timeout: 10_000 }).not.toBe('running');
  return job();
}

// First-run behaviour needs an empty instance, which only a fresh SQLite file guarantees; the demo
// loader's SQL is the same on PostgreSQL and runs there in demo.test.ts.
describe('first-run setup', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp('sqlite');
  });
  afterAll(() => t.close());

  it('reports an empty instance as needing setup', async () => {
    const status = await new Client(t.app).get('/api/v1/setup');
    expect(status.body).toEqual({ needsSetup: true, signup: 'open' });
  });

  it('loads the demo organization with progress, then refuses to load it again', async () => {
    const client = new Client(t.app);
    const started = await client.post<Job>('/api/v1/setup/demo');
    expect(started.status).toBe(202);
    expect(started.body.status).toBe('running');
    const job = await waitForJob(client, started.body.id);
    expect(job).toMatchObject({ status: 'succeeded', error: null });
    expect(job.done).toBe(job.total);
    expect(job.total).toBeGreaterThan(5);

    expect((await client.get('/api/v1/setup')).body).toMatchObject({ needsSetup: false });
    expect((await client.post('/api/v1/setup/demo')).status).toBe(409);

    const login = await client.post<Me>('/api/v1/auth/login', {
      email: 'ceo@demo.accord.test',
      password: DEMO_PASSWORD,
    });
    expect(login.status).toBe(200);
    expect(login.body.organization).toMatchObject({ name: 'Awesome Company', role: 'owner' });
    const people = await client.get<{ people: Person[] }>('/api/v1/people');
    expect(people.body.people).toHaveLength(6);
    const teams = await client.get<{ teams: Team[] }>('/api/v1/teams');
    expect(teams.body.teams.map((team) => team.name)).toEqual([
      'Board',
      'Engineering',
      'Leadership',
      'Product',
    ]);
  });

  it('does not let a stranger load the demo into a running instance', async () => {
    await signUpOwner(t.app);
    expect((await new Client(t.app).post('/api/v1/setup/demo')).status).toBe(409);
  });
});
