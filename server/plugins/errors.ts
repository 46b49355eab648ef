import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import type { ErrorCode, ErrorResponse } from '../../contract/common.js';
import type { ErrorDetails, ValidationIssue } from '../../contract/error-details.js';
import { AppError, statusOf } from '../errors.js';
import { isUniqueViolation } from '../store/constraints.js';
import { ResponseShapeError } from './serialization.js';

function describeValidation(error: FastifyError): { message: string; issues: ValidationIssue[] } {
  const where = error.validationContext ?? 'request';
  const issues = (error.validation ?? []).flatMap((issue): ValidationIssue[] => {
    const path = (issue.instancePath ?? '').replace(/^\//, '').replaceAll('/', '.');
    // Zod's "Unrecognized keys" becomes one issue per field the endpoint does not take, named by its path.
    const unknown = issue.keyword === 'unrecognized_keys' ? issue.params?.keys : undefined;
    if (Array.isArray(unknown)) {
      const what = where === 'querystring' ? 'a parameter' : 'a field';
      return unknown.map((key) => ({
        path: path ? `${path}.${String(key)}` : String(key),
        message: `is not ${what} this endpoint takes`,
      }));
    }
    return [{ path: path || where, message: issue.message ?? 'is invalid' }];
  });
  const first = issues[0];
  const message = first ? `${where}: ${first.path} ${first.message}` : `The ${where} is invalid`;
  return { message, issues };
}

const fastifyCodes: Record<string, { code: ErrorCode; message: string }> = {
  FST_ERR_CTP_INVALID_JSON_BODY: { code: 'invalid_json', message: 'The body is not valid JSON' },
  FST_ERR_CTP_EMPTY_JSON_BODY: {
    code: 'invalid_json',
    message: 'The body is empty; send a JSON object or no Content-Type',
  },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { code: 'unsupported_media_type', message: 'Send JSON (application/json)' },
  FST_ERR_CTP_BODY_TOO_LARGE: {
    code: 'payload_too_large',
    message: 'The body is larger than the limit (1 MiB)',
  },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { code: 'validation_failed', message: 'The Content-Length is wrong' },
};

/** Every error leaves the server in one shape; nothing a client sends may become a 500. */
export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const send = (code: ErrorCode, message: string, details?: ErrorDetails, status = statusOf(code)) => {
      const body: ErrorResponse = { error: { code, message, ...(details === undefined ? {} : { details }) } };
      return reply.status(status).send(body);
    };

    if (error instanceof AppError) return send(error.code, error.message, error.details);
    if (hasZodFastifySchemaValidationErrors(error)) {
      const { message, issues } = describeValidation(error);
      return send('validation_failed', message, { kind: 'validation', issues });
    }
    const known = error.code ? fastifyCodes[error.code] : undefined;
    if (known) return send(known.code, known.message);
    if (error instanceof SyntaxError) return send('invalid_json', 'The body is not valid JSON');
    if (error.statusCode === 429)
      return send('rate_limited', error.message || 'Too many requests; wait a minute');
    if (isUniqueViolation(error)) return send('conflict', 'That already exists');
    if (error instanceof ResponseShapeError) {
      request.log.error({ err: error }, 'response differs from its schema');
      return send('internal', 'Something went wrong on our side; it has been logged');
    }
    if (isResponseSerializationError(error)) {
      request.log.error({ err: error, issues: error.cause.issues }, 'response did not match its schema');
      return send('internal', 'Something went wrong on our side; it has been logged');
    }
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      return send('validation_failed', error.message, undefined, error.statusCode);
    }
    request.log.error({ err: error }, 'unhandled error');
    return send('internal', 'Something went wrong on our side; it has been logged');
  });
}
