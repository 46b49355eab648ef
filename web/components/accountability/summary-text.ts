import type { AccountabilityLink, AccountabilityUnit } from '../../../contract/accountability.js';

const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

/** What a team of the summary does: "performs 12, asks 3". */
export function unitCounts(unit: Pick<AccountabilityUnit, 'performs' | 'asks'>): string {
  return `performs ${unit.performs}, asks ${unit.asks}`;
}

/** What a link between two teams holds, in words: promises, contributions, dependencies and their risk. */
export function linkCounts(link: AccountabilityLink): string[] {
  const lines: string[] = [];
  if (link.promises) lines.push(plural(link.promises, 'promise'));
  if (link.contributions) lines.push(plural(link.contributions, 'contribution'));
  if (link.dependencies.total) {
    const risks = riskText(link);
    lines.push(
      `${plural(link.dependencies.total, 'dependency', 'dependencies')}${risks ? ` (${risks})` : ''}`,
    );
  }
  return lines;
}

/** The dependencies at risk on a link, in words ("1 unacknowledged, 2 declined"), or empty. */
export function riskText(link: AccountabilityLink): string {
  return [
    link.dependencies.unacknowledged ? `${link.dependencies.unacknowledged} unacknowledged` : '',
    link.dependencies.declined ? `${link.dependencies.declined} declined` : '',
  ]
    .filter(Boolean)
    .join(', ');
}

/** Whether a link carries any risk: a dependency its supplier has not acknowledged, or declined. */
export function isAtRisk(link: AccountabilityLink): boolean {
  return link.dependencies.unacknowledged + link.dependencies.declined > 0;
}
