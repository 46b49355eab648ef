import { expect, test } from './fixtures.js';
import { InboxPage } from './pages/inbox-page.js';
import { PromisePage } from './pages/promise-page.js';
import { expectAccessible } from './support/axe.js';
import { makeKeptPromise } from './support/kept-promise.js';
import { addPerson, apiGet, apiPost, createCurrentCycles } from './support/promise-api.js';

const performer = { name: 'Alan Turing', email: 'alan.inbox@acme.test', password: 'enigma machine 1912' };
const signups = 'Weekly signups reach 100';

test('a performer answers an ask and checks in from the inbox, by pointer and by keyboard', async ({
  page,
  browser,
  baseURL,
  owner: _owner,
}) => {
  test.slow();
  const cycles = await createCurrentCycles(page);
  const alan = await addPerson(page, browser, baseURL ?? '', performer);
  try {
    const { cycles: listed } = await apiGet<{ cycles: Array<{ id: string; name: string }> }>(
      page,
      '/api/v1/cycles',
    );
    const cycleId = listed.find((c) => c.name === cycles.quarter)?.id;
    const me = await apiGet<{ person: { id: string } }>(page, '/api/v1/me');
    const ask = (title: string) =>
      apiPost<{ id: string; version: number }>(page, '/api/v1/promises', {
        cycleId,
        customer: { type: 'person', id: me.person.id },
        performers: [{ type: 'person', id: alan.personId }],
        title,
        dueDate: cycles.quarterEnd,
        conditions: [],
        open: 'request',
      });
    // Two asks, then a kept promise whose check-in the customer answered: three items for Alan.
    await ask('Faster onboarding');
    await ask('Better docs');
    const kept = await makeKeptPromise(page, alan, {
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
      ],
    });
    const checkIn = await apiPost<{ id: string }>(alan.page, `/api/v1/promises/${kept.id}/check-ins`, {
      values: [],
      confidence: 6,
      status: 'on-track',
    });
    await apiPost(page, `/api/v1/check-ins/${checkIn.id}/answers`, { kind: 'comment', text: 'Nice start' });

    const inbox = new InboxPage(alan.page);
    await inbox.open();
    await expect(inbox.sectionHeading('Awaiting my move', 3)).toBeVisible();
    await expect(inbox.sectionHeading('My team’s', 0)).toBeVisible();
    await expect(inbox.sectionHeading('Waiting on others', 0)).toBeVisible();
    await expect(inbox.sectionHeading('Findings', 0)).toBeVisible();
    const onboarding = inbox.item(inbox.awaitingMe, 'A request to answer', 'Faster onboarding');
    const betterDocs = inbox.item(inbox.awaitingMe, 'A request to answer', 'Better docs');
    const answered = inbox.item(inbox.awaitingMe, 'An answer to your check-in', 'Grow signups');
    await expect(onboarding).toContainText(/Waiting for (a moment|a minute|\d+ minutes)/);
    await expect(onboarding).toContainText(/Due .+ · FY/);
    await expect(onboarding).not.toContainText('Since');
    await expect(onboarding.getByRole('button', { name: 'Promise' })).toBeVisible();
    // Declining is not answered inline: it is named, and made on the promise's page.
    await expect(onboarding.getByRole('button', { name: /Decline/ })).toHaveCount(0);
    await expect(onboarding).toContainText('Or, on its page: counter, decline');
    await expectAccessible(alan.page, 'the inbox with asks and a check-in answer');

    // The shortcuts, asked for with ?, listed in a dialog that Escape closes.
    await alan.page.keyboard.press('?');
    await expect(inbox.shortcuts).toBeVisible();
    await expect(inbox.shortcuts.getByRole('row', { name: /j Next item/ })).toBeVisible();
    await expectAccessible(alan.page, 'the inbox shortcuts dialog');
    await alan.page.keyboard.press('Escape');
    await expect(inbox.shortcuts).toBeHidden();

    // j and k move between the items, the longest waiting first; Enter opens the focused one.
    await alan.page.keyboard.press('j');
    await expect(onboarding).toBeFocused();
    await alan.page.keyboard.press('j');
    await expect(betterDocs).toBeFocused();
    await alan.page.keyboard.press('j');
    await expect(answered).toBeFocused();
    await alan.page.keyboard.press('k');
    await expect(betterDocs).toBeFocused();
    await alan.page.keyboard.press('Enter');
    await expect(new PromisePage(alan.page).heading('Better docs')).toBeVisible();
    await alan.page.goBack();
    await expect(inbox.sectionHeading('Awaiting my move', 3)).toBeVisible();

    // Sorted by due date, the choice is kept in the URL, across a reload.
    await inbox.sortButton('Due soonest').click();
    await expect(alan.page).toHaveURL(/sort=due/);
    await alan.page.reload();
    await expect(inbox.sortButton('Due soonest')).toHaveAttribute('aria-pressed', 'true');

    // An answer that does not go through says so in the item, and the item stays.
    const moves = '**/api/v1/promises/*/moves';
    await alan.page.route(moves, (route) => route.abort('connectionrefused'));
    await onboarding.getByRole('button', { name: 'Promise' }).click();
    await expect(onboarding.getByRole('alert')).toContainText('That answer did not go through');
    await alan.page.unroute(moves);

    // Promising the ask answers it in place: it leaves "Awaiting my move".
    await onboarding.getByRole('button', { name: 'Promise' }).click();
    await expect(onboarding).toHaveCount(0);
    await expect(inbox.sectionHeading('Awaiting my move', 2)).toBeVisible();

    // A quick check-in from the item: the key result's value, the status and a note.
    await answered.getByRole('button', { name: 'Check in' }).click();
    const form = answered.getByRole('form', { name: 'Check in on Grow signups' });
    await expect(form).toBeVisible();
    await form.getByRole('textbox', { name: signups }).fill('abc');
    await form.getByRole('button', { name: 'Send the check-in' }).click();
    // A value that is no number is refused in the form, by its field, before anything is sent.
    await expect(form.getByText(/must be a plain decimal/i)).toBeVisible();
    await expect(answered).toBeVisible();
    await expectAccessible(alan.page, 'the inbox with the quick check-in form');
    await form.getByRole('textbox', { name: signups }).fill('35');
    await form.getByRole('radio', { name: 'At risk' }).check();
    await form.getByRole('textbox', { name: 'Note' }).fill('Slower than hoped');
    await form.getByRole('button', { name: 'Send the check-in' }).click();
    await expect(answered).toHaveCount(0);
    await expect(inbox.sectionHeading('Awaiting my move', 1)).toBeVisible();
    await expect(betterDocs).toBeVisible();

    const progress = await apiGet<{ keyResults: Array<{ current: string | null }> }>(
      page,
      `/api/v1/promises/${kept.id}/progress`,
    );
    expect(progress.keyResults[0]?.current).toBe('35');
  } finally {
    await alan.context.close();
  }
});
