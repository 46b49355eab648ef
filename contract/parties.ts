import { z } from 'zod';
import { Id, isRequired } from './common.js';

export const PartyType = z.enum(['person', 'team']);

export const Party = z.object({ type: PartyType, id: Id }, { error: isRequired }).meta({ id: 'Party' });
export type Party = z.infer<typeof Party>;

export const PartyRef = z
  .object({ type: PartyType, id: Id, name: z.string() })
  .meta({ id: 'PartyRef', description: 'A person or a team, as named now' });
export type PartyRef = z.infer<typeof PartyRef>;
