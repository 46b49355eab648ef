import { IdParams } from '../common.js';
import { DemoCredentials, Health, Job, Readiness, SetupStatus } from '../setup.js';
import { defineEndpoint } from './endpoint.js';

export const health = defineEndpoint({
  operationId: 'health',
  method: 'GET',
  path: '/api/health',
  summary: 'Whether the server and its database answer',
  tags: ['setup'],
  access: 'public',
  responses: { 200: Health },
  errors: [],
});

/**
 * Whether this process may be sent traffic: a load balancer or an orchestrator asks it before
 * routing requests here, and after. Liveness (`health`) says the process answers; readiness also
 * that its database has every migration this version needs, which a new process sharing a
 * database with older ones may not have yet.
 */
export const ready = defineEndpoint({
  operationId: 'ready',
  method: 'GET',
  path: '/api/ready',
  summary: 'Whether the database answers and has every migration applied; 503 with the reason if not',
  tags: ['setup'],
  access: 'public',
  responses: { 200: Readiness },
  errors: [503],
});

export const getSetupStatus = defineEndpoint({
  operationId: 'getSetupStatus',
  method: 'GET',
  path: '/api/v1/setup',
  summary: 'Whether this instance still needs its first organization',
  tags: ['setup'],
  access: 'public',
  responses: { 200: SetupStatus },
  errors: [],
});

export const getDemoCredentials = defineEndpoint({
  operationId: 'getDemoCredentials',
  method: 'GET',
  path: '/api/v1/setup/demo',
  summary: 'Who to sign in as in the demo organization',
  tags: ['setup'],
  access: 'public',
  responses: { 200: DemoCredentials },
  errors: [],
});

/** Public because it only works on an instance with no organization yet: there is nobody to sign in as. */
export const loadDemo = defineEndpoint({
  operationId: 'loadDemo',
  method: 'POST',
  path: '/api/v1/setup/demo',
  summary: 'Load the demo organization on a new instance; poll the job for progress',
  tags: ['setup'],
  access: 'public',
  responses: { 202: Job },
  errors: [409],
});

/** Public so the first-run screen can follow the demo loading; a job of an organization stays its own. */
export const getJob = defineEndpoint({
  operationId: 'getJob',
  method: 'GET',
  path: '/api/v1/jobs/:id',
  summary: 'Progress of a long-running job',
  tags: ['setup'],
  access: 'public',
  params: IdParams,
  responses: { 200: Job },
  errors: [404],
});
