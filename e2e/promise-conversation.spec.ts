import { expect, test } from './fixtures.js';
import { InboxPage } from './pages/inbox-page.js';
import { NewPromisePage } from './pages/new-promise-page.js';
import { PromiseAssessmentSection } from './pages/promise-assessment-section.js';
import { PromisePage } from './pages/promise-page.js';
import { expectAccessible } from './support/axe.js';
import { addPerson, createCurrentCycles } from './support/promise-api.js';

const performer = { name: 'Alan Turing', email: 'alan@acme.test', password: 'enigma machine 1912' };
const title = 'Ship the onboarding flow';

test('a customer requests, the performer counters, and the promise is kept after a dissatisfied assessment', async ({
  page,
  browser,
  baseURL,
  owner,
}) => {
  // A whole conversation in two browsers, assessed twice: longer than most stories.
  test.slow();
  const cycles = await createCurrentCycles(page);
  const alan = await addPerson(page, browser, baseURL ?? '', performer);

  try {
    // The customer asks, in her own browser.
    const form = new NewPromisePage(page);
    await form.open();
    await form.openAs('I ask (I am the customer)');
    await form.chooseCycle(cycles.quarter);
    await form.addPerformer(performer.name);
    await form.fillTerms({
      title,
      description: 'New customers stall at sign-up.\n\nThey leave before the first plan.',
    });
    await form.addCondition('Activation above 40%', { start: '22', target: '40' });
    await form.addCondition('Guided setup in three steps');
    await expectAccessible(page, 'the new promise form');
    await form.submit('Send request');

    const grace = new PromisePage(page);
    await expect(grace.heading(title)).toBeVisible();
    await expect(grace.currentPhase()).toContainText('Q2 Negotiate');
    await expect(grace.move('Withdraw')).toBeVisible();
    await expect(grace.move('Promise')).toHaveCount(0);

    // The performer finds the request in his inbox and counters with an earlier date and a lower bar.
    const alanInbox = new InboxPage(alan.page);
    await alanInbox.open();
    const request = alanInbox.item(alanInbox.awaitingMe, 'A request to answer', title);
    await expect(request).toContainText(`From ${owner.name}`);
    await expectAccessible(alan.page, 'the inbox with a request');
    await request.getByRole('link', { name: title }).click();
    const alanView = new PromisePage(alan.page);
    await expect(alanView.heading(title)).toBeVisible();
    await alanView.counter({
      dueDate: cycles.quarterStart,
      firstCondition: 'Activation above 35%',
      note: 'Forty is out of reach this quarter.',
    });
    await expect(alanView.proposedChange('Due date')).toBeVisible();
    await expect(alanView.move('Counter')).toHaveCount(0);

    // The customer sees the counter side by side with what she asked, and accepts it.
    const graceInbox = new InboxPage(page);
    await graceInbox.open();
    const counterItem = graceInbox.item(graceInbox.awaitingMe, 'A counter to answer', title);
    // The inline answer loads after the item shows; once it is there the item no longer moves.
    await expect(counterItem.getByRole('button', { name: 'Accept' })).toBeVisible();
    // A click that lands while the inbox re-renders (a live update of Alan's counter) opens nothing:
    // the click is made again until the promise opens. See the inbox note on issue 14.
    await expect(async () => {
      await counterItem.getByRole('link', { name: title }).click({ timeout: 2_000 });
      await expect(page).toHaveURL(/\/promises\//, { timeout: 2_000 });
    }).toPass();
    await expect(grace.proposedChange('Condition')).toContainText('Activation above 40%');
    await expect(grace.proposedChange('Condition')).toContainText('Activation above 35%');
    await expectAccessible(page, 'a promise with a counter-offer');
    await grace.makeMove('Accept');
    await expect(grace.currentPhase()).toContainText('Q3 Execute');

    // Reported complete, found wanting, reported again, and accepted.
    await alan.page.reload();
    await alanView.makeMove('Report complete');
    await expect(alanView.currentPhase()).toContainText('Q4 Assess');

    await page.reload();
    const assessment = new PromiseAssessmentSection(page);
    await assessment.declareDissatisfied('Activation is at 30%.');
    await expect(grace.currentPhase()).toContainText('Q3 Execute');

    await alan.page.reload();
    await alanView.makeMove('Report complete', { note: 'Activation is at 36% now.' });

    await page.reload();
    await assessment.declareSatisfied('Activation is above 35%.');
    await expect(grace.currentPhase()).toContainText('Closed');
    await expect(page.getByText('No further moves are possible.')).toBeVisible();

    await expect(grace.historyEntries()).toHaveText([
      /^Requested by Grace Hopper/,
      /^Countered by Alan Turing.*Forty is out of reach this quarter/,
      /^Accepted by Grace Hopper/,
      /^Reported complete by Alan Turing/,
      /^Declared dissatisfied by Grace Hopper.*Activation is at 30%/,
      /^Reported complete by Alan Turing.*Activation is at 36% now/,
      /^Declared satisfied by Grace Hopper/,
    ]);
    await expectAccessible(page, 'a kept promise');
  } finally {
    await alan.context.close();
  }
});
