import { describe, expect, it } from 'vitest';
import { exampleTerms } from './examples.js';
import { isSameData } from './same-data.js';
import { applyChanges, changesBetween, isEmptyChange, isSameTerms } from './terms.js';

describe('terms and changes to them', () => {
  it('keep what a change leaves out', () => {
    expect(applyChanges(exampleTerms, { dueDate: '2026-09-30' })).toEqual({
      ...exampleTerms,
      dueDate: '2026-09-30',
    });
  });

  it('reduce a change to the fields that really differ', () => {
    const to = { ...exampleTerms, title: exampleTerms.title, dueDate: '2026-09-30' };
    expect(changesBetween(exampleTerms, to)).toEqual({ dueDate: '2026-09-30' });
    expect(isEmptyChange(changesBetween(exampleTerms, { ...exampleTerms }))).toBe(true);
  });

  it('count a copy of the same conditions as the same terms', () => {
    const copy = { ...exampleTerms, conditions: exampleTerms.conditions.map((c) => ({ ...c })) };
    expect(isSameTerms(exampleTerms, copy)).toBe(true);
  });
});

describe('comparing stored data', () => {
  it('treats a missing key and an undefined one alike, as JSON would', () => {
    expect(isSameData({ a: 1, b: undefined }, { a: 1 })).toBe(true);
  });

  it('tells apart arrays and objects, order and nesting', () => {
    expect(isSameData([1, 2], { 0: 1, 1: 2 })).toBe(false);
    expect(isSameData([1, 2], [2, 1])).toBe(false);
    expect(isSameData({ a: { b: [1] } }, { a: { b: [1] } })).toBe(true);
    expect(isSameData({ a: null }, { a: 0 })).toBe(false);
  });
});
