import type { FastifyInstance } from 'fastify';
import * as endpoints from '../../contract/endpoints/draft-reviews.js';
import type { ServiceContext } from '../services/context.js';
import * as reviews from '../services/draft-reviews.js';
import { route } from './route.js';

export function draftReviewRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  route(app, endpoints.getReviews, async ({ actor, params }) => reviews.getReviews(ctx, actor, params.id));

  route(app, endpoints.requestReview, async ({ actor, params, body }) =>
    reviews.requestReview(ctx, actor, params.id, body),
  );

  route(app, endpoints.completeReview, async ({ actor, params }) =>
    reviews.completeReview(ctx, actor, params.id),
  );

  route(app, endpoints.askQuestion, async ({ actor, params, body }) =>
    reviews.askQuestion(ctx, actor, params.id, body.text),
  );

  route(app, endpoints.answerQuestion, async ({ actor, params, body }) =>
    reviews.answerQuestion(ctx, actor, params.id, body.text),
  );

  route(app, endpoints.resolveQuestion, async ({ actor, params }) =>
    reviews.resolveQuestion(ctx, actor, params.id),
  );
}
