import { expect, test } from './fixtures.js';
import { AcceptInvitationPage } from './pages/accept-invitation-page.js';
import { AppShell } from './pages/app-shell.js';
import { InboxPage } from './pages/inbox-page.js';
import { PeoplePage } from './pages/people-page.js';
import { expectAccessible } from './support/axe.js';
import { createFutureQuarter } from './support/planning-setup.js';
import { apiGet, call } from './support/promise-api.js';

test('an invited person joins from the email, and stops a kind of email from its link', async ({
  page,
  browser,
  baseURL,
  owner,
  mailbox,
}) => {
  await new AppShell(page).goTo('People');
  await new PeoplePage(page).invite('ada@acme.test');

  // The invitation arrives by email, with the link to join.
  await expect.poll(() => mailbox.to('ada@acme.test').length, { timeout: 15_000 }).toBe(1);
  const [invitation] = mailbox.to('ada@acme.test');
  expect(invitation?.subject).toBe(`${owner.name} invites you to ${owner.organizationName} on Accord`);
  const link = /Accept the invitation: (\S+)/.exec(invitation?.text ?? '')?.[1];
  expect(link).toMatch(/\/invite\//);

  const adaContext = await browser.newContext({ baseURL });
  try {
    const ada = await adaContext.newPage();
    const accept = new AcceptInvitationPage(ada);
    await accept.open(new URL(link!).pathname, owner.organizationName);
    await accept.joinAsNewcomer(owner.organizationName, 'Ada Lovelace', 'analytical engine');
    await expect(new InboxPage(ada).membership('a member', owner.organizationName)).toBeVisible();
    const adaId = (await apiGet<{ person: { id: string } }>(ada, '/api/v1/me')).person.id;

    // Grace asks something of Ada: Ada's default is the bell and an email.
    const quarter = await createFutureQuarter(page);
    await call(page, 'POST', '/api/v1/promises', {
      cycleId: quarter.id,
      customer: { type: 'person', id: owner.personId },
      performers: [{ type: 'person', id: adaId }],
      title: 'Translate the notes',
      dueDate: quarter.endDate,
      open: 'request',
    });
    const asks = () => mailbox.to('ada@acme.test').filter((m) => m.subject?.startsWith('Asked of you'));
    await expect.poll(() => asks().length, { timeout: 15_000 }).toBe(1);
    const stop = /Stop these emails: (\S+)/.exec(asks()[0]?.text ?? '')?.[1];
    expect(stop).toMatch(/\/unsubscribe\//);

    // The email's link asks before it stops anything.
    await ada.goto(new URL(stop!).pathname);
    await expect(ada.getByRole('heading', { name: 'Stop these emails' })).toBeVisible();
    await expectAccessible(ada, 'the unsubscribe page');
    await ada.getByRole('button', { name: 'Stop these emails' }).click();
    await expect(ada.getByRole('status')).toContainText(
      `no more emails of this kind from ${owner.organizationName}`,
    );

    await ada.goto('/account');
    const choice = ada.getByRole('combobox', { name: 'Where: Someone asks something of you' });
    await expect(choice).toHaveValue('app');
    await expectAccessible(ada, 'the account page with notification settings');
    // Ada turns the answers to her questions into email too.
    await ada.getByRole('combobox', { name: 'Where: An answer to your question' }).selectOption('email');
    await ada.reload();
    await expect(ada.getByRole('combobox', { name: 'Where: An answer to your question' })).toHaveValue(
      'email',
    );
  } finally {
    await adaContext.close();
  }
});
