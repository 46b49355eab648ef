import type { Page } from '@playwright/test';
import { apiGet, apiPost } from './promise-api.js';

/**
 * A promise already being kept (Q3 Execute): the customer requests it through the API and the
 * performer promises, so a test can start at the check-ins.
 */
export async function makeKeptPromise(
  customer: Page,
  performer: { page: Page; personId: string },
  input: { cycleName: string; dueDate: string; title: string; conditions: unknown[] },
): Promise<{ id: string; cycleId: string }> {
  const [{ cycles }, me] = await Promise.all([
    apiGet<{ cycles: Array<{ id: string; name: string }> }>(customer, '/api/v1/cycles'),
    apiGet<{ person: { id: string } }>(customer, '/api/v1/me'),
  ]);
  const cycle = cycles.find((candidate: { name: string }) => candidate.name === input.cycleName);
  if (!cycle) throw new Error(`No cycle named ${input.cycleName}`);
  const requested = await apiPost<{ id: string; version: number }>(customer, '/api/v1/promises', {
    cycleId: cycle.id,
    customer: { type: 'person', id: me.person.id },
    performers: [{ type: 'person', id: performer.personId }],
    title: input.title,
    dueDate: input.dueDate,
    conditions: input.conditions,
    open: 'request',
  });
  await apiPost(performer.page, `/api/v1/promises/${requested.id}/moves`, {
    act: 'promise',
    version: requested.version,
  });
  return { id: requested.id, cycleId: cycle.id };
}
