import { isDeepStrictEqual } from 'node:util';
import type { FastifySerializerCompiler } from 'fastify';
import { serializerCompiler as validatingSerializerCompiler } from 'fastify-type-provider-zod';
import type { z } from 'zod';

type SerializerCompiler = FastifySerializerCompiler<z.ZodType>;

/** Production: the handler's answer as it is. The presenters build each response field by field. */
const plainSerializerCompiler: SerializerCompiler = () => (data) => JSON.stringify(data);

/**
 * Tests: every response is encoded with its schema, as the contract describes it, and must come out
 * equal to what production sends. A field a schema does not declare (the start of a leak: production
 * would send it), a missing field or a wrong type fails the request with the schema's issues logged.
 */
const checkedSerializerCompiler: SerializerCompiler = (route) => {
  const encode = validatingSerializerCompiler(route as Parameters<typeof validatingSerializerCompiler>[0]);
  return (data) => {
    const encoded = encode(data);
    const plain = JSON.stringify(data);
    if (encoded !== plain && !isDeepStrictEqual(JSON.parse(encoded), JSON.parse(plain))) {
      throw new ResponseShapeError(route.method, route.url, plain, encoded);
    }
    return plain;
  };
};

/** A response with fields its schema does not declare; only raised when responses are checked. */
export class ResponseShapeError extends Error {
  constructor(method: string, url: string, sent: string, declared: string) {
    super(
      `The response of ${method} ${url} differs from its schema.\n sent:     ${sent.slice(0, 2000)}\n declared: ${declared.slice(0, 2000)}`,
    );
    this.name = 'ResponseShapeError';
  }
}

/**
 * How responses become JSON. Validating each one with zod made serialising up to 37 times slower
 * than JSON.stringify, a fixed cost on every request; so production sends what the handler built,
 * and the tests (ACCORD_CHECK_RESPONSES=true) check every response against its schema instead.
 */
export function responseSerializerCompiler(checkResponses: boolean): SerializerCompiler {
  return checkResponses ? checkedSerializerCompiler : plainSerializerCompiler;
}
