import { SCIM_SCHEMAS } from '../../../contract/scim.js';
import { invalidPath, ScimError } from './errors.js';

/*
 * The two small languages of SCIM that Accord reads: attribute paths in PATCH operations
 * (`name.givenName`, `emails[type eq "work"].value`, `members[value eq "…"]`, the Enterprise
 * extension's `urn:…:User:manager`) and `eq` filters joined by `and` in list queries. Attribute
 * names are case-insensitive (RFC 7643 §2.1), so both come out lowercased.
 */

export interface Comparison {
  attribute: string;
  value: string | boolean | null;
}

export interface AttributePath {
  /** `name`, `emails`, `members`, or `enterprise` for the Enterprise User extension. */
  attribute: string;
  /** The sub-attribute after a dot: `givenname`, `value`, `manager`. */
  sub?: string;
  /** The value filter in brackets, if any. */
  filter?: Comparison;
}

const CORE_PREFIXES = [`${SCIM_SCHEMAS.user}:`, `${SCIM_SCHEMAS.group}:`].map((p) => p.toLowerCase());
const ENTERPRISE_PREFIX = `${SCIM_SCHEMAS.enterpriseUser}:`.toLowerCase();

const VALUE = String.raw`("(?:[^"\\]|\\.)*"|true|false|null)`;
const COMPARISON = new RegExp(
  String.raw`^\s*([A-Za-z][\w.:$-]*(?:\[[^\]]*\])?(?:\.[A-Za-z]\w*)?)\s+eq\s+${VALUE}\s*$`,
  'i',
);

function comparedValue(text: string): string | boolean | null {
  const lower = text.toLowerCase();
  if (lower === 'true') return true;
  if (lower === 'false') return false;
  if (lower === 'null') return null;
  try {
    return JSON.parse(text) as string;
  } catch {
    throw new ScimError(400, `The filter's value ${text} is not a valid string`, 'invalidFilter');
  }
}

/** Splits on `and` outside quoted values. */
function conjuncts(filter: string): string[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < filter.length; i += 1) {
    const char = filter[i]!;
    if (char === '\\' && quoted) {
      current += char + (filter[i + 1] ?? '');
      i += 1;
      continue;
    }
    if (char === '"') quoted = !quoted;
    if (!quoted && /^\sand\s/i.test(filter.slice(i, i + 5))) {
      parts.push(current);
      current = '';
      i += 4;
      continue;
    }
    current += char;
  }
  parts.push(current);
  return parts;
}

/** `userName eq "a@b.c" and externalId eq "x"`: the comparisons, their attributes lowercased. */
export function parseFilter(filter: string): Comparison[] {
  return conjuncts(filter).map((part) => {
    const match = COMPARISON.exec(part);
    if (!match) {
      throw new ScimError(
        400,
        `Accord filters on attribute eq "value" joined by and; it cannot read "${part.trim()}"`,
        'invalidFilter',
      );
    }
    return { attribute: normalise(match[1]!), value: comparedValue(match[2]!) };
  });
}

/** Lowercased, without the core schema's prefix; the Enterprise extension's attributes as `enterprise.x`. */
function normalise(path: string): string {
  let lower = path.toLowerCase();
  for (const prefix of CORE_PREFIXES) if (lower.startsWith(prefix)) lower = lower.slice(prefix.length);
  if (lower.startsWith(ENTERPRISE_PREFIX)) return `enterprise.${lower.slice(ENTERPRISE_PREFIX.length)}`;
  if (lower === SCIM_SCHEMAS.enterpriseUser.toLowerCase()) return 'enterprise';
  return lower;
}

/** A PATCH operation's path. */
export function parsePath(path: string): AttributePath {
  const lower = normalise(path.trim());
  // The Enterprise extension's attributes: `manager`, or `manager.value`, which means the same.
  if (lower.startsWith('enterprise.')) return { attribute: 'enterprise', sub: lower.split('.')[1]! };
  const match = /^([a-z$][\w$-]*)(?:\[(.*)\])?(?:\.([a-z$][\w$-]*))?$/i.exec(lower);
  if (!match) throw invalidPath(`The path "${path}" is not an attribute path`);
  const [, attribute, filterText, sub] = match;
  let filter: Comparison | undefined;
  if (filterText !== undefined) {
    // The value in brackets keeps its case: re-read it from the path as sent.
    const original = /\[(.*)\]/.exec(path)?.[1] ?? filterText;
    const comparisons = parseFilter(original);
    if (comparisons.length !== 1) throw invalidPath(`The path "${path}" filters on more than one attribute`);
    filter = comparisons[0]!;
  }
  return { attribute: attribute!, ...(sub ? { sub } : {}), ...(filter ? { filter } : {}) };
}
