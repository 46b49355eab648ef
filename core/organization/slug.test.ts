import { describe, expect, it } from 'vitest';
import { firstFreeSlug, slugify } from './slug.js';

describe('slugify', () => {
  it('folds accents, case and punctuation into dashes', () => {
    expect(slugify('Ünïcorn Works, Inc.')).toBe('unicorn-works-inc');
  });
  it('never returns an empty slug', () => {
    expect(slugify('!!!')).toBe('organization');
  });
  it('picks the first free numbered slug', () => {
    expect(firstFreeSlug('acme', new Set())).toBe('acme');
    expect(firstFreeSlug('acme', new Set(['acme', 'acme-2']))).toBe('acme-3');
  });
});
