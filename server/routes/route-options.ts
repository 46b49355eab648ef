import type { ServiceContext } from '../services/context.js';

/** What every route plugin is registered with. */
export interface RouteOptions {
  ctx: ServiceContext;
}
