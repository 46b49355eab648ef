import { Me } from '../auth.js';
import { IdParams } from '../common.js';
import {
  ChangeEmailBody,
  ChangeNameBody,
  ChangePasswordBody,
  ConfirmEmailBody,
  DeleteAccountBody,
  EmailChangeRequested,
  EmailConfirmed,
  ForgotPasswordBody,
  ResetPasswordBody,
} from '../my-account.js';
import { defineEndpoint, NoContent } from './endpoint.js';

// The signed-in person's own account: what only they may change, each with the proof it calls for.

export const changeMyName = defineEndpoint({
  operationId: 'changeMyName',
  method: 'PATCH',
  path: '/api/v1/me',
  summary: 'Change the name I am shown under',
  tags: ['me'],
  access: 'person',
  body: ChangeNameBody,
  responses: { 200: Me },
  errors: [400, 401],
});

export const changeMyPassword = defineEndpoint({
  operationId: 'changeMyPassword',
  method: 'PUT',
  path: '/api/v1/me/password',
  summary: 'Change my password (the current one required); my other sessions end',
  tags: ['me'],
  access: 'person',
  body: ChangePasswordBody,
  responses: { 204: NoContent },
  errors: [400, 401],
});

export const changeMyEmail = defineEndpoint({
  operationId: 'changeMyEmail',
  method: 'POST',
  path: '/api/v1/me/email',
  summary: 'Ask to change my email: a link is emailed to the new address, which takes effect when followed',
  tags: ['me'],
  access: 'person',
  body: ChangeEmailBody,
  responses: { 202: EmailChangeRequested },
  errors: [400, 401, 409],
});

/** Public: the link may be opened in a browser where the person is not signed in. */
export const confirmEmail = defineEndpoint({
  operationId: 'confirmEmail',
  method: 'POST',
  path: '/api/v1/auth/confirm-email',
  summary: 'Follow an emailed link that confirms a new email address',
  tags: ['auth'],
  access: 'public',
  body: ConfirmEmailBody,
  responses: { 200: EmailConfirmed },
  errors: [400, 404, 409, 429],
});

export const leaveOrganization = defineEndpoint({
  operationId: 'leaveOrganization',
  method: 'DELETE',
  path: '/api/v1/me/organizations/:id',
  summary: 'Leave one of my organizations (its last owner may not)',
  tags: ['me'],
  access: 'person',
  params: IdParams,
  responses: { 204: NoContent },
  errors: [400, 401, 404, 409],
});

export const deleteMyAccount = defineEndpoint({
  operationId: 'deleteMyAccount',
  method: 'POST',
  path: '/api/v1/me/deletion',
  summary: 'Delete my account (the password required); my promises and moves stay, under "Former member"',
  tags: ['me'],
  access: 'person',
  body: DeleteAccountBody,
  responses: { 204: NoContent },
  errors: [400, 401, 409],
});

/** Public, and the same answer whether or not an account has the email. */
export const forgotPassword = defineEndpoint({
  operationId: 'forgotPassword',
  method: 'POST',
  path: '/api/v1/auth/forgot-password',
  summary: 'Email a link to choose a new password, if an account has this email',
  tags: ['auth'],
  access: 'public',
  body: ForgotPasswordBody,
  responses: { 204: NoContent },
  errors: [400, 409, 429],
});

export const resetPassword = defineEndpoint({
  operationId: 'resetPassword',
  method: 'POST',
  path: '/api/v1/auth/reset-password',
  summary: 'Choose a new password with an emailed link (once); every session of the account ends',
  tags: ['auth'],
  access: 'public',
  body: ResetPasswordBody,
  responses: { 204: NoContent },
  errors: [400, 404, 409, 429],
});
