import type { KeyResultDefinition } from '../../contract/key-results.js';

/** Key results of each kind, for the web app's tests: one of every shape the editor and charts know. */
export const signups = {
  kind: 'metric',
  unitKind: 'number',
  unit: 'signups',
  start: '0',
  direction: 'increase',
  target: '100',
} as const satisfies KeyResultDefinition;

export const conversion = {
  kind: 'metric',
  unitKind: 'percent',
  unit: '',
  start: '22',
  direction: 'increase',
  target: '40',
} as const satisfies KeyResultDefinition;

export const budget = {
  kind: 'metric',
  unitKind: 'currency',
  unit: 'EUR',
  start: '1200.00',
  direction: 'decrease',
  target: '900.50',
} as const satisfies KeyResultDefinition;

export const latency = {
  kind: 'metric',
  unitKind: 'number',
  unit: 'ms',
  start: '120',
  direction: 'stay-within',
  band: { low: '90', high: '110' },
} as const satisfies KeyResultDefinition;

export const launch = { kind: 'milestone' } as const satisfies KeyResultDefinition;
