import { z } from 'zod';
import { type ActionOf, policies, type Resource } from '../core/policies/index.js';

type CanShape<R extends Resource> = { [A in ActionOf<R>]: z.ZodBoolean };

/**
 * The `can` of a resource: one flag per action of its policy in core, so the schema, the OpenAPI
 * document and the web app's types always list exactly the actions the policy table decides.
 * A flag is true exactly when the server would accept that action from the signed-in person now.
 */
export function Can<R extends Resource>(resource: R, id: string) {
  const actions = Object.keys(policies[resource]);
  // The keys are the policy row's actions, which is what ActionOf<R> names.
  const shape = Object.fromEntries(actions.map((action) => [action, z.boolean()])) as CanShape<R>;
  return z
    .object(shape)
    .describe('What the signed-in person may do with it now; the server accepts exactly these')
    .meta({ id });
}
