import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { Id, IdParams } from '../../contract/common.js';
import {
  AnswerQuestionBody,
  AskQuestionBody,
  CapacityQuery,
  CommentDirectionBody,
  CycleTimeline,
  DirectionDocument,
  MoveCycleBody,
  MovedCycle,
  NotificationList,
  PlanningBoard,
  PlanningSettings,
  PromiseReviews,
  RequestReviewBody,
  SaveDirectionBody,
  SetCapacityBody,
  SetSizeBody,
  TeamCapacity,
} from '../../contract/round-trip.js';
import { requireMember } from '../services/authorization.js';
import { getBoard } from '../services/board.js';
import * as capacity from '../services/capacity.js';
import * as direction from '../services/direction.js';
import * as notifications from '../services/notifications.js';
import * as reviews from '../services/reviews.js';
import * as timeline from '../services/timeline.js';
import type { RouteOptions } from './index.js';
import { errorResponses } from './responses.js';

const {
  400: badRequest,
  401: unauthenticated,
  403: forbidden,
  404: notFound,
  409: conflict,
} = errorResponses;
const all = { 400: badRequest, 401: unauthenticated, 403: forbidden, 404: notFound, 409: conflict };

export const roundTripRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { ctx }) => {
  const member = (request: { actor: Parameters<typeof requireMember>[0] }) => requireMember(request.actor);

  app.get(
    '/api/v1/settings/planning',
    {
      schema: {
        operationId: 'getPlanningSettings',
        summary: 'The offsets of the planning timeline, in weeks before a cycle starts',
        tags: ['planning'],
        response: { 200: PlanningSettings, 401: unauthenticated, 403: forbidden },
      },
    },
    async (request) => timeline.getPlanningSettings(ctx, member(request).organizationId),
  );

  app.put(
    '/api/v1/settings/planning',
    {
      schema: {
        operationId: 'updatePlanningSettings',
        summary: 'Change the offsets of the planning timeline (owners and admins)',
        tags: ['planning'],
        body: PlanningSettings,
        response: { 200: PlanningSettings, 400: badRequest, 401: unauthenticated, 403: forbidden },
      },
    },
    async (request) => timeline.updatePlanningSettings(ctx, member(request), request.body),
  );

  app.get(
    '/api/v1/cycles/:id/timeline',
    {
      schema: {
        operationId: 'getCycleTimeline',
        summary: "A cycle's milestones and the record of its moves",
        tags: ['planning'],
        params: IdParams,
        response: { 200: CycleTimeline, 401: unauthenticated, 403: forbidden, 404: notFound },
      },
    },
    async (request) => timeline.getTimeline(ctx, member(request), request.params.id),
  );

  app.post(
    '/api/v1/cycles/:id/transitions',
    {
      schema: {
        operationId: 'moveCycle',
        summary:
          'Move a cycle planning → active (approving the plan) → reviewing → closed (owners and admins)',
        tags: ['planning'],
        params: IdParams,
        body: MoveCycleBody,
        response: { 200: MovedCycle, ...all },
      },
    },
    async (request) => timeline.moveCycleState(ctx, member(request), request.params.id, request.body.to),
  );

  app.get(
    '/api/v1/cycles/:id/board',
    {
      schema: {
        operationId: 'getPlanningBoard',
        summary: 'The plan as it settles: every team against the milestones, late, unreviewed, unanswered',
        tags: ['planning'],
        params: IdParams,
        response: { 200: PlanningBoard, 401: unauthenticated, 403: forbidden, 404: notFound },
      },
    },
    async (request) => getBoard(ctx, member(request), request.params.id),
  );

  app.get(
    '/api/v1/cycles/:id/direction',
    {
      schema: {
        operationId: 'getDirection',
        summary: "The cycle's direction document: published versions, comments, and the draft for leadership",
        tags: ['planning'],
        params: IdParams,
        response: { 200: DirectionDocument, 401: unauthenticated, 403: forbidden, 404: notFound },
      },
    },
    async (request) => direction.getDirection(ctx, member(request), request.params.id),
  );

  app.put(
    '/api/v1/cycles/:id/direction',
    {
      schema: {
        operationId: 'saveDirectionDraft',
        summary: 'Save the draft of the direction document (leadership)',
        tags: ['planning'],
        params: IdParams,
        body: SaveDirectionBody,
        response: { 200: DirectionDocument, ...all },
      },
    },
    async (request) =>
      direction.saveDirectionDraft(ctx, member(request), request.params.id, request.body.markdown),
  );

  app.post(
    '/api/v1/cycles/:id/direction/publish',
    {
      schema: {
        operationId: 'publishDirection',
        summary: 'Publish the draft as a new version; every version is kept (leadership)',
        tags: ['planning'],
        params: IdParams,
        response: { 201: DirectionDocument, ...all },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await direction.publishDirection(ctx, member(request), request.params.id)),
  );

  app.post(
    '/api/v1/cycles/:id/direction/comments',
    {
      schema: {
        operationId: 'commentOnDirection',
        summary: 'Comment on the published direction',
        tags: ['planning'],
        params: IdParams,
        body: CommentDirectionBody,
        response: { 201: DirectionDocument, ...all },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await direction.commentOnDirection(ctx, member(request), request.params.id, request.body)),
  );

  app.get(
    '/api/v1/promises/:id/reviews',
    {
      schema: {
        operationId: 'getReviews',
        summary:
          'Who reviews the promise, their questions, suggested reviewers and whether its round trip is done',
        tags: ['planning'],
        params: IdParams,
        response: { 200: PromiseReviews, 401: unauthenticated, 403: forbidden, 404: notFound },
      },
    },
    async (request) => reviews.getReviews(ctx, member(request), request.params.id),
  );

  app.post(
    '/api/v1/promises/:id/reviews',
    {
      schema: {
        operationId: 'requestReview',
        summary: 'Share a draft or proposal with a reviewer: a peer, supplier or consumer team, a manager',
        tags: ['planning'],
        params: IdParams,
        body: RequestReviewBody,
        response: { 201: PromiseReviews, ...all },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await reviews.requestReview(ctx, member(request), request.params.id, request.body)),
  );

  app.post(
    '/api/v1/reviews/:id/complete',
    {
      schema: {
        operationId: 'completeReview',
        summary: 'The reviewer marks the review done',
        tags: ['planning'],
        params: IdParams,
        response: { 200: PromiseReviews, ...all },
      },
    },
    async (request) => reviews.completeReview(ctx, member(request), request.params.id),
  );

  app.post(
    '/api/v1/promises/:id/questions',
    {
      schema: {
        operationId: 'askQuestion',
        summary: 'Raise a question the promise’s customer or performer must answer',
        tags: ['planning'],
        params: IdParams,
        body: AskQuestionBody,
        response: { 201: PromiseReviews, ...all },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await reviews.askQuestion(ctx, member(request), request.params.id, request.body.text)),
  );

  app.post(
    '/api/v1/questions/:id/answer',
    {
      schema: {
        operationId: 'answerQuestion',
        summary: 'The customer or performer answers a question',
        tags: ['planning'],
        params: IdParams,
        body: AnswerQuestionBody,
        response: { 200: PromiseReviews, ...all },
      },
    },
    async (request) => reviews.answerQuestion(ctx, member(request), request.params.id, request.body.text),
  );

  app.post(
    '/api/v1/questions/:id/resolve',
    {
      schema: {
        operationId: 'resolveQuestion',
        summary: 'Mark a question resolved',
        tags: ['planning'],
        params: IdParams,
        response: { 200: PromiseReviews, ...all },
      },
    },
    async (request) => reviews.resolveQuestion(ctx, member(request), request.params.id),
  );

  app.get(
    '/api/v1/teams/:id/capacity',
    {
      schema: {
        operationId: 'getTeamCapacity',
        summary: "A team's capacity and load in a cycle, and what it said no to",
        tags: ['planning'],
        params: IdParams,
        querystring: CapacityQuery,
        response: { 200: TeamCapacity, 400: badRequest, 401: unauthenticated, 403: forbidden, 404: notFound },
      },
    },
    async (request) =>
      capacity.getTeamCapacity(ctx, member(request), request.params.id, request.query.cycleId),
  );

  app.put(
    '/api/v1/teams/:id/capacity',
    {
      schema: {
        operationId: 'setTeamCapacity',
        summary: 'Declare what a team can promise in a cycle (its leads, owners and admins)',
        tags: ['planning'],
        params: IdParams,
        body: SetCapacityBody,
        response: { 200: TeamCapacity, ...all },
      },
    },
    async (request) => capacity.setTeamCapacity(ctx, member(request), request.params.id, request.body),
  );

  app.put(
    '/api/v1/promises/:id/size',
    {
      schema: {
        operationId: 'setPromiseSize',
        summary: 'The performer sizes a promise in points',
        tags: ['planning'],
        params: IdParams,
        body: SetSizeBody,
        response: { 204: z.undefined(), ...all },
      },
    },
    async (request, reply) => {
      await capacity.setPromiseSize(ctx, member(request), request.params.id, request.body.size);
      return reply.status(204).send();
    },
  );

  app.get(
    '/api/v1/notifications',
    {
      schema: {
        operationId: 'listNotifications',
        summary: 'What happened that awaits me, newest first, with the unread count',
        tags: ['notifications'],
        response: { 200: NotificationList, 401: unauthenticated, 403: forbidden },
      },
    },
    async (request) => notifications.listNotifications(ctx, member(request)),
  );

  app.post(
    '/api/v1/notifications/:id/read',
    {
      schema: {
        operationId: 'markNotificationRead',
        summary: 'Mark one notification read',
        tags: ['notifications'],
        params: z.object({ id: Id }),
        response: { 200: NotificationList, 401: unauthenticated, 403: forbidden, 404: notFound },
      },
    },
    async (request) => notifications.markNotificationRead(ctx, member(request), request.params.id),
  );

  app.post(
    '/api/v1/notifications/read-all',
    {
      schema: {
        operationId: 'markAllNotificationsRead',
        summary: 'Mark every notification read',
        tags: ['notifications'],
        response: { 200: NotificationList, 401: unauthenticated, 403: forbidden },
      },
    },
    async (request) => notifications.markAllNotificationsRead(ctx, member(request)),
  );
};
