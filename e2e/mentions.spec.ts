import { expect, test } from './fixtures.js';
import { NotificationBell } from './pages/notification-bell.js';
import { PromiseProgressSection } from './pages/promise-progress-section.js';
import { expectAccessible } from './support/axe.js';
import { makeKeptPromise } from './support/kept-promise.js';
import { addPerson, createCurrentCycles } from './support/promise-api.js';

const performer = { name: 'Alan Turing', email: 'alan@acme.test', password: 'enigma machine 1912' };

test('a performer mentions the customer in a check-in, picking them with the keyboard; their bell rings', async ({
  page,
  browser,
  baseURL,
  owner,
}) => {
  // Two browsers and a lazily loaded list: longer than most stories.
  test.slow();
  const cycles = await createCurrentCycles(page);
  const alan = await addPerson(page, browser, baseURL ?? '', performer);
  try {
    const promise = await makeKeptPromise(page, alan, {
      cycleName: cycles.quarter,
      dueDate: cycles.quarterEnd,
      title: 'Grow signups',
      conditions: [{ text: 'Pricing page live', keyResult: { kind: 'milestone' } }],
    });

    await alan.page.goto(`/promises/${promise.id}`);
    const progress = new PromiseProgressSection(alan.page);
    const form = progress.checkInForm;
    const note = form.getByRole('textbox', { name: 'Note' });
    await form.getByRole('textbox', { name: 'Confidence' }).fill('6');
    await form.getByRole('radio', { name: 'At risk' }).check();
    await note.click();
    await note.pressSequentially('Legal is slow, @Gra');
    const people = alan.page.getByRole('listbox', { name: 'People to mention' });
    await expect(people.getByRole('option', { name: /Grace Hopper/ })).toBeVisible();
    await expect(note).toHaveAttribute('aria-controls', (await people.getAttribute('id')) ?? '');
    await expectAccessible(alan.page, 'the check-in form offering people to mention');
    // Escape closes the list and keeps the words; typing again opens it; Enter picks the one shown.
    await note.press('Escape');
    await expect(people).toBeHidden();
    await note.press('c');
    await expect(people.getByRole('option', { name: /Grace Hopper/ })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    await note.press('ArrowDown');
    await note.press('Enter');
    await expect(people).toBeHidden();
    await expect(note).toHaveValue(`Legal is slow, @[Grace Hopper](person:${owner.personId}) `);
    await note.pressSequentially('can you help?');
    await form.getByRole('button', { name: 'Check in' }).click();
    await expect(progress.region.getByRole('article')).toHaveCount(1);

    // The check-in shows the mention as a link to the person.
    const entry = progress.checkInEntry('Legal is slow');
    await expect(entry.getByRole('link', { name: '@Grace Hopper' })).toBeVisible();

    // Grace's bell rings with the mention, which leads to the promise.
    const bell = new NotificationBell(page);
    await page.goto('/inbox');
    await bell.open();
    const mention = bell.item('Alan Turing mentioned you in a check-in on Grow signups');
    await expect(mention).toContainText('Mention');
    await bell.follow('Alan Turing mentioned you in a check-in on Grow signups');
    await expect(page.getByRole('heading', { name: 'Grow signups', level: 1 })).toBeVisible();
  } finally {
    await alan.context.close();
  }
});
