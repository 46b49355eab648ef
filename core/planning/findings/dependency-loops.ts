import { type Finding, type FindingOptions, idLabels } from './finding.js';

/** "`from` needs `to`". A dependency on a team that has not promised yet (to = null) has no edge. */
export interface DependencyEdge {
  from: string;
  to: string | null;
}

export interface DependencyLoopOptions extends FindingOptions {
  /**
   * A graph can hold exponentially many loops; past this many (default 200, far more than a real
   * plan holds) the search stops rather than hang the request.
   */
  maxLoops?: number;
}

/**
 * Each elementary loop of dependencies once: A→B→A and B→A→B are the same loop, reported starting
 * at its smallest id. A promise depending on itself is a loop of one. In a loop no promise can be
 * delivered first, so each is a problem.
 */
export function findDependencyLoops(
  dependencies: readonly DependencyEdge[],
  { labels = idLabels, maxLoops = 200 }: DependencyLoopOptions = {},
): Finding<'dependency-loop'>[] {
  const loops = elementaryLoops(adjacencyOf(dependencies), maxLoops);
  return loops.map((loop) => {
    const first = labels.promise(loop[0] ?? '');
    const message =
      loop.length === 1
        ? `${first} depends on itself. Remove that dependency.`
        : `${describeLoop(loop, labels.promise)} depend on each other in a loop, so none of them can be delivered first. ` +
          'Break the loop by dropping or re-planning one of these dependencies.';
    return {
      code: 'dependency-loop',
      severity: 'problem',
      key: `dependency-loop:${loop.join('>')}`,
      promiseIds: loop,
      teamIds: [],
      message,
    };
  });
}

/** Long loops are named in part, so a message stays readable: "A → B → … 12 more … → A". */
const namedInLoop = 6;

function describeLoop(loop: readonly string[], promise: (id: string) => string): string {
  const shown = loop.slice(0, namedInLoop).map(promise);
  const hidden = loop.length - shown.length;
  if (hidden > 0) shown.push(`… ${hidden} more …`);
  return [...shown, promise(loop[0] ?? '')].join(' → ');
}

function adjacencyOf(dependencies: readonly DependencyEdge[]): Map<string, string[]> {
  const sets = new Map<string, Set<string>>();
  for (const { from, to } of dependencies) {
    if (to === null) continue;
    if (!sets.has(from)) sets.set(from, new Set());
    if (!sets.has(to)) sets.set(to, new Set());
    sets.get(from)?.add(to);
  }
  // Sorted neighbours make the output independent of input order.
  return new Map([...sets].map(([node, next]) => [node, [...next].sort()]));
}

/**
 * Johnson's algorithm: every elementary loop lies inside one strongly connected component and
 * goes through the component's smallest node or not. Find those that do, then drop that node and
 * split what is left into components again. Each loop is found exactly once, from its smallest
 * node, and the cost stays linear per loop found (a ring of 20,000 promises is two passes).
 */
function elementaryLoops(adjacency: ReadonlyMap<string, readonly string[]>, maxLoops: number): string[][] {
  const loops: string[][] = [];
  const work = stronglyConnectedComponents(adjacency, new Set(adjacency.keys()));
  for (let component = work.pop(); component !== undefined; component = work.pop()) {
    if (loops.length >= maxLoops) break;
    const members = new Set(component);
    const start = [...members].sort()[0];
    if (start === undefined) continue;
    loops.push(...loopsFrom(start, adjacency, members, maxLoops - loops.length));
    members.delete(start);
    work.push(...stronglyConnectedComponents(adjacency, members));
  }
  return loops.sort((a, b) => compareKeys(a.join('>'), b.join('>')));
}

/**
 * The elementary loops whose smallest node is `start` (Johnson's CIRCUIT), iteratively so a long
 * loop cannot overflow the stack. A node stays blocked while every way on from it is known to
 * miss `start`; finding a loop unblocks the path back.
 */
function loopsFrom(
  start: string,
  adjacency: ReadonlyMap<string, readonly string[]>,
  members: ReadonlySet<string>,
  maxLoops: number,
): string[][] {
  const loops: string[][] = [];
  const blocked = new Set<string>();
  const blockedBy = new Map<string, Set<string>>();
  const path: string[] = [];
  const frames: { node: string; neighbours: readonly string[]; next: number; foundLoop: boolean }[] = [];
  const enter = (node: string) => {
    path.push(node);
    blocked.add(node);
    // Every member is >= start: start is the component's smallest node.
    const neighbours = (adjacency.get(node) ?? []).filter((other) => members.has(other));
    frames.push({ node, neighbours, next: 0, foundLoop: false });
  };
  const unblock = (node: string) => {
    const pending = [node];
    for (let current = pending.pop(); current !== undefined; current = pending.pop()) {
      blocked.delete(current);
      const waiting = blockedBy.get(current);
      blockedBy.delete(current);
      for (const other of waiting ?? []) if (blocked.has(other)) pending.push(other);
    }
  };

  enter(start);
  for (let frame = frames.at(-1); frame !== undefined; frame = frames.at(-1)) {
    if (loops.length >= maxLoops) break;
    const neighbour = frame.neighbours[frame.next];
    if (neighbour !== undefined) {
      frame.next += 1;
      if (neighbour === start) {
        loops.push([...path]);
        frame.foundLoop = true;
      } else if (!blocked.has(neighbour)) {
        enter(neighbour);
      }
      continue;
    }
    if (frame.foundLoop) {
      unblock(frame.node);
    } else {
      for (const other of frame.neighbours) {
        const waiting = blockedBy.get(other) ?? new Set<string>();
        waiting.add(frame.node);
        blockedBy.set(other, waiting);
      }
    }
    path.pop();
    frames.pop();
    const caller = frames.at(-1);
    if (caller && frame.foundLoop) caller.foundLoop = true;
  }
  return loops;
}

/**
 * Tarjan's components of the subgraph on `members`, iteratively so a long dependency chain cannot
 * overflow the stack. Only components that can hold a loop are returned: two or more nodes, or
 * one node with an edge to itself.
 */
function stronglyConnectedComponents(
  adjacency: ReadonlyMap<string, readonly string[]>,
  members: ReadonlySet<string>,
): string[][] {
  const index = new Map<string, number>();
  const lowLink = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const components: string[][] = [];
  let counter = 0;

  const neighboursOf = (node: string) => (adjacency.get(node) ?? []).filter((other) => members.has(other));
  for (const root of [...members].sort()) {
    if (index.has(root)) continue;
    const work: { node: string; neighbours: readonly string[]; nextEdge: number }[] = [
      { node: root, neighbours: neighboursOf(root), nextEdge: 0 },
    ];
    index.set(root, counter);
    lowLink.set(root, counter);
    counter += 1;
    stack.push(root);
    onStack.add(root);

    while (work.length > 0) {
      const frame = work[work.length - 1];
      if (!frame) break;
      const neighbour = frame.neighbours[frame.nextEdge];
      if (neighbour !== undefined) {
        frame.nextEdge += 1;
        if (!index.has(neighbour)) {
          index.set(neighbour, counter);
          lowLink.set(neighbour, counter);
          counter += 1;
          stack.push(neighbour);
          onStack.add(neighbour);
          work.push({ node: neighbour, neighbours: neighboursOf(neighbour), nextEdge: 0 });
        } else if (onStack.has(neighbour)) {
          lowLink.set(frame.node, Math.min(lowLink.get(frame.node) ?? 0, index.get(neighbour) ?? 0));
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) {
        lowLink.set(parent.node, Math.min(lowLink.get(parent.node) ?? 0, lowLink.get(frame.node) ?? 0));
      }
      if (lowLink.get(frame.node) === index.get(frame.node)) {
        const component: string[] = [];
        let member: string | undefined;
        do {
          member = stack.pop();
          if (member === undefined) break;
          onStack.delete(member);
          component.push(member);
        } while (member !== frame.node);
        const only = component[0];
        const isLoop = component.length > 1 || (only !== undefined && neighboursOf(only).includes(only));
        if (isLoop) components.push(component);
      }
    }
  }
  return components;
}

function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
