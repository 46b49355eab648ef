import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { registerSecurityHeaders } from './security-headers.js';

describe('the security headers', () => {
  async function headersOf(hsts: boolean) {
    const app = Fastify();
    registerSecurityHeaders(app, { hsts });
    app.get('/page', async () => ({ ok: true }));
    try {
      return (await app.inject({ url: '/page' })).headers;
    } finally {
      await app.close();
    }
  }

  it('forbid framing, sniffing and foreign scripts on every response, request after request', async () => {
    const app = Fastify();
    registerSecurityHeaders(app, { hsts: false });
    app.get('/page', async () => ({ ok: true }));
    for (let i = 0; i < 3; i++) {
      const { headers } = await app.inject({ url: '/page' });
      expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(headers['content-security-policy']).toContain("object-src 'none'");
      expect(headers['content-security-policy']).not.toContain('upgrade-insecure-requests');
      expect(headers['x-content-type-options']).toBe('nosniff');
    }
    await app.close();
  });

  it('ask browsers for https only when Accord is served over https', async () => {
    expect((await headersOf(true))['strict-transport-security']).toMatch(/max-age=\d+/);
    expect((await headersOf(false))['strict-transport-security']).toBeUndefined();
  });
});
