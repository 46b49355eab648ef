import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ErrorResponse } from '../../contract/common.js';
import { PASSWORD, type SignedIn, signUpOwner } from '../test/factories.js';
import { Client, createTestApp, type TestApp, testEngines, unique } from '../test/harness.js';

/** A new account's password is refused, with the reason under the password field, when it is guessable. */
describe.each(testEngines())('new passwords on %s', (engine) => {
  let t: TestApp;
  let owner: SignedIn;
  beforeAll(async () => {
    t = await createTestApp(engine);
    owner = await signUpOwner(t.app);
  });
  afterAll(() => t.close());

  const expectRefused = (response: { status: number; body: unknown }, reason: string) => {
    expect(response.status).toBe(400);
    const { error } = response.body as ErrorResponse;
    expect(error.code).toBe('validation_failed');
    expect(error.message).toContain(`password ${reason}`);
    expect(error.details).toMatchObject({ kind: 'validation', issues: [{ path: 'password' }] });
  };

  const signUp = (email: string, password: string) =>
    new Client(t.app).post('/api/v1/auth/signup', {
      organizationName: unique('Org'),
      name: 'Ada',
      email,
      password,
    });
  const canSignIn = async (email: string, password: string) =>
    (await new Client(t.app).post('/api/v1/auth/login', { email, password })).status === 200;

  it('refuses at sign-up a password that is short, one repeated character, the email or common', async () => {
    const email = `${unique('ada')}@example.com`;
    expectRefused(await signUp(email, 'eleven char'), 'must have at least 12 characters');
    expectRefused(await signUp(email, 'z'.repeat(16)), 'cannot be one character repeated');
    expectRefused(await signUp(email, email.toUpperCase()), 'cannot be your email address');
    expectRefused(await signUp(email, 'password1234'), 'is too easy to guess');
    expectRefused(await signUp(email, 'qwertyuiop123'), 'is too easy to guess');
    expect(await canSignIn(email, 'password1234')).toBe(false);

    expect((await signUp(email, PASSWORD)).status).toBe(201);
    expect(await canSignIn(email, PASSWORD)).toBe(true);
  });

  it('refuses the same when a newcomer accepts an invitation, and lets them join with a good one', async () => {
    const email = `${unique('newcomer')}@example.com`;
    const invited = await owner.client.post<{ link: string }>('/api/v1/invitations', {
      email,
      role: 'member',
    });
    const token = invited.body.link.split('/invite/')[1];
    const accept = (password: string) =>
      new Client(t.app).post('/api/v1/invitations/accept', { token, name: 'Newcomer', password });

    expectRefused(await accept('short pass'), 'must have at least 12 characters');
    expectRefused(await accept(email), 'cannot be your email address');
    expectRefused(await accept('iloveyou2024'), 'is too easy to guess');
    expect(await canSignIn(email, 'iloveyou2024')).toBe(false);

    expect((await accept('a violet harbour at dawn')).status).toBe(200);
    expect(await canSignIn(email, 'a violet harbour at dawn')).toBe(true);
  });
});
