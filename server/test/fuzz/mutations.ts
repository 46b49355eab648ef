import fc from 'fast-check';

/*
 * Values broken the ways a hostile client breaks them: a field dropped, nulled, retyped or added;
 * huge, deep, or made of characters that have broken servers before.
 */

/** Text that has broken servers before: encodings, injections, number edge cases, control characters. */
const NASTY_STRINGS = [
  '',
  ' ',
  '\t\n',
  '\u0000',
  'a\u0000b',
  'a\ud800b',
  '\udfff',
  '\ufeff',
  '\u202egnp.exe',
  '%00',
  '%',
  '../../etc/passwd',
  "'; drop table promises; --",
  '<script>alert(1)</script>',
  '1e400',
  '-0',
  'NaN',
  'Infinity',
  'null',
  'true',
  '[]',
  '{}',
  '__proto__',
  'constructor',
  '𝔘𝔫𝔦𝔠𝔬𝔡𝔢 👩‍👩‍👧‍👦',
  'ﷺ'.repeat(60),
  '2027-02-30',
  '2027-13-01',
  '0000-00-00',
  '9999-12-31T23:59:60Z',
];

const hugeString = fc
  .tuple(fc.constantFrom(2_000, 70_000, 300_000, 1_100_000), fc.constantFrom('x', 'é', '😀', ' '))
  .map(([length, unit]) => unit.repeat(Math.ceil(length / unit.length)));

/** A JSON value nested `depth` deep, as text: too deep for a recursive parser or validator. */
export function deeplyNested(depth: number, kind: 'array' | 'object'): string {
  return kind === 'array'
    ? `${'['.repeat(depth)}${']'.repeat(depth)}`
    : `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
}

const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer(),
  fc.constantFrom(-0, 0.1, 1e308, -1e308, 2 ** 53 + 2, -(2 ** 31) - 1, 2 ** 31),
  fc.constantFrom(...NASTY_STRINGS),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 1 }), { maxKeys: 3 }),
  fc.integer({ min: 10, max: 400 }).map((depth) => JSON.parse(deeplyNested(depth, 'object')) as unknown),
  hugeString,
);

type Path = Array<string | number>;

/** Every place in a JSON value: the root, each property, each item. */
function pathsIn(value: unknown, at: Path = []): Path[] {
  const paths: Path[] = [at];
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) paths.push(...pathsIn(item, [...at, index]));
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) paths.push(...pathsIn(item, [...at, key]));
  }
  return paths;
}

function describePath(path: Path): string {
  return path.length === 0 ? '(root)' : `.${path.join('.')}`;
}

/** `value` with the node at `path` replaced by what `change` makes of it (undefined: removed). */
function rewrite(value: unknown, path: Path, change: (node: unknown) => unknown): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return change(value);
  if (Array.isArray(value) && typeof head === 'number') {
    const copy = [...value];
    const next = rewrite(copy[head], rest, change);
    if (next === undefined) copy.splice(head, 1);
    else copy[head] = next;
    return copy;
  }
  if (typeof value === 'object' && value !== null && typeof head === 'string') {
    const copy: Record<string, unknown> = { ...value };
    const next = rewrite(copy[head], rest, change);
    if (next === undefined) delete copy[head];
    else copy[head] = next;
    return copy;
  }
  return value;
}

const extraKey = fc.constantFrom(
  'extra',
  'organizationId',
  'id',
  'role',
  'isAdmin',
  'createdAt',
  '__proto__',
);

/** `valid` broken in one or two places: a field dropped, retyped, nulled or added. */
export interface Mutated {
  value: unknown;
  how: string[];
}

export function mutatedValue(valid: fc.Arbitrary<unknown>): fc.Arbitrary<Mutated> {
  const once = (value: unknown): fc.Arbitrary<Mutated> =>
    fc.constantFrom(...pathsIn(value)).chain((path) =>
      fc.oneof<fc.Arbitrary<Mutated>[]>(
        hostileValue.map((replacement) => ({
          value: rewrite(value, path, () => replacement),
          how: [`replaced ${describePath(path)}`],
        })),
        fc.constant<Mutated>({
          value: rewrite(value, path, () => null),
          how: [`nulled ${describePath(path)}`],
        }),
        fc.constant<Mutated>({
          value: rewrite(value, path, () => undefined),
          how: [`dropped ${describePath(path)}`],
        }),
        fc.tuple(extraKey, hostileValue).map(([key, extra]) => ({
          value: rewrite(value, path, (node) =>
            typeof node === 'object' && node !== null && !Array.isArray(node)
              ? { ...node, [key]: extra }
              : node,
          ),
          how: [`added ${key} at ${describePath(path)}`],
        })),
      ),
    );
  return valid.chain((value) =>
    once(value).chain((first) =>
      fc.oneof(
        { weight: 3, arbitrary: fc.constant(first) },
        {
          weight: 1,
          arbitrary: once(first.value).map((second) => ({
            value: second.value,
            how: [...first.how, ...second.how],
          })),
        },
      ),
    ),
  );
}
