import { describe, expect, it } from 'vitest';
import { returnPath } from './return-path.js';

describe('where signing in leads', () => {
  it('back to the page of this app the person was turned away from', () => {
    expect(returnPath({ from: '/promises/abc?tab=history' })).toBe('/promises/abc?tab=history');
  });

  it('home when there was no such page', () => {
    expect(returnPath(null)).toBe('/');
    expect(returnPath(undefined)).toBe('/');
    expect(returnPath({})).toBe('/');
    expect(returnPath({ from: 42 })).toBe('/');
  });

  it('never to another site', () => {
    expect(returnPath({ from: 'https://evil.example/' })).toBe('/');
    expect(returnPath({ from: '//evil.example/path' })).toBe('/');
    expect(returnPath({ from: 'promises' })).toBe('/');
  });
});
