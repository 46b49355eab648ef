import type { FastifyInstance } from 'fastify';
import type { ServiceContext } from '../services/context.js';
import { authRoutes } from './auth.js';
import { checkInRoutes } from './check-ins.js';
import { linkRoutes } from './links.js';
import { meRoutes } from './me.js';
import { peopleRoutes } from './people.js';
import { planningRoutes } from './planning.js';
import { promiseRoutes } from './promises.js';
import { roundTripRoutes } from './round-trip.js';
import { setupRoutes } from './setup.js';
import { teamRoutes } from './teams.js';
import { tokenRoutes } from './tokens.js';

export interface RouteOptions {
  ctx: ServiceContext;
}

export async function registerRoutes(app: FastifyInstance, ctx: ServiceContext): Promise<void> {
  for (const routes of [
    setupRoutes,
    authRoutes,
    meRoutes,
    tokenRoutes,
    peopleRoutes,
    teamRoutes,
    planningRoutes,
    promiseRoutes,
    linkRoutes,
    checkInRoutes,
    roundTripRoutes,
  ]) {
    await app.register(routes, { ctx });
  }
}
