import { IdParams } from '../common.js';
import {
  CreateCycleBody,
  CreateHorizonBody,
  Cycle,
  CycleList,
  CyclesQuery,
  CycleTimeline,
  Horizon,
  HorizonList,
  HorizonsQuery,
  MoveCycleBody,
  MovedCycle,
  PlanningSettings,
  TimelineQuery,
  UpdateCycleBody,
} from '../cycles.js';
import { defineEndpoint, NoContent } from './endpoint.js';

// Any member reads the calendar; who may change it (owners and admins) is the policy table's, which
// the services enforce.

export const listHorizons = defineEndpoint({
  operationId: 'listHorizons',
  method: 'GET',
  path: '/api/v1/horizons',
  summary: 'The time horizons promises are made on',
  tags: ['planning'],
  access: 'member',
  query: HorizonsQuery,
  responses: { 200: HorizonList },
  errors: [400, 401, 403],
});

export const createHorizon = defineEndpoint({
  operationId: 'createHorizon',
  method: 'POST',
  path: '/api/v1/horizons',
  summary: 'Add a custom horizon (owners and admins)',
  tags: ['planning'],
  access: 'member',
  body: CreateHorizonBody,
  responses: { 201: Horizon },
  errors: [400, 401, 403],
});

export const listCycles = defineEndpoint({
  operationId: 'listCycles',
  method: 'GET',
  path: '/api/v1/cycles',
  summary: 'Planning cycles, by start date',
  tags: ['planning'],
  access: 'member',
  query: CyclesQuery,
  responses: { 200: CycleList },
  errors: [400, 401, 403],
});

export const createCycle = defineEndpoint({
  operationId: 'createCycle',
  method: 'POST',
  path: '/api/v1/cycles',
  summary: 'Add a cycle: within its parent, never overlapping its horizon (owners and admins)',
  tags: ['planning'],
  access: 'member',
  body: CreateCycleBody,
  responses: { 201: Cycle },
  errors: [400, 401, 403, 404, 409],
});

export const getPlanningSettings = defineEndpoint({
  operationId: 'getPlanningSettings',
  method: 'GET',
  path: '/api/v1/settings/planning',
  summary: 'The offsets of the planning timeline, in weeks before a cycle starts',
  tags: ['planning'],
  access: 'member',
  responses: { 200: PlanningSettings },
  errors: [401, 403],
});

export const updatePlanningSettings = defineEndpoint({
  operationId: 'updatePlanningSettings',
  method: 'PUT',
  path: '/api/v1/settings/planning',
  summary: 'Change the offsets of the planning timeline (owners and admins)',
  tags: ['planning'],
  access: 'member',
  body: PlanningSettings,
  responses: { 200: PlanningSettings },
  errors: [400, 401, 403],
});

export const getCycleTimeline = defineEndpoint({
  operationId: 'getCycleTimeline',
  method: 'GET',
  path: '/api/v1/cycles/:id/timeline',
  summary: "A cycle's milestones and the record of its moves",
  tags: ['planning'],
  access: 'member',
  params: IdParams,
  query: TimelineQuery,
  responses: { 200: CycleTimeline },
  errors: [400, 401, 403, 404],
});

export const moveCycle = defineEndpoint({
  operationId: 'moveCycle',
  method: 'POST',
  path: '/api/v1/cycles/:id/transitions',
  summary: 'Move a cycle planning → active (approving the plan) → reviewing → closed (owners and admins)',
  tags: ['planning'],
  access: 'member',
  params: IdParams,
  body: MoveCycleBody,
  responses: { 200: MovedCycle },
  errors: [400, 401, 403, 404, 409],
});

export const updateCycle = defineEndpoint({
  operationId: 'updateCycle',
  method: 'PATCH',
  path: '/api/v1/cycles/:id',
  summary:
    'Rename or redate a cycle in planning, change its check-in cadence, archive it once closed (owners and admins)',
  tags: ['planning'],
  access: 'member',
  params: IdParams,
  body: UpdateCycleBody,
  responses: { 200: Cycle },
  errors: [400, 401, 403, 404, 409],
});

export const deleteCycle = defineEndpoint({
  operationId: 'deleteCycle',
  method: 'DELETE',
  path: '/api/v1/cycles/:id',
  summary: 'Delete an empty cycle: no promise and no cycle within it (owners and admins)',
  tags: ['planning'],
  access: 'member',
  params: IdParams,
  responses: { 204: NoContent },
  errors: [401, 403, 404, 409],
});
