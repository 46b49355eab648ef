import { expect, test } from './fixtures.js';
import { PromisePage } from './pages/promise-page.js';
import { SearchAndPalette } from './pages/search-palette.js';
import { expectAccessible } from './support/axe.js';
import { apiGet, apiPost, createCurrentCycles } from './support/promise-api.js';

/** Two promises from the owner to a team of the organization, in this quarter. */
async function twoPromises(page: import('@playwright/test').Page) {
  const cycles = await createCurrentCycles(page);
  const { cycles: list } = await apiGet<{ cycles: Array<{ id: string; name: string }> }>(
    page,
    '/api/v1/cycles',
  );
  const quarter = list.find((cycle) => cycle.name === cycles.quarter);
  if (!quarter) throw new Error(`no cycle ${cycles.quarter}`);
  const me = await apiGet<{ person: { id: string } }>(page, '/api/v1/me');
  const team = await apiPost<{ id: string }>(page, '/api/v1/teams', { name: 'Flight dynamics' });
  for (const [title, condition] of [
    ['Orbit insertion', 'Apogee within 5 km of plan'],
    ['Launch window', 'Countdown rehearsed twice'],
  ]) {
    await apiPost(page, '/api/v1/promises', {
      cycleId: quarter.id,
      customer: { type: 'person', id: me.person.id },
      performers: [{ type: 'team', id: team.id }],
      title,
      conditions: [{ text: condition }],
      dueDate: cycles.quarterEnd,
      open: 'request',
    });
  }
}

test('the header search finds a promise as you type and opens it from the keyboard', async ({
  page,
  owner: _owner,
}) => {
  await twoPromises(page);
  const search = new SearchAndPalette(page);
  await search.search('apog');
  await expect(search.option(/Orbit insertion/)).toBeVisible();
  await expect(search.searchBox).toHaveAttribute('aria-expanded', 'true');
  await expectAccessible(page, 'the header search with its results');
  await search.searchBox.press('ArrowDown');
  await search.searchBox.press('ArrowUp');
  await expect(search.option(/Orbit insertion/)).toHaveAttribute('aria-selected', 'true');
  await search.searchBox.press('Enter');
  await expect(new PromisePage(page).heading('Orbit insertion')).toBeVisible();
});

test('Ctrl-K goes to a page and to a promise, and Escape gives focus back', async ({
  page,
  owner: _owner,
}) => {
  await twoPromises(page);
  const palette = new SearchAndPalette(page);

  await palette.paletteButton.click();
  await expect(palette.paletteBox).toBeFocused();
  await expectAccessible(page, 'the command palette');
  await page.keyboard.press('Escape');
  await expect(palette.palette).toBeHidden();
  await expect(palette.paletteButton).toBeFocused();

  await palette.openPalette();
  await palette.goWithPalette('dashb', /^Dashboard/);
  await expect(page.getByRole('heading', { name: 'Dashboard', level: 1 })).toBeVisible();

  await palette.openPalette();
  await palette.goWithPalette('launch win', /^Launch window/);
  await expect(new PromisePage(page).heading('Launch window')).toBeVisible();
  await expectAccessible(page, 'a promise opened from the palette');
});

test('the promise list keeps its text filter and order in its address, and saves them as a view', async ({
  page,
  owner: _owner,
}) => {
  await twoPromises(page);
  await page.goto('/promises');
  const table = page.getByRole('table');
  await expect(table.getByRole('link', { name: 'Orbit insertion' })).toBeVisible();

  await page.getByRole('button', { name: 'Promise' }).click();
  await expect(page).toHaveURL(/sort=title/);
  await expect(page.getByRole('columnheader', { name: 'Promise' })).toHaveAttribute('aria-sort', 'ascending');
  await expect(table.getByRole('rowheader').first()).toContainText('Launch window');
  await page.getByRole('button', { name: 'Promise' }).click();
  await expect(page.getByRole('columnheader', { name: 'Promise' })).toHaveAttribute(
    'aria-sort',
    'descending',
  );
  await expect(table.getByRole('rowheader').first()).toContainText('Orbit insertion');

  await page.getByRole('textbox', { name: 'Text' }).fill('countdown');
  await expect(page).toHaveURL(/q=countdown/);
  await expect(table.getByRole('link', { name: 'Orbit insertion' })).toBeHidden();
  await expect(table.getByRole('link', { name: 'Launch window' })).toBeVisible();

  await page.getByRole('button', { name: 'Save view' }).click();
  const dialog = page.getByRole('dialog', { name: 'Save this view' });
  await dialog.getByRole('textbox', { name: 'Name' }).fill('Rehearsals');
  await expectAccessible(page, 'saving a view');
  await dialog.getByRole('button', { name: 'Save view' }).click();
  await expect(dialog).toBeHidden();

  await page.goto('/promises');
  await expect(table.getByRole('link', { name: 'Orbit insertion' })).toBeVisible();
  await page.getByRole('combobox', { name: 'Saved view' }).click();
  await page.getByRole('option', { name: 'Rehearsals' }).click();
  await expect(page).toHaveURL(/q=countdown/);
  await expect(page).toHaveURL(/order=desc/);
  await expect(page.getByRole('textbox', { name: 'Text' })).toHaveValue('countdown');
  await expect(table.getByRole('link', { name: 'Orbit insertion' })).toBeHidden();
  await expect(table.getByRole('link', { name: 'Launch window' })).toBeVisible();
  await expectAccessible(page, 'the promise list with a saved view');
});
