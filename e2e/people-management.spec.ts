import { expect, test } from './fixtures.js';
import { AcceptInvitationPage } from './pages/accept-invitation-page.js';
import { AppShell } from './pages/app-shell.js';
import { InboxPage } from './pages/inbox-page.js';
import { PeoplePage } from './pages/people-page.js';
import { TeamsPage } from './pages/teams-page.js';
import { expectAccessible } from './support/axe.js';

test('an owner invites a viewer, who reads but cannot manage, then changes their role and removes them', async ({
  page,
  browser,
  baseURL,
  owner,
}) => {
  // Two people, an invitation revoked and one accepted, a role changed and a removal: the whole
  // life of a membership, longer than the default minute on a busy two-core machine.
  test.slow();
  const shell = new AppShell(page);
  await shell.goTo('People');
  const people = new PeoplePage(page);

  // An invitation sent by mistake is revoked; its link stops working.
  const mistakenLink = await people.invite('wrong@acme.test');
  await people.revokeInvitation('wrong@acme.test');
  await expect(people.pendingInvitation('wrong@acme.test')).toBeHidden();
  await expectAccessible(page, 'the people page');

  const link = await people.invite('kay@acme.test', 'Viewer');
  const viewerContext = await browser.newContext({ baseURL });
  try {
    const viewerPage = await viewerContext.newPage();
    await viewerPage.goto(mistakenLink);
    await expect(viewerPage.getByText('This invitation is revoked; ask for a new one')).toBeVisible();

    const invitation = new AcceptInvitationPage(viewerPage);
    await invitation.open(link, owner.organizationName);
    await expectAccessible(viewerPage, 'the invitation page');
    await invitation.joinAsNewcomer(owner.organizationName, 'Kay Nguyen', 'read only please');
    await expect(new InboxPage(viewerPage).membership('a viewer', owner.organizationName)).toBeVisible();

    // A viewer sees everyone, and no control they could not use.
    const viewerShell = new AppShell(viewerPage);
    await viewerShell.goTo('People');
    const viewerPeople = new PeoplePage(viewerPage);
    await expect(viewerPeople.member(owner.name)).toContainText('Owner');
    await expectAccessible(viewerPage, 'the people page, as a viewer');
    await expect(viewerPage.getByRole('button', { name: 'Invite person' })).toBeHidden();
    await expect(viewerPage.getByRole('combobox', { name: /^Role of/ })).toHaveCount(0);
    await viewerShell.goTo('Teams');
    await expect(new TeamsPage(viewerPage).heading).toBeVisible();
    await expect(viewerPage.getByRole('button', { name: 'Create team' })).toHaveCount(0);
  } finally {
    await viewerContext.close();
  }

  await page.reload();
  await expect(people.member('Kay Nguyen')).toBeVisible();
  await people.changeRole('Kay Nguyen', 'Admin');
  await page.reload();
  await expect(people.roleOf('Kay Nguyen')).toHaveValue('Admin');

  await people.remove('Kay Nguyen');
  await expect(people.member('Kay Nguyen')).toBeHidden();
  await expect(people.members.getByRole('rowheader')).toHaveCount(1);
});
