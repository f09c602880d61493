// Graph algorithms over the step graph of a JourneyIndex. Iterative, so a chain of
// 100,000 touchpoints cannot overflow the call stack.
import type { JourneyIndex } from './journey-index.ts';

/** Marks every touchpoint reached from the start positions by following steps. */
export function reachableFrom(index: JourneyIndex, starts: readonly number[]): Uint8Array {
  const { outStart, outTo } = index;
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
    for (let e = outStart[node]!; e < outStart[node + 1]!; e++) {
      const next = outTo[e]!;
      if (!seen[next]) {
        seen[next] = 1;
        stack.push(next);
      }
    }
  }
  return seen;
}

/**
 * The cycles of the step graph: its strongly connected components that hold more than one
 * touchpoint or a touchpoint with a step to itself (Tarjan's algorithm with explicit
 * stacks). Each is an array of touchpoint positions sorted ascending (map order); the list
 * is sorted by their first position.
 */
export function cycles(index: JourneyIndex): Int32Array[] {
  const n = index.touchpoints.length;
  const { outStart, outTo } = index;
  const order = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const onStack = new Uint8Array(n);
  const edgeAt = new Int32Array(n);
  const stack = new Int32Array(n);
  const call = new Int32Array(n);
  let stackTop = 0;
  let callTop = 0;
  const components: Int32Array[] = [];
  let counter = 0;

  for (let root = 0; root < n; root++) {
    if (order[root] !== -1) continue;
    call[callTop++] = root;
    order[root] = low[root] = counter++;
    edgeAt[root] = outStart[root]!;
    stack[stackTop++] = root;
    onStack[root] = 1;
    while (callTop > 0) {
      const node = call[callTop - 1]!;
      const e = edgeAt[node]!;
      if (e < outStart[node + 1]!) {
        edgeAt[node] = e + 1;
        const next = outTo[e]!;
        if (order[next] === -1) {
          order[next] = low[next] = counter++;
          edgeAt[next] = outStart[next]!;
          stack[stackTop++] = next;
          onStack[next] = 1;
          call[callTop++] = next;
        } else if (onStack[next] && order[next]! < low[node]!) {
          low[node] = order[next]!;
        }
        continue;
      }
      callTop--;
      if (callTop > 0) {
        const parent = call[callTop - 1]!;
        if (low[node]! < low[parent]!) low[parent] = low[node]!;
      }
      if (low[node] !== order[node]) continue;
      if (stack[stackTop - 1] === node) {
        // A single touchpoint: a cycle only with a step to itself.
        stackTop--;
        onStack[node] = 0;
        for (let k = outStart[node]!; k < outStart[node + 1]!; k++) {
          if (outTo[k] === node) {
            components.push(Int32Array.of(node));
            break;
          }
        }
        continue;
      }
      // The component is the top of the stack down to `node`; a typed array sorts natively.
      let bottom = stackTop;
      do onStack[stack[--bottom]!] = 0;
      while (stack[bottom] !== node);
      components.push(stack.slice(bottom, stackTop).sort());
      stackTop = bottom;
    }
  }
  return components.sort((a, b) => a[0]! - b[0]!);
}
