// Graph algorithms over the step graph of a JourneyIndex. Iterative, so a chain of
// 100,000 touchpoints cannot overflow the call stack.
import type { JourneyIndex } from './journey-index.ts';

/** Marks every touchpoint reached from the start positions by following steps. */
export function reachableFrom(index: JourneyIndex, starts: readonly number[]): Uint8Array {
  const seen = new Uint8Array(index.touchpoints.length);
  const stack: number[] = [];
  for (const s of starts) {
    if (!seen[s]) {
      seen[s] = 1;
      stack.push(s);
    }
  }
  while (stack.length > 0) {
    const node = stack.pop()!;
    for (let e = index.outStart[node]!; e < index.outStart[node + 1]!; e++) {
      const next = index.steps[index.outSteps[e]!]!.to;
      if (!seen[next]) {
        seen[next] = 1;
        stack.push(next);
      }
    }
  }
  return seen;
}

/**
 * Strongly connected components (Tarjan's algorithm with an explicit stack). Each
 * component is a list of touchpoint positions sorted ascending (map order); the list of
 * components is sorted by their first position.
 */
export function stronglyConnectedComponents(index: JourneyIndex): number[][] {
  const n = index.touchpoints.length;
  const { outStart, outSteps, steps } = index;
  const order = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const onStack = new Uint8Array(n);
  const edgeAt = new Int32Array(n);
  const stack: number[] = [];
  const call: number[] = [];
  const components: number[][] = [];
  let counter = 0;

  for (let root = 0; root < n; root++) {
    if (order[root] !== -1) continue;
    call.push(root);
    order[root] = low[root] = counter++;
    edgeAt[root] = outStart[root]!;
    stack.push(root);
    onStack[root] = 1;
    while (call.length > 0) {
      const node = call[call.length - 1]!;
      const e = edgeAt[node]!;
      if (e < outStart[node + 1]!) {
        edgeAt[node] = e + 1;
        const next = steps[outSteps[e]!]!.to;
        if (order[next] === -1) {
          order[next] = low[next] = counter++;
          edgeAt[next] = outStart[next]!;
          stack.push(next);
          onStack[next] = 1;
          call.push(next);
        } else if (onStack[next]) {
          low[node] = Math.min(low[node]!, order[next]!);
        }
        continue;
      }
      call.pop();
      const parent = call[call.length - 1];
      if (parent !== undefined) low[parent] = Math.min(low[parent]!, low[node]!);
      if (low[node] === order[node]) {
        const component: number[] = [];
        let member: number;
        do {
          member = stack.pop()!;
          onStack[member] = 0;
          component.push(member);
        } while (member !== node);
        component.sort((a, b) => a - b);
        components.push(component);
      }
    }
  }
  return components.sort((a, b) => a[0]! - b[0]!);
}
