import { describe, expect, it } from 'vitest';
import { applyMove } from './apply-move.js';
import { examplePromises, exampleTerms } from './examples.js';
import { reviseDraft } from './revise-draft.js';
import { newDraft } from './state.js';

describe('preparing a draft', () => {
  it('lets the drafting side edit the terms before opening it', () => {
    const result = reviseDraft(newDraft('performer', exampleTerms), { title: 'Faster mobile checkout' });
    expect(result.ok && result.state.terms.title).toBe('Faster mobile checkout');
    expect(result.ok && result.state.version).toBe(2);
  });

  it('refuses an opening made against a version from before the last edit', () => {
    const draft = newDraft('customer', exampleTerms);
    const revised = reviseDraft(draft, { dueDate: '2026-05-31' });
    if (!revised.ok) throw new Error(revised.refusal.message);
    const opened = applyMove(revised.state, {
      act: 'request',
      by: 'customer',
      at: '2026-01-05T09:00:00Z',
      version: 1,
    });
    expect(opened.ok ? 'accepted' : opened.refusal.code).toBe('stale-version');
  });

  it('refuses an edit that changes nothing', () => {
    const result = reviseDraft(newDraft('customer', exampleTerms), { dueDate: exampleTerms.dueDate });
    expect(result.ok ? 'accepted' : result.refusal.code).toBe('changes-required');
  });

  it('is over once the promise is opened: terms then change by counter or renegotiate', () => {
    const result = reviseDraft(examplePromises.requested, { title: 'Sneaky edit' });
    expect(result.ok ? 'accepted' : result.refusal.code).toBe('not-allowed-in-state');
  });
});
