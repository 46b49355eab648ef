import type { FastifyInstance } from 'fastify';
import * as endpoints from '../../contract/endpoints/imports.js';
import { MAX_IMPORT_CONTENT_LENGTH } from '../../contract/imports.js';
import type { ServiceContext } from '../services/context.js';
import { createImport, getImport, getImportMapping } from '../services/imports/imports.js';
import { route } from './route.js';

/** The JSON body of an upload: the file as base64 and a few fields around it. */
const IMPORT_BODY_LIMIT = MAX_IMPORT_CONTENT_LENGTH + 64 * 1024;

export function importRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  // A file is larger than any other body: this route alone reads JSON bodies past the global limit.
  app.register(async (scope) => {
    scope.removeContentTypeParser('application/json');
    scope.addContentTypeParser(
      'application/json',
      { parseAs: 'string', bodyLimit: IMPORT_BODY_LIMIT },
      scope.getDefaultJsonParser('error', 'error'),
    );
    route(scope, endpoints.createImport, async ({ actor, body }) => createImport(ctx, actor, body));
  });

  route(app, endpoints.getImport, async ({ actor, params }) => getImport(ctx, actor, params.id));

  route(app, endpoints.getImportMapping, async ({ actor, query }) =>
    getImportMapping(ctx, actor, query.source),
  );
}
