import * as endpoints from '../../contract/endpoints/invitations.js';
import type { Invitation } from '../../contract/invitations.js';
import { defineCommand } from '../command.js';
import { type Column, formatTable } from '../output.js';
import { pageNote, pageOptions, pageQuery } from '../page-options.js';
import { defineGroup } from '../registry.js';

const invitationColumns: readonly Column<Invitation>[] = [
  { header: 'email', value: (invitation) => invitation.email },
  { header: 'role', value: (invitation) => invitation.role },
  { header: 'status', value: (invitation) => invitation.status },
  { header: 'expires', value: (invitation) => invitation.expiresAt },
  { header: 'id', value: (invitation) => invitation.id },
];

const listInvitations = defineCommand({
  path: ['invitations', 'list'],
  summary: 'List the invitations neither accepted nor revoked: pending, or expired',
  options: { ...pageOptions },
  examples: ['accord invitations list', 'accord invitations list --json'],
  async run({ options, connect, out }) {
    const client = await connect();
    const list = await client.call(endpoints.listInvitations, {
      query: { unanswered: 'true', ...pageQuery(options) },
    });
    out.print(list, ({ invitations }) =>
      invitations.length > 0
        ? formatTable(invitations, invitationColumns) + pageNote(list, invitations.length, 'invitations')
        : 'No invitations are waiting for an answer.',
    );
  },
});

const resendInvitation = defineCommand({
  path: ['invitations', 'resend'],
  summary: 'Resend an invitation with a new link, valid anew; the old link stops working',
  arguments: [{ name: 'id', isRequired: true, description: "The invitation's id (accord invitations list)" }],
  async run({ args, connect, out }) {
    const client = await connect();
    const resent = await client.call(endpoints.resendInvitation, { body: { id: args.id } });
    out.print(resent, () =>
      [
        resent.emailed
          ? `Accord emails a new link to ${resent.invitation.email}.`
          : `Email is off: send ${resent.invitation.email} the new link.`,
        `Link (until ${resent.invitation.expiresAt}): ${resent.link}`,
      ].join('\n'),
    );
  },
});

const revokeInvitation = defineCommand({
  path: ['invitations', 'revoke'],
  summary: 'Revoke a pending invitation: its link stops working',
  arguments: [{ name: 'id', isRequired: true, description: "The invitation's id (accord invitations list)" }],
  async run({ args, connect, out }) {
    const client = await connect();
    await client.call(endpoints.revokeInvitation, { params: { id: args.id } });
    out.print({ ok: true }, () => `Revoked invitation ${args.id}.`);
  },
});

export const invitations = defineGroup('invitations', 'Invitations to join the organization', [
  listInvitations,
  resendInvitation,
  revokeInvitation,
]);
