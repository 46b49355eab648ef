import { expect, test } from './fixtures.js';
import { AcceptInvitationPage } from './pages/accept-invitation-page.js';
import { AppShell } from './pages/app-shell.js';
import { InboxPage } from './pages/inbox-page.js';
import { PeoplePage } from './pages/people-page.js';
import { TeamPage } from './pages/team-page.js';
import { TeamsPage } from './pages/teams-page.js';
import { expectAccessible } from './support/axe.js';

test('an owner invites a newcomer, creates a team, adds the newcomer and makes them lead', async ({
  page,
  browser,
  baseURL,
  owner,
}) => {
  const shell = new AppShell(page);
  await shell.goTo('People');
  const people = new PeoplePage(page);
  const link = await people.invite('alan@acme.test');
  await expect(people.pendingInvitation('alan@acme.test')).toBeVisible();

  // The newcomer opens the link in their own browser and joins with a name and a password.
  const newcomerContext = await browser.newContext({ baseURL });
  try {
    const newcomerPage = await newcomerContext.newPage();
    const invitation = new AcceptInvitationPage(newcomerPage);
    await invitation.open(link, owner.organizationName);
    await invitation.joinAsNewcomer(owner.organizationName, 'Alan Turing', 'enigma machine 1912');
    const newcomerHome = new InboxPage(newcomerPage);
    await expect(newcomerHome.welcome('Alan')).toBeVisible();
    await expect(newcomerHome.membership('a member', owner.organizationName)).toBeVisible();
  } finally {
    await newcomerContext.close();
  }

  await page.reload();
  await expect(people.member('Alan Turing')).toContainText('alan@acme.test');
  await expect(people.pendingInvitation('alan@acme.test')).toBeHidden();

  await shell.goTo('Teams');
  const teams = new TeamsPage(page);
  await teams.createTeam('Propulsion', 'Builds the engines.');
  const team = new TeamPage(page);
  await expect(team.heading('Propulsion')).toBeVisible();

  await team.addMember('Alan Turing');
  await expect(team.member('Alan Turing')).toContainText('Member');
  await team.makeLead('Alan Turing');
  await expect(team.member('Alan Turing')).toContainText('Lead');
  await expectAccessible(page, 'a team page');

  // The lead shows everywhere the team does.
  await page.reload();
  await expect(team.member('Alan Turing')).toContainText('Lead');
  await shell.goTo('Teams');
  await expect(teams.teams.getByRole('row').filter({ hasText: 'Propulsion' })).toContainText('Alan Turing');
});
