import { expect, test } from './fixtures.js';
import { AppShell } from './pages/app-shell.js';
import { InboxPage } from './pages/inbox-page.js';
import { SignInPage } from './pages/sign-in-page.js';
import { expectAccessible } from './support/axe.js';

test('a person signs in and finds their way with the keyboard alone', async ({ page, owner }) => {
  await new AppShell(page).signOut();
  await expect(new SignInPage(page).heading).toBeVisible();
  await expectAccessible(page, 'the sign-in page');

  // Tab into the form, type, and press Enter: no pointer anywhere.
  const email = page.getByRole('textbox', { name: /^Email/ });
  const password = page.getByRole('textbox', { name: /^Password/ });
  for (
    let i = 0;
    i < 10 && !(await email.evaluate((node) => node === node.ownerDocument.activeElement));
    i += 1
  ) {
    await page.keyboard.press('Tab');
  }
  await expect(email).toBeFocused();
  await page.keyboard.type(owner.email);
  await page.keyboard.press('Tab');
  await expect(password).toBeFocused();
  await page.keyboard.type(owner.password);
  await page.keyboard.press('Enter');
  await expect(new InboxPage(page).welcome('Grace')).toBeVisible();

  // The first Tab on a page offers to skip the navigation.
  await page.reload();
  await expect(new InboxPage(page).welcome('Grace')).toBeVisible();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();

  // The navigation is a list of links reached and followed by keyboard.
  const teams = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Teams' });
  for (
    let i = 0;
    i < 20 && !(await teams.evaluate((node) => node === node.ownerDocument.activeElement));
    i += 1
  ) {
    await page.keyboard.press('Tab');
  }
  await expect(teams).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Teams', level: 1 })).toBeVisible();
});
