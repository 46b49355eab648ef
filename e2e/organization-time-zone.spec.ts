import { expect, test } from './fixtures.js';
import { DigestPage } from './pages/digest-page.js';
import { expectAccessible } from './support/axe.js';

test('an owner moves the organization to its own time zone for the summary and the digest', async ({
  page,
  owner: _owner,
}) => {
  const digest = new DigestPage(page);
  await digest.open();
  await expect(digest.timeZone).toHaveValue('UTC');
  await expectAccessible(page, 'the weekly digest page with the time zone', { exclude: 'iframe' });

  await digest.timeZone.click();
  await expectAccessible(page, 'the time zone list open', { exclude: 'iframe' });
  await digest.chooseTimeZone('Auckl', 'Pacific/Auckland');
  await expect(
    page.getByRole('alert').filter({ hasText: 'The organization is now on Pacific/Auckland time' }),
  ).toBeVisible();

  await page.reload();
  await expect(digest.timeZone).toHaveValue('Pacific/Auckland');
  await expect(digest.timeZoneForm.getByRole('button', { name: 'Save time zone' })).toBeDisabled();
});
