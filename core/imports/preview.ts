import type { ImportPlan, PartyPlan } from './plan.js';

export interface PreviewNode {
  sourceId: string;
  title: string;
  performer: string;
  customer: string;
  cycle: string;
  keyResults: number;
  children: PreviewNode[];
}

const partyLabel = (party: PartyPlan) => (party.type === 'person' ? party.email : party.name);

/**
 * The first objectives of a plan as a tree, parents first, at most `limit` of them in all: what a
 * person reads to see that the file was understood before anything is written.
 */
export function previewTree(plan: ImportPlan, limit = 30): PreviewNode[] {
  const bySource = new Map(plan.promises.map((promise) => [promise.sourceId, promise]));
  const cycleNames = new Map(plan.cycles.map((cycle) => [cycle.key, cycle.name]));
  const children = new Map<string, string[]>();
  const hasParent = new Set<string>();
  for (const contribution of plan.contributions) {
    if (!bySource.has(contribution.toSourceId) || hasParent.has(contribution.fromSourceId)) continue;
    hasParent.add(contribution.fromSourceId);
    const list = children.get(contribution.toSourceId) ?? [];
    list.push(contribution.fromSourceId);
    children.set(contribution.toSourceId, list);
  }
  let left = limit;
  const build = (sourceId: string): PreviewNode => {
    left -= 1;
    const promise = bySource.get(sourceId)!;
    const node: PreviewNode = {
      sourceId,
      title: promise.title,
      performer: partyLabel(promise.performer),
      customer: partyLabel(promise.customer),
      cycle: cycleNames.get(promise.cycleKey) ?? promise.cycleKey,
      keyResults: promise.keyResults.length,
      children: [],
    };
    for (const child of children.get(sourceId) ?? []) {
      if (left <= 0) break;
      node.children.push(build(child));
    }
    return node;
  };
  const roots: PreviewNode[] = [];
  for (const promise of plan.promises) {
    if (left <= 0) break;
    if (!hasParent.has(promise.sourceId)) roots.push(build(promise.sourceId));
  }
  return roots;
}
