/**
 * Tarjan's algorithm over the part of a directed graph reachable from `rootId`. Maps every reached node to
 * the members of its strongly connected component: the nodes it can both reach and be reached from. A node
 * maps to more than itself exactly when it lies on a loop through another node.
 *
 * Iterative, with its own stack, so a chain of any length cannot overflow the call stack.
 */
export function componentsReachableFrom(
  rootId: string,
  successorsOf: (id: string) => readonly string[],
): ReadonlyMap<string, readonly string[]> {
  const indexOf = new Map<string, number>();
  const lowLinkOf = new Map<string, number>();
  const componentStack: string[] = [];
  const onComponentStack = new Set<string>();
  const componentOf = new Map<string, readonly string[]>();
  const walk: { readonly id: string; readonly successors: readonly string[]; next: number }[] = [];

  const discover = (id: string): void => {
    indexOf.set(id, indexOf.size);
    lowLinkOf.set(id, indexOf.get(id)!);
    componentStack.push(id);
    onComponentStack.add(id);
    walk.push({ id, successors: successorsOf(id), next: 0 });
  };

  discover(rootId);
  while (walk.length > 0) {
    const frame = walk.at(-1)!;
    const next = frame.successors[frame.next];
    if (next !== undefined) {
      frame.next += 1;
      if (!indexOf.has(next)) discover(next);
      else if (onComponentStack.has(next)) {
        lowLinkOf.set(frame.id, Math.min(lowLinkOf.get(frame.id)!, indexOf.get(next)!));
      }
      continue;
    }
    walk.pop();
    const parent = walk.at(-1);
    if (parent !== undefined) {
      lowLinkOf.set(parent.id, Math.min(lowLinkOf.get(parent.id)!, lowLinkOf.get(frame.id)!));
    }
    if (lowLinkOf.get(frame.id) !== indexOf.get(frame.id)) continue;
    // `frame.id` is the root of a component: everything above it on the component stack belongs to it.
    const members: string[] = [];
    let member: string | undefined;
    do {
      member = componentStack.pop()!;
      onComponentStack.delete(member);
      members.push(member);
    } while (member !== frame.id);
    for (const m of members) componentOf.set(m, members);
  }
  return componentOf;
}
