import { sql } from 'kysely';
import pino from 'pino';
import { afterAll, describe, expect, inject, it } from 'vitest';
import type { Engine } from '../config.js';
import { PASSWORD } from '../test/factories.js';
import { testEngines, unique, useTestServices } from '../test/harness.js';
import { actorFromSession, actorFromToken, logOut, signUpNow } from './accounts.js';
import { requireMember } from './authorization.js';
import { type Change, type ChangeBus, createChangeBus } from './changes.js';
import { inTransaction, type ServiceContext } from './context.js';
import { acceptInvitation, inviteMember } from './invitations.js';
import { changeRole } from './people.js';
import { createSessionCache } from './session-cache.js';
import { createToken, revokeToken } from './tokens.js';

describe.each(testEngines())('the change bus on %s', (engine: Engine) => {
  const s = useTestServices(engine);
  const buses: ChangeBus[] = [];
  afterAll(async () => {
    await Promise.all(buses.map((bus) => bus.close()));
  });

  /**
   * A second server process's context on the same database: its own bus (on PostgreSQL it hears the
   * other's changes over LISTEN/NOTIFY; on SQLite, one process, the bus is shared) and its own cache.
   */
  async function process(shared?: ChangeBus): Promise<ServiceContext> {
    const url = inject('postgresUrl');
    const changes =
      engine === 'postgres' && url
        ? createChangeBus({ postgres: { db: s.ctx.db, url }, log: pino({ level: 'silent' }) })
        : (shared ?? createChangeBus({ log: pino({ level: 'silent' }) }));
    buses.push(changes);
    await changes.ready;
    return { ...s.ctx, changes, sessionCache: createSessionCache(changes, 600_000) };
  }

  it("tells a transaction's changes once it commits, and nothing of one that fails", async () => {
    const heard: Change[] = [];
    const ctx = await process();
    ctx.changes.subscribe((change) => heard.push(change));
    const change: Change = { kind: 'promise-moved', organizationId: 'org', promiseId: unique('p') };
    await inTransaction(ctx, async (tx) => {
      tx.changes.publish(change);
      expect(heard).toEqual([]);
    });
    expect(heard).toEqual([change]);
    await expect(
      inTransaction(ctx, async (tx) => {
        tx.changes.publish({ ...change, promiseId: 'rolled-back' });
        throw new Error('the work failed');
      }),
    ).rejects.toThrow('the work failed');
    expect(heard).toEqual([change]);
  });

  if (engine === 'postgres') {
    it('listens again when its connection is lost, and tells its subscribers to forget what they hold', async () => {
      const first = await process();
      const second = await process();
      const heard: Change[] = [];
      second.changes.subscribe((change) => heard.push(change));
      // What a database restart or a failover does to every listening connection.
      await sql`select pg_terminate_backend(pid) from pg_stat_activity
        where datname = current_database() and query ilike 'listen %' and pid <> pg_backend_pid()`.execute(
        s.ctx.db,
      );
      await expect.poll(() => heard.map((change) => change.kind), { timeout: 15_000 }).toContain('resync');
      const change: Change = { kind: 'promise-moved', organizationId: 'org', promiseId: unique('after') };
      first.changes.publish(change);
      await expect.poll(() => heard, { timeout: 15_000 }).toContainEqual(change);
    });
  }

  it('drops a session another process has cached once it is signed out or its role changes', async () => {
    const first = await process();
    const second = await process(first.changes);
    const ownerSession = await signUpNow(first, {
      organizationName: unique('Org'),
      name: 'Owner',
      email: `${unique('owner')}@example.com`,
      password: PASSWORD,
    });
    const owner = requireMember(await actorFromSession(first, ownerSession.secret));
    const { link } = await inviteMember(first, owner, {
      email: `${unique('member')}@example.com`,
      role: 'member',
    });
    const { session } = await acceptInvitation(first, undefined, {
      token: link.split('/invite/')[1] ?? '',
      name: 'Member',
      password: PASSWORD,
    });
    const secret = session?.secret ?? '';

    // The second process caches the member's session; the first changes the member's role.
    const member = requireMember(await actorFromSession(second, secret));
    expect(member.role).toBe('member');
    await changeRole(first, owner, member.personId, 'admin');
    await expect
      .poll(async () => (await actorFromSession(second, secret))?.role, { timeout: 10_000 })
      .toBe('admin');

    // Then it signs the session out.
    await logOut(first, member.sessionId ?? '');
    await expect.poll(() => actorFromSession(second, secret), { timeout: 10_000 }).toBeUndefined();
    // The first process forgot it at once, before answering.
    expect(await actorFromSession(first, secret)).toBeUndefined();
  });

  it('drops an API token another process has cached once it is revoked', async () => {
    const first = await process();
    const second = await process(first.changes);
    const session = await signUpNow(first, {
      organizationName: unique('Org'),
      name: 'Scripter',
      email: `${unique('scripter')}@example.com`,
      password: PASSWORD,
    });
    const owner = requireMember(await actorFromSession(first, session.secret));
    const { token, secret } = await createToken(first, owner, 'ci');
    expect((await actorFromToken(second, secret))?.tokenId).toBe(token.id);

    await revokeToken(first, owner, token.id);
    expect(await actorFromToken(first, secret)).toBeUndefined();
    await expect.poll(() => actorFromToken(second, secret), { timeout: 10_000 }).toBeUndefined();
  });
});
