import type { FindingLabels } from './finding.js';

/** Labels for tests: promises are quoted titles, teams and cycles their names. */
export function labelsFrom(names: Readonly<Record<string, string>>): FindingLabels {
  const name = (id: string) => names[id] ?? id;
  return { promise: (id) => `"${name(id)}"`, team: name, cycle: name };
}
