import { expect, test } from './fixtures.js';
import { AppShell } from './pages/app-shell.js';
import { DashboardPage } from './pages/dashboard-page.js';
import { PromiseAssessmentSection } from './pages/promise-assessment-section.js';
import { PromisePage } from './pages/promise-page.js';
import { PromiseProgressSection } from './pages/promise-progress-section.js';
import { ReviewPage } from './pages/review-page.js';
import { expectAccessible } from './support/axe.js';
import { makeKeptPromise } from './support/kept-promise.js';
import { addPerson, createCurrentCycles } from './support/promise-api.js';

const performer = { name: 'Alan Turing', email: 'alan@acme.test', password: 'enigma machine 1912' };

const signups = 'Signups reach 100';
const pricing = 'Pricing page live';

test('a performer checks in twice, the customer answers, assesses and both look back; the review shows it', async ({
  page,
  browser,
  baseURL,
  owner: _owner,
}) => {
  // A whole cycle of one promise, in two browsers: longer than most stories.
  test.slow();

  // Setting the scene through the API: the performer joins, and has promised with two key results.
  const cycles = await createCurrentCycles(page);
  const alan = await addPerson(page, browser, baseURL ?? '', performer);
  const performerPage = alan.page;
  try {
    const promise = await makeKeptPromise(page, alan, {
      cycleName: cycles.quarter,
      dueDate: cycles.quarterEnd,
      title: 'Grow signups',
      conditions: [
        {
          text: signups,
          keyResult: {
            kind: 'metric',
            unitKind: 'number',
            unit: 'signups',
            start: '0',
            direction: 'increase',
            target: '100',
          },
        },
        { text: pricing, keyResult: { kind: 'milestone' } },
      ],
    });

    // The performer checks in twice; the chart's data shows both points.
    await performerPage.goto(`/promises/${promise.id}`);
    const performerProgress = new PromiseProgressSection(performerPage);
    await expect(performerProgress.score).toHaveAttribute('aria-valuenow', '0');
    await performerProgress.checkIn({
      values: { [signups]: '40' },
      confidence: 6,
      status: 'At risk',
      note: 'Ads are slow to start',
      blockers: 'Waiting on legal for the pricing page',
    });
    await performerProgress.checkIn({
      values: { [signups]: '70' },
      milestones: { [pricing]: true },
      confidence: 8,
      status: 'On track',
      note: 'Pricing page shipped',
    });
    const signupData = await performerProgress.chartData(signups);
    await expect(signupData.getByRole('row')).toHaveCount(3);
    await expect(signupData.getByRole('row').nth(1)).toContainText('40 signups');
    await expect(signupData.getByRole('row').nth(2)).toContainText('70 signups');
    const confidenceData = await performerProgress.chartData('Confidence');
    await expect(confidenceData.getByRole('row').nth(1)).toContainText('6 of 10');
    await expect(confidenceData.getByRole('row').nth(1)).toContainText('At risk');
    await expect(confidenceData.getByRole('row').nth(2)).toContainText('8 of 10');
    // (0.7 + 1) / 2: signups are 70% of the way, the milestone is done.
    await expect(performerProgress.score).toHaveAttribute('aria-valuenow', '85');
    await expectAccessible(performerPage, 'a promise with its check-ins');

    // The customer reads the check-in and answers it; the performer sees the answer.
    await page.goto(`/promises/${promise.id}`);
    const customerProgress = new PromiseProgressSection(page);
    await expect(customerProgress.checkInForm).toBeHidden();
    const latest = customerProgress.checkInEntry('Pricing page shipped');
    await expect(latest).toContainText('Signups reach 100: 70 signups');
    await expect(customerProgress.checkInEntry('Ads are slow to start')).toContainText('Waiting on legal');
    await customerProgress.answer(latest, 'Comment', 'Great pace, keep the ads running');

    await performerPage.reload();
    await expect(
      performerProgress.answers(performerProgress.checkInEntry('Pricing page shipped')),
    ).toContainText('Great pace, keep the ads running');
    await expect(performerProgress.checkInEntry('Pricing page shipped').getByRole('form')).toHaveCount(0);

    // The performer reports the promise complete.
    const performerView = new PromisePage(performerPage);
    await performerView.makeMove('Report complete');
    await expect(performerView.dialog).toBeHidden();
    await expect(performerProgress.checkInForm).toBeHidden();

    // The customer assesses: satisfied, with a note, then a retrospective; the performer adds theirs.
    await page.reload();
    const customerAssessment = new PromiseAssessmentSection(page);
    await customerAssessment.declareSatisfied('Signups came in and pricing is live');
    await expect(customerAssessment.verdict('Satisfied')).toBeVisible();
    await expect(customerAssessment.region).toContainText('Signups came in and pricing is live');
    await expect(customerAssessment.finalKeyResult(signups)).toContainText('70 signups');
    await expect(customerAssessment.finalKeyResult(signups)).toContainText('70%');
    await expect(customerAssessment.finalKeyResult(pricing)).toContainText('Done');
    await expectAccessible(page, 'an assessed promise');
    await customerAssessment.writeRetrospective('Weekly check-ins kept us honest', 'Start the ads earlier');

    await performerPage.reload();
    const performerAssessment = new PromiseAssessmentSection(performerPage);
    await expect(performerAssessment.assessForm).toBeHidden();
    await performerAssessment.writeRetrospective('The pricing page shipped early', 'Ask legal sooner');
    await expect(performerAssessment.retrospectives.getByRole('listitem')).toHaveCount(2);

    // The end-of-cycle review, reached from the dashboard, shows the result.
    await new AppShell(page).goTo('Dashboard');
    const dashboard = new DashboardPage(page);
    await dashboard.chooseCycle(`${cycles.quarter} (Quarter)`);
    await expect(dashboard.stat('Average score')).toContainText('85%');
    await dashboard.reviewLink.click();
    const review = new ReviewPage(page);
    await expect(review.heading(cycles.quarter)).toBeVisible();
    const kept = review.keptPromise('Grow signups');
    await expect(kept).toContainText('85%');
    await expect(kept).toContainText('Satisfied');
    await expect(kept).toContainText('Signups came in and pricing is live');
    await expect(kept).toContainText('Weekly check-ins kept us honest');
    await expect(kept).toContainText('The pricing page shipped early');
    await expect(review.stat('Satisfied')).toContainText('1');
    await expectAccessible(page, 'the cycle review');
  } finally {
    await alan.context.close();
  }
});
