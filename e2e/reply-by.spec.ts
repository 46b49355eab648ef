import { expect, test } from './fixtures.js';
import { InboxPage } from './pages/inbox-page.js';
import { NewPromisePage } from './pages/new-promise-page.js';
import { PromisePage } from './pages/promise-page.js';
import { expectAccessible } from './support/axe.js';
import { createTeam } from './support/planning-setup.js';
import { addPerson, call, createCurrentCycles } from './support/promise-api.js';

const performer = { name: 'Alan Turing', email: 'alan@acme.test', password: 'enigma machine 1912' };

/** A day `days` from today (UTC) as the API takes it, and as the page shows it. */
function dayFromToday(days: number): { iso: string; shown: string } {
  const date = new Date(Date.now() + days * 86_400_000);
  const iso = date.toISOString().slice(0, 10);
  const shown = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
  return { iso, shown };
}

test('a customer asks for an answer by a day, the performer counters asking for its own, and both see it', async ({
  page,
  browser,
  baseURL,
  owner: _signedIn,
}) => {
  test.slow();
  const cycles = await createCurrentCycles(page);
  const alan = await addPerson(page, browser, baseURL ?? '', performer);
  const title = 'Faster refunds';
  const asked = dayFromToday(10);
  const countered = dayFromToday(12);

  try {
    // The request asks for its answer by a day; a day gone by is refused under the field.
    const form = new NewPromisePage(page);
    await form.open();
    await form.openAs('I ask (I am the customer)');
    await form.chooseCycle(cycles.quarter);
    await form.addPerformer(performer.name);
    await form.fillTerms({ title });
    const replyBy = form.form.getByRole('textbox', { name: 'Reply by' });
    await replyBy.fill(dayFromToday(-2).iso);
    await form.submit('Send request');
    await expect(replyBy).toHaveAccessibleDescription(/has passed/);
    await replyBy.fill(asked.iso);
    await expectAccessible(page, 'the new promise form with a reply-by date');
    await form.submit('Send request');

    const grace = new PromisePage(page);
    await expect(grace.heading(title)).toBeVisible();
    await expect(grace.replyBy(asked.shown)).toBeVisible();

    // The performer sees the date in the inbox, and counters asking for an answer by a day of his own.
    const alanInbox = new InboxPage(alan.page);
    await alanInbox.open();
    const request = alanInbox.item(alanInbox.awaitingMe, 'A request to answer', title);
    await expect(request).toContainText(`Reply by ${asked.shown}`);
    await expectAccessible(alan.page, 'the inbox with a reply-by date');
    await request.getByRole('link', { name: title }).click();
    const alanView = new PromisePage(alan.page);
    await expect(alanView.heading(title)).toBeVisible();
    await alanView.move('Counter').click();
    await expect(alanView.dialog.getByRole('textbox', { name: 'Reply by' })).toBeVisible();
    await expectAccessible(alan.page, 'the counter form with its reply-by field');
    await alanView.dialog.getByRole('button', { name: 'Cancel' }).click();
    await alanView.counter({ dueDate: cycles.quarterStart, replyBy: countered.iso });
    await expect(alanView.dialog).toBeHidden();
    await expect(alanView.replyBy(countered.shown)).toBeVisible();

    // The customer, now awaited, sees the new day in her inbox.
    const graceInbox = new InboxPage(page);
    await graceInbox.open();
    await expect(graceInbox.item(graceInbox.awaitingMe, 'A counter to answer', title)).toContainText(
      `Reply by ${countered.shown}`,
    );
  } finally {
    await alan.context.close();
  }
});

test('a promise whose supplier is revoked shows it is at risk from a dependency, on its page and in the inbox', async ({
  page,
  owner,
}) => {
  test.slow();
  const cycles = await createCurrentCycles(page);
  const { quarter } = await call<{ cycles: { id: string; name: string }[] }>(
    page,
    'GET',
    '/api/v1/cycles',
  ).then((list) => ({ quarter: list.cycles.find((c) => c.name === cycles.quarter) }));
  if (!quarter) throw new Error(`no ${cycles.quarter}`);
  const checkout = await createTeam(page, 'Checkout', [owner.personId]);
  const payments = await createTeam(page, 'Payments', [owner.personId]);
  const kept = async (team: { id: string }, title: string) => {
    const opened = await call<{ id: string; version: number }>(page, 'POST', '/api/v1/promises', {
      cycleId: quarter.id,
      customer: { type: 'person', id: owner.personId },
      performers: [{ type: 'team', id: team.id }],
      title,
      dueDate: cycles.quarterEnd,
      open: 'request',
    });
    return call<{ id: string; version: number }>(page, 'POST', `/api/v1/promises/${opened.id}/moves`, {
      act: 'promise',
      version: opened.version,
      as: 'performer',
    });
  };
  const dependent = await kept(checkout, 'One-click checkout');
  const supplier = await kept(payments, 'Stored cards');

  // The dependency is asked for through the form, with a day the supplier is asked to answer by.
  const promise = new PromisePage(page);
  await promise.open(dependent.id, 'links');
  const answerBy = dayFromToday(7);
  await promise.addDependency('Stored cards', { note: 'Cards on file', replyBy: answerBy.iso });
  const dependencies = page.getByRole('table', { name: 'Depends on', exact: true });
  await expect(dependencies.getByText(`Reply by ${answerBy.shown}`)).toBeVisible();
  await expect(promise.dependencyRisk).toHaveCount(0);

  // The supplier's performer revokes it: the dependent, still on track, is at risk from it.
  await call(page, 'POST', `/api/v1/promises/${supplier.id}/moves`, {
    act: 'revoke',
    version: supplier.version,
    reason: { text: 'The card vault is not allowed in this region' },
  });
  await expect(promise.dependencyRisk).toBeVisible();
  await expect(promise.dependencyRisk.getByRole('link', { name: 'Stored cards' })).toBeVisible();
  await expectAccessible(page, 'a promise at risk from a dependency');

  const inbox = new InboxPage(page);
  await inbox.open();
  const findings = page.getByRole('region', { name: /^Findings \(/ });
  const risk = findings.getByRole('listitem').filter({ hasText: 'At risk from a dependency: Stored cards' });
  await expect(risk).toBeVisible();
  await expectAccessible(page, 'the inbox with a dependency risk');

  // Dismissed from the inbox, the finding goes into the history of both promises it is about.
  await risk.getByRole('button', { name: 'Dismiss' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Why').fill('Checkout ships without stored cards first');
  await dialog.getByRole('button', { name: 'Dismiss' }).click();
  await expect(dialog).toBeHidden();
  await promise.open(dependent.id, 'history');
  const dismissal = promise.history.getByRole('listitem').filter({ hasText: 'Finding dismissed' });
  await expect(dismissal).toContainText(`by ${owner.name}`);
  await expect(dismissal).toContainText('Reason: Checkout ships without stored cards first');
  await expectAccessible(page, 'a history with a dismissed finding');
});
