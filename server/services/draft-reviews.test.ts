import { describe, expect, it } from 'vitest';
import { testEngines, useTestServices } from '../test/harness.js';
import { teamParty } from '../test/promise-shapes.js';
import { createCalendar, createOrganization, promiseIn } from '../test/service-factories.js';
import { createDependency } from './alignment.js';
import {
  answerQuestion,
  askQuestion,
  completeReview,
  getReviews,
  requestReview,
  resolveQuestion,
} from './draft-reviews.js';
import { listNotifications } from './notifications.js';
import { getPromise } from './promises/read-promise.js';

describe.each(testEngines())('reviews of drafts on %s', (engine) => {
  const s = useTestServices(engine);

  /** Product drafts a promise to Leadership; Design reviews as a peer; Platform supplies it. */
  async function draftToReview() {
    const { owner, people, teams } = await createOrganization(s.ctx, {
      people: { productLead: 'member', designer: 'member', platformLead: 'member', outsider: 'member' },
      teams: {
        Leadership: { leads: ['owner'], isLeadership: true },
        Product: { leads: ['productLead'] },
        Design: { leads: ['designer'] },
        Platform: { leads: ['platformLead'] },
      },
    });
    const { quarter } = await createCalendar(s.ctx, owner, 2031);
    const draft = await promiseIn(s.ctx, 'draft', {
      customer: owner,
      performer: people.productLead,
      cycle: quarter,
      body: {
        title: 'Self-serve onboarding',
        customer: teamParty(teams.Leadership.id),
        performers: [teamParty(teams.Product.id)],
        draftedBy: 'performer',
      },
    });
    return { owner, ...people, teams, cycle: quarter, draft };
  }

  it('runs the round trip: shared, questioned, answered, resolved, reviewed', async () => {
    const { productLead, designer, platformLead, outsider, teams, cycle, draft } = await draftToReview();
    const sso = await promiseIn(s.ctx, 'requested', {
      customer: productLead,
      performer: platformLead,
      cycle,
      body: { customer: teamParty(teams.Product.id), performers: [teamParty(teams.Platform.id)] },
    });
    await createDependency(s.ctx, productLead, { promiseId: draft.id, supplierPromiseId: sso.id, note: '' });
    const before = await getReviews(s.ctx, productLead, draft.id);
    expect(before.suggested).toContainEqual({
      reviewer: expect.objectContaining({ id: teams.Platform.id }),
      role: 'supplier',
    });
    expect(before.roundTrip).toMatchObject({ isComplete: false, pendingReviews: 0 });
    await expect(getPromise(s.ctx, designer, draft.id)).rejects.toMatchObject({ code: 'not_found' });

    await requestReview(s.ctx, productLead, draft.id, { reviewer: teamParty(teams.Design.id), role: 'peer' });
    const shared = await requestReview(s.ctx, productLead, draft.id, {
      reviewer: teamParty(teams.Platform.id),
      role: 'supplier',
    });
    expect(shared.roundTrip).toMatchObject({ isComplete: false, pendingReviews: 2, openQuestions: 0 });
    expect((await getPromise(s.ctx, designer, draft.id)).title).toBe('Self-serve onboarding');
    await expect(getPromise(s.ctx, outsider, draft.id)).rejects.toMatchObject({ code: 'not_found' });
    const asked = (await listNotifications(s.ctx, designer)).notifications;
    expect(asked.filter((n) => n.kind === 'review-requested').map((n) => n.promiseId)).toEqual([draft.id]);

    const questioned = await askQuestion(s.ctx, designer, draft.id, 'Who supports customers?');
    const question = questioned.questions[0]!;
    const told = (await listNotifications(s.ctx, productLead)).notifications;
    expect(told.some((n) => n.kind === 'question-raised' && n.promiseId === draft.id)).toBe(true);
    await expect(answerQuestion(s.ctx, designer, question.id, 'Me')).rejects.toMatchObject({
      code: 'forbidden',
    });
    await expect(resolveQuestion(s.ctx, platformLead, question.id)).rejects.toMatchObject({
      code: 'forbidden',
    });
    const answered = await answerQuestion(s.ctx, productLead, question.id, 'Support, with a playbook');
    expect(answered.questions[0]).toMatchObject({ answer: 'Support, with a playbook', resolvedAt: null });
    await resolveQuestion(s.ctx, designer, question.id);

    for (const request of shared.requests) {
      const reviewer = request.reviewer.id === teams.Design.id ? designer : platformLead;
      await expect(completeReview(s.ctx, outsider, request.id)).rejects.toMatchObject({ code: 'forbidden' });
      await completeReview(s.ctx, reviewer, request.id);
    }
    const done = await getReviews(s.ctx, productLead, draft.id);
    expect(done.roundTrip).toEqual({
      isComplete: true,
      reviewedBy: ['peer', 'supplier'],
      pendingReviews: 0,
      openQuestions: 0,
    });
  });

  it('is shared by the drafting side only, each reviewer once, while it is a draft or an open proposal', async () => {
    const { owner, productLead, teams, cycle, draft } = await draftToReview();
    const peer = { reviewer: teamParty(teams.Design.id), role: 'peer' as const };
    await requestReview(s.ctx, productLead, draft.id, peer);
    await expect(requestReview(s.ctx, productLead, draft.id, peer)).rejects.toMatchObject({
      code: 'conflict',
    });
    await expect(
      requestReview(s.ctx, owner, draft.id, { reviewer: teamParty(teams.Platform.id), role: 'supplier' }),
    ).rejects.toMatchObject({ code: 'not_found' });

    const kept = await promiseIn(s.ctx, 'promised', {
      customer: owner,
      performer: productLead,
      cycle,
      body: { performers: [teamParty(teams.Product.id)] },
    });
    await expect(requestReview(s.ctx, productLead, kept.id, peer)).rejects.toMatchObject({
      code: 'conflict',
    });
  });
});
