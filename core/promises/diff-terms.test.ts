import { describe, expect, it } from 'vitest';
import { diffTerms } from './diff-terms.js';
import { exampleTerms } from './examples.js';

const [conversion, wallets] = exampleTerms.conditions;

describe('what a proposal changes, side by side', () => {
  it('shows nothing for a proposal that repeats the agreed terms', () => {
    expect(diffTerms(exampleTerms, {})).toEqual([]);
    expect(
      diffTerms(exampleTerms, { title: exampleTerms.title, conditions: exampleTerms.conditions }),
    ).toEqual([]);
  });

  it('shows the concern and the due date, before and after', () => {
    expect(
      diffTerms(exampleTerms, { dueDate: '2026-09-30', description: 'Phones are 60% of traffic.' }),
    ).toEqual([
      { field: 'description', before: exampleTerms.description, after: 'Phones are 60% of traffic.' },
      { field: 'dueDate', before: '2026-06-30', after: '2026-09-30' },
    ]);
  });

  it('matches conditions by id: changed, removed and added', () => {
    const softer = { id: 'cos-1', text: 'Mobile checkout conversion from 1.8% to 2.2%' };
    const speed = { id: 'cos-3', text: 'Payment page loads in under a second' };
    expect(diffTerms(exampleTerms, { conditions: [softer, speed] })).toEqual([
      { field: 'conditions', change: 'changed', id: 'cos-1', before: conversion, after: softer },
      { field: 'conditions', change: 'removed', id: 'cos-2', before: wallets, after: null },
      { field: 'conditions', change: 'added', id: 'cos-3', before: null, after: speed },
    ]);
  });

  it('notices when the same conditions are put in a new order', () => {
    expect(diffTerms(exampleTerms, { conditions: [wallets, conversion] })).toEqual([
      { field: 'conditions', change: 'reordered', before: ['cos-1', 'cos-2'], after: ['cos-2', 'cos-1'] },
    ]);
  });

  it('compares richer conditions by their whole content', () => {
    const terms = {
      ...exampleTerms,
      conditions: [{ id: 'kr-1', text: 'Conversion', keyResult: { target: 2.5 } }],
    };
    const retargeted = { id: 'kr-1', text: 'Conversion', keyResult: { target: 2.2 } };
    expect(diffTerms(terms, { conditions: [retargeted] })).toEqual([
      { field: 'conditions', change: 'changed', id: 'kr-1', before: terms.conditions[0], after: retargeted },
    ]);
  });
});
