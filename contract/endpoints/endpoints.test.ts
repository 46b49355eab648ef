import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { pathParameterNames, urlOf } from './endpoint.js';
import { endpoints } from './index.js';
import { getJob } from './setup.js';
import { revokeToken } from './tokens.js';

describe('the endpoint definitions', () => {
  it('give every endpoint its own operation id, and every method and path one endpoint', () => {
    const ids = endpoints.map((endpoint) => endpoint.operationId);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
    const routes = endpoints.map((endpoint) => `${endpoint.method} ${endpoint.path}`);
    expect(routes.filter((route, index) => routes.indexOf(route) !== index)).toEqual([]);
  });

  it('declare a schema for exactly the parameters their path names', () => {
    const mismatched = endpoints.filter((endpoint) => {
      const declared = endpoint.params instanceof z.ZodObject ? Object.keys(endpoint.params.shape) : [];
      return declared.sort().join() !== pathParameterNames(endpoint.path).sort().join();
    });
    expect(mismatched.map((endpoint) => endpoint.operationId)).toEqual([]);
  });
});

describe('the address of a call', () => {
  it('fills the path parameters, encoded, and leaves out empty filters', () => {
    expect(urlOf(revokeToken, { params: { id: 'a/b c' } })).toBe('/api/v1/tokens/a%2Fb%20c');
    expect(urlOf(getJob, { params: { id: 'j1' }, query: { a: 'x y', b: undefined, c: '', d: 2 } })).toBe(
      '/api/v1/jobs/j1?a=x+y&d=2',
    );
  });

  it('refuses to call an address with a parameter missing', () => {
    expect(() => urlOf(revokeToken, { params: { id: '' } })).toThrow(
      'revokeToken needs its path parameter id',
    );
  });
});
