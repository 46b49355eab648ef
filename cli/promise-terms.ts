import { createPromise } from '../contract/endpoints/promises.js';
import type { Party } from '../contract/parties.js';
import type { CreatePromiseBody, PromiseDetail } from '../contract/promises.js';
import type { CommandInput } from './command.js';
import { usageError } from './errors.js';
import type { AccordClient } from './http.js';
import { calendarDate } from './option-values.js';
import { resolveCycle } from './resolve-names.js';

/** What every new promise says, whoever opens it (request, offer, ask): the cycle and the terms. */
export const termsOptions = {
  cycle: { type: 'string', valueName: 'CYCLE', description: 'The cycle, by name (FY2027-Q1) or id' },
  title: { type: 'string', valueName: 'TEXT', description: 'The objective, in a line' },
  description: { type: 'string', valueName: 'TEXT', description: 'Why it matters to the customer' },
  condition: {
    type: 'string',
    valueName: 'TEXT',
    isRepeatable: true,
    description: 'A condition of satisfaction (a key result); repeat for each',
  },
  due: {
    type: 'string',
    valueName: 'DATE',
    description: "The due date, YYYY-MM-DD (default: the cycle's end)",
  },
  tag: { type: 'string', valueName: 'TAG', isRepeatable: true, description: 'A tag; repeat for each' },
} as const;

type TermsOptions = CommandInput<typeof termsOptions, []>['options'];

export interface Terms {
  cycle: string;
  title: string;
  description: string | undefined;
  conditions: string[];
  due: string | undefined;
  tags: string[];
}

/** The options every new promise needs, checked before anything is sent. */
export function requireTerms(command: string, options: TermsOptions): Terms {
  if (options.cycle === undefined) throw usageError(`accord ${command} needs --cycle CYCLE`);
  if (options.title === undefined) throw usageError(`accord ${command} needs --title TEXT`);
  return {
    cycle: options.cycle,
    title: options.title,
    description: options.description,
    conditions: options.condition,
    due: options.due === undefined ? undefined : calendarDate(options.due, '--due'),
    tags: options.tag,
  };
}

/** Creates the promise in the named cycle, due at the cycle's end unless the terms say otherwise. */
export async function openPromise(
  client: AccordClient,
  opening: 'request' | 'offer',
  parties: { customer: Party; performers: Party[] },
  terms: Terms,
): Promise<PromiseDetail> {
  const cycle = await resolveCycle(client, terms.cycle);
  const body: CreatePromiseBody = {
    cycleId: cycle.id,
    ...parties,
    title: terms.title,
    ...(terms.description === undefined ? {} : { description: terms.description }),
    conditions: terms.conditions.map((text) => ({ text })),
    dueDate: terms.due ?? cycle.endDate,
    tags: terms.tags,
    open: opening,
  };
  return client.call(createPromise, { body });
}
