import { describe, expect, it } from 'vitest';
import { PromisesQuery } from '../../../contract/promises.js';
import { testEngines, useTestServices } from '../../test/harness.js';
import { PATHS, SITUATIONS, type Situation } from '../../test/promise-shapes.js';
import { addMember, customerAndPerformer, openPromise, promiseIn } from '../../test/service-factories.js';
import { makeMove } from './make-move.js';
import { getPromise, listPromises } from './read-promise.js';
import { reviseDraft } from './revise-draft.js';

describe.each(testEngines())('the promise services on %s', (engine) => {
  const s = useTestServices(engine);

  /** A customer (the owner), a performer and a bystander in a new organization, with FY2027-Q1. */
  async function twoSides() {
    const sides = await customerAndPerformer(s.ctx);
    return { ...sides, bystander: await addMember(s.ctx, sides.customer, 'member', 'bystander') };
  }

  const expected: Record<Situation, { status: string; phase: string; awaiting: string | null }> = {
    draft: { status: 'draft', phase: 'listen', awaiting: 'customer' },
    requested: { status: 'requested', phase: 'negotiate', awaiting: 'performer' },
    offered: { status: 'offered', phase: 'negotiate', awaiting: 'customer' },
    countered: { status: 'countered', phase: 'negotiate', awaiting: 'customer' },
    promised: { status: 'promised', phase: 'execute', awaiting: 'performer' },
    renegotiating: { status: 'promised', phase: 'negotiate', awaiting: 'customer' },
    reported: { status: 'reported', phase: 'assess', awaiting: 'customer' },
    satisfied: { status: 'satisfied', phase: 'closed', awaiting: null },
    declined: { status: 'declined', phase: 'closed', awaiting: null },
    withdrawn: { status: 'withdrawn', phase: 'closed', awaiting: null },
    revoked: { status: 'revoked', phase: 'closed', awaiting: null },
  };

  it.each(SITUATIONS)(
    'brings a promise to %s by real moves, showing its phase and whose move it is',
    async (situation) => {
      const sides = await twoSides();
      const promise = await promiseIn(s.ctx, situation, sides);
      expect(promise).toMatchObject(expected[situation]);
      const opening = PATHS[situation].open === 'draft' ? 0 : 1;
      expect(promise.history).toHaveLength(opening + PATHS[situation].steps.length);
    },
  );

  it('opens a request awaiting the performer, who alone may promise it', async () => {
    const { customer, performer, bystander, cycle } = await twoSides();
    const opened = await openPromise(s.ctx, customer, {
      cycleId: cycle.id,
      customer: { type: 'person', id: customer.personId },
      performers: [{ type: 'person', id: performer.personId }],
      title: 'Ship the onboarding flow',
      dueDate: '2027-03-15',
      open: 'request',
    });
    expect(opened).toMatchObject({ status: 'requested', version: 2, dueDate: '2027-03-15' });
    expect(opened.allowedMoves).not.toContain('promise');
    expect((await getPromise(s.ctx, performer, opened.id)).allowedMoves).toContain('promise');
    await expect(
      makeMove(s.ctx, bystander, opened.id, { act: 'promise', version: opened.version }),
    ).rejects.toMatchObject({ code: 'forbidden' });
    await makeMove(s.ctx, performer, opened.id, { act: 'promise', version: opened.version });
    const promised = await getPromise(s.ctx, customer, opened.id);
    expect(promised).toMatchObject({ status: 'promised', phase: 'execute', version: 3 });
  });

  it('refuses a move against a stale version and changes nothing', async () => {
    const sides = await twoSides();
    const requested = await promiseIn(s.ctx, 'requested', sides);
    await makeMove(s.ctx, sides.performer, requested.id, {
      act: 'counter',
      version: requested.version,
      changes: { dueDate: '2027-03-01' },
    });
    await expect(
      makeMove(s.ctx, sides.performer, requested.id, { act: 'promise', version: requested.version }),
    ).rejects.toMatchObject({ code: 'conflict' });
    const after = await getPromise(s.ctx, sides.customer, requested.id);
    expect(after).toMatchObject({ status: 'countered', awaiting: 'customer' });
    expect(after.proposal?.proposedTerms.dueDate).toBe('2027-03-01');
    expect(after.history.map((m) => m.act)).toEqual(['request', 'counter']);
  });

  it('revises a draft in place for its drafting side only, and keeps it private until opened', async () => {
    const sides = await twoSides();
    const draft = await promiseIn(s.ctx, 'draft', { ...sides, body: { title: 'A quiet idea' } });
    await expect(getPromise(s.ctx, sides.performer, draft.id)).rejects.toMatchObject({ code: 'not_found' });
    const listed = await listPromises(s.ctx, sides.performer, PromisesQuery.parse({ status: 'draft' }));
    expect(listed.promises.map((p) => p.id)).not.toContain(draft.id);

    await reviseDraft(s.ctx, sides.customer, draft.id, { version: draft.version, title: 'A sharper idea' });
    const revised = await getPromise(s.ctx, sides.customer, draft.id);
    expect(revised).toMatchObject({ title: 'A sharper idea', version: draft.version + 1, status: 'draft' });
    await expect(
      reviseDraft(s.ctx, sides.customer, draft.id, { version: draft.version, title: 'Stale' }),
    ).rejects.toMatchObject({ code: 'conflict' });

    await makeMove(s.ctx, sides.customer, draft.id, { act: 'request', version: revised.version });
    expect(await getPromise(s.ctx, sides.performer, draft.id)).toMatchObject({ title: 'A sharper idea' });
  });

  it('reads a promise as it stood at any past moment', async () => {
    s.clock.set('2026-12-01T09:00:00Z');
    const sides = await twoSides();
    const requested = await promiseIn(s.ctx, 'requested', sides);
    s.clock.set('2026-12-02T09:00:00Z');
    await makeMove(s.ctx, sides.performer, requested.id, { act: 'promise', version: requested.version });
    s.clock.set('2026-12-03T09:00:00Z');
    await makeMove(s.ctx, sides.performer, requested.id, { act: 'report-complete', version: 3 });

    const firstDay = await getPromise(s.ctx, sides.customer, requested.id, '2026-12-01T18:00:00.000Z');
    expect(firstDay).toMatchObject({
      status: 'requested',
      asOf: '2026-12-01T18:00:00.000Z',
      allowedMoves: [],
    });
    expect(firstDay.history).toHaveLength(1);
    const secondDay = await getPromise(s.ctx, sides.customer, requested.id, '2026-12-02T18:00:00.000Z');
    expect(secondDay).toMatchObject({ status: 'promised', phase: 'execute' });
    expect(await getPromise(s.ctx, sides.customer, requested.id)).toMatchObject({ status: 'reported' });
    await expect(
      getPromise(s.ctx, sides.customer, requested.id, '2026-11-30T09:00:00.000Z'),
    ).rejects.toMatchObject({ code: 'not_found' });
  });
});
