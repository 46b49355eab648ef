import { expect, test } from './fixtures.js';
import { InboxPage } from './pages/inbox-page.js';
import { expectAccessible } from './support/axe.js';

/** Fills and sends the sign-up form on `page`, as a newcomer to this instance would. */
async function signUp(page: import('@playwright/test').Page, email: string) {
  await page.goto('/sign-up');
  await page.getByLabel('Organization name').fill('Globex');
  await page.getByLabel('Your name').fill('Hank Scorpio');
  await page.getByLabel('Email').fill(email);
  await page.getByRole('textbox', { name: 'Password' }).fill('volcano lair since 1996');
  await page.getByRole('button', { name: 'Create organization' }).click();
  await expect(page.getByRole('status')).toContainText('Check your email');
}

test('a newcomer signs up from the emailed link, and a known address is told instead of revealed', async ({
  browser,
  baseURL,
  owner,
  mailbox,
}) => {
  const context = await browser.newContext({ baseURL });
  try {
    const page = await context.newPage();
    // A new address and a known one get the same answer on the page…
    await signUp(page, 'hank@globex.test');
    await expectAccessible(page, 'the sign-up page, waiting for the email');
    await signUp(page, owner.email);

    // …and different emails: the owner of the known address is told someone tried.
    await expect.poll(() => mailbox.to(owner.email).length, { timeout: 15_000 }).toBe(1);
    expect(mailbox.to(owner.email)[0]?.subject).toMatch(/tried to sign up/i);
    await expect.poll(() => mailbox.to('hank@globex.test').length, { timeout: 15_000 }).toBe(1);
    const link = /Finish signing up: (\S+)/.exec(mailbox.to('hank@globex.test')[0]?.text ?? '')?.[1];
    expect(link).toMatch(/\/sign-up\/confirm\//);

    // The link asks before it creates anything, then signs the newcomer in to their organization.
    await page.goto(new URL(link!).pathname);
    await expect(page.getByRole('heading', { name: 'Finish signing up' })).toBeVisible();
    await expectAccessible(page, 'the page of the emailed link');
    await page.getByRole('button', { name: 'Create my account' }).click();
    await expect(new InboxPage(page).heading).toBeVisible();

    // The link works once.
    await page.context().clearCookies();
    await page.goto(new URL(link!).pathname);
    await page.getByRole('button', { name: 'Create my account' }).click();
    await expect(page.getByRole('alert')).toContainText(/used/i);
  } finally {
    await context.close();
  }
});
