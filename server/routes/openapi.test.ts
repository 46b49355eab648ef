import { createConfig, lintFromString } from '@redocly/openapi-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test/harness.js';

describe('the OpenAPI document', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp('sqlite');
  });
  afterAll(() => t.close());

  it('is published and passes the Redocly linter with its recommended rules', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(response.statusCode).toBe(200);
    const document = response.json();
    // Health and setup answer every well-formed request: they have no 4xx to document. The sign-in
    // with an identity provider answers a browser with 303s, not a 2xx.
    const config = await createConfig({
      extends: ['recommended'],
      rules: { 'operation-4xx-response': 'off', 'operation-2xx-response': 'off' },
    });
    const problems = await lintFromString({ source: JSON.stringify(document), config });
    const described = problems.map(
      (p) => `${p.severity} ${p.ruleId}: ${p.message} at ${p.location[0]?.pointer}`,
    );
    expect(described).toEqual([]);
  });

  it('describes every route the issue names, with schemas', async () => {
    const document = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    const operations = Object.entries(document.paths as Record<string, Record<string, unknown>>).flatMap(
      ([path, methods]) => Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`),
    );
    expect(operations).toEqual(
      expect.arrayContaining([
        'POST /api/v1/auth/signup',
        'POST /api/v1/auth/login',
        'POST /api/v1/auth/logout',
        'GET /api/v1/me',
        'POST /api/v1/tokens',
        'DELETE /api/v1/tokens/{id}',
        'GET /api/v1/teams',
        'POST /api/v1/teams',
        'GET /api/v1/teams/{id}',
        'PATCH /api/v1/teams/{id}',
        'DELETE /api/v1/teams/{id}',
        'GET /api/v1/people',
        'PATCH /api/v1/members/{id}',
        'POST /api/v1/invitations',
        'GET /api/health',
      ]),
    );
    expect(document.components.schemas.Team).toBeDefined();
    expect(document.components.schemas.Error).toBeDefined();
  });

  it('serves a browsable reference at /api/docs', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('swagger');
  });
});
