import { expect, test } from './fixtures.js';
import { expectAccessible } from './support/axe.js';
import { addMember, createTeam } from './support/planning-setup.js';
import { call, horizonId } from './support/promise-api.js';

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

test('a team lead who has not drafted by the drafts milestone finds it in the inbox', async ({
  page,
  browser,
  baseURL,
  owner: _owner,
}) => {
  const pat = await addMember(page, browser, baseURL ?? '', 'Pat Okafor');
  try {
    await createTeam(page, 'Platform', [pat.personId]);
    // A cycle starting in ten days: its drafts were due four days ago, and Platform has none.
    await call(page, 'POST', '/api/v1/cycles', {
      name: 'Next sprint',
      horizonId: await horizonId(page, 'quarter'),
      startDate: day(10),
      endDate: day(60),
    });

    await pat.page.goto('/inbox');
    const owed = pat.page.getByRole('region', { name: 'Planning milestones you owe' });
    await expect(owed).toBeVisible();
    await expect(owed.getByRole('listitem')).toContainText('Missed: the drafts of Platform for Next sprint');
    await expectAccessible(pat.page, 'the inbox with a missed milestone');
    await owed.getByRole('link', { name: 'Next sprint' }).click();
    await expect(pat.page).toHaveURL(/\/planning\?cycle=/);
  } finally {
    await pat.context.close();
  }
});
