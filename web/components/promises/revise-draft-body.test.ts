import { describe, expect, it } from 'vitest';
import type { Terms } from '../../../contract/promises.js';
import { draftFieldOf, toReviseDraftBody, validateDraftRevision } from './revise-draft-body.js';
import { termsDraftOf } from './terms-change.js';

const terms: Terms = { title: 'Single sign-on', description: '', dueDate: '2031-12-31', conditions: [] };
const draft = { version: 2, terms, tags: ['security'] };

describe('a draft’s revision, validated by ReviseDraftBody', () => {
  it('sends only what changed, against the version it was read at', () => {
    expect(toReviseDraftBody(draft, { terms: termsDraftOf(terms), tags: ['security'] })).toEqual({
      version: 2,
    });
    expect(
      toReviseDraftBody(draft, { terms: { ...termsDraftOf(terms), title: 'SSO' }, tags: ['security', 'q1'] }),
    ).toEqual({ version: 2, title: 'SSO', tags: ['security', 'q1'] });
  });

  it('shows the contract’s messages under the fields it shares with the counter dialog', () => {
    expect(
      validateDraftRevision(draft, {
        terms: { ...termsDraftOf(terms), title: 'x'.repeat(201) },
        tags: ['security', '!nope'],
      }),
    ).toEqual({
      'changes.title': 'Must have at most 200 characters',
      'changes.tags': 'Use letters, digits, spaces, - and _',
    });
  });

  it('places the server’s issues the same way', () => {
    expect(draftFieldOf('conditions.0.keyResult.target')).toBe('changes.conditions.0.keyResult.target');
    expect(draftFieldOf('tags.3')).toBe('changes.tags');
  });
});
