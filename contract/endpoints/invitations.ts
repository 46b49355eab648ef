import { IdParams } from '../common.js';
import {
  AcceptedInvitation,
  AcceptInvitationBody,
  CreatedInvitation,
  CreateInvitationBody,
  InvitationList,
  InvitationPreview,
  InvitationsQuery,
  InvitationTokenParams,
  ResendInvitationBody,
} from '../invitations.js';
import { defineEndpoint, NoContent } from './endpoint.js';

// Who may see, send or revoke invitations (owners and admins, within their role) is the policy
// table's, which the service enforces.

export const listInvitations = defineEndpoint({
  operationId: 'listInvitations',
  method: 'GET',
  path: '/api/v1/invitations',
  summary: 'Invitations of the organization (owners and admins)',
  tags: ['invitations'],
  access: 'member',
  query: InvitationsQuery,
  responses: { 200: InvitationList },
  errors: [400, 401, 403],
});

export const invitePerson = defineEndpoint({
  operationId: 'invitePerson',
  method: 'POST',
  path: '/api/v1/invitations',
  summary: 'Invite a person by email; the link is returned to pass on',
  tags: ['invitations'],
  access: 'member',
  body: CreateInvitationBody,
  responses: { 201: CreatedInvitation },
  errors: [400, 401, 403, 409],
});

export const revokeInvitation = defineEndpoint({
  operationId: 'revokeInvitation',
  method: 'DELETE',
  path: '/api/v1/invitations/:id',
  summary: 'Revoke a pending invitation',
  tags: ['invitations'],
  access: 'member',
  params: IdParams,
  responses: { 204: NoContent },
  errors: [401, 403, 404, 409],
});

export const resendInvitation = defineEndpoint({
  operationId: 'resendInvitation',
  method: 'POST',
  // Not /invitations/:id/resend, which would read the same as /invitations/preview/:token.
  path: '/api/v1/invitations/resend',
  summary: 'Resend a pending or expired invitation with a new link and lifetime; the old link stops working',
  tags: ['invitations'],
  access: 'member',
  body: ResendInvitationBody,
  responses: { 200: CreatedInvitation },
  errors: [400, 401, 403, 404, 409],
});

/** Public: whoever holds the link may see what it invites to, before they sign in or up. */
export const previewInvitation = defineEndpoint({
  operationId: 'previewInvitation',
  method: 'GET',
  path: '/api/v1/invitations/preview/:token',
  summary: 'What an invitation link invites to',
  tags: ['invitations'],
  access: 'public',
  params: InvitationTokenParams,
  responses: { 200: InvitationPreview },
  errors: [404, 409],
});

/** Public: a newcomer accepts by creating their account; a signed-in person joins as themselves. */
export const acceptInvitation = defineEndpoint({
  operationId: 'acceptInvitation',
  method: 'POST',
  path: '/api/v1/invitations/accept',
  summary: 'Accept an invitation, signed in or by creating an account',
  tags: ['invitations'],
  access: 'public',
  body: AcceptInvitationBody,
  responses: { 200: AcceptedInvitation },
  errors: [400, 403, 404, 409, 429],
});
