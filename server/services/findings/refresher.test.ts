import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Me } from '../../../contract/auth.js';
import { trackFindings } from '../../jobs/track-findings.js';
import * as store from '../../store/findings.js';
import { signUpOwner } from '../../test/factories.js';
import { createTestApp, type TestApp, testEngines, useTestServices } from '../../test/harness.js';
import { customerAndPerformer, promiseIn } from '../../test/service-factories.js';
import { createDependency } from '../alignment.js';
import { listFindings } from './findings.js';
import { type FindingsRefresher, startFindingsRefresher } from './refresher.js';

/**
 * The findings a request reads are the ones the last pass recorded; the refresher makes that pass
 * after the plan changes, so that no request computes the organization's plan.
 */
describe.each(testEngines())('the findings refresher on %s', (engine) => {
  const s = useTestServices(engine);
  let refresher: FindingsRefresher | undefined;
  afterEach(async () => {
    await refresher?.stop();
    refresher = undefined;
  });

  const openFindings = async (actor: Awaited<ReturnType<typeof customerAndPerformer>>['customer']) =>
    (await listFindings(s.ctx, actor, { status: 'open', limit: 50, offset: 0 })).findings.map((f) => f.key);

  it('records the findings after a move made here, and reads only what was recorded', async () => {
    const sides = await customerAndPerformer(s.ctx, 2031);
    refresher = startFindingsRefresher(s.ctx, { delayMs: 3_600_000 });
    const dependent = await promiseIn(s.ctx, 'promised', sides);
    const supplier = await promiseIn(s.ctx, 'promised', { ...sides, body: { title: 'Supplier' } });
    const dependency = await createDependency(s.ctx, sides.customer, {
      promiseId: dependent.id,
      supplierPromiseId: supplier.id,
      note: 'needs it',
    });
    // The pass waits for its delay: until it runs, nothing is recorded and nothing is read.
    expect(await store.lastFindingPass(s.ctx.db, sides.customer.organizationId)).toBeUndefined();
    expect(await openFindings(sides.customer)).toEqual([]);

    await refresher.idle();
    expect(await store.lastFindingPass(s.ctx.db, sides.customer.organizationId)).toBeDefined();
    const page = await listFindings(s.ctx, sides.customer, { status: 'open', limit: 50, offset: 0 });
    expect(page.findings.map((f) => f.key)).toContain(`unacknowledged-dependency:${dependency.id}`);
  });

  it('makes one pass for the changes that come together, and none once stopped', async () => {
    const sides = await customerAndPerformer(s.ctx, 2032);
    const organizationId = sides.customer.organizationId;
    refresher = startFindingsRefresher(s.ctx, { delayMs: 3_600_000 });
    for (let i = 0; i < 3; i += 1) refresher.touch(organizationId);
    s.clock.set('2031-06-01T00:00:00.000Z');
    await refresher.idle();
    expect(await store.lastFindingPass(s.ctx.db, organizationId)).toMatch(/^2031-06-01T00:00:00/);

    await refresher.stop();
    s.clock.set('2031-07-01T00:00:00.000Z');
    refresher.touch(organizationId);
    await promiseIn(s.ctx, 'promised', sides);
    await refresher.idle();
    expect(await store.lastFindingPass(s.ctx.db, organizationId)).toMatch(/^2031-06-01T00:00:00/);
  });
});

/**
 * Issue 9: a pass loads the organization's plan and computes its findings in the findings worker,
 * on a connection of its own, so the server answers requests while a pass is in progress.
 */
describe.each(testEngines())('a findings pass off the request path on %s', (engine) => {
  let t: TestApp;
  let refresher: FindingsRefresher | undefined;
  beforeAll(async () => {
    t = await createTestApp(engine);
  });
  afterEach(async () => {
    await refresher?.stop();
    refresher = undefined;
  });
  afterAll(() => t.close());

  it('answers a request while the pass is held in the worker, then records what it found', async () => {
    const owner = await signUpOwner(t.app, 'held-pass');
    const organizationId = owner.organizationId;
    const buffer = new SharedArrayBuffer(4);
    let reached: () => void = () => {};
    const held = new Promise<void>((resolve) => {
      reached = resolve;
    });
    refresher = startFindingsRefresher(t.ctx, { delayMs: 3_600_000, hold: { buffer, onHeld: reached } });
    refresher.touch(organizationId);
    const passed = refresher.idle();

    // The worker has loaded and computed, and waits: on the server's thread, nothing could answer.
    await held;
    const me = await owner.client.get<Me>('/api/v1/me');
    expect(me.status).toBe(200);
    expect(me.body.person.id).toBe(owner.personId);
    expect(await store.lastFindingPass(t.ctx.db, organizationId)).toBeUndefined();

    const gate = new Int32Array(buffer);
    Atomics.store(gate, 0, 1);
    Atomics.notify(gate, 0);
    await passed;
    expect(await store.lastFindingPass(t.ctx.db, organizationId)).toBeDefined();
    expect(refresher.lastPass()).toMatchObject({ organizationId, inWorker: true });
  });

  it("computes the track-findings job's pass in the same worker", async () => {
    const owner = await signUpOwner(t.app, 'held-job');
    const organizationId = owner.organizationId;
    const buffer = new SharedArrayBuffer(4);
    let reached: () => void = () => {};
    const held = new Promise<void>((resolve) => {
      reached = resolve;
    });
    refresher = startFindingsRefresher(t.ctx, { delayMs: 3_600_000, hold: { buffer, onHeld: reached } });
    const findingsComputer = refresher.compute;
    expect(findingsComputer).toBeDefined();
    const job = trackFindings({ ...t.ctx, findingsComputer }, t.ctx.now(), {
      organizationIds: [organizationId],
    });

    await held;
    expect((await owner.client.get<Me>('/api/v1/me')).status).toBe(200);
    expect(await store.lastFindingPass(t.ctx.db, organizationId)).toBeUndefined();

    const gate = new Int32Array(buffer);
    Atomics.store(gate, 0, 1);
    Atomics.notify(gate, 0);
    expect(await job).toMatchObject({ organizations: 1 });
    expect(await store.lastFindingPass(t.ctx.db, organizationId)).toBeDefined();
  });
});
