import { expect, test } from './fixtures.js';
import { DirectionPage } from './pages/direction-page.js';
import { NewPromisePage } from './pages/new-promise-page.js';
import { NotificationBell } from './pages/notification-bell.js';
import { PlanningPage } from './pages/planning-page.js';
import { PromisePage } from './pages/promise-page.js';
import { PromiseReviewSection } from './pages/promise-review-section.js';
import { TeamCapacitySection } from './pages/team-capacity-section.js';
import { expectAccessible } from './support/axe.js';
import { addMember, ask, createFutureQuarter, createTeam } from './support/planning-setup.js';
import { call } from './support/promise-api.js';

const draftTitle = 'Self-serve onboarding for mid-market';
const question = 'Who supports customers during onboarding?';

const directionText = [
  '# Grow',
  '',
  'Win the **mid-market**. <script>alert(1)</script>',
  '',
  '- Self-serve onboarding',
  '- See [pricing](https://example.com/pricing), not [a trap](javascript:alert(1))',
].join('\n');

test('the planning round trip: direction, a draft citing it, asks within capacity, review, question, approval, board', async ({
  page,
  browser,
  baseURL,
  owner,
}) => {
  test.slow();
  // Setting the scene through the API: the leads join, the teams exist, a quarter two years ahead.
  const priya = await addMember(page, browser, baseURL ?? '', 'Priya Patel');
  const pat = await addMember(page, browser, baseURL ?? '', 'Pat Okafor');
  const dana = await addMember(page, browser, baseURL ?? '', 'Dana Scully');
  try {
    const leadership = await createTeam(page, 'Leadership', [owner.personId]);
    const product = await createTeam(page, 'Product', [priya.personId]);
    const platform = await createTeam(page, 'Platform', [pat.personId]);
    await createTeam(page, 'Design', [dana.personId]);
    const cycle = await createFutureQuarter(page);

    // The owner marks Leadership as the team that writes the direction.
    await page.goto(`/teams/${leadership.id}`);
    await new TeamCapacitySection(page).markLeadership();

    // Leadership writes the direction, previews it and publishes it; nothing in it runs.
    const planning = new PlanningPage(page);
    await planning.openFromNavigation();
    await planning.chooseCycle(cycle.name);
    await expect(planning.cycleState('In planning')).toBeVisible();
    await expect(planning.milestone('Direction published')).toContainText('Upcoming');
    await expectAccessible(page, 'the planning board');
    await planning.openDirection();
    const direction = new DirectionPage(page);
    await expect(direction.heading(cycle.name)).toBeVisible();
    await direction.write(directionText);
    await expect((await direction.preview()).getByRole('heading', { name: 'Grow' })).toBeVisible();
    await direction.publish();
    await expect(direction.document.getByRole('heading', { name: 'Version 1' })).toBeVisible();
    await expect(direction.document.getByRole('heading', { name: 'Grow' })).toBeVisible();
    await expect(direction.document.getByText('mid-market', { exact: true })).toHaveJSProperty(
      'tagName',
      'STRONG',
    );
    await expect(direction.document).toContainText('<script>alert(1)</script>');
    await expect(direction.document.getByRole('link', { name: 'pricing' })).toHaveAttribute(
      'href',
      'https://example.com/pricing',
    );
    await expect(direction.document.getByRole('link', { name: 'a trap' })).toHaveCount(0);
    await expectAccessible(page, 'the direction page');

    // The product lead reads it (no draft for them), comments, and drafts the team's promise citing it.
    const productDirection = new DirectionPage(priya.page);
    await priya.page.goto(`/planning/${cycle.id}/direction`);
    await expect(productDirection.document).toContainText('Win the mid-market');
    await expect(productDirection.draft).toHaveCount(0);
    await productDirection.comment('Does mid-market include the public sector?');
    await productDirection.draftPromiseCitingIt();
    const newPromise = new NewPromisePage(priya.page);
    await expect(newPromise.heading).toBeVisible();
    await newPromise.openAs('Draft first');
    await newPromise.form.getByRole('radio', { name: 'The performer', exact: true }).check();
    await newPromise.chooseCustomer('Leadership');
    // The form puts the drafter on the performing side; the team performs instead.
    await newPromise.removeLastPerformer();
    await newPromise.addPerformer('Product');
    await newPromise.fillTerms({ title: draftTitle, dueDate: cycle.endDate });
    await newPromise.submit('Save draft');
    const productPromise = new PromisePage(priya.page);
    await expect(productPromise.heading(draftTitle)).toBeVisible();
    const draftId = priya.page.url().split('/promises/')[1] ?? '';
    const review = new PromiseReviewSection(priya.page);
    await expect(review.citation(cycle.name, 1)).toBeVisible();
    await expectAccessible(priya.page, 'a draft with its review section');

    // It asks the platform team for two things (asking is tested elsewhere), and needs one of them.
    const sso = await ask(priya.page, cycle, product.id, platform.id, 'Single sign-on');
    const exports = await ask(priya.page, cycle, product.id, platform.id, 'Bulk exports');
    await call(priya.page, 'POST', '/api/v1/dependencies', { promiseId: draftId, supplierPromiseId: sso.id });

    // The platform lead declares room for one promise, declines one ask for capacity, accepts the other.
    await pat.page.goto(`/teams/${platform.id}`);
    const capacity = new TeamCapacitySection(pat.page);
    await capacity.chooseCycle(cycle.name);
    await capacity.declare(1);
    await expect(capacity.region.getByText('Open asks exceed the capacity')).toBeVisible();
    await expectAccessible(pat.page, 'a team page with its capacity');
    await pat.page.goto(`/promises/${exports.id}`);
    const patReview = new PromiseReviewSection(pat.page);
    await expect(patReview.capacityNote('Platform')).toContainText('over capacity');
    const patPromise = new PromisePage(pat.page);
    await patPromise.makeMove('Decline', {
      reasonKind: 'Capacity',
      reason: 'Single sign-on takes the quarter',
    });
    await expect(patPromise.move('Decline')).toBeHidden();
    await pat.page.goto(`/promises/${sso.id}`);
    await patPromise.makeMove('Promise');
    await expect(patPromise.move('Promise')).toBeHidden();
    await pat.page.goto(`/teams/${platform.id}`);
    await capacity.chooseCycle(cycle.name);
    await expect(capacity.declinedAsk('Bulk exports')).toContainText('Single sign-on takes the quarter');
    await expect(capacity.load('Platform')).toHaveAttribute('aria-valuenow', '1');

    // The product lead shares the draft with its supplier (suggested) and a peer team.
    await priya.page.goto(`/promises/${draftId}`);
    await expect(review.status).toContainText('Not shared for review yet');
    await review.askSuggested('Ask Platform (supplier)');
    await expect(review.reviewer('Platform')).toContainText('Pending');
    await review.requestReview('Design', 'Peer');
    await expect(review.status).toContainText('2 reviews pending, 0 open questions');

    // The design lead hears of it through the bell, raises a question and marks the review done.
    const danaBell = new NotificationBell(dana.page);
    await dana.page.goto('/inbox');
    await expect(danaBell.button).toHaveAccessibleName('Notifications, 1 unread');
    await danaBell.open();
    await danaBell.follow(`Review requested: ${draftTitle}`);
    const peerReview = new PromiseReviewSection(dana.page);
    await peerReview.ask(question);
    await peerReview.markMyReviewDone();
    await expect(peerReview.reviewer('Design')).toContainText('Reviewed');
    await expect(danaBell.button).toHaveAccessibleName('Notifications');

    // The team answers; the peer resolves the question; the supplier reviews too.
    await priya.page.reload();
    await expect(review.status).toContainText('1 review pending, 1 open question');
    await review.answer(question, 'Support, with a new playbook');
    await dana.page.reload();
    await expect(peerReview.question(question)).toContainText('Support, with a new playbook');
    await peerReview.resolve(question);
    await pat.page.goto(`/promises/${draftId}`);
    await patReview.markMyReviewDone();
    await priya.page.reload();
    await expect(review.status).toContainText('Round trip complete');

    // The owner approves the plan: the draft still in Q1 is listed with the approval, not dropped.
    await page.goto(`/planning?cycle=${cycle.id}`);
    await expect(planning.milestone('Direction published')).toContainText('Done');
    await planning.moveCycle('Approve the plan');
    await expect(planning.unsettled).toContainText(draftTitle);
    await expect(planning.cycleState('Active')).toBeVisible();
    await expect(planning.milestone('Plan approved')).toContainText('Done');

    // The board, as the product team sees it, shows every step.
    const productPlanning = new PlanningPage(priya.page);
    await priya.page.goto('/planning');
    await productPlanning.chooseCycle(cycle.name);
    await expect(productPlanning.promise('Drafts', 'Product', draftTitle)).toContainText(
      'Round trip complete',
    );
    await expect(productPlanning.promise('Agreed', 'Platform', 'Single sign-on')).toBeVisible();
    await expect(productPlanning.promise('Declined', 'Platform', 'Bulk exports')).toContainText(
      'Capacity: Single sign-on takes the quarter',
    );
    await expect(productPlanning.load('Platform')).toHaveAttribute(
      'aria-valuetext',
      '1 accepted and 0 pending, against a capacity of 1 promise',
    );
    await expect(productPlanning.cycleState('Active')).toBeVisible();
    await expect(productPlanning.cycleMoves).toContainText(`${owner.name} approved the plan`);
    await expect(productPlanning.cycleMoves).toContainText(draftTitle);
  } finally {
    await Promise.all([priya.context.close(), pat.context.close(), dana.context.close()]);
  }
});
