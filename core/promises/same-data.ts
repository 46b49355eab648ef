/**
 * Structural equality for plain data (what terms are made of: strings, numbers, booleans,
 * null, arrays and plain objects). A key holding `undefined` counts as absent, as it would
 * once the value has been stored as JSON, so `{ a: 1, b: undefined }` equals `{ a: 1 }`.
 */
export function isSameData(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, index) => isSameData(item, b[index]));
  }
  if (!isRecord(a) || !isRecord(b)) return false;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) {
    if (!isSameData(a[key], b[key])) return false;
  }
  return true;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
