import { z } from 'zod';
import { Id } from './common.js';
import { PartyRef } from './parties.js';
import { Phase, Status } from './protocol.js';

export const AccountabilityQuery = z.object({ cycleId: Id.optional(), horizonId: Id.optional() });

export const AccountabilityMap = z.object({
  nodes: z.array(z.object({ id: z.string(), party: PartyRef })),
  edges: z.array(
    z.object({
      id: z.string(),
      promiseId: Id,
      source: z.string().describe('The customer node'),
      target: z.string().describe('The performer node'),
      horizon: z.object({ id: Id, name: z.string() }),
      title: z.string(),
      status: Status,
      phase: Phase,
    }),
  ),
});
export type AccountabilityMap = z.infer<typeof AccountabilityMap>;
