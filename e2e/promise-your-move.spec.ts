import { expect, test } from './fixtures.js';
import { PromiseAssessmentSection } from './pages/promise-assessment-section.js';
import { PromisePage } from './pages/promise-page.js';
import { expectAccessible } from './support/axe.js';
import { makeKeptPromise } from './support/kept-promise.js';
import { addPerson, apiGet, apiPost, createCurrentCycles } from './support/promise-api.js';

const performer = { name: 'Alan Turing', email: 'alan@acme.test', password: 'enigma machine 1912' };

test('the promise page leads with your move: assess there, confirm an ending, open a section by its URL', async ({
  page,
  browser,
  baseURL,
  owner,
}) => {
  test.slow();
  expect(owner.name).toBe('Grace Hopper');
  const cycles = await createCurrentCycles(page);
  const alan = await addPerson(page, browser, baseURL ?? '', performer);
  try {
    const kept = await makeKeptPromise(
      page,
      { page: alan.page, personId: alan.personId },
      {
        cycleName: cycles.quarter,
        dueDate: cycles.quarterEnd,
        title: 'Ship the onboarding flow',
        conditions: [{ text: 'Guided setup in three steps', keyResult: { kind: 'milestone' } }],
      },
    );

    // The performer, keeping it, finds the check-in above the charts and ending moves set apart.
    const alanView = new PromisePage(alan.page);
    await alanView.open(kept.id);
    await expect(alanView.yourMove).toBeVisible();
    await expect(alanView.moves.getByRole('button').first()).toHaveText('Report complete');
    await expect(alanView.moves.getByRole('button').last()).toHaveText('Revoke');
    await expect(alanView.destructiveMoves.getByRole('button', { name: 'Revoke' })).toBeVisible();
    await expect(alanView.yourMove.getByRole('link', { name: 'Check in' })).toBeVisible();

    // Revoking asks first; cancelling changes nothing.
    await alanView.move('Revoke').click();
    const confirm = alan.page.getByRole('dialog', { name: 'Revoke this promise?' });
    await expect(confirm).toContainText('cannot be undone');
    await expectAccessible(alan.page, 'the confirmation of a revoke');
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    await expect(confirm).toBeHidden();
    await expect(alanView.currentPhase()).toContainText('Execute');

    const { version } = await apiGet<{ version: number }>(alan.page, `/api/v1/promises/${kept.id}`);
    await apiPost(alan.page, `/api/v1/promises/${kept.id}/moves`, { act: 'report-complete', version });

    // The customer finds Satisfied / Dissatisfied at the top, under "Your move".
    const grace = new PromisePage(page);
    await grace.open(kept.id);
    await expect(grace.yourMove).toBeVisible();
    const assessment = new PromiseAssessmentSection(page);
    await expect(assessment.assessForm.getByRole('button', { name: 'Satisfied', exact: true })).toBeVisible();
    await expectAccessible(page, 'a completion to assess, from the Your move panel');
    await assessment.declareSatisfied('Setup takes three steps now.');
    await expect(grace.currentPhase()).toContainText('Closed');
    await expect(grace.yourMove).toHaveCount(0);

    // A section's URL opens the page at that section, with its tab marked current.
    await grace.open(kept.id, 'history');
    await expect(grace.sectionTab('History')).toHaveAttribute('aria-current', 'location');
    await expect(grace.history).toBeInViewport();
    await grace.sectionTab('Links').click();
    await expect(page).toHaveURL(new RegExp(`/promises/${kept.id}#links$`));
    await expect(grace.sectionTab('Links')).toHaveAttribute('aria-current', 'location');
    await expectAccessible(page, 'a promise opened at a section');
  } finally {
    await alan.context.close();
  }
});
