import { LoginBody, Me, SignupAnswer, SignupBody, SignupConfirmBody } from '../auth.js';
import { defineEndpoint, NoContent } from './endpoint.js';

export const signUp = defineEndpoint({
  operationId: 'signUp',
  method: 'POST',
  path: '/api/v1/auth/signup',
  summary:
    'Create an organization and its owner and sign the owner in; where the instance sends email, email a link that does it instead',
  tags: ['auth'],
  access: 'public',
  body: SignupBody,
  responses: { 201: SignupAnswer },
  errors: [400, 403, 409, 429],
});

/** Follows the link a sign-up emailed: makes the account and its organization, and signs in. */
export const confirmSignUp = defineEndpoint({
  operationId: 'confirmSignUp',
  method: 'POST',
  path: '/api/v1/auth/signup/confirm',
  summary: 'Finish a sign-up with the link it emailed, and sign the owner in',
  tags: ['auth'],
  access: 'public',
  body: SignupConfirmBody,
  responses: { 201: Me },
  errors: [400, 403, 404, 409, 429],
});

export const logIn = defineEndpoint({
  operationId: 'logIn',
  method: 'POST',
  path: '/api/v1/auth/login',
  summary: 'Sign in with email and password',
  tags: ['auth'],
  access: 'public',
  body: LoginBody,
  responses: { 200: Me },
  errors: [400, 401, 403, 429],
});

/** Public: signing out twice, or with an expired session, still clears the cookies. */
export const logOut = defineEndpoint({
  operationId: 'logOut',
  method: 'POST',
  path: '/api/v1/auth/logout',
  summary: 'End this session',
  tags: ['auth'],
  access: 'public',
  responses: { 204: NoContent },
  errors: [403],
});
