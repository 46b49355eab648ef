import fc from 'fast-check';
import { z } from 'zod';

/*
 * Values for a request's parts, drawn from the contract's own zod schemas through their JSON Schema
 * (`z.toJSONSchema`, as the client sends them: `io: 'input'`). Valid values stay small and use the
 * seeded organization's ids, so that requests reach the services rather than stopping at a 404;
 * mutations then break them in the ways a hostile client would.
 */

/** The subset of JSON Schema that `z.toJSONSchema` writes for Accord's contract. */
export interface JsonSchema {
  type?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  $ref?: string;
  $defs?: Record<string, JsonSchema>;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  format?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  description?: string;
}

export function jsonSchemaOf(schema: z.ZodType): JsonSchema {
  return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any', reused: 'inline' }) as JsonSchema;
}

/** Where the ids in valid values come from: the seeded organization's, mixed with strangers'. */
export interface IdSource {
  /** Ids for a field of this name (`promiseId`, `id`), or any. */
  ids(name: string | undefined): fc.Arbitrary<string>;
}

const OPAQUE_ID = 'An opaque identifier';

function isIdField(name: string | undefined, schema: JsonSchema): boolean {
  return schema.description === OPAQUE_ID || (name !== undefined && /(^id|Id)$/.test(name));
}

const day = fc
  .date({ min: new Date('2025-01-01T00:00:00Z'), max: new Date('2029-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

const instant = fc
  .date({ min: new Date('2025-01-01T00:00:00Z'), max: new Date('2029-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString());

const email = fc
  .tuple(fc.stringMatching(/^[a-z][a-z0-9]{0,11}$/), fc.constantFrom('example.com', 'accord.test'))
  .map(([local, domain]) => `${local}@${domain}`);

/** Text a person would type: mostly short words, sometimes any Unicode grapheme. */
function text(minLength: number, maxLength: number): fc.Arbitrary<string> {
  const max = Math.min(maxLength, 40);
  const min = Math.min(Math.max(minLength, 0), max);
  return fc.oneof(
    { weight: 3, arbitrary: fc.stringMatching(/^[A-Za-z][A-Za-z ]{0,30}$/).filter((s) => s.length <= max) },
    { weight: 1, arbitrary: fc.string({ minLength: min, maxLength: max, unit: 'grapheme' }) },
  );
}

function patterned(pattern: string, maxLength: number): fc.Arbitrary<string> {
  // Tags allow any letter or digit; ASCII ones are enough to be valid.
  const usable = pattern.replaceAll('\\p{L}\\p{N}', 'A-Za-z0-9');
  return fc.stringMatching(new RegExp(usable)).filter((s) => s.length <= maxLength);
}

function resolve(schema: JsonSchema, root: JsonSchema): JsonSchema {
  if (!schema.$ref) return schema;
  const name = schema.$ref.replace('#/$defs/', '');
  const target = root.$defs?.[name];
  if (!target) throw new Error(`unresolved ${schema.$ref}`);
  // A $ref may come with siblings (a default, a description): keep them.
  const { $ref: _ref, ...siblings } = schema;
  return { ...resolve(target, root), ...siblings };
}

/** A value `schema` accepts (refinements aside), small, with ids from `source`. */
export function validValue(
  schema: JsonSchema,
  source: IdSource,
  root: JsonSchema = schema,
  name?: string,
): fc.Arbitrary<unknown> {
  const s = resolve(schema, root);
  if (s.const !== undefined) return fc.constant(s.const);
  if (s.enum) return fc.constantFrom(...s.enum);
  const choices = s.anyOf ?? s.oneOf;
  if (choices) return fc.oneof(...choices.map((choice) => validValue(choice, source, root, name)));
  if (s.allOf?.[0]) return validValue(s.allOf[0], source, root, name);
  switch (s.type) {
    case 'object': {
      const properties = s.properties ?? {};
      const model = Object.fromEntries(
        Object.entries(properties).map(([key, value]) => [key, validValue(value, source, root, key)]),
      );
      return fc.record(model, { requiredKeys: (s.required ?? []).filter((key) => key in properties) });
    }
    case 'array':
      return fc.array(s.items ? validValue(s.items, source, root, name) : fc.jsonValue(), {
        minLength: s.minItems ?? 0,
        maxLength: Math.max(s.minItems ?? 0, Math.min(s.maxItems ?? 3, 3)),
      });
    case 'string':
      if (isIdField(name, s)) return source.ids(name);
      if (s.format === 'date') return day;
      if (s.format === 'date-time') return instant;
      if (s.format === 'email') return email;
      if (s.pattern) return patterned(s.pattern, s.maxLength ?? 100);
      return text(s.minLength ?? 0, s.maxLength ?? 200);
    case 'integer': {
      const min = s.minimum ?? (s.exclusiveMinimum === undefined ? -1000 : s.exclusiveMinimum + 1);
      // Versions and counts are small in a seeded organization: stay near the low end, and now and
      // then try the bounds, and the edges of a 32-bit column, when the schema allows them.
      const max = s.maximum ?? 1000;
      const edges = [min, max, 2 ** 31 - 1, 2 ** 31].filter((n) => n >= min && n <= max);
      return fc.oneof(
        { weight: 9, arbitrary: fc.integer({ min, max: Math.min(max, min + 20) }) },
        { weight: 1, arbitrary: fc.constantFrom(...edges) },
      );
    }
    case 'number': {
      const min = s.minimum ?? s.exclusiveMinimum ?? -1000;
      const max = s.maximum ?? 1000;
      return fc.double({
        min,
        max,
        minExcluded: s.exclusiveMinimum !== undefined,
        noNaN: true,
        noDefaultInfinity: true,
      });
    }
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}
