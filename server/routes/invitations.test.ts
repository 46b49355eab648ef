import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CreatedInvitation, Invitation } from '../../contract/invitations.js';

type InvitationList = { invitations: Invitation[] };

import { deliverDueEmails } from '../services/email/delivery.js';
import { addMember, signUpOwner } from '../test/factories.js';
import { Client, createTestApp, type TestApp, testEngines, unique } from '../test/harness.js';
import { type Mailbox, startMailbox } from '../test/mailbox.js';

type Refusal = { error: { message: string } };

const tokenOf = (link: string) => link.split('/invite/')[1]!;

describe.each(testEngines())('invitations that expire, are resent and revoked on %s', (engine) => {
  let t: TestApp;
  let mailbox: Mailbox;
  beforeAll(async () => {
    mailbox = await startMailbox();
    t = await createTestApp(engine, { smtpUrl: mailbox.url, mailFrom: 'Accord <accord@example.test>' });
  });
  afterAll(async () => {
    await t.close();
    await mailbox.close();
  });

  it('resends an invitation with a new emailed link; the old link stops working', async () => {
    const owner = await signUpOwner(t.app, 'resender');
    const email = `${unique('invitee')}@example.com`;
    const first = await owner.client.post<CreatedInvitation>('/api/v1/invitations', {
      email,
      role: 'member',
    });
    expect(first.body.invitation.can.resend).toBe(true);

    const resent = await owner.client.post<CreatedInvitation>('/api/v1/invitations/resend', {
      id: first.body.invitation.id,
    });
    expect(resent.status).toBe(200);
    expect(resent.body.emailed).toBe(true);
    expect(resent.body.link).not.toBe(first.body.link);
    expect(resent.body.invitation).toMatchObject({ id: first.body.invitation.id, status: 'pending' });

    await deliverDueEmails(t.ctx, { organizationIds: [owner.organizationId] });
    const messages = mailbox.to(email);
    expect(messages).toHaveLength(2);
    // Both emails leave in one delivery run, in no promised order: one carries each link.
    const links = messages.map((message) =>
      [first.body.link, resent.body.link].find((l) => message.text?.includes(l)),
    );
    expect(links.sort()).toEqual([first.body.link, resent.body.link].sort());

    const old = await new Client(t.app).get(`/api/v1/invitations/preview/${tokenOf(first.body.link)}`);
    expect(old.status).toBe(404);
    const joined = await new Client(t.app).post('/api/v1/invitations/accept', {
      token: tokenOf(resent.body.link),
      name: 'Invited Person',
      password: 'a long enough passphrase',
    });
    expect(joined.status).toBe(200);
    // Accepted, it is done with.
    const late = await owner.client.post<Refusal>('/api/v1/invitations/resend', {
      id: first.body.invitation.id,
    });
    expect(late.status).toBe(409);
    expect(late.body.error.message).toMatch(/accepted/);
  });

  it('says an expired link has expired, and resending it gives it a new lifetime', async () => {
    t.clock.set('2027-01-04T09:00:00Z');
    try {
      const owner = await signUpOwner(t.app, 'expiring');
      const email = `${unique('slow')}@example.com`;
      const invited = await owner.client.post<CreatedInvitation>('/api/v1/invitations', {
        email,
        role: 'viewer',
      });
      expect(invited.body.invitation.expiresAt).toMatch(/^2027-01-18T09:00/);

      t.clock.set('2027-01-19T09:00:00Z');
      const preview = await new Client(t.app).get<Refusal>(
        `/api/v1/invitations/preview/${tokenOf(invited.body.link)}`,
      );
      expect(preview.status).toBe(409);
      expect(preview.body.error.message).toMatch(/expired/);
      const listed = (await owner.client.get<InvitationList>('/api/v1/invitations')).body.invitations;
      expect(listed[0]).toMatchObject({ status: 'expired', can: { resend: true, revoke: false } });

      const resent = await owner.client.post<CreatedInvitation>('/api/v1/invitations/resend', {
        id: invited.body.invitation.id,
      });
      expect(resent.status).toBe(200);
      expect(resent.body.invitation.expiresAt).toMatch(/^2027-02-02T09:00/);
      expect(
        (await new Client(t.app).get(`/api/v1/invitations/preview/${tokenOf(resent.body.link)}`)).status,
      ).toBe(200);
    } finally {
      t.clock.reset();
    }
  });

  it('revokes an invitation, after which it can be neither resent nor accepted', async () => {
    const owner = await signUpOwner(t.app, 'revoker');
    const invited = await owner.client.post<CreatedInvitation>('/api/v1/invitations', {
      email: `${unique('unwanted')}@example.com`,
      role: 'member',
    });
    const id = invited.body.invitation.id;
    expect((await owner.client.delete(`/api/v1/invitations/${id}`)).status).toBe(204);
    expect((await owner.client.post('/api/v1/invitations/resend', { id: id })).status).toBe(409);
    expect((await owner.client.delete(`/api/v1/invitations/${id}`)).status).toBe(409);
    expect(
      (await new Client(t.app).get(`/api/v1/invitations/preview/${tokenOf(invited.body.link)}`)).status,
    ).toBe(409);
  });

  it('never resends or revokes another organization’s invitation, nor lets a member do either', async () => {
    const owner = await signUpOwner(t.app, 'tenant-a');
    const other = await signUpOwner(t.app, 'tenant-b');
    const member = await addMember(t.app, owner, 'member', 'plain-member');
    const theirs = await other.client.post<CreatedInvitation>('/api/v1/invitations', {
      email: `${unique('theirs')}@example.com`,
      role: 'member',
    });
    const id = theirs.body.invitation.id;
    expect((await owner.client.post('/api/v1/invitations/resend', { id: id })).status).toBe(404);
    expect((await owner.client.delete(`/api/v1/invitations/${id}`)).status).toBe(404);

    const ours = await owner.client.post<CreatedInvitation>('/api/v1/invitations', {
      email: `${unique('ours')}@example.com`,
      role: 'member',
    });
    expect(
      (await member.client.post('/api/v1/invitations/resend', { id: ours.body.invitation.id })).status,
    ).toBe(403);
    expect((await member.client.delete(`/api/v1/invitations/${ours.body.invitation.id}`)).status).toBe(403);
    // Their link still works: nothing was changed by the refusals.
    expect(
      (await new Client(t.app).get(`/api/v1/invitations/preview/${tokenOf(theirs.body.link)}`)).status,
    ).toBe(200);
    expect((await owner.client.post('/api/v1/invitations/resend', { id: 'not-an-id' })).status).toBe(404);
  });
});
